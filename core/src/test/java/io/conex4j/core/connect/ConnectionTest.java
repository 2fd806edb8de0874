package io.conex4j.core.connect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conex4j.core.storage.DelayedSynapses;
import io.conex4j.core.testutil.Property;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The connection rules: counts, distinctness, autapses, weights and delays, and the same synapses for any thread count. */
class ConnectionTest {

    private static final double DT = 0.1;

    private static int[] inDegrees(DelayedSynapses d) {
        int[] in = new int[d.cols()];
        for (int k = 0; k < d.size(); k++) {
            in[d.target(k)]++;
        }
        return in;
    }

    private static int row(DelayedSynapses d, int k) {
        int r = 0;
        while (d.rowEnd(r) <= k) {
            r++;
        }
        return r;
    }

    @Test
    void fixedTotalNumberMakesExactlyNPairsWithAutapsesAndMultapses() {
        DelayedSynapses d = Connection.fixedTotalNumber(20_000).build("t", 30, 40, true, DT, 7, 1);
        assertEquals(20_000, d.size());
        // 20,000 pairs over 1,200 cells: multapses are certain; autapses (i == i) appear
        boolean autapse = false;
        Set<Long> pairs = new HashSet<>();
        for (int r = 0; r < 30; r++) {
            for (int k = d.rowStart(r); k < d.rowEnd(r); k++) {
                autapse |= d.target(k) == r;
                pairs.add((long) r << 32 | d.target(k));
            }
        }
        assertTrue(autapse, "autapses allowed");
        assertTrue(pairs.size() < 20_000, "multapses");
        // uniform sources: every row near 20000 / 30
        for (int r = 0; r < 30; r++) {
            int n = d.rowEnd(r) - d.rowStart(r);
            assertTrue(Math.abs(n - 666.7) < 6 * Math.sqrt(666.7), "row " + r + " has " + n);
        }
    }

    @Test
    void theSynapsesDependOnTheKeyNotOnTheThreads() {
        Property.forAll("connection rules give the same synapses for any thread count", 40, rnd -> {
            int nSrc = 1 + rnd.nextInt(200);
            int nTgt = 1 + rnd.nextInt(200);
            boolean same = nSrc == nTgt && rnd.nextBoolean();
            Connection c = switch (rnd.nextInt(4)) {
                case 0 -> Connection.fixedTotalNumber(rnd.nextInt(200_000));
                case 1 -> Connection.fixedInDegree(rnd.nextInt(Math.max(1, nSrc - 1)));
                case 2 -> Connection.fixedOutDegree(rnd.nextInt(Math.max(1, nTgt - 1)));
                default -> Connection.pairwiseBernoulli(rnd.nextDouble());
            };
            if (same && c.rule() != Connection.Rule.FIXED_TOTAL_NUMBER && rnd.nextBoolean()) {
                c = c.autapses(false);
            } else if (same && nSrc > 1) {
                c = c.autapses(rnd.nextBoolean());
            }
            c = c.weights(Distribution.normal(80, 8).min(0)).delays(Distribution.normal(1.5, 0.75).min(DT));
            long key = rnd.nextLong();
            DelayedSynapses one = c.build("t", nSrc, nTgt, same, DT, key, 1);
            DelayedSynapses three = c.build("t", nSrc, nTgt, same, DT, key, 3);
            assertTrue(one.sameStructure(three));
            assertArrayEquals(one.weightsInOrder(), three.weightsInOrder());
            DelayedSynapses other = c.build("t", nSrc, nTgt, same, DT, key + 1, 1);
            if (one.size() > 20) {
                assertTrue(!one.sameStructure(other) || !java.util.Arrays.equals(one.weightsInOrder(), other.weightsInOrder()),
                        "another key, other synapses");
            }
        });
    }

    @Test
    void fixedInDegreeGivesEveryTargetKSources() {
        DelayedSynapses d = Connection.fixedInDegree(25).multapses(false).autapses(false)
                .build("t", 60, 60, true, DT, 3, 2);
        int[] in = inDegrees(d);
        for (int t = 0; t < 60; t++) {
            assertEquals(25, in[t], "target " + t);
        }
        Set<Long> pairs = new HashSet<>();
        for (int k = 0; k < d.size(); k++) {
            int r = row(d, k);
            assertTrue(r != d.target(k), "no autapse");
            assertTrue(pairs.add((long) r << 32 | d.target(k)), "no multapse");
        }
        DelayedSynapses all = Connection.fixedInDegree(59).multapses(false).autapses(false)
                .build("t", 60, 60, true, DT, 3, 1);
        assertEquals(60 * 59, all.size(), "every other neuron");
    }

    @Test
    void fixedOutDegreeGivesEverySourceKTargets() {
        DelayedSynapses d = Connection.fixedOutDegree(30).multapses(false).build("t", 50, 31, false, DT, 5, 2);
        for (int r = 0; r < 50; r++) {
            assertEquals(30, d.rowEnd(r) - d.rowStart(r));
            for (int k = d.rowStart(r) + 1; k < d.rowEnd(r); k++) {
                assertTrue(d.target(k - 1) < d.target(k), "distinct targets");
            }
        }
    }

    @Test
    void pairwiseBernoulliConnectsAboutPOfThePairs() {
        DelayedSynapses d = Connection.pairwiseBernoulli(0.2).autapses(false).build("t", 300, 300, true, DT, 9, 2);
        double expected = 0.2 * 300 * 299;
        assertTrue(Math.abs(d.size() - expected) < 5 * Math.sqrt(expected * 0.8), d.size() + " synapses");
        for (int r = 0; r < 300; r++) {
            for (int k = d.rowStart(r); k < d.rowEnd(r); k++) {
                assertTrue(d.target(k) != r, "no autapse");
                if (k > d.rowStart(r)) {
                    assertTrue(d.target(k - 1) < d.target(k), "each pair at most once");
                }
            }
        }
        assertEquals(0, Connection.pairwiseBernoulli(0).build("t", 10, 10, false, DT, 1, 1).size());
        assertEquals(100, Connection.pairwiseBernoulli(1).build("t", 10, 10, false, DT, 1, 1).size());
    }

    @Test
    void weightsAndDelaysFollowTheirClippedDistributions() {
        DelayedSynapses d = Connection.fixedTotalNumber(200_000)
                .weights(Distribution.normal(-351, 35.1).max(0))
                .delays(Distribution.normal(0.75, 0.375).min(DT))
                .build("t", 100, 100, false, DT, 11, 2);
        double sum = 0;
        double sumDelay = 0;
        int ones = 0;
        for (int k = 0; k < d.size(); k++) {
            float w = d.weight(k);
            assertTrue(w <= 0, "inhibitory weights stay <= 0");
            sum += w;
            int steps = d.delay(k);
            assertTrue(steps >= 1, "at least one step");
            sumDelay += steps;
            ones += steps == 1 ? 1 : 0;
        }
        assertEquals(-351, sum / d.size(), 0.5, "mean weight");
        // delays: normal(7.5 steps, 3.75) clipped at 1 step, rounded: mean about 7.5
        assertEquals(7.5, sumDelay / d.size(), 0.1, "mean delay in steps");
        // P(x < 1.5 steps) = P(z < -1.6) = 0.055: all of them become one step
        assertEquals(0.055, ones / (double) d.size(), 0.01, "delays below one step are clipped to one step");
    }

    @Test
    void impossibleRequestsAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Connection.fixedInDegree(5)
                .multapses(false).build("syn", 4, 10, false, DT, 1, 1));
        assertTrue(e.getMessage().contains("syn: in-degree 5 without multapses needs at least 5 distinct sources"
                + " per target; there are 4"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Connection.fixedOutDegree(1).autapses(false)
                .build("syn", 1, 1, true, DT, 1, 1));
        assertTrue(e.getMessage().contains("no target"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Connection.fixedTotalNumber(10)
                .delays(Distribution.normal(1.5, 0.75)).build("syn", 4, 10, false, DT, 1, 1));
        assertTrue(e.getMessage().contains("rounds to 0 steps of dt = 0.1 ms; every delay must be at least one step"),
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Connection.fixedTotalNumber(10)
                .delays(Distribution.constant(10_000)).build("syn", 4, 10, false, DT, 1, 1));
        assertTrue(e.getMessage().contains("at most 65535 steps"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Connection.fixedTotalNumber(10)
                .weights(Distribution.constant(1e39)).build("syn", 4, 10, false, DT, 1, 1));
        assertTrue(e.getMessage().contains("overflows float32"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Connection.fixedTotalNumber(1L << 40)
                .build("syn", 4, 10, false, DT, 1, 1));
        assertTrue(e.getMessage().contains("syn"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Connection.fixedTotalNumber(5).multapses(false));
        assertTrue(e.getMessage().contains("needs multapses"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Connection.pairwiseBernoulli(1.5));
        assertTrue(e.getMessage().contains("p (1.5) must be in [0, 1]"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Distribution.normal(1, -1));
        assertTrue(e.getMessage().contains("std (-1.0) must be >= 0"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Distribution.normal(1, 1).clip(2, 1));
        assertTrue(e.getMessage().contains("min <= max"), e.getMessage());
    }

    @Test
    void theRowSortOrdersAnyRowOfTargets() {
        Property.forAll("the radix sort of a row equals Arrays.sort", rnd -> {
            int bits = 1 + rnd.nextInt(31);
            int n = rnd.nextInt(3000);
            int[] a = new int[n];
            for (int i = 0; i < n; i++) {
                a[i] = (int) (rnd.nextLong() >>> (64 - bits));
            }
            int[] expected = a.clone();
            java.util.Arrays.sort(expected);
            Connector.sort(a, n, bits, new int[n], new int[256]);
            assertArrayEquals(expected, a);
        });
    }
}
