package io.conex4j.core.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.conex4j.core.testutil.Property;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The input queue's pending events through any sequence of splits. */
class InputQueuePropertiesTest {

    @Test
    void everySplitKeepsEachNeuronsPendingEventsInOrderAndDrainsTheSameBits() {
        Property.forAll("input queue splits keep every event in order", rnd -> {
            int size = 1 + rnd.nextInt(50);
            int depth = 1 + rnd.nextInt(8);
            int[] counts = new int[depth];
            List<Integer> targets = new ArrayList<>();
            List<Float> amounts = new ArrayList<>();
            for (int s = 0; s < depth; s++) {
                counts[s] = rnd.nextInt(30);
                for (int k = 0; k < counts[s]; k++) {
                    targets.add(rnd.nextInt(size));
                    amounts.add((float) (rnd.nextDouble() * 200 - 100));
                }
            }
            InputQueue.Events original = new InputQueue.Events(counts,
                    targets.stream().mapToInt(Integer::intValue).toArray(), toFloats(amounts));
            InputQueue q = new InputQueue("q", size, depth);
            q.restore(original);
            String expected = perNeuron(original, size);
            int splits = 1 + rnd.nextInt(6);
            for (int k = 0; k < splits; k++) {
                int[] bounds = rnd.nextBoolean() ? whole(rnd, size) : ranges(rnd, size);
                q.split(bounds);
                assertEquals(original.targets().length, q.pending(), "pending after " + Arrays.toString(bounds));
                assertEquals(bounds.length - 1, q.parts());
                assertEquals(expected, perNeuron(q.events(), size), "each neuron's events, in order, after split "
                        + Arrays.toString(bounds));
            }
            // draining every part gives each neuron the sum of its events added in their order
            for (int s = 0; s < depth; s++) {
                float[] want = new float[size];
                int at = 0;
                for (int x = 0; x < s; x++) {
                    at += counts[x];
                }
                for (int k = at; k < at + counts[s]; k++) {
                    want[original.targets()[k]] += original.amounts()[k];
                }
                float[] got = new float[size];
                for (int p = 0; p < q.parts(); p++) {
                    q.drain(p, s, got);
                }
                assertArrayEquals(want, got, "slot " + s);
            }
            assertEquals(0, q.pending());
        });
    }

    /** One part holds every neuron, the others none (a group kept whole on one thread). */
    private static int[] whole(SplittableRandom rnd, int size) {
        int parts = 1 + rnd.nextInt(4);
        int owner = rnd.nextInt(parts);
        int[] b = new int[parts + 1];
        for (int p = owner + 1; p <= parts; p++) {
            b[p] = size;
        }
        return b;
    }

    private static int[] ranges(SplittableRandom rnd, int size) {
        int parts = 1 + rnd.nextInt(4);
        int[] b = new int[parts + 1];
        b[parts] = size;
        for (int p = 1; p < parts; p++) {
            b[p] = b[p - 1] + rnd.nextInt(size - b[p - 1] + 1);
        }
        return b;
    }

    /** Per slot, per neuron, its events' amounts (as bits) in order: what every split must keep. */
    private static String perNeuron(InputQueue.Events e, int size) {
        StringBuilder b = new StringBuilder();
        int at = 0;
        for (int s = 0; s < e.counts().length; s++) {
            List<List<Integer>> of = new ArrayList<>();
            for (int n = 0; n < size; n++) {
                of.add(new ArrayList<>());
            }
            for (int k = at; k < at + e.counts()[s]; k++) {
                of.get(e.targets()[k]).add(Float.floatToRawIntBits(e.amounts()[k]));
            }
            at += e.counts()[s];
            b.append(s).append(of).append('\n');
        }
        return b.toString();
    }

    private static float[] toFloats(List<Float> list) {
        float[] out = new float[list.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = list.get(k);
        }
        return out;
    }
}
