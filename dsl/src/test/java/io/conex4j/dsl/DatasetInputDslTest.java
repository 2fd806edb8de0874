package io.conex4j.dsl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conex4j.core.behaviors.neuron.DatasetInput;
import io.conex4j.core.data.ImageDataset;
import io.conex4j.core.data.SpikeDataset;
import io.conex4j.core.encoding.Encoders;
import io.conex4j.core.recording.SpikeRecorder;
import io.conex4j.core.runtime.Network;
import io.conex4j.core.runtime.NeuronGroup;
import org.junit.jupiter.api.Test;

/** The dataset input from the DSL: the same network as core's builder, and its problems reported with their path. */
class DatasetInputDslTest {

    private static final ImageDataset BARS = ImageDataset.of(new float[][] {
        {1f, 1f, 0f, 0f}, {0f, 0f, 1f, 1f}}, new int[] {0, 1});

    @Test
    void imagesFromTheDslSpikeAsCoresDatasetInputDoes() {
        Network dsl = Conex.network(n -> {
            n.seed(7);
            n.neurons("in", 4, g -> g.images(BARS, Encoders.simplePoisson(0.5),
                    d -> d.instanceDuration(10).silentInterval(5)).recordSpikes());
        });
        Network core = new Network(1.0, 7);
        core.neurons("in", 4).add(DatasetInput.images(BARS, Encoders.simplePoisson(0.5)).instanceDuration(10)
                .silentInterval(5).build()).add(new SpikeRecorder());
        core.initialize();
        dsl.simulate(60);
        core.simulate(60);
        SpikeRecorder a = SpikeRecorder.of(dsl.neuronGroup("in"));
        SpikeRecorder b = SpikeRecorder.of(core.neuronGroup("in"));
        assertTrue(a.count() > 0);
        assertArrayEquals(b.iterations(), a.iterations());
        assertArrayEquals(b.indices(), a.indices());
        NeuronGroup g = dsl.neuronGroup("in");
        assertEquals(1, g.get(DatasetInput.LABEL)[0], "iteration 60: the 4th period of 15 iterations, sample 1, in its silent interval");
    }

    @Test
    void spikeTensorsFromTheDsl() {
        boolean[][][] samples = {{{true, false}}, {{false, true}}};
        Network net = Conex.network(n -> n.neurons("in", 2, g -> g.spikeTensors(SpikeDataset.of(samples, null),
                d -> d.instanceDuration(1))));
        net.step();
        assertArrayEquals(new boolean[] {true, false}, net.neuronGroup("in").spikes());
        net.step();
        assertArrayEquals(new boolean[] {false, true}, net.neuronGroup("in").spikes());
    }

    @Test
    void problemsAreReportedWithTheirPath() {
        NetworkDefinitionException e = assertThrows(NetworkDefinitionException.class, () -> Conex.network(n -> {
            n.neurons("a", 4, g -> g.images(BARS, Encoders.poisson(0.2), d -> d.instanceDuration(0)));
            n.neurons("b", 4, g -> g.images(BARS, Encoders.poisson(0.2), null));
            n.neurons("c", 4, g -> g.lif().images(BARS, Encoders.poisson(0.2), d -> d.instanceDuration(3)));
        }));
        String m = e.getMessage();
        assertTrue(m.contains("neurons a.images: DatasetInput: instanceDuration (0) must be >= 1"), m);
        assertTrue(m.contains("neurons b.images: the schedule must be given"), m);
        assertTrue(m.contains("neurons c.images: the group already has dynamics"), m);
        NetworkDefinitionException size = assertThrows(NetworkDefinitionException.class, () -> Conex.network(n ->
                n.neurons("in", 5, g -> g.images(BARS, Encoders.poisson(0.2), d -> d.instanceDuration(3)))));
        assertTrue(size.getMessage().contains("sample 0 has 4 values; the group has 5 neurons"), size.getMessage());
    }
}
