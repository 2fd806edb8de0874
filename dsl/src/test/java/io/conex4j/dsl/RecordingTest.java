package io.conex4j.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conex4j.core.recording.CapacityPolicy;
import io.conex4j.core.recording.SpikeRecorder;
import io.conex4j.core.recording.VariableRecorder;
import io.conex4j.core.runtime.Network;
import org.junit.jupiter.api.Test;

/** Recorders from the DSL grow by default; a bound is optional and fails or stops as asked. */
class RecordingTest {

    private static Network net(java.util.function.Consumer<NeuronsBuilder> record) {
        return Conex.network(n -> n.neurons("in", 100, g -> {
            g.poisson(500);
            record.accept(g);
        }));
    }

    @Test
    void withoutABoundEverySpikeIsKeptAsTheRunGrows() {
        Network net = net(g -> g.recordSpikes().recordVoltage(10));
        net.simulate(2_000);
        SpikeRecorder r = SpikeRecorder.of(net.neuronGroup("in"));
        assertTrue(r.count() > 80_000, "about 100 x 2000 x 0.5 spikes: " + r.count());
        assertFalse(r.truncated());
        assertEquals(200, net.neuronGroup("in").behavior(VariableRecorder.class).rows());
    }

    @Test
    void aBoundFailsNamingTheIterationOrStopsAndMarksTheRecordingTruncated() {
        Network failing = net(g -> g.recordSpikes(1_000));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> failing.simulate(100));
        assertTrue(e.getMessage().contains("1000"), e.getMessage());
        Network stopping = net(g -> g.recordSpikes(1_000, CapacityPolicy.STOP));
        stopping.simulate(100);
        SpikeRecorder r = SpikeRecorder.of(stopping.neuronGroup("in"));
        assertEquals(1_000, r.count());
        assertTrue(r.truncated());
    }
}
