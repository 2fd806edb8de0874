package io.conex4j.dsl;

import io.conex4j.core.behaviors.neuron.LIF;
import java.util.List;

/**
 * The LIF family's parameters in the DSL: each setter hands its value to core's
 * {@link io.conex4j.core.behaviors.neuron.LifBuilder} (where the units, defaults and rules live) and records a
 * problem under this group's path when core rejects it. Numbers may be given as integers or decimals
 * ({@code tau(20)} from Java and Kotlin alike).
 */
public final class LifBuilder {

    private final String path;
    private final Problems problems;
    private final io.conex4j.core.behaviors.neuron.LifBuilder<? extends LIF> core;
    final Calls calls = new Calls();

    /** The verbs, as a structure description names them. */
    static final List<String> VERBS = List.of("tau", "r", "threshold", "vReset", "vRest", "refractory", "delta",
            "thetaRh", "alpha", "beta", "wTau");

    LifBuilder(String path, Problems problems, io.conex4j.core.behaviors.neuron.LifBuilder<? extends LIF> core) {
        this.path = path;
        this.problems = problems;
        this.core = core;
    }

    private interface Setter {
        void set(double v);
    }

    private LifBuilder set(String verb, String name, Number value, Setter setter) {
        if (value != null) {
            calls.add(verb, value.doubleValue());
        }
        if (value == null) {
            problems.add(path + "." + name, "must not be null");
        } else {
            problems.check(path + "." + name, () -> setter.set(value.doubleValue()));
        }
        return this;
    }

    /** Membrane time constant in ms (&gt; 0; default 20). */
    public LifBuilder tau(Number ms) {
        return set("tau", "tau", ms, core::tau);
    }

    /** Membrane resistance in MOhm (default 1). */
    public LifBuilder r(Number megaOhm) {
        return set("r", "R", megaOhm, core::r);
    }

    /** Firing threshold in mV, above vReset (default -52). */
    public LifBuilder threshold(Number mV) {
        return set("threshold", "threshold", mV, core::threshold);
    }

    /** Reset potential in mV (default -65). */
    public LifBuilder vReset(Number mV) {
        return set("vReset", "vReset", mV, core::vReset);
    }

    /** Resting and initial potential in mV (default -65). */
    public LifBuilder vRest(Number mV) {
        return set("vRest", "vRest", mV, core::vRest);
    }

    /** Refractory period in ms (&ge; 0; default 0). */
    public LifBuilder refractory(Number ms) {
        return set("refractory", "refractory", ms, core::refractory);
    }

    /** ELIF/AELIF sharpness in mV (&gt; 0; default 2). */
    public LifBuilder delta(Number mV) {
        return set("delta", "delta", mV, core::delta);
    }

    /** ELIF/AELIF rheobase threshold in mV (default -55). */
    public LifBuilder thetaRh(Number mV) {
        return set("thetaRh", "thetaRh", mV, core::thetaRh);
    }

    /** AELIF subthreshold adaptation coupling in nA/mV (default 0). */
    public LifBuilder alpha(Number nAPerMv) {
        return set("alpha", "alpha", nAPerMv, core::alpha);
    }

    /** AELIF adaptation jump per spike in nA (default 0). */
    public LifBuilder beta(Number nA) {
        return set("beta", "beta", nA, core::beta);
    }

    /** AELIF adaptation time constant in ms (&gt; 0; default 100). */
    public LifBuilder wTau(Number ms) {
        return set("wTau", "wTau", ms, core::wTau);
    }

    /** Replays one call of a structure description. */
    void replay(Replay r) {
        if (!VERBS.contains(r.verb)) {
            throw Replay.unknown(r.verb, VERBS);
        }
        double v = r.arity(1).num(1);
        switch (r.verb) {
            case "tau" -> tau(v);
            case "r" -> r(v);
            case "threshold" -> threshold(v);
            case "vReset" -> vReset(v);
            case "vRest" -> vRest(v);
            case "refractory" -> refractory(v);
            case "delta" -> delta(v);
            case "thetaRh" -> thetaRh(v);
            case "alpha" -> alpha(v);
            case "beta" -> beta(v);
            default -> wTau(v);
        }
    }

    /** The model, or null (with the problem recorded) when core rejects the whole. */
    LIF build() {
        LIF[] made = new LIF[1];
        problems.check(path, () -> made[0] = core.build());
        return made[0];
    }
}
