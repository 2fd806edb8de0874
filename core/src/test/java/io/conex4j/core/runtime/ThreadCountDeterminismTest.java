package io.conex4j.core.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conex4j.core.behaviors.learning.SparseSTDP;
import io.conex4j.core.behaviors.learning.StdpParams;
import io.conex4j.core.behaviors.neuron.Fire;
import io.conex4j.core.behaviors.neuron.LIF;
import io.conex4j.core.behaviors.psc.DelayedConnection;
import io.conex4j.core.behaviors.psc.DelayedDelivery;
import io.conex4j.core.behaviors.psc.IafPscExp;
import io.conex4j.core.behaviors.synapse.PostTrace;
import io.conex4j.core.behaviors.synapse.PreTrace;
import io.conex4j.core.behaviors.synapse.SimpleDendriticInput;
import io.conex4j.core.behaviors.synapse.WeightInitializer;
import io.conex4j.core.connect.Connection;
import io.conex4j.core.connect.Distribution;
import io.conex4j.core.io.NetworkArchive;
import io.conex4j.core.recording.SpikeRecorder;
import io.conex4j.core.storage.FutureInput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The same network gives the same bits on 1, 2 and 3 threads: a recurrent network of iaf_psc_exp populations with
 * per-synapse delays and Poisson drive (split over threads) that drives, and is driven by, a LIF layer through
 * plastic CSC synapses with STDP (on the stepping thread).
 */
class ThreadCountDeterminismTest {

    static Network mixed(long seed) {
        return mixed(seed, FutureInput.Form.AUTO);
    }

    static Network mixed(long seed, FutureInput.Form form) {
        Network net = new Network(0.1, seed);
        IafPscExp.Builder neuron = IafPscExp.builder().cm(250).tauM(10).tauSyn(0.5).eL(-65).vTh(-50).vReset(-65)
                .tRef(2).inputForm(form);
        NeuronGroup e = net.neurons("e", 1203);
        e.add(neuron.iE(200).poisson(12_000, 90).initialV(Fill.normal(-60, 4)).build()).add(new SpikeRecorder());
        NeuronGroup i = net.neurons("i", 301);
        i.add(neuron.iE(250).poisson(10_000, 90).initialV(Fill.normal(-60, 4)).build()).add(new SpikeRecorder());
        NeuronGroup lif = net.neurons("lif", 97);
        lif.add(new LIF(10, 100, -55, -70, -70, 1)).add(new Fire()).add(new SpikeRecorder());
        String[][] pairs = {{"e", "e"}, {"e", "i"}, {"i", "e"}, {"i", "i"}};
        for (String[] p : pairs) {
            boolean exc = p[0].equals("e");
            double mean = exc ? 90 : -360;
            net.synapses(p[0] + p[1], net.neuronGroup(p[0]), net.neuronGroup(p[1]))
                    .add(new DelayedConnection(Connection.fixedTotalNumber(exc ? 60_000 : 30_000)
                            .weights(exc ? Distribution.normal(mean, 9).min(0) : Distribution.normal(mean, 36).max(0))
                            .delays(Distribution.normal(exc ? 1.5 : 0.75, exc ? 0.75 : 0.375).min(0.1))))
                    .add(new DelayedDelivery());
        }
        net.synapses("e_lif", e, lif)
                .add(WeightInitializer.mode("uniform(0, 4)").density(0.1).build())
                .add(new SimpleDendriticInput(1)).add(new PreTrace(20)).add(new PostTrace(20))
                .add(new SparseSTDP(StdpParams.of(0.01, 0.012)));
        net.synapses("lif_i", lif, i)
                .add(WeightInitializer.mode("uniform(0, 0.5)").density(0.2).build()).add(new SimpleDendriticInput(1));
        return net;
    }

    /** FNV-1a over every group's spikes and voltages and every weight. */
    static long stateHash(Network net) {
        long h = 0xcbf29ce484222325L;
        for (NeuronGroup g : net.neuronGroups()) {
            SpikeRecorder r = g.behavior(SpikeRecorder.class);
            for (long t : r.iterations()) {
                h = (h ^ t) * 0x100000001b3L;
            }
            for (int x : r.indices()) {
                h = (h ^ x) * 0x100000001b3L;
            }
            for (float v : g.voltage()) {
                h = (h ^ Float.floatToRawIntBits(v)) * 0x100000001b3L;
            }
        }
        for (SynapseGroup s : net.synapseGroups()) {
            float[] w = s.weights() != null ? s.weights().values()
                    : s.get(io.conex4j.core.behaviors.psc.DelayedInput.SYNAPSES).weightsInOrder();
            for (float x : w) {
                h = (h ^ Float.floatToRawIntBits(x)) * 0x100000001b3L;
            }
        }
        return h;
    }

    @Test
    void oneTwoAndThreeThreadsGiveTheSameBits() {
        long[] hashes = new long[3];
        int[] spikes = new int[3];
        for (int t = 1; t <= 3; t++) {
            Network net = mixed(7).threads(t);
            net.simulate(1500);
            assertEquals(t, net.threads());
            hashes[t - 1] = stateHash(net);
            spikes[t - 1] = SpikeRecorder.of(net.neuronGroup("e")).count();
        }
        Network one = mixedRun(1);
        int lifSpikes = SpikeRecorder.of(one.neuronGroup("lif")).count();
        int iSpikes = SpikeRecorder.of(one.neuronGroup("i")).count();
        assertTrue(spikes[0] > 100 && lifSpikes > 20 && iSpikes > 20, "every group fires: e " + spikes[0] + ", i "
                + iSpikes + ", lif " + lifSpikes);
        assertEquals(hashes[0], hashes[1], "2 threads");
        assertEquals(hashes[0], hashes[2], "3 threads");
    }

    private static Network mixedRun(int threads) {
        Network net = mixed(7).threads(threads);
        net.simulate(1500);
        return net;
    }

    /**
     * Two iaf_psc_exp populations joined by delayed synapses whose sources also have per-neuron delays (0-3 steps),
     * so that each delivery reads several earlier iterations of its source's axon on another thread.
     */
    static Network sourceDelays(long seed) {
        Network net = new Network(0.1, seed);
        IafPscExp.Builder neuron = IafPscExp.builder().cm(250).tauM(10).tauSyn(0.5).eL(-65).vTh(-50).vReset(-65)
                .tRef(2);
        String[] names = {"e", "i"};
        int[] sizes = {800, 200};
        for (int k = 0; k < 2; k++) {
            net.neurons(names[k], sizes[k]).add(neuron.iE(200).poisson(12_000, 90).initialV(Fill.normal(-60, 4))
                    .build()).add(new SpikeRecorder());
        }
        java.util.Random r = new java.util.Random(seed);
        for (String a : names) {
            for (String b : names) {
                boolean exc = a.equals("e");
                int[] srcDelays = new int[net.neuronGroup(a).size()];
                for (int q = 0; q < srcDelays.length; q++) {
                    srcDelays[q] = r.nextInt(4);
                }
                net.synapses(a + b, net.neuronGroup(a), net.neuronGroup(b))
                        .add(new DelayedConnection(Connection.fixedTotalNumber(exc ? 40_000 : 20_000)
                                .weights(Distribution.constant(exc ? 90 : -360))
                                .delays(Distribution.normal(1.5, 0.75).min(0.1))))
                        .add(io.conex4j.core.behaviors.synapse.DelayInitializer.explicit(srcDelays))
                        .add(new DelayedDelivery());
            }
        }
        return net;
    }

    @Test
    void axonsSwitchedOffAndOnAgainGiveTheSameBitsOnOneTwoAndThreeThreads() {
        // an axon that runs again fills in the iterations it missed while other threads read its earlier ones
        long[] hashes = new long[3];
        for (int threads = 1; threads <= 3; threads++) {
            Network net = sourceDelays(5).threads(threads);
            for (int t = 1; t <= 600; t++) {
                // off for stretches shorter and longer than the axons' history
                net.setEnabled("NeuronAxon", !(t >= 100 && t < 102 || t >= 300 && t < 309));
                net.step();
            }
            assertTrue(SpikeRecorder.of(net.neuronGroup("e")).count() > 50, "e fires");
            hashes[threads - 1] = stateHash(net);
        }
        assertEquals(hashes[0], hashes[1], "2 threads");
        assertEquals(hashes[0], hashes[2], "3 threads");
    }

    @Test
    void theRingAndTheQueueFormOfTheFutureInputGiveTheSameBits() {
        Network ring = mixed(13, FutureInput.Form.RING).threads(2);
        ring.simulate(800);
        Network queue = mixed(13, FutureInput.Form.QUEUE).threads(3);
        queue.simulate(400);
        queue.threads(1);
        queue.simulate(400);
        assertTrue(queue.neuronGroup("e").get(io.conex4j.core.behaviors.psc.DelayedInput.INPUT).queue() != null);
        assertEquals(stateHash(ring), stateHash(queue));
    }

    @Test
    void theThreadCountMayChangeBetweenRuns() {
        Network straight = mixed(11).threads(1);
        straight.simulate(900);
        Network changing = mixed(11).threads(3);
        changing.simulate(300);
        changing.threads(1);
        changing.simulate(300);
        changing.threads(2);
        changing.simulate(300);
        assertEquals(stateHash(straight), stateHash(changing));
    }

    @Test
    void theScheduleSplitsIntoParallelPhasesAndSerialSteps() {
        Network net = mixed(3).threads(2);
        net.simulate(1);
        // deliveries (180) and the iaf_psc_exp groups (260) are partitioned; the LIF layer's input at 180 and its
        // dynamics run on the stepping thread between them
        assertTrue(net.schedule().stream().anyMatch(e -> e.behavior() instanceof Partitioned<?>));
        assertEquals(2, net.threads());
        assertThrows(IllegalArgumentException.class, () -> net.threads(0));
    }

    @Test
    void aSavedParallelRunContinuesBitForBit() throws Exception {
        for (FutureInput.Form form : new FutureInput.Form[] {FutureInput.Form.RING, FutureInput.Form.QUEUE}) {
            savedRunContinues(form);
        }
    }

    private static void savedRunContinues(FutureInput.Form form) throws Exception {
        Path f = Files.createTempFile("conex4j-psc", ".npz");
        try {
            Network straight = mixed(5, form).threads(2);
            straight.simulate(600);
            Network first = mixed(5, form).threads(2);
            first.simulate(300);
            NetworkArchive.save(first, f);
            Network resumed = mixed(5, form).threads(1);
            resumed.initialize();
            NetworkArchive.load(resumed, f);
            resumed.simulate(300);
            assertEquals(stateHash(straight), stateHash(resumed));
            for (String g : List.of("e", "i", "lif")) {
                assertEquals(SpikeRecorder.of(straight.neuronGroup(g)).count(),
                        SpikeRecorder.of(resumed.neuronGroup(g)).count(), g);
            }
        } finally {
            Files.deleteIfExists(f);
        }
    }
}
