package io.conex4j.core.behaviors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conex4j.core.behaviors.learning.Conv2dSTDP;
import io.conex4j.core.behaviors.learning.Local2dSTDP;
import io.conex4j.core.behaviors.learning.One2OneSTDP;
import io.conex4j.core.behaviors.learning.SimpleSTDP;
import io.conex4j.core.behaviors.learning.SparseSTDP;
import io.conex4j.core.behaviors.learning.StdpParams;
import io.conex4j.core.behaviors.neuron.AELIF;
import io.conex4j.core.behaviors.neuron.CurrentInput;
import io.conex4j.core.behaviors.neuron.ELIF;
import io.conex4j.core.behaviors.neuron.Fire;
import io.conex4j.core.behaviors.neuron.InherentNoise;
import io.conex4j.core.behaviors.neuron.Izhikevich;
import io.conex4j.core.behaviors.neuron.KWTA;
import io.conex4j.core.behaviors.neuron.LIF;
import io.conex4j.core.behaviors.neuron.NeuronAxon;
import io.conex4j.core.behaviors.neuron.PoissonInput;
import io.conex4j.core.behaviors.neuron.SimpleDendriteComputation;
import io.conex4j.core.behaviors.neuron.SimpleDendriteStructure;
import io.conex4j.core.behaviors.neuron.SpikeTrainInput;
import io.conex4j.core.behaviors.synapse.AveragePool2D;
import io.conex4j.core.behaviors.synapse.Conv2dDendriticInput;
import io.conex4j.core.behaviors.synapse.CurrentNormalization;
import io.conex4j.core.behaviors.synapse.DelayInitializer;
import io.conex4j.core.behaviors.synapse.LateralDendriticInput;
import io.conex4j.core.behaviors.synapse.Local2dDendriticInput;
import io.conex4j.core.behaviors.synapse.One2OneDendriticInput;
import io.conex4j.core.behaviors.synapse.PostSpikeCatcher;
import io.conex4j.core.behaviors.synapse.PostTrace;
import io.conex4j.core.behaviors.synapse.PreSpikeCatcher;
import io.conex4j.core.behaviors.synapse.PreTrace;
import io.conex4j.core.behaviors.synapse.SimpleDendriticInput;
import io.conex4j.core.behaviors.synapse.SparseDendriticInput;
import io.conex4j.core.behaviors.synapse.SynapseInit;
import io.conex4j.core.behaviors.synapse.WeightClip;
import io.conex4j.core.behaviors.synapse.WeightInitializer;
import io.conex4j.core.behaviors.synapse.WeightNormalization;
import io.conex4j.core.io.Json;
import io.conex4j.core.runtime.Behavior;
import io.conex4j.core.storage.DenseWeights;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every concrete behavior in core's behaviors packages reports its constructor parameters through
 * {@link Behavior#parameters()} (numbers as double or long, strings, booleans), except the few that truly have
 * none, listed with the reason. The classes are found by scanning the compiled behaviors packages, so a new behavior
 * without an entry here fails the test.
 */
class BehaviorParametersTest {

    /** A configured instance and one entry its parameters must hold (the value it was given). */
    private record Configured(Supplier<Behavior<?>> make, String key, Object value) {
    }

    private static final StdpParams STDP = StdpParams.of(0.02, 0.03).softBound(0, 2);

    private static Map<Class<?>, Configured> configured() {
        Map<Class<?>, Configured> m = new LinkedHashMap<>();
        // neuron
        m.put(LIF.class, new Configured(() -> LIF.builder().tau(15).build(), "tau", 15.0));
        m.put(ELIF.class, new Configured(() -> ELIF.builder().delta(3).build(), "delta", 3.0));
        m.put(AELIF.class, new Configured(() -> AELIF.builder().wTau(150).build(), "wTau", 150.0));
        m.put(CurrentInput.class, new Configured(() -> CurrentInput.constant(2.5), "current", 2.5));
        m.put(InherentNoise.class, new Configured(() -> new InherentNoise("randn", 0.5, -1), "offset", -1.0));
        m.put(io.conex4j.core.behaviors.neuron.ActivityBaseHomeostasis.class, new Configured(
                () -> new io.conex4j.core.behaviors.neuron.ActivityBaseHomeostasis(2, 10, 0.5, 0.9), "decayRate", 0.9));
        m.put(io.conex4j.core.behaviors.neuron.VoltageBaseHomeostasis.class, new Configured(
                () -> new io.conex4j.core.behaviors.neuron.VoltageBaseHomeostasis(-60, -55, 0.01), "maxTa", -55.0));
        m.put(io.conex4j.core.behaviors.neuron.AdaptiveThreshold.class, new Configured(
                () -> new io.conex4j.core.behaviors.neuron.AdaptiveThreshold(0.05, 1e7), "tauTheta", 1e7));
        m.put(Izhikevich.class, new Configured(() -> new Izhikevich(0.02, 0.2, -65, 8), "d", 8.0));
        m.put(KWTA.class, new Configured(() -> new KWTA(3, 0), "dimension", 0L));
        m.put(NeuronAxon.class, new Configured(() -> new NeuronAxon(4), "maxDelay", 4L));
        m.put(PoissonInput.class, new Configured(() -> PoissonInput.uniform(5, 12), "rate", 12.0));
        m.put(SimpleDendriteStructure.class, new Configured(() -> new SimpleDendriteStructure(3, 1, 2),
                "proximalMaxDelay", 3L));
        m.put(SimpleDendriteComputation.class, new Configured(() -> SimpleDendriteComputation.builder().iTau(4)
                .distalProvocativeness(0.5).apicalGain(0.25).build(), "distalProvocativeness", 0.5));
        m.put(io.conex4j.core.behaviors.neuron.DatasetInput.class, new Configured(
                () -> io.conex4j.core.behaviors.neuron.DatasetInput.images(
                        io.conex4j.core.data.ImageDataset.of(new float[][] {{0.5f, 1f}}),
                        io.conex4j.core.encoding.Encoders.simplePoisson(0.25)).instanceDuration(30).build(),
                "instanceDuration", 30L));
        m.put(SpikeTrainInput.class, new Configured(() -> new SpikeTrainInput(new float[] {1, 7.5f},
                new int[] {0, 1}), "spikes", 2L));
        // synapse
        m.put(AveragePool2D.class, new Configured(() -> new AveragePool2D(2), "currentCoef", 2.0));
        m.put(Conv2dDendriticInput.class, new Configured(() -> new Conv2dDendriticInput(1, 2, 1), "stride", 2L));
        m.put(LateralDendriticInput.class, new Configured(() -> new LateralDendriticInput(1, true), "inhibitory", true));
        m.put(Local2dDendriticInput.class, new Configured(() -> new Local2dDendriticInput(1, 1, 2), "padding", 2L));
        m.put(One2OneDendriticInput.class, new Configured(() -> new One2OneDendriticInput(0.5), "currentCoef", 0.5));
        m.put(SimpleDendriticInput.class, new Configured(() -> new SimpleDendriticInput(1.5), "currentCoef", 1.5));
        m.put(SparseDendriticInput.class, new Configured(() -> new SparseDendriticInput(2), "currentCoef", 2.0));
        m.put(CurrentNormalization.class, new Configured(() -> new CurrentNormalization(3), "norm", 3.0));
        m.put(WeightNormalization.class, new Configured(() -> WeightNormalization.every(5, 350), "every", 350L));
        m.put(WeightClip.class, new Configured(() -> new WeightClip(0, 2), "wMax", 2.0));
        m.put(PreTrace.class, new Configured(() -> new PreTrace(10, 2), "spikeScale", 2.0));
        m.put(PostTrace.class, new Configured(() -> new PostTrace(12), "tauS", 12.0));
        m.put(DelayInitializer.class, new Configured(() -> DelayInitializer.of("uniform(0, 4)").scale(2), "scale",
                2.0));
        m.put(WeightInitializer.class, new Configured(() -> WeightInitializer.mode("random").density(0.25).build(),
                "density", 0.25));
        // learning
        m.put(SimpleSTDP.class, new Configured(() -> new SimpleSTDP(STDP.clamp(0, 1)), "clamped", true));
        m.put(SparseSTDP.class, new Configured(() -> new SparseSTDP(STDP), "aMinus", (double) 0.03f));
        m.put(One2OneSTDP.class, new Configured(() -> new One2OneSTDP(STDP), "wMax", 2.0));
        m.put(Conv2dSTDP.class, new Configured(() -> new Conv2dSTDP(STDP), "positiveBound", "SOFT"));
        m.put(Local2dSTDP.class, new Configured(() -> Local2dSTDP.withPreSpikeQuirk(STDP), "preSpikeQuirk", true));
        m.put(io.conex4j.core.behaviors.learning.Conv2dRSTDP.class, new Configured(
                () -> new io.conex4j.core.behaviors.learning.Conv2dRSTDP(STDP, 6), "tauC", 6.0));
        m.put(io.conex4j.core.behaviors.learning.Local2dRSTDP.class, new Configured(
                () -> new io.conex4j.core.behaviors.learning.Local2dRSTDP(STDP, 6, 0.25), "initC", 0.25));
        m.put(io.conex4j.core.behaviors.learning.SimpleiSTDP.class, new Configured(
                () -> io.conex4j.core.behaviors.learning.SimpleiSTDP.ofRho(5), "rho", 5.0));
        m.put(io.conex4j.core.behaviors.learning.SparseiSTDP.class, new Configured(
                () -> new io.conex4j.core.behaviors.learning.SparseiSTDP(Double.NaN, 0.25, 0.5, true), "alpha", 0.25));
        m.put(io.conex4j.core.behaviors.learning.One2OneiSTDP.class, new Configured(
                () -> new io.conex4j.core.behaviors.learning.One2OneiSTDP(2, Double.NaN, 0.5, false), "lr", 0.5));
        m.put(io.conex4j.core.behaviors.learning.SimpleRSTDP.class, new Configured(
                () -> new io.conex4j.core.behaviors.learning.SimpleRSTDP(STDP, 7), "tauC", 7.0));
        m.put(io.conex4j.core.behaviors.learning.SparseRSTDP.class, new Configured(
                () -> new io.conex4j.core.behaviors.learning.SparseRSTDP(STDP, 7, 0.5), "initC", 0.5));
        m.put(io.conex4j.core.behaviors.learning.One2OneRSTDP.class, new Configured(
                () -> new io.conex4j.core.behaviors.learning.One2OneRSTDP(STDP, 7), "aPlus", (double) 0.02f));
        m.put(io.conex4j.core.behaviors.network.Payoff.class, new Configured(
                () -> new io.conex4j.core.behaviors.network.Payoff(0.25), "initialPayoff", 0.25));
        m.put(io.conex4j.core.behaviors.network.Dopamine.class, new Configured(
                () -> new io.conex4j.core.behaviors.network.Dopamine(4), "tauDopamine", 4.0));
        m.put(io.conex4j.core.behaviors.network.TimeResolution.class, new Configured(
                () -> new io.conex4j.core.behaviors.network.TimeResolution(0.25), "dt", 0.25));
        // delayed synapses and iaf_psc_exp
        m.put(io.conex4j.core.behaviors.psc.IafPscExp.class, new Configured(
                () -> io.conex4j.core.behaviors.psc.IafPscExp.builder().tauSyn(0.5).build(), "tauSyn", 0.5));
        m.put(io.conex4j.core.behaviors.psc.DelayedConnection.class, new Configured(
                () -> new io.conex4j.core.behaviors.psc.DelayedConnection(
                        io.conex4j.core.connect.Connection.fixedTotalNumber(1234)), "n", 1234L));
        return m;
    }

    /** Behaviors without parameters, with the reason. */
    private static final Map<Class<?>, String> WITHOUT_PARAMETERS = Map.of(
            io.conex4j.core.behaviors.psc.DelayedDelivery.class, "delivers the weights and delays of its synapses",
            Fire.class, "fires at the threshold and reset the neuron model sets on the group",
            SynapseInit.class, "records the groups' layouts and sets zero delays",
            PreSpikeCatcher.class, "reads the source axon at the synapse's delays, which are the synapse's state",
            PostSpikeCatcher.class, "reads the destination axon at the synapse's delays, which are the synapse's state");

    /** Every concrete Behavior class compiled into core's behaviors packages. */
    private static Set<Class<?>> scan() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(Behavior.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path root = classes.resolve("io/conex4j/core/behaviors");
        Set<Class<?>> found = new java.util.HashSet<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(p -> p.toString().endsWith(".class")).toList();
        }
        for (Path f : files) {
            String name = classes.relativize(f).toString().replace('/', '.').replace('\\', '.');
            Class<?> c = Class.forName(name.substring(0, name.length() - ".class".length()), false,
                    Behavior.class.getClassLoader());
            if (Behavior.class.isAssignableFrom(c) && !Modifier.isAbstract(c.getModifiers()) && !c.isInterface()
                    && !c.isAnonymousClass() && !c.isSynthetic()) {
                found.add(c);
            }
        }
        return found;
    }

    private static Set<String> names(Set<Class<?>> classes) {
        Set<String> out = new TreeSet<>();
        classes.forEach(c -> out.add(c.getName()));
        return out;
    }

    @Test
    void everyBehaviorClassIsListedOnce() throws Exception {
        Set<Class<?>> scanned = scan();
        Set<Class<?>> listed = new java.util.HashSet<>(configured().keySet());
        for (Class<?> c : WITHOUT_PARAMETERS.keySet()) {
            assertTrue(listed.add(c), c + " is listed twice");
        }
        assertEquals(names(listed), names(scanned), "behaviors in core's behaviors packages");
    }

    @Test
    void everyConfiguredBehaviorReportsItsParameters() {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<Class<?>, Configured> e : configured().entrySet()) {
            Behavior<?> b = e.getValue().make().get();
            String who = e.getKey().getSimpleName();
            assertEquals(e.getKey(), b.getClass(), "the configured instance is of the listed class");
            Map<String, Object> p = b.parameters();
            if (p.isEmpty()) {
                problems.add(who + " reports no parameters");
                continue;
            }
            if (!e.getValue().value().equals(p.get(e.getValue().key()))) {
                problems.add(who + ": " + e.getValue().key() + " is " + p.get(e.getValue().key()) + ", expected "
                        + e.getValue().value() + " (all: " + p + ")");
            }
            for (Map.Entry<String, Object> v : p.entrySet()) {
                Object x = v.getValue();
                boolean ok = x instanceof Long || x instanceof String || x instanceof Boolean
                        || x instanceof Double d && Double.isFinite(d);
                if (!ok) {
                    problems.add(who + ": " + v.getKey() + " = " + x + " (" + (x == null ? "null" : x.getClass())
                            + ") is not a finite double, a long, a string or a boolean");
                }
            }
            Json.write(new TreeMap<>(p)); // as a network archive writes them
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void behaviorsWithoutParametersReportNone() {
        List<Behavior<?>> none = List.of(new io.conex4j.core.behaviors.psc.DelayedDelivery(), new Fire(),
                new SynapseInit(), new PreSpikeCatcher(), new PostSpikeCatcher());
        for (Behavior<?> b : none) {
            assertTrue(WITHOUT_PARAMETERS.containsKey(b.getClass()), b.name());
            assertEquals(Map.of(), b.parameters(), b.name());
        }
        assertEquals(WITHOUT_PARAMETERS.size(), none.size());
    }

    @Test
    void explicitArraysAreReportedByTheirShapeNotTheirData() {
        Map<String, Object> w = WeightInitializer.explicit(new DenseWeights(new float[6], 2, 3)).parameters();
        assertEquals(Map.of("weights", "explicit dense [2, 3]"), w);
        Map<String, Object> d = DelayInitializer.explicit(1, 2, 3, 0).parameters();
        assertEquals(Map.of("side", "src", "explicitDelays", 4L), d);
        Map<String, Object> p = new PoissonInput(new float[] {1, 5, 3}).parameters();
        assertEquals(Map.of("neurons", 3L, "minRate", 1.0, "maxRate", 5.0), p);
        assertFalse(new SpikeTrainInput(new float[] {2, 9}, new int[] {0, 0}).parameters().containsKey("times"));
        assertEquals(Map.of("current", "profile"), new CurrentInput((t, i) -> 1f).parameters());
        assertEquals(Map.of("maxDelay", "fitted"), NeuronAxon.fitted().parameters());
    }
}
