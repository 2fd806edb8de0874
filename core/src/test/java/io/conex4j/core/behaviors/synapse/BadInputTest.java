package io.conex4j.core.behaviors.synapse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.conex4j.core.behaviors.neuron.NeuronAxon;
import io.conex4j.core.runtime.Fill;
import io.conex4j.core.runtime.Network;
import io.conex4j.core.runtime.SynapseGroup;
import io.conex4j.core.storage.DenseWeights;
import io.conex4j.core.testutil.TestNets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Each bad input gets an exception naming the behavior, the parameter, the value and what is allowed. */
class BadInputTest {

    private static String fails(Class<? extends Throwable> type, Executable e) {
        return assertThrows(type, e).getMessage();
    }

    @Test
    void explicitWeightsOfTheWrongShapeFailAtInitializeAndLeaveNothingBehind() {
        SynapseGroup s = TestNets.withWeights(3, 2, new DenseWeights(new float[6], 2, 3));
        assertEquals("WeightInitializer on synapses S: weights of shape [2, 3] do not match [source, destination]"
                + " = [3, 2]", fails(IllegalArgumentException.class, s.network()::initialize));
        assertFalse(s.network().isInitialized());
        assertNull(s.weights());
        assertNull(s.get(SynapseGroup.SRC_DELAY), "SynapseInit's state was cleared too");
    }

    @Test
    void densityOutsideTheUnitIntervalIsRejected() {
        assertEquals("WeightInitializer: density (1.5) must be in [0.0, 1.0]",
                fails(IllegalArgumentException.class, () -> WeightInitializer.mode("random").density(1.5)));
        assertEquals("WeightInitializer: density (-0.1) must be in [0.0, 1.0]",
                fails(IllegalArgumentException.class, () -> WeightInitializer.mode("random").density(-0.1)));
    }

    @Test
    void nonFiniteWeightsAreRejected() {
        assertEquals("WeightInitializer: weights has NaN at index 1; every value must be finite",
                fails(IllegalArgumentException.class,
                        () -> WeightInitializer.builder().weights(new float[] {0, Float.NaN}, 1, 2)));
        assertEquals("WeightInitializer: scale (Infinity) must be finite",
                fails(IllegalArgumentException.class,
                        () -> WeightInitializer.mode(1).scale(Double.POSITIVE_INFINITY)));
    }

    @Test
    void nonPositiveTauAndDtAreRejected() {
        assertEquals("PreTrace: tauS (0.0) must be finite and > 0",
                fails(IllegalArgumentException.class, () -> new PreTrace(0)));
        assertEquals("PostTrace: tauS (-2.0) must be finite and > 0",
                fails(IllegalArgumentException.class, () -> new PostTrace(-2)));
        assertEquals("Network: dt (0.0) must be finite and > 0 (ms)",
                fails(IllegalArgumentException.class, () -> new Network(0, 1)));
        assertEquals("Network: dt (NaN) must be finite and > 0 (ms)",
                fails(IllegalArgumentException.class, () -> new Network(Double.NaN, 1)));
    }

    @Test
    void delaysOutOfTheAxonRangeFailAtInitializeNamingNeuronAndRange() {
        Network net = new Network(1, 0);
        var pre = net.neurons("pre", 3).add(new NeuronAxon(3));
        var post = net.neurons("post", 2).add(new NeuronAxon(1));
        SynapseGroup s = net.synapses("S", pre, post).add(new SynapseInit())
                .add(DelayInitializer.explicit(0, 3, 1)).add(new PreSpikeCatcher());
        assertEquals("PreSpikeCatcher on synapses S: src delay of neuron 1 is 3; allowed: 0 to 2 (the axon of pre"
                + " keeps 3 iterations)", fails(IllegalArgumentException.class, net::initialize));
        assertNull(s.get(SynapseGroup.PRE_SPIKE));
        assertEquals("DelayInitializer: delays[0] (-1) must be >= 0",
                fails(IllegalArgumentException.class, () -> DelayInitializer.explicit(-1, 0)));
    }

    @Test
    void negativeDelaysFromAModeFailAtInitialize() {
        SynapseGroup s = TestNets.pair(2, 2).add(DelayInitializer.of(-1.5));
        assertEquals("DelayInitializer on synapses S: src delay of neuron 0 is -1; delays must be >= 0",
                fails(IllegalArgumentException.class, s.network()::initialize));
    }

    @Test
    void clipIntervalMustBeFiniteAndOrdered() {
        assertEquals("WeightClip: wMin (0.8) must be < wMax (0.5)",
                fails(IllegalArgumentException.class, () -> new WeightClip(0.8, 0.5)));
        assertEquals("WeightClip: wMin (0.5) must be < wMax (0.5)",
                fails(IllegalArgumentException.class, () -> new WeightClip(0.5, 0.5)));
        assertEquals("WeightClip: wMin (NaN) must be finite",
                fails(IllegalArgumentException.class, () -> new WeightClip(Double.NaN, 1)));
    }

    @Test
    void normalizationWithoutWeightsNamesTheMissingInitializer() {
        SynapseGroup s = TestNets.pair(2, 2).add(new WeightNormalization(1));
        assertEquals("WeightNormalization: synapses S have no weights; add a WeightInitializer (with a mode or"
                + " explicit weights) before it", fails(IllegalStateException.class, s.network()::initialize));
        SynapseGroup c = TestNets.pair(2, 2).add(new CurrentNormalization(1));
        assertEquals("Network network: CurrentNormalization on S reads S.weights but no behavior creates or writes it;"
                + " add a WeightInitializer (with a mode or explicit weights)",
                fails(IllegalStateException.class, c.network()::initialize));
    }

    @Test
    void modeStringsThatDoNotParseAreNamed() {
        assertEquals("mode: 'gaussian' is not a fill mode; allowed: zeros, ones, random|rand|uniform, randn|normal,"
                + " normal(mean, std), uniform(low, high), or a number",
                fails(IllegalArgumentException.class, () -> Fill.parse("gaussian")));
        assertEquals("mode: 'normal(mean=0.5, sigma=0.1)' has unknown argument 'sigma'; allowed: mean, std",
                fails(IllegalArgumentException.class, () -> Fill.parse("normal(mean=0.5, sigma=0.1)")));
        assertEquals("normal: std (-1.0) must be >= 0",
                fails(IllegalArgumentException.class, () -> Fill.parse("normal(0, -1)")));
    }

    @Test
    void catcherOnAGroupWithoutAxonGetsAFittedAxonAndDelayOutsideItIsNamed() {
        SynapseGroup s = TestNets.pair(2, 2).add(new PreSpikeCatcher());
        s.network().initialize();
        assertEquals(1, s.src().axon().depth(), "a fitted axon for zero delays");
        SynapseGroup d = TestNets.pair(2, 2).add(new PreSpikeCatcher()).add(DelayInitializer.explicit(3, 0));
        d.src().add(new io.conex4j.core.behaviors.neuron.NeuronAxon(2));
        assertEquals("PreSpikeCatcher on synapses S: src delay of neuron 0 is 3; allowed: 0 to 1 (the axon of pre"
                + " keeps 2 iterations)", fails(IllegalArgumentException.class, d.network()::initialize));
    }

    @Test
    void sparseWeightsNeedAFunctionThatKeepsZeroAtZero() {
        SynapseGroup s = TestNets.pair(10, 10).add(WeightInitializer.mode("random").density(0.2)
                .function(w -> w + 0.5f).build());
        assertEquals("WeightInitializer on synapses S: function maps 0 to 0.5; on sparse weights it must map 0 to 0"
                + " (implicit zeros stay zero)", fails(IllegalArgumentException.class, s.network()::initialize));
    }

    @Test
    void neitherModeNorWeightsIsRejectedAtBuild() {
        assertEquals("WeightInitializer: give a mode or explicit weights",
                fails(IllegalArgumentException.class, () -> WeightInitializer.builder().build()));
    }
}
