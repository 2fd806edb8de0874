package io.conex4j.core.recording;

import io.conex4j.core.io.NetworkArchive;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conex4j.core.runtime.Network;
import io.conex4j.core.runtime.NeuronGroup;
import io.conex4j.core.testutil.TestNets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spike and variable recorders, including their growth and their optional bounds. */
class RecordersTest {

    @TempDir
    Path dir;

    /** Every neuron spikes on every iteration. */
    private static NeuronGroup always(Network net, int size) {
        return net.neurons("all", size).add(TestNets.spikes((t, s) -> java.util.Arrays.fill(s, true)));
    }

    private static NeuronGroup everyOther(Network net) {
        return net.neurons("g", 3).add(TestNets.spikes((t, s) -> {
            s[0] = t % 2 == 0;
            s[1] = false;
            s[2] = true;
        }));
    }

    @Test
    void spikeRecorderKeepsIterationAndIndexPairs() {
        Network net = new Network(1, 0);
        SpikeRecorder rec = new SpikeRecorder(100);
        everyOther(net).add(rec);
        net.simulate(3);
        assertArrayEquals(new long[] {1, 2, 2, 3}, rec.iterations());
        assertArrayEquals(new int[] {2, 0, 2, 2}, rec.indices());
    }

    @Test
    void aFullSpikeRecorderFailsWithAClearMessageByDefault() {
        Network net = new Network(1, 0);
        SpikeRecorder rec = new SpikeRecorder(3);
        everyOther(net).add(rec);
        net.simulate(2);
        IllegalStateException e = assertThrows(IllegalStateException.class, net::step);
        assertEquals("SpikeRecorder on neurons g: capacity of 3 spikes reached at iteration 3; give a larger"
                + " maxSpikes or record fewer steps", e.getMessage());
        assertEquals(3, rec.count(), "what was recorded is kept");
    }

    @Test
    void aFullSpikeRecorderCanStopInstead() {
        Network net = new Network(1, 0);
        SpikeRecorder rec = new SpikeRecorder(3, CapacityPolicy.STOP);
        everyOther(net).add(rec);
        net.simulate(10);
        assertTrue(rec.truncated());
        assertEquals(3, rec.count());
    }

    @Test
    void variableRecorderSamplesEveryKSteps() {
        Network net = new Network(1, 0);
        NeuronGroup g = net.neurons("g", 2).add(new io.conex4j.core.behaviors.neuron.CurrentInput((t, i) -> t + i));
        VariableRecorder<NeuronGroup> rec = new VariableRecorder<>("I", NeuronGroup::current, 2, 10);
        g.add(rec);
        net.simulate(5);
        assertArrayEquals(new long[] {2, 4}, rec.iterations());
        assertArrayEquals(new float[] {2, 3, 4, 5}, rec.data());
        VariableRecorder<NeuronGroup> small = new VariableRecorder<>("v", NeuronGroup::voltage, 1, 2);
        Network n2 = new Network(1, 0);
        n2.neurons("h", 1).add(small);
        n2.simulate(2);
        assertEquals("VariableRecorder v on h: capacity of 2 records reached at iteration 3; give a larger"
                + " maxRecords or a larger every", assertThrows(IllegalStateException.class, n2::step).getMessage());
    }

    @Test
    void anUnboundedSpikeRecorderGrowsPastItsFirstBuffer() {
        Network net = new Network(1, 0);
        SpikeRecorder rec = new SpikeRecorder();
        always(net, 7).add(rec);
        net.simulate(1000);
        assertEquals(7000, rec.count(), "more than the first buffer of 1024");
        assertFalse(rec.bounded());
        assertEquals(SpikeRecorder.MAX_SPIKES, rec.capacity());
        long[] its = rec.iterations();
        int[] idx = rec.indices();
        for (int k = 0; k < 7000; k++) {
            assertEquals(k / 7 + 1, its[k], "iteration of spike " + k);
            assertEquals(k % 7, idx[k], "neuron of spike " + k);
        }
    }

    @Test
    void aBoundLargerThanTheFirstBufferIsReachedExactly() {
        Network net = new Network(1, 0);
        SpikeRecorder rec = new SpikeRecorder(2000);
        always(net, 3).add(rec);
        net.simulate(666);
        assertEquals(1998, rec.count());
        IllegalStateException e = assertThrows(IllegalStateException.class, net::step);
        assertEquals("SpikeRecorder on neurons all: capacity of 2000 spikes reached at iteration 667; give a larger"
                + " maxSpikes or record fewer steps", e.getMessage());
        assertEquals(2000, rec.count(), "the spikes that fit are kept");
        assertArrayEquals(new int[] {0, 1}, java.util.Arrays.copyOfRange(rec.indices(), 1998, 2000));
    }

    @Test
    void recordersWithoutRecordsReadAsEmpty() {
        SpikeRecorder spikes = new SpikeRecorder();
        VariableRecorder<NeuronGroup> v = new VariableRecorder<>("v", NeuronGroup::voltage, 1);
        assertEquals(0, spikes.iterations().length, "before initialize");
        assertEquals(0, spikes.indices().length);
        assertEquals(0, v.data().length);
        assertEquals(0, v.iterations().length);
        Network net = new Network(1, 0);
        net.neurons("quiet", 4).add(TestNets.spikes((t, s) -> { })).add(spikes);
        net.neurons("h", 2).add(new VariableRecorder<NeuronGroup>("I", NeuronGroup::current, 5, 3)).add(v);
        net.simulate(0);
        net.initialize();
        assertEquals(0, spikes.count());
        assertEquals(0, spikes.iterations().length, "after initialize, no spike");
        assertEquals(0, v.data().length, "after initialize, no record");
        net.simulate(3);
        assertEquals(0, spikes.indices().length, "a group that never spikes");
        assertEquals(3, v.rows());
    }

    @Test
    void anUnboundedVariableRecorderGrowsAndKeepsEveryRow() {
        Network net = new Network(1, 0);
        NeuronGroup g = net.neurons("g", 3).add(new io.conex4j.core.behaviors.neuron.CurrentInput((t, i) -> t * 10 + i));
        VariableRecorder<NeuronGroup> rec = new VariableRecorder<>("I", NeuronGroup::current, 1);
        g.add(rec);
        net.simulate(2500);
        assertEquals(2500, rec.rows());
        assertFalse(rec.bounded());
        float[] d = rec.data();
        assertEquals(7500, d.length);
        for (int r = 0; r < 2500; r++) {
            assertEquals(r + 1, rec.iterations()[r]);
            for (int i = 0; i < 3; i++) {
                assertEquals((float) ((r + 1) * 10 + i), d[r * 3 + i], "row " + r + " value " + i);
            }
        }
    }

    @Test
    void grownRecordersSaveAndRestore() throws Exception {
        Network a = recordingNet();
        a.simulate(1500);
        Path f = dir.resolve("grown.npz");
        NetworkArchive.save(a, f);
        Network b = recordingNet();
        NetworkArchive.load(b, f);
        SpikeRecorder sa = a.neuronGroup("all").behavior(SpikeRecorder.class);
        SpikeRecorder sb = b.neuronGroup("all").behavior(SpikeRecorder.class);
        assertArrayEquals(sa.iterations(), sb.iterations());
        assertArrayEquals(sa.indices(), sb.indices());
        @SuppressWarnings("unchecked")
        VariableRecorder<NeuronGroup> va = a.neuronGroup("all").behavior(VariableRecorder.class);
        @SuppressWarnings("unchecked")
        VariableRecorder<NeuronGroup> vb = b.neuronGroup("all").behavior(VariableRecorder.class);
        assertArrayEquals(va.data(), vb.data());
        a.simulate(600);
        b.simulate(600);
        assertEquals(2 * 2100, sb.count(), "the restored recorder goes on growing");
        assertArrayEquals(sa.iterations(), sb.iterations());
        assertArrayEquals(va.iterations(), vb.iterations());
        assertArrayEquals(va.data(), vb.data());
    }

    private static Network recordingNet() {
        Network net = new Network(1, 0);
        always(net, 2).add(new SpikeRecorder())
                .add(new VariableRecorder<NeuronGroup>("v", NeuronGroup::voltage, 1));
        net.initialize();
        return net;
    }

    @Test
    void aRestoredRecordingLargerThanTheBoundIsRejected() throws Exception {
        Network big = new Network(1, 0);
        always(big, 2).add(new SpikeRecorder());
        big.simulate(10);
        Path f = dir.resolve("big.npz");
        NetworkArchive.save(big, f);
        Network small = new Network(1, 0);
        always(small, 2).add(new SpikeRecorder(5));
        small.initialize();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NetworkArchive.load(small, f));
        assertTrue(e.getMessage().contains("holds 20 spikes, more than the capacity 5"), e.getMessage());
    }

    @Test
    void askingForTheSpikesOfAGroupWithoutRecorderNamesTheGroupAndTheFix() {
        Network n = new Network(1, 0);
        always(n, 3);
        n.initialize();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> SpikeRecorder.of(n.neuronGroups().get(0)));
        assertTrue(e.getMessage().startsWith("neurons " + n.neuronGroups().get(0).name()
                + " have no SpikeRecorder; record their spikes with .recordSpikes() in the DSL"), e.getMessage());
    }
}
