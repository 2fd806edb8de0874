package io.conex4j.core.behaviors.neuron;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.conex4j.core.runtime.Network;
import io.conex4j.core.runtime.NeuronGroup;
import io.conex4j.core.testutil.Property;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** KWTA against a direct reading of CoNeX's rule, on flat and shaped groups, with per-neuron thresholds. */
class KwtaPropertiesTest {

    /** CoNeX's rule, written out: per slice the k highest potentials win; other candidates are reset. */
    private static float[] naive(float[] v, float[] t, int[] shape, int dimension, int k, float reset) {
        float[] out = v.clone();
        int n = v.length;
        List<List<Integer>> slices = new ArrayList<>();
        if (dimension < 0) {
            List<Integer> all = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                all.add(i);
            }
            slices.add(all);
        } else {
            int[] strides = {shape[1] * shape[2], shape[2], 1};
            for (int z = 0; z < shape[0]; z++) {
                for (int y = 0; y < shape[1]; y++) {
                    for (int x = 0; x < shape[2]; x++) {
                        int[] at = {z, y, x};
                        if (at[dimension] != 0) {
                            continue;
                        }
                        List<Integer> line = new ArrayList<>();
                        for (int j = 0; j < shape[dimension]; j++) {
                            at[dimension] = j;
                            line.add(at[0] * strides[0] + at[1] * strides[1] + at[2]);
                        }
                        at[dimension] = 0;
                        slices.add(line);
                    }
                }
            }
        }
        boolean crowded = false;
        for (List<Integer> s : slices) {
            crowded |= s.stream().filter(i -> v[i] >= t[i]).count() > k;
        }
        if (!crowded) {
            return out;
        }
        for (List<Integer> s : slices) {
            List<Integer> ranked = new ArrayList<>(s);
            ranked.sort(Comparator.<Integer>comparingDouble(i -> -v[i]).thenComparingInt(i -> i));
            List<Integer> winners = ranked.subList(0, k);
            for (int i : s) {
                if (v[i] >= t[i] && !winners.contains(i)) {
                    out[i] = reset;
                }
            }
        }
        return out;
    }

    @Test
    void kwtaResetsExactlyTheCandidatesOutsideEachSlicesTopK() {
        Property.forAll("KWTA equals CoNeX's per-slice top-k rule", rnd -> {
            int[] shape = {1 + rnd.nextInt(3), 1 + rnd.nextInt(4), 1 + rnd.nextInt(5)};
            int dimension = rnd.nextInt(4) - 1;
            int length = dimension < 0 ? shape[0] * shape[1] * shape[2] : shape[dimension];
            int k = 1 + rnd.nextInt(length);
            int n = shape[0] * shape[1] * shape[2];
            float[] t = new float[n];
            for (int i = 0; i < n; i++) {
                t[i] = rnd.nextBoolean() ? -50f : -50f - rnd.nextInt(6);
            }
            Network net = new Network(1, 0);
            NeuronGroup g = net.neurons("g", shape[0], shape[1], shape[2])
                    .add(LIF.builder().tau(1e9).vRest(-70).vReset(-70).thresholds(t).build())
                    .add(new KWTA(k, dimension));
            net.initialize();
            float[] v = values(rnd, n);
            System.arraycopy(v, 0, g.voltage(), 0, n);
            float[] lifOnly = lifStep(v);
            net.step();
            assertArrayEquals(naive(lifOnly, t, shape, dimension, k, -70f), g.voltage(),
                    "shape " + shape[0] + "x" + shape[1] + "x" + shape[2] + " dimension " + dimension + " k " + k);
        });
    }

    /** Potentials around the thresholds, with ties. */
    private static float[] values(SplittableRandom rnd, int n) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = -60f + rnd.nextInt(20) * 0.5f;
        }
        return v;
    }

    /** What the LIF (tau 1e9, no current) does to v in one step. */
    private static float[] lifStep(float[] v) {
        float[] out = v.clone();
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] + ((-70f - v[i]) + 1f * 0f) * (1f / 1e9f);
        }
        return out;
    }

    @Test
    void aDimensionShorterThanKIsAnError() {
        Network net = new Network(1, 0);
        net.neurons("g", 5).add(LIF.builder().build()).add(new KWTA(2, 0));
        assertEquals("KWTA on neurons g: k (2) exceeds the length 1 of dimension 0 of the group's shape 1x1x5",
                assertThrows(IllegalArgumentException.class, net::initialize).getMessage());
        assertEquals("KWTA: dimension (3) must be 0 (depth), 1 (height), 2 (width) or -1 (the whole group)",
                assertThrows(IllegalArgumentException.class, () -> new KWTA(1, 3)).getMessage());
    }
}
