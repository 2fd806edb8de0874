package io.conex4j.dsl;

import static io.conex4j.dsl.Numbers.num;

import io.conex4j.core.behaviors.synapse.DelayInitializer;
import io.conex4j.core.runtime.Check;
import io.conex4j.core.runtime.Fill;
import java.util.List;

/**
 * Per-neuron delays in iterations. {@link #uniform(Number, Number)} draws from [lo, hi) and truncates, so
 * {@code uniform(0, 4)} gives delays 0 to 3. The largest possible delay sizes the axon automatically.
 */
public final class DelaysBuilder {

    private final String path;
    private final Problems problems;
    private Fill fill;
    private int[] explicit;
    private int constant = -1;
    private int max = -1;
    final Calls calls = new Calls();

    /** The verbs, as a structure description names them. */
    static final List<String> VERBS = List.of("uniform", "constant", "explicit");

    DelaysBuilder(String path, Problems problems) {
        this.path = path;
        this.problems = problems;
    }

    /** Uniform in [lo, hi) then truncated: integer delays {@code lo .. ceil(hi)-1}; needs 0 &le; lo &lt; hi. */
    public DelaysBuilder uniform(Number lo, Number hi) {
        calls.add("uniform", num(lo), num(hi));
        if (!(num(lo) >= 0 && num(lo) < num(hi)) || !Double.isFinite(num(hi))) {
            problems.add(path + ".uniform", "(" + num(lo) + ", " + num(hi) + ") must satisfy 0 <= lo < hi");
            return this;
        }
        if (num(hi) > Check.MAX_ARRAY_LENGTH) {
            problems.add(path + ".uniform", "hi (" + num(hi) + ") must be <= " + Check.MAX_ARRAY_LENGTH
                    + " (delays are iterations an axon keeps in one array)");
            return this;
        }
        Fill[] f = new Fill[1];
        if (!problems.check(path + ".uniform", () -> f[0] = Fill.uniform(num(lo), num(hi)))) {
            return this;
        }
        fill = f[0];
        explicit = null;
        constant = -1;
        max = (int) Math.ceil(num(hi)) - 1;
        return this;
    }

    /** The same delay for every neuron (&ge; 0). */
    public DelaysBuilder constant(int d) {
        calls.add("constant", d);
        if (d < 0) {
            problems.add(path + ".constant", "= " + d + ", must be >= 0");
            return this;
        }
        constant = d;
        fill = null;
        explicit = null;
        max = d;
        return this;
    }

    /** One delay per neuron (each &ge; 0). */
    public DelaysBuilder explicit(int... delays) {
        if (delays == null) {
            problems.add(path + ".explicit", "delays must not be null");
            return this;
        }
        calls.add("explicit", delays);
        int m = 0;
        for (int i = 0; i < delays.length; i++) {
            if (delays[i] < 0) {
                problems.add(path + ".explicit", "delay[" + i + "] = " + delays[i] + ", must be >= 0");
                return this;
            }
            m = Math.max(m, delays[i]);
        }
        explicit = delays.clone();
        fill = null;
        constant = -1;
        max = m;
        return this;
    }

    /** Replays one call of a structure description. */
    void replay(Replay r) {
        switch (r.verb) {
            case "uniform" -> uniform(r.arity(2).num(1), r.num(2));
            case "constant" -> constant(r.arity(1).integer(1));
            case "explicit" -> explicit(r.arity(1).ints(1));
            default -> throw Replay.unknown(r.verb, VERBS);
        }
    }

    int max() {
        return max;
    }

    int count() {
        return explicit == null ? -1 : explicit.length;
    }

    boolean given() {
        return fill != null || explicit != null || constant >= 0;
    }

    DelayInitializer build(boolean destination) {
        DelayInitializer d = explicit != null ? DelayInitializer.explicit(explicit)
                : constant >= 0 ? DelayInitializer.constant(constant) : DelayInitializer.of(fill);
        return destination ? d.destination() : d;
    }
}
