package io.conex4j.core.conformance;

import io.conex4j.core.behaviors.learning.Bound;
import io.conex4j.core.behaviors.learning.One2OneSTDP;
import io.conex4j.core.behaviors.learning.SimpleSTDP;
import io.conex4j.core.behaviors.learning.SparseSTDP;
import io.conex4j.core.behaviors.learning.StdpParams;
import io.conex4j.core.behaviors.neuron.NeuronAxon;
import io.conex4j.core.behaviors.synapse.CurrentNormalization;
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
import java.util.List;
import java.util.Map;

/** Builds the network a fixture describes, mapping CoNeX's classes and snake_case params to conex4j's. */
final class FixtureNetwork {

    private FixtureNetwork() {
    }

    static Network build(Map<?, ?> fx, ReplayRandom random) {
        Map<?, ?> inputs = (Map<?, ?>) fx.get("inputs");
        Map<?, ?> net = (Map<?, ?>) fx.get("network");
        double dt = ((Number) net.get("dt")).doubleValue();
        for (Object o : (List<?>) net.get("behaviors")) {
            Map<?, ?> b = (Map<?, ?>) o;
            if (!"TimeResolution".equals(b.get("class"))) {
                throw new AssertionError("network behavior " + b.get("class") + " is not supported by the replay");
            }
            Params p = new Params("TimeResolution", (Map<?, ?>) b.get("params"), inputs);
            dt = p.num("dt", dt);
            p.assertAllUsed();
        }
        if (!"SxD".equals(net.get("synapse_mode"))) {
            throw new AssertionError("synapse_mode " + net.get("synapse_mode") + ": conex4j is SxD only");
        }
        Network network = new Network("Network_1", dt, 0);
        network.random(random);
        for (Object o : (List<?>) net.get("behaviors")) {
            network.add(new HarnessDrivers.TimeResolution(((Number) ((Map<?, ?>) o).get("priority")).intValue(), dt));
        }
        for (Object o : (List<?>) fx.get("neuron_groups")) {
            Map<?, ?> g = (Map<?, ?>) o;
            List<?> tags = (List<?>) g.get("tags");
            String name = (String) g.get("tag");
            String[] extra = tags.stream().map(String::valueOf).filter(t -> !t.equals(name)).toArray(String[]::new);
            NeuronGroup group = network.neurons(name, ((Number) g.get("size")).intValue(), extra);
            for (Object bo : (List<?>) g.get("behaviors")) {
                Map<?, ?> b = (Map<?, ?>) bo;
                group.add(neuronBehavior(b, inputs, name));
            }
        }
        for (Object o : (List<?>) fx.get("synapses")) {
            Map<?, ?> s = (Map<?, ?>) o;
            String name = (String) s.get("tag");
            SynapseGroup syn = network.synapses(name, network.neuronGroup((String) s.get("src")),
                    network.neuronGroup((String) s.get("dst")));
            for (Object bo : (List<?>) s.get("behaviors")) {
                syn.add(synapseBehavior((Map<?, ?>) bo, inputs, name));
            }
        }
        return network;
    }

    private static Behavior<NeuronGroup> neuronBehavior(Map<?, ?> b, Map<?, ?> inputs, String owner) {
        String cls = (String) b.get("class");
        int priority = ((Number) b.get("priority")).intValue();
        Params p = new Params(owner + "." + cls, (Map<?, ?>) b.get("params"), inputs);
        Behavior<NeuronGroup> out = switch (cls) {
            case "SpikeDriver" -> new HarnessDrivers.SpikeDriver(priority, p.tensor("table"));
            case "NeuronAxon" -> new NeuronAxon((int) p.num("max_delay", 1), priority);
            default -> throw new AssertionError(owner + ": unknown neuron behavior class " + cls);
        };
        p.assertAllUsed();
        return out;
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
            case "WeightDeltaDriver" -> new HarnessDrivers.WeightDeltaDriver(priority, p.tensor("deltas"));
            case "CurrentDriver" -> new HarnessDrivers.CurrentDriver(priority, p.tensor("table"));
            default -> throw new AssertionError(owner + ": unknown synapse behavior class " + cls);
        };
        p.assertAllUsed();
        return out;
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
