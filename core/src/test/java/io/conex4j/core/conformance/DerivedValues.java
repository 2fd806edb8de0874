package io.conex4j.core.conformance;

import io.conex4j.core.behaviors.learning.Bound;
import io.conex4j.core.behaviors.learning.Conv2dRSTDP;
import io.conex4j.core.behaviors.learning.Conv2dSTDP;
import io.conex4j.core.behaviors.learning.IStdpRule;
import io.conex4j.core.behaviors.learning.RstdpRule;
import io.conex4j.core.behaviors.learning.StdpParams;
import io.conex4j.core.behaviors.learning.StdpRule;
import io.conex4j.core.behaviors.neuron.ActivityBaseHomeostasis;
import io.conex4j.core.behaviors.neuron.Dendrite;
import io.conex4j.core.behaviors.neuron.InherentNoise;
import io.conex4j.core.behaviors.neuron.KWTA;
import io.conex4j.core.behaviors.neuron.NeuronAxon;
import io.conex4j.core.behaviors.neuron.SimpleDendriteComputation;
import io.conex4j.core.behaviors.neuron.SimpleDendriteStructure;
import io.conex4j.core.behaviors.neuron.VoltageBaseHomeostasis;
import io.conex4j.core.behaviors.synapse.AveragePool2D;
import io.conex4j.core.behaviors.synapse.DendriticInput;
import io.conex4j.core.behaviors.synapse.LateralDendriticInput;
import io.conex4j.core.behaviors.synapse.PostTrace;
import io.conex4j.core.behaviors.synapse.PreTrace;
import io.conex4j.core.behaviors.synapse.WeightClip;
import io.conex4j.core.runtime.Behavior;
import io.conex4j.core.runtime.Fill;
import io.conex4j.core.runtime.Network;
import java.util.Map;

/**
 * Checks a fixture's {@code derived} constants ({@code "<priority>:<owner>:<Class>": {name: value}}, worked out by
 * CoNeX's behaviors at initialize) against what conex4j's behavior holds. Every name is either compared or listed
 * in {@link #SKIPPED} with the reason conex4j has no such value; an unknown name fails the case.
 */
final class DerivedValues {

    /** Derived names conex4j has no counterpart for, with the reason. */
    static final Map<String, String> SKIPPED = Map.of(
            "def_dtype", "conex4j computes in float32 only",
            "proximal_min_delay", "CoNeX's NeuronAxon and SimpleDendriteStructure keep per-dendrite minimum delays"
                    + " they never use; conex4j's axon has only its depth (max_delay), its dendrites only their max delays",
            "distal_min_delay", "as proximal_min_delay",
            "apical_min_delay", "as proximal_min_delay",
            "shape", "KWTA's view of the group: CoNeX views a flat group as (N, 1, 1), conex4j uses the group's own"
                    + " (depth, height, width), 1 x 1 x N when flat; the dimension is compared instead");

    private DerivedValues() {
    }

    static void check(Network net, Map<?, ?> derived) {
        for (Map.Entry<?, ?> e : derived.entrySet()) {
            String id = (String) e.getKey();
            Behavior<?> b = BehaviorState.find(net, id);
            for (Map.Entry<?, ?> v : ((Map<?, ?>) e.getValue()).entrySet()) {
                String name = (String) v.getKey();
                if (!SKIPPED.containsKey(name)) {
                    compare("derived " + id + "." + name, b, name, v.getValue());
                }
            }
        }
    }

    private static void compare(String where, Behavior<?> b, String name, Object expected) {
        if (b instanceof NeuronAxon a && name.equals("max_delay")) {
            exact(where, expected, a.depth());
        } else if (b instanceof PreTrace t && name.equals("tau_s")) {
            close(where, expected, t.tauS());
        } else if (b instanceof PreTrace t && name.equals("spike_scale")) {
            close(where, expected, t.spikeScale());
        } else if (b instanceof PostTrace t && name.equals("tau_s")) {
            close(where, expected, t.tauS());
        } else if (b instanceof PostTrace t && name.equals("spike_scale")) {
            close(where, expected, t.spikeScale());
        } else if (b instanceof DendriticInput d && name.equals("current_coef")) {
            close(where, expected, d.currentCoef());
        } else if (b instanceof DendriticInput d && name.equals("current_type")) {
            exact(where, expected, d.currentType());
        } else if (b instanceof AveragePool2D a && name.equals("current_coef")) {
            close(where, expected, a.currentCoef());
        } else if (b instanceof AveragePool2D a && name.equals("current_type")) {
            exact(where, expected, a.currentType());
        } else if (b instanceof AveragePool2D a && name.equals("output_shape")) {
            ints(where, expected, a.outputShape());
        } else if (b instanceof LateralDendriticInput l && name.equals("padding")) {
            ints(where, expected, l.padding());
        } else if (b instanceof Conv2dRSTDP r && name.equals("weight_divisor")) {
            exact(where, expected, r.weightDivisor());
        } else if (b instanceof Conv2dSTDP r && name.equals("weight_divisor")) {
            exact(where, expected, r.weightDivisor());
        } else if (b instanceof WeightClip c && name.equals("w_min")) {
            close(where, expected, c.wMin());
        } else if (b instanceof WeightClip c && name.equals("w_max")) {
            close(where, expected, c.wMax());
        } else if (b instanceof RstdpRule r && name.equals("tau_c")) {
            close(where, expected, r.tauC());
        } else if (b instanceof StdpRule r) {
            stdp(where, r.params(), name, expected);
        } else if (b instanceof IStdpRule r) {
            istdp(where, r, name, expected);
        } else if (b instanceof KWTA k && name.equals("k")) {
            exact(where, expected, k.k());
        } else if (b instanceof KWTA k && name.equals("dimension")) {
            exact(where, expected == null ? -1L : expected, k.dimension());
        } else if (b instanceof SimpleDendriteStructure d && name.endsWith("_max_delay")) {
            exact(where, expected, d.maxDelay(Dendrite.valueOf(name.substring(0, name.indexOf('_'))
                    .toUpperCase(java.util.Locale.ROOT))));
        } else if (b instanceof SimpleDendriteComputation c && name.equals("I_tau")) {
            optional(where, expected, c.iTau());
        } else if (b instanceof SimpleDendriteComputation c && name.endsWith("_provocativeness")) {
            optional(where, expected, (float) c.provocativeness(Dendrite.valueOf(name.substring(0, name.indexOf('_'))
                    .toUpperCase(java.util.Locale.ROOT))));
        } else if (b instanceof ActivityBaseHomeostasis h) {
            activity(where, h, name, expected);
        } else if (b instanceof VoltageBaseHomeostasis h && name.equals("max_ta")) {
            close(where, expected, h.maxTa());
        } else if (b instanceof VoltageBaseHomeostasis h && name.equals("min_ta")) {
            close(where, expected, h.minTa());
        } else if (b instanceof VoltageBaseHomeostasis h && name.equals("adj_strength")) {
            close(where, expected, h.eta());
        } else if (b instanceof InherentNoise n) {
            noise(where, n, name, expected);
        } else {
            throw new AssertionError(where + ": conex4j's " + b.name() + " has no counterpart mapped for '" + name
                    + "' = " + expected);
        }
    }

    private static void stdp(String where, StdpParams p, String name, Object expected) {
        switch (name) {
            case "a_plus" -> close(where, expected, p.aPlus());
            case "a_minus" -> close(where, expected, p.aMinus());
            case "w_min" -> close(where, expected, p.wMin());
            case "w_max" -> close(where, expected, p.wMax());
            case "p_bound" -> bound(where, expected, p.positiveBound());
            case "n_bound" -> bound(where, expected, p.negativeBound());
            default -> throw new AssertionError(where + ": no STDP counterpart for '" + name + "'");
        }
    }

    private static void istdp(String where, IStdpRule r, String name, Object expected) {
        switch (name) {
            case "alpha" -> close(where, expected, r.alpha());
            case "change_sign" -> exact(where, expected, (long) r.sign());
            case "lr" -> close(where, expected, r.lr());
            case "rho" -> {
                if (expected == null ? !Double.isNaN(r.rho()) : ((Number) expected).doubleValue() != r.rho()) {
                    throw new AssertionError(where + ": expected " + expected + " but was " + r.rho());
                }
            }
            default -> throw new AssertionError(where + ": no iSTDP counterpart for '" + name + "'");
        }
    }

    private static void activity(String where, ActivityBaseHomeostasis h, String name, Object expected) {
        switch (name) {
            case "firing_reward" -> exact(where, expected, 1); // a spike always counts 1, in CoNeX and conex4j
            case "non_firing_penalty" -> ConformanceTest.closeDouble(where, ((Number) expected).doubleValue(),
                    h.nonFiringPenalty());
            case "window_size" -> exact(where, expected, h.windowSize());
            case "updating_rate" -> ConformanceTest.closeDouble(where, ((Number) expected).doubleValue(),
                    h.updatingRate());
            case "decay_rate" -> ConformanceTest.closeDouble(where, ((Number) expected).doubleValue(), h.decayRate());
            default -> throw new AssertionError(where + ": no ActivityBaseHomeostasis counterpart for '" + name + "'");
        }
    }

    private static void noise(String where, InherentNoise n, String name, Object expected) {
        switch (name) {
            case "mode" -> {
                if (!n.noise().toString().equals(Fill.of(expected).toString())) {
                    throw new AssertionError(where + ": expected mode " + expected + " (" + Fill.of(expected)
                            + ") but was " + n.noise());
                }
            }
            case "scale" -> close(where, expected, n.scale());
            case "offset" -> close(where, expected, n.offset());
            default -> throw new AssertionError(where + ": no InherentNoise counterpart for '" + name + "'");
        }
    }

    private static void bound(String where, Object expected, Bound actual) {
        String fn = (String) ((Map<?, ?>) expected).get("$function");
        if (Bound.parse(fn) != actual) {
            throw new AssertionError(where + ": expected " + fn + " but was " + actual);
        }
    }

    /** A value conex4j keeps as float32: the recorded Python double within the float32 tolerance. */
    static void close(String where, Object expected, float actual) {
        double e = ((Number) expected).doubleValue();
        if (!(Math.abs(actual - e) <= 1e-6 + 1e-5 * Math.abs(e))) {
            throw new AssertionError(where + ": expected " + e + " but was " + actual);
        }
    }

    private static void ints(String where, Object expected, int[] actual) {
        String e = String.valueOf(expected);
        if (!e.equals(java.util.Arrays.stream(actual).mapToObj(Long::toString).toList().toString())) {
            throw new AssertionError(where + ": expected " + e + " but was " + java.util.Arrays.toString(actual));
        }
    }

    /** A parameter CoNeX leaves None when unset: conex4j's NaN. */
    private static void optional(String where, Object expected, float actual) {
        if (expected == null ? !Float.isNaN(actual) : Float.isNaN(actual)) {
            throw new AssertionError(where + ": expected " + expected + " but was " + actual);
        }
        if (expected != null) {
            close(where, expected, actual);
        }
    }

    private static void exact(String where, Object expected, long actual) {
        if (((Number) expected).longValue() != actual || ((Number) expected).doubleValue() != actual) {
            throw new AssertionError(where + ": expected " + expected + " but was " + actual);
        }
    }
}
