package io.conex4j.dsl;

import io.conex4j.core.behaviors.psc.IafPscExp;
import io.conex4j.core.runtime.Fill;
import io.conex4j.core.storage.FutureInput;
import java.util.List;

/**
 * The parameters of NEST's {@code iaf_psc_exp} neuron in the DSL: each setter hands its value to core's
 * {@link IafPscExp.Builder} (where the units, defaults and rules live: pF, ms, mV, pA) and records a problem under
 * this group's path when core rejects it. The calls are kept as data, so that a structure description holds them.
 */
public final class IafPscExpBuilder {

    private final String path;
    private final Problems problems;
    private final IafPscExp.Builder core = IafPscExp.builder();
    final Calls calls = new Calls();

    /** The verbs, as a structure description names them. */
    static final List<String> VERBS = List.of("cm", "tauM", "tauSyn", "eL", "vTh", "vReset", "tRef", "dc", "initialV",
            "poisson", "inputForm");

    IafPscExpBuilder(String path, Problems problems) {
        this.path = path;
        this.problems = problems;
    }

    private interface Setter {
        void set(double v);
    }

    private IafPscExpBuilder set(String name, Number value, Setter setter) {
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
            String mode = Calls.mode(mV);
            if (mode == null) {
                calls.undescribable("initialV", "a function fill is code, not data; give a mode fill");
            } else {
                calls.add("initialV", mode);
            }
            core.initialV(mV);
        }
        return this;
    }

    /** Poisson drive: a count of mean {@code rateHz · dt} per neuron and iteration, each of {@code weightPa}. */
    public IafPscExpBuilder poisson(Number rateHz, Number weightPa) {
        if (rateHz == null || weightPa == null) {
            problems.add(path + ".poisson", "rate and weight must not be null");
        } else {
            calls.add("poisson", rateHz.doubleValue(), weightPa.doubleValue());
            problems.check(path + ".poisson", () -> core.poisson(rateHz.doubleValue(), weightPa.doubleValue()));
        }
        return this;
    }

    /** How the delayed input waits for its step (default AUTO: the faster form for the group's size). */
    public IafPscExpBuilder inputForm(FutureInput.Form form) {
        if (form != null) {
            calls.add("inputForm", form);
        }
        problems.check(path + ".inputForm", () -> core.inputForm(form));
        return this;
    }

    /** Replays one call of a structure description. */
    void replay(Replay r) {
        switch (r.verb) {
            case "cm" -> cm(r.arity(1).num(1));
            case "tauM" -> tauM(r.arity(1).num(1));
            case "tauSyn" -> tauSyn(r.arity(1).num(1));
            case "eL" -> eL(r.arity(1).num(1));
            case "vTh" -> vTh(r.arity(1).num(1));
            case "vReset" -> vReset(r.arity(1).num(1));
            case "tRef" -> tRef(r.arity(1).num(1));
            case "dc" -> dc(r.arity(1).num(1));
            case "initialV" -> initialV(Fill.parse(r.arity(1).string(1)));
            case "poisson" -> poisson(r.arity(2).num(1), r.num(2));
            case "inputForm" -> inputForm(r.arity(1).enumValue(1, FutureInput.Form.class));
            default -> throw Replay.unknown(r.verb, VERBS);
        }
    }

    /** The model, or null (with the problem recorded) when core rejects the whole. */
    IafPscExp build() {
        IafPscExp[] made = new IafPscExp[1];
        problems.check(path, () -> made[0] = core.build());
        return made[0];
    }
}
