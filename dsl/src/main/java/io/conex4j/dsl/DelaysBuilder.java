package io.conex4j.dsl;

import static io.conex4j.dsl.Numbers.num;

import io.conex4j.core.behaviors.synapse.DelayInitializer;
import io.conex4j.core.runtime.Fill;

/**
 * Per-neuron delays in iterations. {@link #uniform(Number, Number)} draws from [lo, hi) and truncates, so
 * {@code uniform(0, 4)} gives delays 0 to 3. The largest possible delay sizes the axon automatically.
 */
public final class DelaysBuilder {

    private final String path;
    private final Problems problems;
    private Fill fill;
    private int[] explicit;
    private int max = -1;

    DelaysBuilder(String path, Problems problems) {
        this.path = path;
        this.problems = problems;
    }

    /** Uniform in [lo, hi) then truncated: integer delays {@code lo .. ceil(hi)-1}; needs 0 &le; lo &lt; hi. */
    public DelaysBuilder uniform(Number lo, Number hi) {
        if (!(num(lo) >= 0 && num(lo) < num(hi)) || !Double.isFinite(num(hi))) {
            problems.add(path + ".uniform", "(" + num(lo) + ", " + num(hi) + ") must satisfy 0 <= lo < hi");
            return this;
        }
        fill = Fill.uniform(num(lo), num(hi));
        explicit = null;
        max = (int) Math.ceil(num(hi)) - 1;
        return this;
    }

    /** The same delay for every neuron (&ge; 0). */
    public DelaysBuilder constant(int d) {
        if (d < 0) {
            problems.add(path + ".constant", "= " + d + ", must be >= 0");
            return this;
        }
        fill = Fill.constant(d);
        explicit = null;
        max = d;
        return this;
    }

    /** One delay per neuron (each &ge; 0). */
    public DelaysBuilder explicit(int... delays) {
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
        max = m;
        return this;
    }

    int max() {
        return max;
    }

    int count() {
        return explicit == null ? -1 : explicit.length;
    }

    boolean given() {
        return fill != null || explicit != null;
    }

    DelayInitializer build(boolean destination) {
        DelayInitializer d = explicit != null ? DelayInitializer.explicit(explicit) : DelayInitializer.of(fill);
        return destination ? d.destination() : d;
    }
}
