package io.conex4j.dsl;

import io.conex4j.core.behaviors.learning.Bound;
import io.conex4j.core.behaviors.learning.StdpParams;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Trace STDP parameters in the DSL, handed to core's {@link StdpParams} (where the defaults and rules live:
 * rates 0.01, limits [0, 1], no bounds); a value core rejects becomes a problem under this path. The rule
 * matching the weights (matrix, one-to-one, convolutional, local) is chosen by the synapse description.
 */
public final class StdpBuilder {

    private final String path;
    private final Problems problems;
    private StdpParams params = StdpParams.defaults();
    final Calls calls = new Calls();

    /** The verbs, as a structure description names them. */
    static final List<String> VERBS = List.of("aPlus", "aMinus", "softBound", "hardBound", "bounds", "clamp");

    StdpBuilder(String path, Problems problems) {
        this.path = path;
        this.problems = problems;
    }

    private StdpBuilder change(String name, UnaryOperator<StdpParams> f) {
        problems.check(path + "." + name, () -> params = f.apply(params));
        return this;
    }

    private static double number(Number n) {
        return n == null ? Double.NaN : n.doubleValue();
    }

    /** Potentiation rate (finite). */
    public StdpBuilder aPlus(Number a) {
        calls.add("aPlus", number(a));
        return change("aPlus", p -> p.aPlus(number(a)));
    }

    /** Depression rate (finite). */
    public StdpBuilder aMinus(Number a) {
        calls.add("aMinus", number(a));
        return change("aMinus", p -> p.aMinus(number(a)));
    }

    /** Soft bounds {@code (w - wMin)(wMax - w)} on both potentiation and depression. */
    public StdpBuilder softBound(Number lo, Number hi) {
        calls.add("softBound", number(lo), number(hi));
        return change("bounds", p -> p.softBound(number(lo), number(hi)));
    }

    /** Hard bounds (no change outside {@code (wMin, wMax)}) on both. */
    public StdpBuilder hardBound(Number lo, Number hi) {
        calls.add("hardBound", number(lo), number(hi));
        return change("bounds", p -> p.hardBound(number(lo), number(hi)));
    }

    /** Separate bounds for potentiation and depression, with limits. */
    public StdpBuilder bounds(Bound positiveBound, Bound negativeBound, Number lo, Number hi) {
        calls.add("bounds", positiveBound, negativeBound, number(lo), number(hi));
        return change("bounds", p -> p.limits(number(lo), number(hi)).bounds(positiveBound, negativeBound));
    }

    /** Replays one call of a structure description. */
    void replay(Replay r) {
        switch (r.verb) {
            case "aPlus" -> aPlus(r.arity(1).num(1));
            case "aMinus" -> aMinus(r.arity(1).num(1));
            case "softBound" -> softBound(r.arity(2).num(1), r.num(2));
            case "hardBound" -> hardBound(r.arity(2).num(1), r.num(2));
            case "bounds" -> bounds(r.arity(4).enumValue(1, Bound.class), r.enumValue(2, Bound.class), r.num(3),
                    r.num(4));
            case "clamp" -> clamp(r.arity(2).num(1), r.num(2));
            default -> throw Replay.unknown(r.verb, VERBS);
        }
    }

    /**
     * Enforces the limits {@code [lo, hi]}: every weight an update changes is clamped into them right after the
     * update (Diehl and Cook's rule; no per-iteration clip of all weights needed).
     */
    public StdpBuilder clamp(Number lo, Number hi) {
        calls.add("clamp", number(lo), number(hi));
        return change("clamp", p -> p.clamp(number(lo), number(hi)));
    }

    StdpParams build() {
        return params;
    }
}
