package io.conex4j.core.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conex4j.core.testutil.Property;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Row-major synapses with per-synapse delays: structure, narrow types, delivery for any split. */
class DelayedSynapsesTest {

    /** A random set of synapses in COO form. */
    private record Coo(int rows, int cols, int[] src, int[] tgt, int[] delay, float[] w) {
        static Coo random(SplittableRandom r, int maxDelay) {
            int rows = 1 + r.nextInt(40);
            int cols = 1 + r.nextInt(70);
            int n = r.nextInt(400);
            int[] s = new int[n];
            int[] t = new int[n];
            int[] d = new int[n];
            float[] w = new float[n];
            for (int k = 0; k < n; k++) {
                s[k] = r.nextInt(rows);
                t[k] = r.nextInt(cols);
                d[k] = 1 + r.nextInt(maxDelay);
                w[k] = (float) (r.nextDouble() * 200 - 100);
            }
            return new Coo(rows, cols, s, t, d, w);
        }

        DelayedSynapses build() {
            return DelayedSynapses.of(rows, cols, src, tgt, delay, w);
        }
    }

    @Test
    void rowsHoldEverySynapseSortedByTargetWithMultapsesInOrder() {
        Property.forAll("delayed synapses keep every synapse", rnd -> {
            Coo c = Coo.random(rnd, 1 + rnd.nextInt(300));
            DelayedSynapses d = c.build();
            assertEquals(c.src.length, d.size());
            int[] rowPtr = d.rowPtr();
            assertEquals(0, rowPtr[0]);
            assertEquals(d.size(), rowPtr[c.rows]);
            // each row: the synapses of that source, sorted by target, ties in the given order
            int[] next = new int[c.rows];
            for (int r = 0; r < c.rows; r++) {
                next[r] = rowPtr[r];
                for (int k = rowPtr[r] + 1; k < rowPtr[r + 1]; k++) {
                    assertTrue(d.target(k - 1) <= d.target(k), "ascending targets");
                }
            }
            for (int t = 0; t < c.cols; t++) {
                for (int k = 0; k < c.src.length; k++) {
                    if (c.tgt[k] == t) {
                        int at = next[c.src[k]]++;
                        assertEquals(t, d.target(at));
                        assertEquals(c.delay[k], d.delay(at));
                        assertEquals(c.w[k], d.weights()[at]);
                    }
                }
            }
        });
    }

    @Test
    void narrowTypesAreChosenWhereTheyFit() {
        DelayedSynapses small = DelayedSynapses.of(2, 3, new int[] {0, 1}, new int[] {2, 0}, new int[] {255, 1},
                new float[] {1, 2});
        assertEquals(7, small.bytesPerSynapse(), "16-bit targets, 8-bit delays");
        assertEquals(255, small.maxDelay());
        DelayedSynapses longDelay = DelayedSynapses.of(2, 3, new int[] {0}, new int[] {2}, new int[] {256},
                new float[] {1});
        assertEquals(8, longDelay.bytesPerSynapse(), "16-bit delays beyond 255");
        assertEquals(256, longDelay.delay(0));
        DelayedSynapses wide = DelayedSynapses.of(1, 70_000, new int[] {0, 0}, new int[] {69_999, 65_536},
                new int[] {3, 65_535}, new float[] {1, 2});
        assertEquals(10, wide.bytesPerSynapse(), "32-bit targets beyond 65,536 destinations");
        assertArrayEquals(new int[] {65_536, 69_999}, wide.targets());
        assertArrayEquals(new int[] {65_535, 3}, wide.delays());
    }

    @Test
    void storedFormRoundTrips() {
        Property.forAll("delayed synapses round trip through their stored form", rnd -> {
            DelayedSynapses d = Coo.random(rnd, 600).build();
            DelayedSynapses again = DelayedSynapses.ofRows(d.rows(), d.cols(), d.rowPtr(), d.targets(), d.delays(),
                    d.weights());
            assertTrue(d.sameStructure(again));
            assertArrayEquals(d.weights(), again.weights());
            assertEquals(d.bytesPerSynapse(), again.bytesPerSynapse());
        });
    }

    @Test
    void deliveryAddsEachWeightAtItsDelayWithTheSameBitsForEverySplit() {
        Property.forAll("delivery is the same for every split", rnd -> {
            Coo c = Coo.random(rnd, 1 + rnd.nextInt(20));
            DelayedSynapses d = c.build();
            int depth = Math.max(1, d.maxDelay());
            int[] spiking = new int[c.rows];
            int count = 0;
            for (int r = 0; r < c.rows; r++) {
                if (rnd.nextDouble() < 0.4) {
                    spiking[count++] = r;
                }
            }
            long spikeIteration = rnd.nextInt(1000);
            float factor = rnd.nextBoolean() ? 1f : -1f;
            // the definition: each synapse of a spiking source adds factor * w at the row of (spike + delay)
            InputRing expected = new InputRing("test", c.cols, depth);
            for (int q = 0; q < count; q++) {
                int r = spiking[q];
                for (int k = d.rowStart(r); k < d.rowEnd(r); k++) {
                    expected.values()[expected.rowOffset(spikeIteration + d.delay(k)) + d.target(k)]
                            += factor * d.weights()[k];
                }
            }
            int parts = 1 + rnd.nextInt(5);
            int[] bounds = new int[parts + 1];
            bounds[parts] = c.cols;
            for (int p = 1; p < parts; p++) {
                bounds[p] = bounds[p - 1] + rnd.nextInt(c.cols - bounds[p - 1] + 1);
            }
            DelayedSynapses.Split split = d.split(bounds);
            assertEquals(parts, split.parts());
            InputRing ring = new InputRing("test", c.cols, depth);
            int[] base = new int[d.maxDelay() + 1];
            ring.rowOffsets(spikeIteration, base);
            for (int p = parts - 1; p >= 0; p--) {
                d.deliver(spiking, count, split, p, factor, ring.values(), base);
            }
            assertArrayEquals(expected.values(), ring.values(), "parts " + java.util.Arrays.toString(bounds));
        });
    }

    @Test
    void badSynapsesAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DelayedSynapses.of(2, 3, new int[] {0}, new int[] {1}, new int[] {0}, new float[] {1}));
        assertTrue(e.getMessage().contains("has delay 0; allowed: 1 to 65535"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> DelayedSynapses.of(2, 3, new int[] {0}, new int[] {3}, new int[] {1}, new float[] {1}));
        assertTrue(e.getMessage().contains("target 3; allowed: 0 to 2"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> DelayedSynapses.of(2, 3, new int[] {2}, new int[] {0}, new int[] {1}, new float[] {1}));
        assertTrue(e.getMessage().contains("source 2; allowed: 0 to 1"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> DelayedSynapses.of(2, 3, new int[] {0}, new int[] {0}, new int[] {1}, new float[] {Float.NaN}));
        assertTrue(e.getMessage().contains("weights must be finite"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> DelayedSynapses.ofRows(2, 3, new int[] {0, 2, 1}, new int[] {0}, new int[] {1}, new float[] {1}));
        assertTrue(e.getMessage().contains("row pointer 2 (1) is below row pointer 1 (2)"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> DelayedSynapses.ofRows(1, 3, new int[] {0, 2}, new int[] {2, 1}, new int[] {1, 1},
                        new float[] {1, 1}));
        assertTrue(e.getMessage().contains("targets must be ascending within a row"), e.getMessage());
        DelayedSynapses.Builder b = DelayedSynapses.builder(2, 3, new int[] {1, 1});
        b.setRow(0, new int[] {1}, new float[] {1}, new int[] {1}, 1, 0);
        IllegalStateException missing = assertThrows(IllegalStateException.class, b::build);
        assertTrue(missing.getMessage().contains("row 1 was never filled"), missing.getMessage());
        DelayedSynapses d = DelayedSynapses.of(2, 3, new int[0], new int[0], new int[0], new float[0]);
        e = assertThrows(IllegalArgumentException.class, () -> d.split(new int[] {0, 2}));
        assertTrue(e.getMessage().contains("must start at 0 and end at 3"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new InputRing("ring", 10, 0));
        assertTrue(e.getMessage().contains("depth >= 1"), e.getMessage());
    }
}
