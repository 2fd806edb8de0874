package io.conex4j.core.behaviors.neuron;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conex4j.core.behaviors.synapse.DelayInitializer;
import io.conex4j.core.behaviors.synapse.PreSpikeCatcher;
import io.conex4j.core.behaviors.synapse.SynapseInit;
import io.conex4j.core.runtime.Network;
import io.conex4j.core.runtime.NeuronGroup;
import io.conex4j.core.runtime.SynapseGroup;
import io.conex4j.core.testutil.Property;
import io.conex4j.core.testutil.TestNets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Delayed spike reads through the ring buffer equal a naive model that keeps the whole history, read by delay or by
 * iteration, also after a save and restore in CoNeX's layout.
 */
class AxonPropertiesTest {

    @Test
    void delayedSpikeReadsEqualANaiveFullHistoryModel() {
        Property.forAll("delayed reads equal naive full history", rnd -> {
            int n = 1 + rnd.nextInt(30);
            int depth = 1 + rnd.nextInt(8);
            boolean uniform = rnd.nextInt(4) == 0;
            int[] delays = new int[n];
            int shared = rnd.nextInt(depth);
            for (int i = 0; i < n; i++) {
                delays[i] = uniform ? shared : rnd.nextInt(depth);
            }
            int steps = 1 + rnd.nextInt(40);
            List<boolean[]> history = new ArrayList<>();
            for (int t = 0; t < steps; t++) {
                history.add(Property.bools(rnd, n, 0.4));
            }
            Network net = new Network(1, 0);
            NeuronGroup g = net.neurons("g", n).add(TestNets.spikes((it, sp) ->
                    System.arraycopy(history.get((int) (it - 1)), 0, sp, 0, n))).add(new NeuronAxon(depth));
            SynapseGroup s = net.synapses("S", g, g).add(new SynapseInit()).add(DelayInitializer.explicit(delays))
                    .add(new PreSpikeCatcher());
            net.initialize();
            for (int t = 1; t <= steps; t++) {
                net.step();
                for (int i = 0; i < n; i++) {
                    int from = t - delays[i];
                    boolean expected = from >= 1 && history.get(from - 1)[i];
                    assertEquals(expected, s.get(SynapseGroup.PRE_SPIKE)[i], "t=" + t + " neuron " + i + " delay " + delays[i]);
                }
            }
        });
    }

    @Test
    void readsByIterationEqualANaiveFullHistoryModelAlsoAfterRestore() {
        Property.forAll("reads by iteration equal naive full history", rnd -> {
            int n = 1 + rnd.nextInt(30);
            int depth = 1 + rnd.nextInt(8);
            int steps = 1 + rnd.nextInt(40);
            int disabledFrom = rnd.nextInt(steps + 1);
            int disabledTo = disabledFrom + rnd.nextInt(depth + 2);
            List<boolean[]> history = new ArrayList<>();
            for (int t = 0; t < steps; t++) {
                history.add(Property.bools(rnd, n, 0.4));
            }
            Network net = new Network(1, 0);
            NeuronAxon axon = new NeuronAxon(depth);
            NeuronGroup g = net.neurons("g", n).add(TestNets.spikes((it, sp) ->
                    System.arraycopy(history.get((int) (it - 1)), 0, sp, 0, n))).add(axon);
            net.initialize();
            int[] out = new int[n];
            for (int t = 1; t <= steps; t++) {
                boolean off = t >= disabledFrom && t < disabledTo;
                net.setEnabled("NeuronAxon", !off);
                net.step();
                if (!off && rnd.nextInt(5) == 0) {
                    // CoNeX's layout: rows by delay from a head (the newest row, of this iteration); restoring puts
                    // every row back by iteration
                    int head = axon.depth() == 1 ? 0 : rnd.nextInt(axon.depth());
                    boolean[] ring = new boolean[depth * n];
                    boolean[] newestFirst = axon.historyNewestFirst();
                    for (int d = 0; d < depth; d++) {
                        System.arraycopy(newestFirst, d * n, ring, Math.floorMod(head - d, depth) * n, n);
                    }
                    axon.restore(ring, head);
                }
                for (int back = 0; back < depth; back++) {
                    int from = t - back;
                    boolean recorded = from >= 1 && !(from >= disabledFrom && from < disabledTo);
                    int c = axon.spikesOf(from, out);
                    List<Integer> expected = new ArrayList<>();
                    for (int i = 0; recorded && i < n; i++) {
                        if (history.get(from - 1)[i]) {
                            expected.add(i);
                        }
                    }
                    List<Integer> got = new ArrayList<>();
                    for (int k = 0; k < c; k++) {
                        got.add(out[k]);
                    }
                    assertEquals(expected, got, "t=" + t + " iteration " + from + " (axon off in "
                            + disabledFrom + ".." + (disabledTo - 1) + ")");
                }
                // iterations not recorded (yet): after this one, and before the first
                assertEquals(0, axon.spikesOf(t + 1 + rnd.nextInt(3), out), "an iteration after t=" + t);
                assertEquals(0, axon.spikesOf(-rnd.nextInt(5), out), "an iteration before the first, t=" + t);
            }
        });
    }

    @Test
    void iterationsSkippedByAJumpOfTheIterationHoldNoSpikes() {
        Property.forAll("iterations skipped by a jump hold no spikes", rnd -> {
            int n = 1 + rnd.nextInt(20);
            int depth = 1 + rnd.nextInt(6);
            Network net = new Network(1, 0);
            NeuronAxon axon = new NeuronAxon(depth);
            // every neuron fires in every iteration, so a row that kept its spikes would show
            net.neurons("g", n).add(TestNets.spikes((it, sp) -> java.util.Arrays.fill(sp, true))).add(axon);
            net.initialize();
            int[] out = new int[n];
            for (int t = 0; t < 1 + rnd.nextInt(2 * depth + 2); t++) {
                net.step();
            }
            long before = net.iteration();
            long jump = 1 + rnd.nextInt(3 * depth + 3);
            net.setIteration(before + jump);
            net.step();
            long now = net.iteration();
            assertEquals(n, axon.spikesOf(now, out), "the iteration after the jump");
            for (long it = Math.max(before + 1, now - depth); it < now; it++) {
                assertEquals(0, axon.spikesOf(it, out), "iteration " + it + " skipped by the jump from " + before
                        + " to " + (now - 1));
                if (now - it < depth) {
                    assertEquals(0, axon.spikingAt((int) (now - it), out), "delay " + (now - it) + " after the jump");
                }
            }
        });
    }

    @Test
    void restoringBeforeInitializeOrAWrongRingIsAClearError() {
        NeuronAxon axon = new NeuronAxon(3);
        IllegalStateException early = assertThrows(IllegalStateException.class,
                () -> axon.restore(new boolean[12], 0));
        assertTrue(early.getMessage().contains("initialize the network first"), early.getMessage());
        Network net = new Network(1, 0);
        net.neurons("g", 4).add(axon);
        net.initialize();
        IllegalArgumentException size = assertThrows(IllegalArgumentException.class,
                () -> axon.restore(new boolean[16], 0));
        assertTrue(size.getMessage().contains("ring of 16 flags, expected 12"), size.getMessage());
        IllegalArgumentException head = assertThrows(IllegalArgumentException.class,
                () -> axon.restore(new boolean[12], 3));
        assertTrue(head.getMessage().contains("head (3) must be in [0, 3)"), head.getMessage());
    }
}
