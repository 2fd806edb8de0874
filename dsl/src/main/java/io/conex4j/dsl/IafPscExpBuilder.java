package io.conex4j.dsl;

import io.conex4j.core.behaviors.psc.IafPscExp;
import io.conex4j.core.runtime.Fill;

/**
 * The parameters of NEST's {@code iaf_psc_exp} neuron in the DSL: each setter hands its value to core's
 * {@link IafPscExp.Builder} (where the units, defaults and rules live: pF, ms, mV, pA) and records a problem under
 * this group's path when core rejects it.
 */
public final class IafPscExpBuilder {

    private final String path;
    private final Problems problems;
    private final IafPscExp.Builder core = IafPscExp.builder();

    IafPscExpBuilder(String path, Problems problems) {
        this.path = path;
        this.problems = problems;
    }

    private interface Setter {
        void set(double v);
    }

    private IafPscExpBuilder set(String name, Number value, Setter setter) {
        if (value == null) {
            problems.add(path + "." + name, "must not be null");
        } else {
            problems.check(path + "." + name, () -> setter.set(value.doubleValue()));
        }
        return this;
    }

    /** Membrane capacitance in pF (&gt; 0; default 250). */
    public IafPscExpBuilder cm(Number pF) {
        return set("cm", pF, core::cm);
    }

    /** Membrane time constant in ms (&gt; 0; default 10). */
    public IafPscExpBuilder tauM(Number ms) {
        return set("tauM", ms, core::tauM);
    }

    /** Synaptic time constant in ms (&gt; 0; default 2). */
    public IafPscExpBuilder tauSyn(Number ms) {
        return set("tauSyn", ms, core::tauSyn);
    }

    /** Resting potential in mV (default -70). */
    public IafPscExpBuilder eL(Number mV) {
        return set("eL", mV, core::eL);
    }

    /** Threshold in mV, above vReset (default -55). */
    public IafPscExpBuilder vTh(Number mV) {
        return set("vTh", mV, core::vTh);
    }

    /** Reset potential in mV (default -70). */
    public IafPscExpBuilder vReset(Number mV) {
        return set("vReset", mV, core::vReset);
    }

    /** Refractory period in ms (&ge; 0; default 2). */
    public IafPscExpBuilder tRef(Number ms) {
        return set("tRef", ms, core::tRef);
    }

    /** Constant input current (DC drive) in pA (default 0). */
    public IafPscExpBuilder dc(Number pA) {
        return set("dc", pA, core::iE);
    }

    /** The initial membrane potential of each neuron in mV, e.g. {@code Fill.normal(-65, 5)} (default eL). */
    public IafPscExpBuilder initialV(Fill mV) {
        if (mV == null) {
            problems.add(path + ".initialV", "must not be null");
        } else {
            core.initialV(mV);
        }
        return this;
    }

    /** Poisson drive: a count of mean {@code rateHz · dt} per neuron and iteration, each of {@code weightPa}. */
    public IafPscExpBuilder poisson(Number rateHz, Number weightPa) {
        if (rateHz == null || weightPa == null) {
            problems.add(path + ".poisson", "rate and weight must not be null");
        } else {
            problems.check(path + ".poisson", () -> core.poisson(rateHz.doubleValue(), weightPa.doubleValue()));
        }
        return this;
    }

    /** The model, or null (with the problem recorded) when core rejects the whole. */
    IafPscExp build() {
        IafPscExp[] made = new IafPscExp[1];
        problems.check(path, () -> made[0] = core.build());
        return made[0];
    }
}
