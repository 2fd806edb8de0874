package io.conex4j.dsl;

import io.conex4j.core.behaviors.neuron.SimpleDendriteComputation;
import java.util.List;

/**
 * How a group's dendrites make its input current, in the DSL: each setter hands its value to core's
 * {@link SimpleDendriteComputation.Builder} (where the rules live) and records a problem under this group's path
 * when core rejects it. Synapses reach the distal or apical dendrite with the tag {@code "Distal"} or
 * {@code "Apical"} ({@code s.tags(...)}); without a provocativeness or a gain those dendrites are not used.
 */
public final class DendritesBuilder {

    private final String path;
    private final Problems problems;
    private final SimpleDendriteComputation.Builder core = SimpleDendriteComputation.builder();
    final Calls calls = new Calls();

    /** The verbs, as a structure description names them. */
    static final List<String> VERBS = List.of("iTau", "distalProvocativeness", "apicalProvocativeness", "distalGain",
            "apicalGain");

    DendritesBuilder(String path, Problems problems) {
        this.path = path;
        this.problems = problems;
    }

    private interface Setter {
        void set(double v);
    }

    private DendritesBuilder set(String name, Number value, Setter setter) {
        if (value != null) {
            calls.add(name, value.doubleValue());
        }
        if (value == null) {
            problems.add(path + "." + name, "must not be null");
        } else {
            problems.check(path + "." + name, () -> setter.set(value.doubleValue()));
        }
        return this;
    }

    /** The current decays by {@code I / iTau} each iteration instead of restarting from zero (iterations, &gt; 0). */
    public DendritesBuilder iTau(Number iterations) {
        return set("iTau", iterations, core::iTau);
    }

    /** Distal input pushes v toward {@code vRest + p * (threshold - vRest)}, never past it ({@code p} in [0, 1]). */
    public DendritesBuilder distalProvocativeness(Number p) {
        return set("distalProvocativeness", p, core::distalProvocativeness);
    }

    /** Apical input pushes v toward {@code vRest + p * (threshold - vRest)}, never past it ({@code p} in [0, 1]). */
    public DendritesBuilder apicalProvocativeness(Number p) {
        return set("apicalProvocativeness", p, core::apicalProvocativeness);
    }

    /** Distal input added linearly, times {@code gain}. */
    public DendritesBuilder distalGain(Number gain) {
        return set("distalGain", gain, core::distalGain);
    }

    /** Apical input added linearly, times {@code gain}. */
    public DendritesBuilder apicalGain(Number gain) {
        return set("apicalGain", gain, core::apicalGain);
    }

    /** Replays one call of a structure description. */
    void replay(Replay r) {
        if (!VERBS.contains(r.verb)) {
            throw Replay.unknown(r.verb, VERBS);
        }
        double v = r.arity(1).num(1);
        switch (r.verb) {
            case "iTau" -> iTau(v);
            case "distalProvocativeness" -> distalProvocativeness(v);
            case "apicalProvocativeness" -> apicalProvocativeness(v);
            case "distalGain" -> distalGain(v);
            default -> apicalGain(v);
        }
    }

    /** The computation, or null (with the problem recorded) when core rejects the whole. */
    SimpleDendriteComputation build() {
        SimpleDendriteComputation[] made = new SimpleDendriteComputation[1];
        problems.check(path, () -> made[0] = core.build());
        return made[0];
    }
}
