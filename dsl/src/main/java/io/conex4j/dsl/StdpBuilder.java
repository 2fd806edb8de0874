package io.conex4j.dsl;

import io.conex4j.core.behaviors.learning.Bound;
import io.conex4j.core.behaviors.learning.StdpParams;
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
        return change("aPlus", p -> p.aPlus(number(a)));
    }

    /** Depression rate (finite). */
    public StdpBuilder aMinus(Number a) {
        return change("aMinus", p -> p.aMinus(number(a)));
    }

    /** Soft bounds {@code (w - wMin)(wMax - w)} on both potentiation and depression. */
    public StdpBuilder softBound(Number lo, Number hi) {
        return change("bounds", p -> p.softBound(number(lo), number(hi)));
    }

    /** Hard bounds (no change outside {@code (wMin, wMax)}) on both. */
    public StdpBuilder hardBound(Number lo, Number hi) {
        return change("bounds", p -> p.hardBound(number(lo), number(hi)));
    }

    /** Separate bounds for potentiation and depression, with limits. */
    public StdpBuilder bounds(Bound positiveBound, Bound negativeBound, Number lo, Number hi) {
        return change("bounds", p -> p.limits(number(lo), number(hi)).bounds(positiveBound, negativeBound));
    }

    /**
     * Enforces the limits {@code [lo, hi]}: every weight an update changes is clamped into them right after the
     * update (Diehl and Cook's rule; no per-iteration clip of all weights needed).
     */
    public StdpBuilder clamp(Number lo, Number hi) {
        return change("clamp", p -> p.clamp(number(lo), number(hi)));
    }

    StdpParams build() {
        return params;
    }
}
