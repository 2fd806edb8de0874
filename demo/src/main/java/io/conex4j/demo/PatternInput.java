package io.conex4j.demo;

import io.conex4j.core.runtime.Behavior;
import io.conex4j.core.runtime.NeuronGroup;
import io.conex4j.core.runtime.Priorities;

/**
 * Poisson input that presents {@code patterns} bars in turn, each for {@code period} iterations: the neurons
 * of the current bar fire at {@code onHz}, the others at {@code offHz}. Seeded by the network. Priority 340.
 */
public final class PatternInput extends Behavior<NeuronGroup> {

    private final int patterns;
    private final int period;
    private final float onHz;
    private final float offHz;
    private float[] draws;

    /** {@code patterns} (&ge; 1) bars, each shown for {@code period} (&ge; 1) iterations. */
    public PatternInput(int patterns, int period, double onHz, double offHz) {
        super(Priorities.FIRE);
        if (patterns < 1 || period < 1 || !(onHz >= 0) || !(offHz >= 0)) {
            throw new IllegalArgumentException("PatternInput: patterns (" + patterns + ") and period (" + period
                    + ") must be >= 1 and rates (" + onHz + ", " + offHz + " Hz) >= 0");
        }
        this.patterns = patterns;
        this.period = period;
        this.onHz = (float) onHz;
        this.offHz = (float) offHz;
    }

    /** The pattern shown in iteration {@code t} (1-based). */
    public int patternAt(long t) {
        return (int) (((t - 1) / period) % patterns);
    }

    @Override
    public void initialize(NeuronGroup g) {
        if (g.size() < patterns) {
            throw new IllegalArgumentException("PatternInput on neurons " + g.name() + ": " + patterns
                    + " patterns need at least as many neurons, got " + g.size());
        }
        draws = new float[g.size()];
    }

    @Override
    public void forward(NeuronGroup g) {
        g.network().random().uniform(draws, 0, draws.length);
        int p = patternAt(g.network().iteration());
        int width = g.size() / patterns;
        float scale = g.network().dt() / 1000f;
        float on = onHz * scale;
        float off = offHz * scale;
        boolean[] spikes = g.spikes();
        for (int i = 0; i < spikes.length; i++) {
            spikes[i] = draws[i] < (i / width == p ? on : off);
        }
    }
}
