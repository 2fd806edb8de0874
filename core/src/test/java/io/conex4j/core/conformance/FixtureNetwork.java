package io.conex4j.core.conformance;

import io.conex4j.core.behaviors.learning.Bound;
import io.conex4j.core.behaviors.learning.Conv2dRSTDP;
import io.conex4j.core.behaviors.learning.Conv2dSTDP;
import io.conex4j.core.behaviors.learning.Local2dRSTDP;
import io.conex4j.core.behaviors.learning.Local2dSTDP;
import io.conex4j.core.behaviors.learning.One2OneRSTDP;
import io.conex4j.core.behaviors.learning.One2OneiSTDP;
import io.conex4j.core.behaviors.learning.SimpleRSTDP;
import io.conex4j.core.behaviors.learning.SimpleiSTDP;
import io.conex4j.core.behaviors.learning.SparseRSTDP;
import io.conex4j.core.behaviors.learning.SparseiSTDP;
import io.conex4j.core.behaviors.network.Dopamine;
import io.conex4j.core.behaviors.network.TimeResolution;
import io.conex4j.core.behaviors.neuron.AELIF;
import io.conex4j.core.behaviors.neuron.ActivityBaseHomeostasis;
import io.conex4j.core.behaviors.neuron.VoltageBaseHomeostasis;
import io.conex4j.core.behaviors.neuron.ELIF;
import io.conex4j.core.behaviors.neuron.Fire;
import io.conex4j.core.behaviors.neuron.InherentNoise;
import io.conex4j.core.behaviors.neuron.KWTA;
import io.conex4j.core.behaviors.neuron.LIF;
import io.conex4j.core.behaviors.neuron.LifBuilder;
import io.conex4j.core.behaviors.learning.One2OneSTDP;
import io.conex4j.core.behaviors.learning.SimpleSTDP;
import io.conex4j.core.behaviors.learning.SparseSTDP;
import io.conex4j.core.behaviors.learning.StdpParams;
import io.conex4j.core.behaviors.neuron.NeuronAxon;
import io.conex4j.core.behaviors.neuron.SimpleDendriteComputation;
import io.conex4j.core.behaviors.neuron.SimpleDendriteStructure;
import io.conex4j.core.behaviors.synapse.AveragePool2D;
import io.conex4j.core.behaviors.synapse.Conv2dDendriticInput;
import io.conex4j.core.behaviors.synapse.CurrentNormalization;
import io.conex4j.core.behaviors.synapse.LateralDendriticInput;
import io.conex4j.core.behaviors.synapse.Local2dDendriticInput;
import io.conex4j.core.behaviors.synapse.DelayInitializer;
import io.conex4j.core.behaviors.synapse.One2OneDendriticInput;
import io.conex4j.core.behaviors.synapse.PostSpikeCatcher;
import io.conex4j.core.behaviors.synapse.PostTrace;
import io.conex4j.core.behaviors.synapse.PreSpikeCatcher;
import io.conex4j.core.behaviors.synapse.PreTrace;
import io.conex4j.core.behaviors.synapse.SimpleDendriticInput;
import io.conex4j.core.behaviors.synapse.SparseDendriticInput;
import io.conex4j.core.behaviors.synapse.SynapseInit;
import io.conex4j.core.behaviors.synapse.WeightClip;
import io.conex4j.core.behaviors.synapse.WeightFunction;
import io.conex4j.core.behaviors.synapse.WeightInitializer;
import io.conex4j.core.behaviors.synapse.WeightNormalization;
import io.conex4j.core.runtime.Behavior;
import io.conex4j.core.runtime.Fill;
import io.conex4j.core.runtime.Network;
import io.conex4j.core.runtime.NeuronGroup;
import io.conex4j.core.runtime.SynapseGroup;
import io.conex4j.core.storage.DenseWeights;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Builds the network a fixture describes, mapping CoNeX's classes and snake_case params to conex4j's. */
final class FixtureNetwork {

    private FixtureNetwork() {
    }

    static Network build(Map<?, ?> fx, ReplayRandom random) {
        Map<?, ?> inputs = (Map<?, ?>) fx.get("inputs");
        Map<?, ?> net = (Map<?, ?>) fx.get("network");
        if (!"SxD".equals(net.get("synapse_mode"))) {
            throw new AssertionError("synapse_mode " + net.get("synapse_mode") + ": conex4j is SxD only");
        }
        String tag = net.containsKey("tag") ? (String) net.get("tag") : "Network_1";
        Network network = new Network(tag, ((Number) net.get("dt")).doubleValue(), 0);
        network.random(random);
        for (Object o : (List<?>) net.get("behaviors")) {
            network.add(networkBehavior((Map<?, ?>) o, inputs));
        }
        for (Object o : (List<?>) fx.get("neuron_groups")) {
            Map<?, ?> g = (Map<?, ?>) o;
            List<?> tags = (List<?>) g.get("tags");
            String name = (String) g.get("tag");
            String[] extra = tags.stream().map(String::valueOf).filter(t -> !t.equals(name)).toArray(String[]::new);
            int size = ((Number) g.get("size")).intValue();
            NeuronGroup group;
            if (g.get("dimension") instanceof Map<?, ?> dim) {
                group = network.neurons(name, intOf(dim, "depth"), intOf(dim, "height"), intOf(dim, "width"), extra);
            } else {
                group = network.neurons(name, size, extra);
            }
            if (group.size() != size) {
                throw new AssertionError(name + ": dimension gives " + group.size() + " neurons, fixture size " + size);
            }
            for (Object bo : (List<?>) g.get("behaviors")) {
                Map<?, ?> b = (Map<?, ?>) bo;
                if ("NeuronDimension".equals(b.get("class"))) {
                    checkDimension(group, b, (Map<?, ?>) g.get("dimension"));
                } else {
                    group.add(neuronBehavior(b, inputs, name));
                }
            }
        }
        for (Object o : (List<?>) fx.get("synapses")) {
            Map<?, ?> s = (Map<?, ?>) o;
            String name = (String) s.get("tag");
            String[] extra = s.get("tags") instanceof List<?> tags
                    ? tags.stream().map(String::valueOf).filter(t -> !t.equals(name)).toArray(String[]::new)
                    : new String[0];
            SynapseGroup syn = network.synapses(name, network.neuronGroup((String) s.get("src")),
                    network.neuronGroup((String) s.get("dst")), extra);
            for (Object bo : (List<?>) s.get("behaviors")) {
                syn.add(synapseBehavior((Map<?, ?>) bo, inputs, name));
            }
        }
        return network;
    }

    private static int intOf(Map<?, ?> m, String key) {
        return ((Number) m.get(key)).intValue();
    }

    /**
     * CoNeX's NeuronDimension is a behavior that shapes the group at construction; in conex4j the shape is the
     * group's own (depth, height, width), so the pseudo-behavior only has to agree with it.
     */
    private static void checkDimension(NeuronGroup g, Map<?, ?> b, Map<?, ?> dimension) {
        Params p = new Params(g.name() + ".NeuronDimension", (Map<?, ?>) b.get("params"), Map.of());
        int[] given = {(int) p.num("depth", 1), (int) p.num("height", 1), (int) p.num("width", 1)};
        p.assertAllUsed();
        int[] shape = {g.depth(), g.height(), g.width()};
        if (dimension == null || !Arrays.equals(given, shape) || ((Number) b.get("priority")).intValue() != 0) {
            throw new AssertionError(g.name() + ": NeuronDimension " + Arrays.toString(given) + " at priority "
                    + b.get("priority") + " does not match the group's shape " + Arrays.toString(shape));
        }
    }

    private static Behavior<Network> networkBehavior(Map<?, ?> b, Map<?, ?> inputs) {
        String cls = (String) b.get("class");
        int priority = ((Number) b.get("priority")).intValue();
        Params p = new Params("network." + cls, (Map<?, ?>) b.get("params"), inputs);
        Behavior<Network> out = switch (cls) {
            case "TimeResolution" -> new TimeResolution(p.num("dt", Double.NaN));
            case "PayoffDriver" -> new HarnessDrivers.PayoffDriver(p.num("initial_payoff", 0), p.doubles("table"));
            case "Dopamine" -> new Dopamine(p.num("tau_dopamine", 0),
                    p.num("initial_dopamine_concentration", Double.NaN));
            case "DtSchedule" -> new HarnessDrivers.DtSchedule(priority, p.doubles("table"));
            default -> throw new AssertionError("unknown network behavior class " + cls);
        };
        p.assertAllUsed();
        return checkPriority("network", cls, priority, out);
    }

    /** A behavior whose priority is CoNeX's standard one must have been recorded at it. */
    private static <B extends Behavior<?>> B checkPriority(String owner, String cls, int priority, B behavior) {
        if (behavior.priority() != priority) {
            throw new AssertionError(owner + "." + cls + ": recorded at priority " + priority + ", conex4j's "
                    + behavior.name() + " runs at " + behavior.priority());
        }
        return behavior;
    }

    private static Behavior<NeuronGroup> neuronBehavior(Map<?, ?> b, Map<?, ?> inputs, String owner) {
        String cls = (String) b.get("class");
        int priority = ((Number) b.get("priority")).intValue();
        Params p = new Params(owner + "." + cls, (Map<?, ?>) b.get("params"), inputs);
        Behavior<NeuronGroup> out = switch (cls) {
            case "SpikeDriver" -> new HarnessDrivers.SpikeDriver(priority, p.tensor("table"));
            case "NeuronCurrentDriver" -> new HarnessDrivers.NeuronCurrentDriver(priority, p.tensor("table"));
            case "NeuronAxon" -> new NeuronAxon((int) p.num("max_delay", 1), priority);
            case "LIF" -> lif(LIF.builder(), p).build();
            case "ELIF" -> elif(ELIF.builder(), p).build();
            case "AELIF" -> {
                LifBuilder<AELIF> a = elif(AELIF.builder(), p);
                yield a.alpha(p.num("alpha", Double.NaN)).beta(p.num("beta", Double.NaN))
                        .wTau(p.num("w_tau", Double.NaN)).build();
            }
            case "Fire" -> new Fire();
            case "KWTA" -> new KWTA((int) p.num("k", Double.NaN), p.has("dimension") ? (int) p.num("dimension", -1)
                    : unset(p, "dimension", -1));
            case "SimpleDendriteStructure" -> dendriteStructure(p);
            case "SimpleDendriteComputation" -> dendriteComputation(p);
            case "InherentNoise" -> new InherentNoise(p.has("mode") ? p.raw("mode") : "rand", p.num("scale", 1),
                    p.num("offset", 0));
            case "ActivityBaseHomeostasis" -> new ActivityBaseHomeostasis(p.num("activity_rate", Double.NaN),
                    (int) p.num("window_size", Double.NaN), p.num("updating_rate", Double.NaN),
                    p.num("decay_rate", 1.0));
            case "VoltageBaseHomeostasis" -> {
                double target = p.num("target_voltage", Double.NaN);
                yield new VoltageBaseHomeostasis(p.num("min_ta", target), p.num("max_ta", target),
                        p.num("eta_ip", 0.001));
            }
            default -> throw new AssertionError(owner + ": unknown neuron behavior class " + cls);
        };
        p.assertAllUsed();
        return checkPriority(owner, cls, priority, out);
    }

    /**
     * CoNeX's max delays (defaults 1, 1 and distal + 1). Its min delays are checked against the max delays and
     * never used; conex4j has none, so they are read and dropped.
     */
    private static SimpleDendriteStructure dendriteStructure(Params p) {
        int proximal = (int) p.num("Proximal_max_delay", 1);
        int distal = (int) p.num("Distal_max_delay", 1);
        int apical = (int) p.num("Apical_max_delay", distal + 1);
        for (String unused : new String[] {"Proximal_min_delay", "Distal_min_delay", "Apical_min_delay"}) {
            p.raw(unused);
        }
        return new SimpleDendriteStructure(proximal, distal, apical);
    }

    private static SimpleDendriteComputation dendriteComputation(Params p) {
        SimpleDendriteComputation.Builder b = SimpleDendriteComputation.builder();
        if (p.has("I_tau")) {
            b.iTau(p.num("I_tau", Double.NaN));
        }
        if (p.has("distal_provocativeness")) {
            b.distalProvocativeness(p.num("distal_provocativeness", Double.NaN));
        }
        if (p.has("apical_provocativeness")) {
            b.apicalProvocativeness(p.num("apical_provocativeness", Double.NaN));
        }
        return b.build();
    }

    private static int unset(Params p, String key, int dflt) {
        p.num(key, dflt);
        return dflt;
    }

    /**
     * The LIF parameters (CoNeX requires all of them); a tensor threshold gives one per neuron. Without
     * {@code init_v} CoNeX starts at 0 mV (conex4j's default is vRest), so the start is always given explicitly.
     */
    private static <T extends LIF> LifBuilder<T> lif(LifBuilder<T> l, Params p) {
        l.r(p.num("R", Double.NaN)).tau(p.num("tau", Double.NaN)).vReset(p.num("v_reset", Double.NaN))
                .vRest(p.num("v_rest", Double.NaN));
        if (p.has("threshold") && p.raw("threshold") instanceof Tensor t) {
            l.thresholds(t.floats());
        } else {
            l.threshold(p.num("threshold", Double.NaN));
        }
        if (p.has("init_v")) {
            float[] v0 = p.tensor("init_v").floats();
            l.initialVoltage(Fill.function(i -> v0[i]));
        } else {
            p.raw("init_v");
            l.initialVoltage(0);
        }
        return l;
    }

    private static <T extends ELIF> LifBuilder<T> elif(LifBuilder<T> l, Params p) {
        return lif(l, p).delta(p.num("delta", Double.NaN)).thetaRh(p.num("theta_rh", Double.NaN));
    }

    private static Behavior<SynapseGroup> synapseBehavior(Map<?, ?> b, Map<?, ?> inputs, String owner) {
        String cls = (String) b.get("class");
        int priority = ((Number) b.get("priority")).intValue();
        Params p = new Params(owner + "." + cls, (Map<?, ?>) b.get("params"), inputs);
        Behavior<SynapseGroup> out = switch (cls) {
            case "SynapseInit" -> new SynapseInit(priority);
            case "WeightInitializer" -> weightInitializer(p, priority);
            case "DelayInitializer" -> delayInitializer(p, priority);
            case "SimpleDendriticInput" -> new SimpleDendriticInput(p.num("current_coef", 1), priority);
            case "SparseDendriticInput" -> new SparseDendriticInput(p.num("current_coef", 1), priority);
            case "One2OneDendriticInput" -> new One2OneDendriticInput(p.num("current_coef", 1), priority);
            case "CurrentNormalization" -> new CurrentNormalization(p.num("norm", 1), priority);
            case "WeightNormalization" -> new WeightNormalization(p.num("norm", 1), priority);
            case "WeightClip" -> new WeightClip(p.num("w_min", 0), p.num("w_max", 1), priority);
            case "PreSpikeCatcher" -> new PreSpikeCatcher(priority);
            case "PostSpikeCatcher" -> new PostSpikeCatcher(priority);
            case "PreTrace" -> new PreTrace(p.num("tau_s", Double.NaN), p.num("spike_scale", 1), priority);
            case "PostTrace" -> new PostTrace(p.num("tau_s", Double.NaN), p.num("spike_scale", 1), priority);
            case "SimpleSTDP" -> new SimpleSTDP(stdp(p), priority);
            case "SparseSTDP" -> new SparseSTDP(stdp(p), priority);
            case "One2OneSTDP" -> new One2OneSTDP(stdp(p), priority);
            case "SimpleiSTDP" -> new SimpleiSTDP(p.num("rho", Double.NaN), p.num("alpha", Double.NaN),
                    p.num("lr", 1e-5), p.bool("is_inhibitory", true));
            case "One2OneiSTDP" -> new One2OneiSTDP(p.num("rho", Double.NaN), p.num("alpha", Double.NaN),
                    p.num("lr", 1e-5), p.bool("is_inhibitory", true));
            case "SparseiSTDP" -> new SparseiSTDP(p.num("rho", Double.NaN), p.num("alpha", Double.NaN),
                    p.num("lr", 1e-5), p.bool("is_inhibitory", true));
            case "SimpleRSTDP" -> new SimpleRSTDP(stdp(p), p.num("tau_c", Double.NaN), p.num("init_c_mode", 0));
            case "One2OneRSTDP" -> new One2OneRSTDP(stdp(p), p.num("tau_c", Double.NaN), p.num("init_c_mode", 0));
            case "SparseRSTDP" -> new SparseRSTDP(stdp(p), p.num("tau_c", Double.NaN), p.num("init_c_mode", 0));
            case "Conv2dDendriticInput" -> new Conv2dDendriticInput(p.num("current_coef", 1), (int) p.num("stride", 1),
                    (int) p.num("padding", 0));
            case "Local2dDendriticInput" -> new Local2dDendriticInput(p.num("current_coef", 1),
                    (int) p.num("stride", 1), (int) p.num("padding", 0));
            case "LateralDendriticInput" -> lateral(p);
            case "AveragePool2D" -> new AveragePool2D(p.num("current_coef", 1));
            case "Conv2dSTDP" -> new Conv2dSTDP(stdp(p));
            case "Local2dSTDP" -> Local2dSTDP.withPreSpikeQuirk(stdp(p));
            case "Conv2dRSTDP" -> new Conv2dRSTDP(stdp(p), p.num("tau_c", Double.NaN), p.num("init_c_mode", 0));
            case "Local2dRSTDP" -> Local2dRSTDP.withPreSpikeQuirk(stdp(p), p.num("tau_c", Double.NaN),
                    p.num("init_c_mode", 0));
            case "WeightDeltaDriver" -> new HarnessDrivers.WeightDeltaDriver(priority, p.tensor("deltas"));
            case "CurrentDriver" -> new HarnessDrivers.CurrentDriver(priority, p.tensor("table"));
            default -> throw new AssertionError(owner + ": unknown synapse behavior class " + cls);
        };
        p.assertAllUsed();
        return checkPriority(owner, cls, priority, out);
    }

    /** CoNeX's {@code inhibitory}: True or False forces the sign, None (absent) leaves it to the tags. */
    private static LateralDendriticInput lateral(Params p) {
        double coef = p.num("current_coef", 1);
        if (p.has("inhibitory")) {
            return new LateralDendriticInput(coef, p.bool("inhibitory", false));
        }
        p.raw("inhibitory");
        return new LateralDendriticInput(coef);
    }

    private static StdpParams stdp(Params p) {
        return new StdpParams((float) p.num("a_plus", Double.NaN), (float) p.num("a_minus", Double.NaN),
                (float) p.num("w_min", 0), (float) p.num("w_max", 1),
                p.has("positive_bound") ? Bound.parse((String) p.raw("positive_bound")) : bound(p, "positive_bound"),
                p.has("negative_bound") ? Bound.parse((String) p.raw("negative_bound")) : bound(p, "negative_bound"));
    }

    private static Bound bound(Params p, String key) {
        p.raw(key);
        return Bound.NONE;
    }

    private static WeightInitializer weightInitializer(Params p, int priority) {
        WeightInitializer.Builder b = WeightInitializer.builder().priority(priority);
        if (p.has("weights")) {
            Tensor t = p.tensor("weights");
            b.weights(t.csc() != null ? t.csc() : new DenseWeights(t.floats(), t.shape()));
            // CoNeX ignores these when weights are given (QUIRKS Q8/Q20); read them so they count as known.
            for (String ignored : new String[] {"mode", "scale", "offset", "function", "density", "true_sparsity",
                    "weight_shape"}) {
                if (p.has(ignored)) {
                    p.raw(ignored);
                }
            }
        } else {
            if (p.has("mode")) {
                b.mode(mode(p.raw("mode")));
            }
            b.scale(p.num("scale", 1)).offset(p.num("offset", 0)).density(p.num("density", 1))
                    .trueSparsity(p.bool("true_sparsity", true));
            if (p.has("function")) {
                b.function(function(p.functionName("function")));
            }
            if (p.has("weight_shape")) {
                b.weightShape(Tensor.ints(p.raw("weight_shape")));
            }
        }
        if (p.has("kernel_shape")) {
            b.kernelShape(Tensor.ints(p.raw("kernel_shape")));
        }
        return b.build();
    }

    private static DelayInitializer delayInitializer(Params p, int priority) {
        DelayInitializer d;
        if (p.has("delays")) {
            Tensor t = p.tensor("delays");
            d = t.dtype().startsWith("int") ? DelayInitializer.explicit(t.intData())
                    : DelayInitializer.explicit(t.floats());
            for (String ignored : new String[] {"mode", "scale", "offset"}) {
                if (p.has(ignored)) {
                    p.raw(ignored);
                }
            }
        } else {
            d = DelayInitializer.of(mode(p.raw("mode"))).scale(p.num("scale", 1)).offset(p.num("offset", 0));
        }
        if (p.bool("destination", false)) {
            d = d.destination();
        }
        return d.priority(priority);
    }

    private static Fill mode(Object m) {
        return Fill.of(m);
    }

    private static WeightFunction function(String name) {
        return switch (name) {
            case "square" -> WeightFunction.square();
            case "abs" -> WeightFunction.abs();
            default -> throw new AssertionError("unknown $function " + name);
        };
    }
}
