package io.conex4j.core.behaviors.neuron;

import io.conex4j.core.random.RandomSource;
import io.conex4j.core.runtime.Behavior;
import io.conex4j.core.runtime.DataFlow;
import io.conex4j.core.runtime.NeuronGroup;
import io.conex4j.core.runtime.Priorities;
import io.conex4j.core.runtime.StateScope;
import io.conex4j.core.runtime.Stateful;
import io.conex4j.core.runtime.Check;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Poisson spike source: each iteration neuron i spikes with probability {@code rate[i] * dt / 1000}
 * (rates in Hz, dt in ms), drawn from the network's seeded random source. Rates can be changed between
 * iterations with {@link #setRates}. Priority 340 (it takes the place of firing).
 */
public final class PoissonInput extends Behavior<NeuronGroup> implements Stateful {

    private final float[] rates;
    private float[] draws;

    /** One rate per neuron, in Hz (finite, &ge; 0, at most 1000/dt). */
    public PoissonInput(float[] ratesHz) {
        super(Priorities.FIRE);
        this.rates = ratesHz.clone();
        checkRates(this.rates);
    }

    /** The same rate (Hz; finite and &ge; 0 as a float32) for all {@code size} (&ge; 1) neurons. */
    public static PoissonInput uniform(int size, double rateHz) {
        if (size < 1) {
            throw new IllegalArgumentException("PoissonInput: size (" + size + ") must be >= 1 (one rate per neuron)");
        }
        float rate = Check.nonNegative("PoissonInput", "rate", rateHz);
        Check.fitsInHeap("PoissonInput", "rates of " + size + " neurons", 8L * size, 8, "neurons");
        float[] r = new float[size];
        Arrays.fill(r, rate);
        return new PoissonInput(r);
    }

    /**
     * The number of neurons and their rate in Hz ({@code rate} when all are equal, else {@code minRate} and
     * {@code maxRate}); the current rates, which {@link #setRates} changes.
     */
    @Override
    public Map<String, Object> parameters() {
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        for (float r : rates) {
            min = Math.min(min, r);
            max = Math.max(max, r);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("neurons", (long) rates.length);
        if (rates.length > 0 && min == max) {
            m.put("rate", (double) min);
        } else if (rates.length > 0) {
            m.put("minRate", (double) min);
            m.put("maxRate", (double) max);
        }
        return m;
    }

    private static void checkRates(float[] r) {
        for (int i = 0; i < r.length; i++) {
            if (!(r[i] >= 0) || !Float.isFinite(r[i])) {
                throw new IllegalArgumentException("PoissonInput: rate[" + i + "] (" + r[i]
                        + " Hz) must be finite and >= 0");
            }
        }
    }

    /** Replaces the rates (Hz), e.g. to present another input pattern. */
    public void setRates(float[] ratesHz) {
        if (ratesHz.length != rates.length) {
            throw new IllegalArgumentException("PoissonInput: " + ratesHz.length + " rates given for " + rates.length
                    + " neurons");
        }
        checkRates(ratesHz);
        System.arraycopy(ratesHz, 0, rates, 0, rates.length);
    }

    @Override
    public void declare(NeuronGroup g, DataFlow flow) {
        flow.writes(g, NeuronGroup.SPIKES);
    }

    @Override
    public void initialize(NeuronGroup g) {
        if (rates.length != g.size()) {
            throw new IllegalArgumentException("PoissonInput on neurons " + g.name() + ": " + rates.length
                    + " rates for " + g.size() + " neurons");
        }
        float maxRate = 1000f / g.network().dt();
        for (int i = 0; i < rates.length; i++) {
            if (rates[i] > maxRate) {
                throw new IllegalArgumentException("PoissonInput on neurons " + g.name() + ": rate[" + i + "] ("
                        + rates[i] + " Hz) exceeds 1000/dt = " + maxRate + " Hz");
            }
        }
        draws = new float[g.size()];
    }

    @Override
    public void saveState(StateScope scope) {
        scope.put("rates", rates);
    }

    @Override
    public void restoreState(StateScope scope) {
        float[] r = scope.floats("rates", rates.length);
        for (float x : r) {
            if (!(x >= 0) || !Float.isFinite(x)) {
                throw scope.bad("rates", "has " + x + " Hz; rates must be finite and >= 0");
            }
        }
        System.arraycopy(r, 0, rates, 0, r.length);
    }

    @Override
    public void forward(NeuronGroup g) {
        RandomSource rng = g.network().random();
        rng.uniform(draws, 0, draws.length);
        float scale = g.network().dt() / 1000f;
        boolean[] spikes = g.spikes();
        for (int i = 0; i < spikes.length; i++) {
            spikes[i] = draws[i] < rates[i] * scale;
        }
    }
}
