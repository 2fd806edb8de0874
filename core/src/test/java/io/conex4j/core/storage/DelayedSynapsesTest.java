package io.conex4j.core.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conex4j.core.testutil.Property;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Row-major synapses with per-synapse delays: structure, narrow types, delivery for any split. */
class DelayedSynapsesTest {

    /** A random set of synapses in COO form. */
    private record Coo(int rows, int cols, int[] src, int[] tgt, int[] delay, float[] w) {
        static Coo random(SplittableRandom r, int maxDelay) {
            return random(r, maxDelay, false);
        }

        /** Wide: more destinations than 16-bit targets reach, so the synapses take the wide form. */
        static Coo random(SplittableRandom r, int maxDelay, boolean wide) {
            int rows = 1 + r.nextInt(40);
            int cols = wide ? DelayedSynapses.NARROW_TARGETS + 1 + r.nextInt(70) : 1 + r.nextInt(70);
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
                        assertEquals(c.w[k], d.weight(at));
                    }
                }
            }
        });
    }

    @Test
    void narrowTypesAreChosenWhereTheyFit() {
        DelayedSynapses small = DelayedSynapses.of(2, 3, new int[] {0, 1}, new int[] {2, 0}, new int[] {255, 1},
                new float[] {1, 2});
        assertEquals(8, small.bytesPerSynapse(), "compact: delay, target and weight in one long");
        assertEquals(255, small.maxDelay());
        DelayedSynapses longDelay = DelayedSynapses.of(2, 65_536, new int[] {0, 1}, new int[] {65_535, 0},
                new int[] {65_535, 1}, new float[] {-0f, Float.MAX_VALUE});
        assertEquals(8, longDelay.bytesPerSynapse(), "the largest delay and target still compact");
        assertEquals(65_535, longDelay.delay(0));
        assertEquals(65_535, longDelay.target(0));
        assertEquals(Float.floatToRawIntBits(-0f), Float.floatToRawIntBits(longDelay.weight(0)), "weight bits kept");
        assertEquals(Float.MAX_VALUE, longDelay.weight(1));
        DelayedSynapses wide = DelayedSynapses.of(1, 70_000, new int[] {0, 0}, new int[] {69_999, 65_536},
                new int[] {3, 65_535}, new float[] {1, 2});
        assertEquals(10, wide.bytesPerSynapse(), "32-bit targets beyond 65,536 destinations, 16-bit delays");
        assertArrayEquals(new int[] {65_536, 69_999}, wide.targets());
        assertArrayEquals(new int[] {65_535, 3}, wide.delays());
        DelayedSynapses wideShort = DelayedSynapses.of(1, 70_000, new int[] {0}, new int[] {69_999},
                new int[] {255}, new float[] {1});
        assertEquals(9, wideShort.bytesPerSynapse(), "8-bit delays up to 255");
    }

    @Test
    void storedFormRoundTrips() {
        Property.forAll("delayed synapses round trip through their stored form", rnd -> {
            DelayedSynapses d = Coo.random(rnd, 600, rnd.nextInt(4) == 0).build();
            DelayedSynapses again = DelayedSynapses.ofRows(d.rows(), d.cols(), d.rowPtr(), d.targets(), d.delays(),
                    d.weightsInOrder());
            assertTrue(d.sameStructure(again));
            assertArrayEquals(d.weightsInOrder(), again.weightsInOrder());
            assertEquals(d.bytesPerSynapse(), again.bytesPerSynapse());
        });
    }

    @Test
    void deliveryQueuesEachWeightAtItsArrivalWithTheSameSumsForEverySplit() {
        Property.forAll("delivery is the same for every split", rnd -> {
            Coo c = Coo.random(rnd, 1 + rnd.nextInt(20), rnd.nextInt(4) == 0);
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
            boolean negate = rnd.nextBoolean();
            float factor = negate ? -1f : 1f;
            // the definition: each synapse of a spiking source adds factor * w to its target at (spike + delay),
            // in the order sources, then row entries
            float[][] expected = new float[depth + 1][c.cols];
            for (int q = 0; q < count; q++) {
                int r = spiking[q];
                for (int k = d.rowStart(r); k < d.rowEnd(r); k++) {
                    expected[d.delay(k)][d.target(k)] += factor * d.weight(k);
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
            InputQueue queue = new InputQueue("test", c.cols, depth);
            queue.split(bounds);
            int[] slots = new int[d.maxDelay() + 1];
            queue.slots(spikeIteration, slots);
            for (int p = parts - 1; p >= 0; p--) {
                d.deliver(spiking, count, split, p, negate, queue, slots, rnd.nextBoolean());
            }
            // a different split of the pending events changes nothing
            int[] other = {0, c.cols / 2, c.cols};
            if (rnd.nextBoolean()) {
                queue.split(other);
                bounds = other;
            }
            // the ring form, split or not, gives the same bits
            FutureInput ring = FutureInput.ring("test", c.cols, depth);
            int[] rows = new int[d.maxDelay() + 1];
            ring.positions(spikeIteration, rows);
            for (int p = 0; p < parts; p++) {
                d.deliver(spiking, count, split, p, negate, ring, rows, rnd.nextBoolean());
            }
            for (int delay = 1; delay <= d.maxDelay(); delay++) {
                float[] in = new float[c.cols];
                for (int p = 0; p < bounds.length - 1; p++) {
                    queue.drain(p, queue.slot(spikeIteration + delay), in);
                }
                assertArrayEquals(expected[delay], in, "delay " + delay + ", parts " + Arrays.toString(bounds));
                float[] r = ring.take(0, spikeIteration + delay);
                int off = ring.offset(spikeIteration + delay);
                assertArrayEquals(expected[delay], Arrays.copyOfRange(r, off, off + c.cols), "ring, delay " + delay);
            }
            assertEquals(0, queue.pending());
        });
    }

    @Test
    void interleavedRowsHoldTheSameSynapsesAndDeliverTheSameBits() {
        Property.forAll("interleaved rows are the same synapses", 100, rnd -> {
            int rows = 1 + rnd.nextInt(30);
            int groups = 1 + rnd.nextInt(4);
            boolean wide = rnd.nextInt(4) == 0;
            java.util.List<DelayedSynapses> originals = new java.util.ArrayList<>();
            for (int g = 0; g < groups; g++) {
                Coo c = Coo.random(rnd, 1 + rnd.nextInt(wide ? 8 : 200), wide);
                int[] src = c.src.clone();
                for (int k = 0; k < src.length; k++) {
                    src[k] = src[k] % rows;
                }
                originals.add(DelayedSynapses.of(rows, c.cols, src, c.tgt, c.delay, c.w));
            }
            java.util.List<DelayedSynapses> views = DelayedSynapses.interleave(originals);
            for (int g = 0; g < groups; g++) {
                DelayedSynapses o = originals.get(g);
                DelayedSynapses v = views.get(g);
                assertTrue(o.sameStructure(v), "group " + g);
                assertArrayEquals(o.weightsInOrder(), v.weightsInOrder());
                long others = 0;
                for (int h = 0; h < groups; h++) {
                    others += h == g ? 0 : originals.get(h).size();
                }
                assertEquals(others > 0, v.interleaved(), "shares its arrays with the other groups' synapses");
                int[] spiking = new int[rows];
                int count = 0;
                for (int r = 0; r < rows; r++) {
                    if (rnd.nextBoolean()) {
                        spiking[count++] = r;
                    }
                }
                int depth = Math.max(1, o.maxDelay());
                // a split inside the rows, or one that keeps the group whole in either part (the row pointers)
                int[][] splits = {{0, o.cols() / 3, o.cols()}, {0, 0, o.cols()}, {0, o.cols(), o.cols()}};
                int[] bounds = splits[rnd.nextInt(3)];
                FutureInput a = FutureInput.ring("a", o.cols(), depth);
                FutureInput b = FutureInput.ring("b", o.cols(), depth);
                int[] rowsA = new int[o.maxDelay() + 1];
                a.positions(7, rowsA);
                DelayedSynapses.Split sa = o.split(bounds);
                DelayedSynapses.Split sb = v.split(bounds);
                // reading ahead the rows of all the interleaved groups changes nothing delivered; synapses that
                // are not interleaved read nothing there, and say so, so that their delivery reads its own rows
                assertTrue(v.readAhead(spiking, count, 7), "an interleaved view's rows are read ahead");
                assertFalse(o.readAhead(spiking, count, 7), "synapses not interleaved are not read ahead there");
                for (int p = 0; p < 2; p++) {
                    o.deliver(spiking, count, sa, p, false, a, rowsA, true);
                    v.deliver(spiking, count, sb, p, false, b, rowsA, false);
                }
                assertArrayEquals(a.ring().values(), b.ring().values());
            }
            // weights written in order land on the right synapses, leaving the other groups' alone
            float[] w = new float[views.get(0).size()];
            Arrays.fill(w, 42f);
            views.get(0).setWeightsInOrder(w);
            assertArrayEquals(w, views.get(0).weightsInOrder());
            for (int g = 1; g < groups; g++) {
                assertArrayEquals(originals.get(g).weightsInOrder(), views.get(g).weightsInOrder());
            }
        });
    }

    @Test
    void weightsSetInOrderMustBeFiniteAndABadOneChangesNothing() {
        for (int cols : new int[] {10, DelayedSynapses.NARROW_TARGETS + 1}) {
            DelayedSynapses d = DelayedSynapses.of(2, cols, new int[] {0, 1}, new int[] {3, 2}, new int[] {1, 2},
                    new float[] {1, 2});
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> d.setWeightsInOrder(new float[] {5, Float.NaN}));
            assertTrue(e.getMessage().contains("weight 1 is NaN"), e.getMessage());
            assertArrayEquals(new float[] {1, 2}, d.weightsInOrder());
            d.setWeightsInOrder(new float[] {-7, 8});
            assertArrayEquals(new float[] {-7, 8}, d.weightsInOrder());
            assertArrayEquals(new int[] {3, 2}, d.targets(), "targets kept");
            assertArrayEquals(new int[] {1, 2}, d.delays(), "delays kept");
        }
    }

    @Test
    void theQueueSavesAndRestoresItsPendingEventsInOrder() {
        InputQueue q = new InputQueue("q", 10, 3);
        q.split(new int[] {0, 4, 10});
        DelayedSynapses d = DelayedSynapses.of(2, 10, new int[] {0, 0, 1, 1}, new int[] {9, 1, 9, 2},
                new int[] {1, 2, 1, 3}, new float[] {1, 2, 3, 4});
        int[] slots = new int[4];
        q.slots(5, slots);
        DelayedSynapses.Split split = d.split(new int[] {0, 4, 10});
        for (int p = 0; p < 2; p++) {
            d.deliver(new int[] {0, 1}, 2, split, p, false, q, slots, true);
        }
        InputQueue.Events e = q.events();
        assertEquals(4, e.targets().length);
        InputQueue copy = new InputQueue("copy", 10, 3);
        copy.restore(e);
        float[] a = new float[10];
        float[] b = new float[10];
        for (int t = 6; t <= 8; t++) {
            q.drain(0, q.slot(t), a);
            q.drain(1, q.slot(t), a);
            copy.drain(0, copy.slot(t), b);
        }
        assertArrayEquals(a, b);
        assertArrayEquals(new float[] {0, 2, 4, 0, 0, 0, 0, 0, 0, 4}, a);
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> copy.restore(new InputQueue.Events(new int[] {1, 0, 0}, new int[] {10}, new float[] {1})));
        assertTrue(bad.getMessage().contains("event 0 targets neuron 10; allowed: 0 to 9"), bad.getMessage());
        bad = assertThrows(IllegalArgumentException.class,
                () -> copy.restore(new InputQueue.Events(new int[] {2, 0, 0}, new int[] {1}, new float[] {1})));
        assertTrue(bad.getMessage().contains("slot counts summing to 2 for 1 targets"), bad.getMessage());
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
        e = assertThrows(IllegalArgumentException.class, () -> new InputQueue("queue", 10, 0));
        assertTrue(e.getMessage().contains("depth >= 1"), e.getMessage());
    }
}
