package io.conex4j.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.conex4j.core.behaviors.learning.Bound;
import io.conex4j.core.behaviors.learning.StdpParams;
import io.conex4j.core.behaviors.neuron.AELIF;
import io.conex4j.core.behaviors.neuron.CurrentInput;
import io.conex4j.core.behaviors.neuron.ELIF;
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
import io.conex4j.core.behaviors.synapse.PostTrace;
import io.conex4j.core.behaviors.synapse.PreTrace;
import io.conex4j.core.behaviors.synapse.SimpleDendriticInput;
import io.conex4j.core.behaviors.synapse.WeightClip;
import io.conex4j.core.behaviors.synapse.WeightInitializer;
import io.conex4j.core.behaviors.synapse.WeightNormalization;
import io.conex4j.core.runtime.Fill;
import io.conex4j.core.runtime.Network;
import io.conex4j.core.runtime.NeuronGroup;
import io.conex4j.core.runtime.SynapseGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every parameter of every behavior and DSL verb is checked as it is stored (float32 or int): one row per bad
 * value, given through the DSL or core's public API, with the fragments its message must hold: the parameter's
 * name, the bad value and what is allowed. A DSL row must give exactly one problem (the bad value's), a core row
 * an {@link IllegalArgumentException}.
 */
class ValuesAsStoredTest {

    /** Where float32 overflows: accepted as a double, infinite as a float. */
    private static final double HUGE = 1e39;
    /** Positive as a double, 0 as a float. */
    private static final double TINY = 1e-50;
    private static final String F32 = "as a float32";

    /** One bad input: its description, how it is rejected (returns the message) and what the message holds. */
    record Bad(String description, Supplier<String> rejection, List<String> fragments) {
        @Override
        public String toString() {
            return description;
        }
    }

    // ---- how rows are built ----

    /** A valid small network: input "in" (4 neurons), "exc" (3 LIF neurons), synapses in→exc. */
    private static Consumer<NetworkBuilder> net(Consumer<NetworkBuilder> network, Consumer<NeuronsBuilder> in,
            Consumer<NeuronsBuilder> exc, Consumer<SynapsesBuilder> synapses) {
        return n -> {
            n.seed(3);
            network.accept(n);
            var a = n.neurons("in", 4, in);
            var b = n.neurons("exc", 3, exc);
            n.synapses(a, b, synapses);
        };
    }

    private static final Consumer<NetworkBuilder> NET = n -> { };
    private static final Consumer<NeuronsBuilder> IN = g -> g.poisson(20);
    private static final Consumer<NeuronsBuilder> EXC = g -> g.lif();
    private static final Consumer<SynapsesBuilder> SYN = s -> s.weights(w -> w.uniform(0, 0.3));

    /** The one problem the DSL reports for {@code description} (validated, built and initialized). */
    private static String problemOf(Consumer<NetworkBuilder> description) {
        NetworkDefinitionException e = assertThrows(NetworkDefinitionException.class,
                () -> Conex.network(description), "the DSL accepted it");
        assertEquals(1, e.problems().size(), "exactly the one problem: " + e.problems());
        return e.problems().get(0);
    }

    private static Bad dsl(String description, Consumer<NetworkBuilder> d, String... fragments) {
        return new Bad("DSL " + description, () -> problemOf(d), List.of(fragments));
    }

    private static Bad network(String description, Consumer<NetworkBuilder> n, String... fragments) {
        return dsl(description, net(n, IN, EXC, SYN), fragments);
    }

    private static Bad input(String description, Consumer<NeuronsBuilder> in, String... fragments) {
        return dsl(description, net(NET, in, EXC, SYN), fragments);
    }

    private static Bad exc(String description, Consumer<NeuronsBuilder> exc, String... fragments) {
        return dsl(description, net(NET, IN, exc, SYN), fragments);
    }

    private static Bad synapses(String description, Consumer<SynapsesBuilder> s, String... fragments) {
        return dsl(description, net(NET, IN, EXC, s), fragments);
    }

    /** Rejected by core's public API with an IllegalArgumentException. */
    private static Bad core(String description, Executable e, String... fragments) {
        return new Bad("core " + description, () -> assertThrows(IllegalArgumentException.class, e,
                "core accepted it").getMessage(), List.of(fragments));
    }

    /** A core network (dt, group "g" of 4 neurons with {@code neuron}) rejected at initialize. */
    private static Bad coreInit(String description, double dt, Consumer<NeuronGroup> neuron, String... fragments) {
        return core(description, () -> {
            Network net = new Network(dt, 1);
            neuron.accept(net.neurons("g", 4));
            net.initialize();
        }, fragments);
    }

    /** A core network with synapses "S" from "pre" (4) to "post" (3) rejected at initialize. */
    private static Bad coreSynapses(String description, Consumer<SynapseGroup> synapse, String... fragments) {
        return core(description, () -> {
            Network net = new Network(1, 1);
            SynapseGroup s = net.synapses("S", net.neurons("pre", 4), net.neurons("post", 3));
            synapse.accept(s);
            net.initialize();
        }, fragments);
    }

    // ---- the table ----

    static List<Bad> rows() {
        List<Bad> r = new ArrayList<>();
        // network
        r.add(network("dt overflowing float32", n -> n.dt(1e300), "network.dt", "dt (1.0E300)", F32));
        r.add(network("dt rounding to 0", n -> n.dt(TINY), "network.dt", "dt (1.0E-50)", "> 0", F32));
        r.add(network("dt infinite", n -> n.dt(Double.POSITIVE_INFINITY), "network.dt", "dt (Infinity)",
                "must be finite and > 0"));
        r.add(network("dt null", n -> n.dt(null), "network.dt", "must not be null"));
        // LIF family
        r.add(exc("lif tau rounding to 0", g -> g.lif(l -> l.tau(TINY)), "exc.lif.tau", "tau (1.0E-50)", "> 0", F32));
        r.add(exc("lif tau overflowing", g -> g.lif(l -> l.tau(HUGE)), "exc.lif.tau", "tau (1.0E39)", F32));
        r.add(exc("lif R overflowing", g -> g.lif(l -> l.r(HUGE)), "exc.lif.R", "R (1.0E39)", F32));
        r.add(exc("lif threshold overflowing", g -> g.lif(l -> l.threshold(HUGE)), "exc.lif.threshold",
                "threshold (1.0E39)", F32));
        r.add(exc("lif vReset overflowing", g -> g.lif(l -> l.vReset(-HUGE)), "exc.lif.vReset", "vReset (-1.0E39)",
                F32));
        r.add(exc("lif vRest overflowing", g -> g.lif(l -> l.vRest(HUGE)), "exc.lif.vRest", "vRest (1.0E39)", F32));
        r.add(exc("lif refractory overflowing", g -> g.lif(l -> l.refractory(HUGE)), "exc.lif.refractory",
                "refractory (1.0E39)", F32));
        r.add(exc("lif refractory negative", g -> g.lif(l -> l.refractory(-1)), "exc.lif.refractory",
                "refractory (-1.0)", ">= 0"));
        r.add(exc("lif threshold equal to vReset as float32", g -> g.lif(l -> l.threshold(-64.9999999).vReset(-65)),
                "exc.lif", "vReset (-65.0)", "threshold (-64.9999999)", "as float32"));
        r.add(exc("elif delta rounding to 0", g -> g.elif(l -> l.delta(TINY)), "exc.elif.delta", "delta (1.0E-50)",
                F32));
        r.add(exc("elif thetaRh overflowing", g -> g.elif(l -> l.thetaRh(HUGE)), "exc.elif.thetaRh",
                "thetaRh (1.0E39)", F32));
        r.add(exc("aelif alpha overflowing", g -> g.aelif(l -> l.alpha(HUGE)), "exc.aelif.alpha", "alpha (1.0E39)",
                F32));
        r.add(exc("aelif beta overflowing", g -> g.aelif(l -> l.beta(-HUGE)), "exc.aelif.beta", "beta (-1.0E39)", F32));
        r.add(exc("aelif wTau rounding to 0", g -> g.aelif(l -> l.wTau(TINY)), "exc.aelif.wTau", "wTau (1.0E-50)",
                F32));
        r.add(exc("lif tau null", g -> g.lif(l -> l.tau(null)), "exc.lif.tau", "must not be null"));
        r.add(dsl("dt / tau overflowing float32", net(n -> n.dt(1e30), g -> g.spikeTrain(new float[0], new int[0]),
                g -> g.lif(l -> l.tau(1e-30)), SYN), "initialize", "LIF on neurons exc", "dt / tau", "1.0E30",
                "1.0E-30", "overflows float32"));
        r.add(dsl("dt / wTau overflowing float32", net(n -> n.dt(1e30), g -> g.spikeTrain(new float[0], new int[0]),
                g -> g.aelif(l -> l.tau(1e31).wTau(1e-30)), SYN), "initialize", "AELIF on neurons exc", "dt / wTau",
                "1.0E-30", "overflows float32"));
        // Izhikevich
        r.add(exc("izhikevich a overflowing", g -> g.izhikevich(HUGE, 0.2, -65, 8, null, null), "exc.izhikevich",
                "a (1.0E39)", F32));
        r.add(exc("izhikevich b overflowing", g -> g.izhikevich(0.02, HUGE, -65, 8, null, null), "exc.izhikevich",
                "b (1.0E39)", F32));
        r.add(exc("izhikevich c overflowing", g -> g.izhikevich(0.02, 0.2, -HUGE, 8, null, null), "exc.izhikevich",
                "c (-1.0E39)", F32));
        r.add(exc("izhikevich d overflowing", g -> g.izhikevich(0.02, 0.2, -65, HUGE, null, null), "exc.izhikevich",
                "d (1.0E39)", F32));
        r.add(exc("izhikevich b * c overflowing", g -> g.izhikevich(0.02, 1e20, -1e20, 8, null, null),
                "exc.izhikevich", "b * c", "1.0E20", "overflows float32", "initU"));
        r.add(exc("izhikevich c at the peak", g -> g.izhikevich(0.02, 0.2, 30, 8, null, null), "exc.izhikevich",
                "c (30.0 mV)", "below the peak 30.0"));
        // inputs, noise, competition, axon
        r.add(input("poisson rate overflowing", g -> g.poisson(HUGE), "in.poisson", "rate (1.0E39)", F32));
        r.add(input("poisson rate negative", g -> g.poisson(-5), "in.poisson", "rate (-5.0)", ">= 0"));
        r.add(input("poisson rate NaN in an array", g -> g.poisson(new float[] {1, Float.NaN, 1, 1}), "in.poisson",
                "rate[1] (NaN Hz)", "finite and >= 0"));
        r.add(input("poisson rate above 1000/dt", g -> g.poisson(2000), "initialize", "rate[0] (2000.0 Hz)",
                "exceeds 1000/dt = 1000.0 Hz"));
        r.add(input("spike time negative", g -> g.spikeTrain(new float[] {1, -2}, new int[] {0, 1}), "in.spikeTrain",
                "time[1] (-2.0 ms)", "finite and >= 0"));
        r.add(input("spike time infinite", g -> g.spikeTrain(new float[] {Float.POSITIVE_INFINITY}, new int[] {0}),
                "in.spikeTrain", "time[0] (Infinity ms)", "finite and >= 0"));
        r.add(dsl("spike time beyond 2^62 iterations", net(n -> n.dt(1e-30),
                g -> g.spikeTrain(new float[] {3e38f}, new int[] {0}), EXC, SYN), "initialize", "time[0] (3.0E38 ms)",
                "2^62 iterations"));
        r.add(input("spike index outside the group", g -> g.spikeTrain(new float[] {1}, new int[] {7}), "initialize",
                "index[0] (7)", "[0, 4)"));
        r.add(exc("current overflowing", g -> g.lif().current(HUGE), "exc.current", "current (1.0E39)", F32));
        r.add(exc("current null", g -> g.lif().current((Number) null), "exc.current", "current (NaN)",
                "must be finite"));
        r.add(exc("noise overflowing", g -> g.lif().noise(-HUGE), "exc.noise", "scale (-1.0E39)", F32));
        r.add(exc("kwta k 0", g -> g.lif().kwta(0), "exc.kwta", "k (0)", ">= 1"));
        r.add(exc("kwta k above the group size", g -> g.lif().kwta(5), "initialize", "KWTA on neurons exc", "k (5)",
                "group size 3"));
        r.add(input("axon depth 0", g -> g.poisson(20).axon(0), "in.axon", "= 0", ">= 1"));
        // weights
        r.add(synapses("uniform hi overflowing", s -> s.weights(w -> w.uniform(0, HUGE)), "weights.uniform",
                "uniform hi (1.0E39)", F32));
        r.add(synapses("uniform width overflowing", s -> s.weights(w -> w.uniform(-3e38, 3e38)), "weights.uniform",
                "width hi - lo", "6.0E38", F32));
        r.add(synapses("uniform empty as float32", s -> s.weights(w -> w.uniform(1, 1 + 1e-10)), "weights.uniform",
                "lo (1.0)", "hi (1.0000000001)", "as float32"));
        r.add(synapses("normal std overflowing", s -> s.weights(w -> w.normal(0, HUGE)), "weights.normal",
                "normal std (1.0E39)", F32));
        r.add(synapses("normal mean overflowing", s -> s.weights(w -> w.normal(HUGE, 1)), "weights.normal",
                "normal mean (1.0E39)", F32));
        r.add(synapses("normal std negative", s -> s.weights(w -> w.normal(0, -1)), "weights.normal", "std (-1.0)",
                ">= 0"));
        r.add(synapses("constant overflowing", s -> s.weights(w -> w.constant(HUGE)), "weights.constant",
                "constant (1.0E39)", F32));
        r.add(synapses("mode string overflowing", s -> s.weights(w -> w.mode("uniform(0, 1e39)")), "weights.mode",
                "uniform hi (1.0E39)", F32));
        r.add(synapses("density above 1", s -> s.weights(w -> w.uniform().density(1.5)), "weights.density", "1.5",
                "[0, 1]"));
        r.add(synapses("density NaN", s -> s.weights(w -> w.uniform().density(Double.NaN)), "weights.density", "NaN",
                "[0, 1]"));
        r.add(synapses("scale overflowing", s -> s.weights(w -> w.uniform().scale(HUGE)), "weights.scale",
                "scale (1.0E39)", F32));
        r.add(synapses("offset overflowing", s -> s.weights(w -> w.uniform().offset(-HUGE)), "weights.offset",
                "offset (-1.0E39)", F32));
        r.add(synapses("constant times scale overflowing", s -> s.weights(w -> w.constant(1e10).scale(1e30)),
                "initialize", "the initialized weights", "Infinity", "must be finite"));
        // synapse verbs
        r.add(synapses("currentCoef overflowing", s -> s.weights(w -> w.uniform()).currentCoef(HUGE), "currentCoef",
                "currentCoef (1.0E39)", F32));
        r.add(synapses("tauPre rounding to 0", s -> s.weights(w -> w.uniform()).traces(TINY, 20), "traces",
                "tauPre (1.0E-50)", F32));
        r.add(synapses("tauPost overflowing", s -> s.weights(w -> w.uniform()).traces(20, HUGE), "traces",
                "tauPost (1.0E39)", F32));
        r.add(synapses("normalize overflowing", s -> s.weights(w -> w.uniform()).normalize(HUGE), "normalize",
                "norm (1.0E39)", F32));
        r.add(synapses("normalizeCurrent overflowing", s -> s.weights(w -> w.uniform()).normalizeCurrent(-HUGE),
                "normalizeCurrent", "norm (-1.0E39)", F32));
        r.add(synapses("clip wMax overflowing", s -> s.weights(w -> w.uniform()).clip(0, HUGE), "clip",
                "wMax (1.0E39)", F32));
        r.add(synapses("clip interval empty as float32", s -> s.weights(w -> w.uniform()).clip(1, 1 + 1e-10),
                "clip", "wMin (1.0)", "wMax (1.0000000001)", "as float32"));
        r.add(synapses("stdp aPlus overflowing", s -> s.weights(w -> w.uniform()).traces(20, 20)
                .stdp(p -> p.aPlus(HUGE)), "stdp.aPlus", "aPlus (1.0E39)", F32));
        r.add(synapses("stdp aMinus overflowing", s -> s.weights(w -> w.uniform()).traces(20, 20)
                .stdp(p -> p.aMinus(-HUGE)), "stdp.aMinus", "aMinus (-1.0E39)", F32));
        r.add(synapses("stdp bound limit overflowing", s -> s.weights(w -> w.uniform()).traces(20, 20)
                .stdp(p -> p.softBound(0, HUGE)), "stdp.bounds", "wMax (1.0E39)", F32));
        r.add(synapses("stdp weight range overflowing", s -> s.weights(w -> w.uniform()).traces(20, 20)
                .stdp(p -> p.softBound(-3e38, 3e38)), "stdp.bounds", "wMax - wMin", F32));
        r.add(synapses("delays hi overflowing", s -> s.weights(w -> w.uniform()).delays(d -> d.uniform(0, HUGE)),
                "delays.uniform", "hi (1.0E39)", "<= 2147483639"));
        r.add(synapses("delays hi beyond the int range", s -> s.weights(w -> w.uniform()).delays(d -> d.uniform(0, 3e9)),
                "delays.uniform", "hi (3.0E9)", "<= 2147483639"));
        r.add(synapses("delays lo negative", s -> s.weights(w -> w.uniform()).delays(d -> d.uniform(-1, 3)),
                "delays.uniform", "-1.0", "0 <= lo < hi"));
        r.add(synapses("delays constant negative", s -> s.weights(w -> w.uniform()).delays(d -> d.constant(-1)),
                "delays.constant", "= -1", ">= 0"));
        r.add(synapses("delays explicit negative", s -> s.weights(w -> w.uniform()).delays(d -> d.explicit(0, -2, 0, 0)),
                "delays.explicit", "delay[1] = -2", ">= 0"));
        r.add(synapses("dstDelays hi overflowing", s -> s.weights(w -> w.uniform())
                .dstDelays(d -> d.uniform(0, HUGE)), "dstDelays.uniform", "hi (1.0E39)", "<= 2147483639"));
        r.add(synapses("conv2d stride 0", s -> s.weights(w -> w.uniform().shape(1, 1, 1, 1).dense()).conv2d(0, 0),
                "conv2d", "stride = 0", ">= 1"));

        // core: neuron models
        r.add(core("LIF tau rounding to 0", () -> new LIF(TINY, 1, -52, -65, -65, 0), "LIF", "tau (1.0E-50)", F32));
        r.add(core("LIF builder tau overflowing", () -> LIF.builder().tau(HUGE), "LIF", "tau (1.0E39)", F32));
        r.add(core("LIF threshold overflowing", () -> new LIF(20, 1, HUGE, -65, -65, 0), "LIF", "threshold (1.0E39)",
                F32));
        r.add(core("ELIF delta rounding to 0", () -> new ELIF(20, 1, -52, -65, -65, 0, TINY, -55), "ELIF",
                "delta (1.0E-50)", F32));
        r.add(core("AELIF wTau overflowing", () -> new AELIF(20, 1, -52, -65, -65, 0, 2, -55, 0, 0, HUGE), "AELIF",
                "wTau (1.0E39)", F32));
        r.add(core("AELIF alpha NaN", () -> new AELIF(20, 1, -52, -65, -65, 0, 2, -55, Double.NaN, 0, 100), "AELIF",
                "alpha (NaN)", "must be finite"));
        r.add(coreInit("LIF dt / tau overflowing", 1e30, g -> g.add(new LIF(1e-30, 1, -52, -65, -65, 0)),
                "LIF on neurons g", "dt / tau", "overflows float32"));
        r.add(core("Izhikevich d overflowing", () -> new Izhikevich(0.02, 0.2, -65, HUGE), "Izhikevich",
                "d (1.0E39)", F32));
        r.add(core("Izhikevich b * c overflowing", () -> new Izhikevich(0.02, 1e20, -1e20, 8), "Izhikevich",
                "b * c", "overflows float32"));
        // core: inputs and neuron behaviors
        r.add(core("PoissonInput uniform rate overflowing", () -> PoissonInput.uniform(4, HUGE), "PoissonInput",
                "rate (1.0E39)", F32));
        r.add(core("PoissonInput rate negative", () -> new PoissonInput(new float[] {-1}), "PoissonInput",
                "rate[0] (-1.0 Hz)", ">= 0"));
        r.add(coreInit("PoissonInput rate above 1000/dt", 2, g -> g.add(PoissonInput.uniform(4, 600)),
                "PoissonInput on neurons g", "rate[0] (600.0 Hz)", "1000/dt = 500.0 Hz"));
        r.add(core("SpikeTrainInput time NaN", () -> new SpikeTrainInput(new float[] {Float.NaN}, new int[] {0}),
                "SpikeTrainInput", "time[0] (NaN ms)", "finite and >= 0"));
        r.add(coreInit("SpikeTrainInput time beyond 2^62 iterations", 1e-30,
                g -> g.add(new SpikeTrainInput(new float[] {1e30f}, new int[] {0})), "SpikeTrainInput on neurons g",
                "time[0]", "2^62 iterations"));
        r.add(core("CurrentInput overflowing", () -> CurrentInput.constant(HUGE), "CurrentInput", "current (1.0E39)",
                F32));
        r.add(core("InherentNoise scale overflowing", () -> new InherentNoise(HUGE), "InherentNoise",
                "scale (1.0E39)", F32));
        r.add(core("KWTA k 0", () -> new KWTA(0), "KWTA", "k (0)", ">= 1"));
        r.add(core("NeuronAxon maxDelay 0", () -> new NeuronAxon(0), "NeuronAxon", "maxDelay (0)", ">= 1"));
        r.add(core("SimpleDendriteComputation distal gain overflowing",
                () -> SimpleDendriteComputation.builder().distalGain(HUGE), "SimpleDendriteComputation",
                "distalGain (1.0E39)", F32));
        r.add(core("SimpleDendriteComputation apical gain NaN",
                () -> SimpleDendriteComputation.builder().apicalGain(Double.NaN), "SimpleDendriteComputation",
                "apicalGain (NaN)", "must be finite"));
        r.add(core("SimpleDendriteComputation iTau rounding to 0",
                () -> SimpleDendriteComputation.builder().iTau(TINY), "SimpleDendriteComputation", "iTau (1.0E-50)",
                F32));
        r.add(core("SimpleDendriteComputation provocativeness above 1",
                () -> SimpleDendriteComputation.builder().distalProvocativeness(1.5), "SimpleDendriteComputation",
                "distalProvocativeness (1.5)", "[0, 1]"));
        r.add(core("SimpleDendriteStructure max delay negative", () -> new SimpleDendriteStructure(1, -1, 2),
                "SimpleDendriteStructure", "distalMaxDelay (-1)", ">= 0"));
        // core: synapse behaviors
        r.add(core("PreTrace tauS rounding to 0", () -> new PreTrace(TINY), "PreTrace", "tauS (1.0E-50)", F32));
        r.add(core("PostTrace spikeScale overflowing", () -> new PostTrace(10, HUGE), "PostTrace",
                "spikeScale (1.0E39)", F32));
        r.add(core("WeightClip wMax overflowing", () -> new WeightClip(0, HUGE), "WeightClip", "wMax (1.0E39)", F32));
        r.add(core("WeightNormalization norm overflowing", () -> new WeightNormalization(HUGE), "WeightNormalization",
                "norm (1.0E39)", F32));
        r.add(core("CurrentNormalization norm overflowing", () -> new CurrentNormalization(-HUGE),
                "CurrentNormalization", "norm (-1.0E39)", F32));
        r.add(core("SimpleDendriticInput currentCoef overflowing", () -> new SimpleDendriticInput(HUGE),
                "SimpleDendriticInput", "currentCoef (1.0E39)", F32));
        r.add(core("One2OneDendriticInput currentCoef NaN", () -> new One2OneDendriticInput(Double.NaN),
                "One2OneDendriticInput", "currentCoef (NaN)", "must be finite"));
        r.add(core("Conv2dDendriticInput stride 0", () -> new Conv2dDendriticInput(1, 0, 0), "Conv2dDendriticInput",
                "stride (0)", ">= 1"));
        r.add(core("Conv2dDendriticInput padding negative", () -> new Conv2dDendriticInput(1, 1, -1),
                "Conv2dDendriticInput", "padding (-1)", ">= 0"));
        r.add(core("LateralDendriticInput currentCoef NaN", () -> new LateralDendriticInput(Double.NaN, true),
                "LateralDendriticInput", "currentCoef (NaN)", "must be finite"));
        r.add(core("Local2dDendriticInput currentCoef overflowing", () -> new Local2dDendriticInput(HUGE, 1, 0),
                "Local2dDendriticInput", "currentCoef (1.0E39)", F32));
        r.add(core("AveragePool2D currentCoef overflowing", () -> new AveragePool2D(HUGE), "AveragePool2D",
                "currentCoef (1.0E39)", F32));
        r.add(core("WeightInitializer scale overflowing", () -> WeightInitializer.mode(1).scale(HUGE),
                "WeightInitializer", "scale (1.0E39)", F32));
        r.add(core("WeightInitializer offset overflowing", () -> WeightInitializer.mode(1).offset(-HUGE),
                "WeightInitializer", "offset (-1.0E39)", F32));
        r.add(core("WeightInitializer density above 1", () -> WeightInitializer.mode(1).density(1.5),
                "WeightInitializer", "density (1.5)", "[0.0, 1.0]"));
        r.add(core("WeightInitializer density NaN", () -> WeightInitializer.mode(1).density(Double.NaN),
                "WeightInitializer", "density (NaN)", "[0.0, 1.0]"));
        r.add(core("WeightInitializer mode number overflowing", () -> WeightInitializer.mode(HUGE), "constant (1.0E39)",
                F32));
        r.add(core("WeightInitializer explicit NaN", () -> WeightInitializer.builder()
                .weights(new float[] {0, Float.NaN}, 1, 2), "WeightInitializer", "weights has NaN at index 1",
                "must be finite"));
        r.add(coreSynapses("WeightInitializer scale times mode overflowing", s -> s.add(WeightInitializer.mode(1e20)
                .scale(1e20).build()), "WeightInitializer on synapses S", "the initialized weights", "Infinity",
                "must be finite"));
        r.add(core("DelayInitializer scale overflowing", () -> DelayInitializer.of(1).scale(HUGE), "DelayInitializer",
                "scale (1.0E39)", F32));
        r.add(core("DelayInitializer offset overflowing", () -> DelayInitializer.of(1).offset(HUGE),
                "DelayInitializer", "offset (1.0E39)", F32));
        r.add(core("DelayInitializer explicit float NaN", () -> DelayInitializer.explicit(new float[] {Float.NaN}),
                "DelayInitializer", "delays has NaN at index 0", "must be finite"));
        r.add(core("DelayInitializer explicit int negative", () -> DelayInitializer.explicit(-1), "DelayInitializer",
                "delays[0] (-1)", ">= 0"));
        r.add(core("DelayInitializer constant negative", () -> DelayInitializer.constant(-3), "DelayInitializer",
                "delay (-3)", ">= 0"));
        r.add(core("DelayInitializer mode overflowing", () -> DelayInitializer.of(HUGE), "constant (1.0E39)", F32));
        r.add(coreSynapses("DelayInitializer delays beyond the int range", s -> s.add(DelayInitializer.of(3e9)),
                "DelayInitializer on synapses S", "src delay of neuron 0", "3.0E9", "0 to 2147483639"));
        // core: learning
        r.add(core("StdpParams.of aPlus overflowing", () -> StdpParams.of(HUGE, 0.01), "STDP", "aPlus (1.0E39)", F32));
        r.add(core("StdpParams aMinus overflowing", () -> StdpParams.defaults().aMinus(-HUGE), "STDP",
                "aMinus (-1.0E39)", F32));
        r.add(core("StdpParams limits overflowing", () -> StdpParams.defaults().limits(0, HUGE), "STDP",
                "wMax (1.0E39)", F32));
        r.add(core("StdpParams hard bound empty", () -> StdpParams.defaults().hardBound(0.5, 0.5), "STDP",
                "wMin (0.5)", "< wMax (0.5)"));
        r.add(core("StdpParams weight range overflowing",
                () -> new StdpParams(0.01f, 0.01f, -3e38f, 3e38f, Bound.SOFT, Bound.SOFT), "STDP", "wMax - wMin",
                F32));
        r.add(core("Bound unknown", () -> Bound.parse("softest"), "bound", "'softest'",
                "allowed: no_bound, hard_bound, soft_bound"));
        // core: fills and the network
        r.add(core("Fill uniform hi overflowing", () -> Fill.uniform(0, HUGE), "uniform hi (1.0E39)", F32));
        r.add(core("Fill uniform width overflowing", () -> Fill.uniform(-2e38, 2e38), "width hi - lo", F32));
        r.add(core("Fill normal std overflowing", () -> Fill.normal(0, HUGE), "normal std (1.0E39)", F32));
        r.add(core("Fill constant overflowing", () -> Fill.constant(-HUGE), "constant (-1.0E39)", F32));
        r.add(core("Fill parsed normal std overflowing", () -> Fill.parse("normal(0, 1e39)"), "normal std (1.0E39)",
                F32));
        r.add(core("InherentNoise with an overflowing fill", () -> new InherentNoise(Fill.normal(0, HUGE), 1),
                "normal std (1.0E39)", F32));
        r.add(core("Network dt overflowing", () -> new Network(1e300, 0), "Network", "dt (1.0E300)", F32));
        r.add(core("Network dt rounding to 0", () -> new Network(TINY, 0), "Network", "dt (1.0E-50)", F32));
        return r;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void isRejectedWithAMessageNamingParameterValueAndWhatIsAllowed(Bad bad) {
        String message = bad.rejection().get();
        for (String fragment : bad.fragments()) {
            if (!message.contains(fragment)) {
                fail("the message of '" + bad.description() + "' lacks '" + fragment + "': " + message);
            }
        }
    }

    /** The table's size, so that rows are not lost by accident (the report counts them). */
    @Test
    void theTableCoversTheDslAndCore() {
        List<Bad> all = rows();
        long viaDsl = all.stream().filter(b -> b.description().startsWith("DSL ")).count();
        long viaCore = all.size() - viaDsl;
        assertEquals(72, viaDsl, "rows through the DSL");
        assertEquals(63, viaCore, "rows through core's API");
        assertEquals(all.size(), all.stream().map(Bad::description).distinct().count(), "descriptions are unique");
        assertTrue(all.stream().allMatch(b -> b.fragments().size() >= 2), "every row names at least two fragments");
    }
}
