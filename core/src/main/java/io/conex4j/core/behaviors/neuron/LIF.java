package io.conex4j.core.behaviors.neuron;

import io.conex4j.core.runtime.StateScope;
import io.conex4j.core.runtime.Stateful;
import io.conex4j.core.runtime.Behavior;
import io.conex4j.core.runtime.DataFlow;
import io.conex4j.core.runtime.Check;
import io.conex4j.core.runtime.NeuronGroup;
import io.conex4j.core.runtime.Priorities;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Leaky integrate-and-fire dynamics with CoNeX's parameters (units: ms, mV, MOhm, nA):
 * {@code tau * dv/dt = -(v - vRest) + R * I}, one explicit Euler step of {@code dt} per iteration.
 * Neurons within {@code refractory} ms of their last spike do not integrate. Sets the group's firing
 * threshold and reset for {@link Fire}, and its {@link MembraneConstants}. Voltages start at {@code vRest}.
 * Subclasses add terms to {@link #dv}. Priority 260.
 */
public class LIF extends Behavior<NeuronGroup> implements Stateful {

    /** Named parameters with units and defaults, each checked as given; see {@link LifBuilder}. */
    public static LifBuilder<? extends LIF> builder() {
        return new LifBuilder<>(LifBuilder.Kind.LIF);
    }

    /** Membrane time constant, ms. */
    protected final float tau;
    /** Membrane resistance, MOhm. */
    protected final float r;
    /** Firing threshold, mV. */
    protected final float threshold;
    /** Reset potential, mV. */
    protected final float vReset;
    /** Resting potential, mV. */
    protected final float vRest;
    /** Refractory period, ms. */
    protected final float refractory;
    private float[] sinceSpike;

    /** A LIF neuron; see {@link #builder()} for named parameters. */
    public LIF(double tau, double r, double threshold, double vReset, double vRest, double refractory) {
        this("LIF", tau, r, threshold, vReset, vRest, refractory);
    }

    /** For subclasses: the same parameters, errors naming {@code who}. */
    protected LIF(String who, double tau, double r, double threshold, double vReset, double vRest,
            double refractory) {
        super(Priorities.NEURON_DYNAMICS);
        this.tau = Check.positive(who, "tau", tau);
        this.r = Check.finite(who, "R", r);
        Check.interval(who, "vReset", vReset, "threshold", threshold);
        this.threshold = (float) threshold;
        this.vReset = (float) vReset;
        this.vRest = Check.finite(who, "vRest", vRest);
        this.refractory = Check.nonNegative(who, "refractory", refractory);
    }

    @Override
    public void declare(NeuronGroup g, DataFlow flow) {
        flow.reads(g, NeuronGroup.CURRENT).writes(g, NeuronGroup.VOLTAGE).creates(g, MembraneConstants.KEY);
    }

    /** tau, R, threshold, vReset, vRest and refractory (ms, MOhm, mV) as stored (float32). */
    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tau", (double) tau);
        m.put("R", (double) r);
        m.put("threshold", (double) threshold);
        m.put("vReset", (double) vReset);
        m.put("vRest", (double) vRest);
        m.put("refractory", (double) refractory);
        return m;
    }

    /**
     * Checks that one Euler step {@code dt / timeConstant} (both float32) is finite, so that the network's dt
     * and this model's time constant do not overflow together.
     */
    protected final void checkStep(NeuronGroup g, String param, float timeConstant) {
        float dt = g.network().dt();
        if (!Float.isFinite(dt / timeConstant)) {
            throw new IllegalArgumentException(name() + " on neurons " + g.name() + ": dt / " + param + " (" + dt
                    + " / " + timeConstant + " ms) overflows float32; allowed: dt / " + param + " <= "
                    + Float.MAX_VALUE);
        }
    }

    @Override
    public void initialize(NeuronGroup g) {
        checkStep(g, "tau", tau);
        g.setFiring(threshold, vReset);
        g.put(MembraneConstants.KEY, new MembraneConstants(tau, r, vRest));
        Arrays.fill(g.voltage(), vRest);
        sinceSpike = new float[g.size()];
        Arrays.fill(sinceSpike, Float.MAX_VALUE); // "never spiked": stays MAX_VALUE as dt is added (finite, so saved states are)
        initializeExtra(g);
    }

    /** Hook for subclasses' extra state. */
    protected void initializeExtra(NeuronGroup g) {
    }

    /** The voltage derivative times tau (mV): {@code -(v - vRest) + R * I} plus subclass terms. */
    protected float dv(int i, float v, float current) {
        return (vRest - v) + r * current;
    }

    /** Hook run after the voltage step, e.g. for adaptation; {@code spiked} is the last iteration's spike. */
    protected void afterStep(NeuronGroup g, int i, boolean spiked, float dt) {
    }

    @Override
    public void forward(NeuronGroup g) {
        float dt = g.network().dt();
        float[] v = g.voltage();
        float[] current = g.current();
        boolean[] spikes = g.spikes();
        float k = dt / tau;
        for (int i = 0; i < v.length; i++) {
            float since = spikes[i] ? 0f : sinceSpike[i];
            since += dt;
            sinceSpike[i] = since;
            if (since > refractory) {
                v[i] += dv(i, v[i], current[i]) * k;
            }
            afterStep(g, i, spikes[i], dt);
        }
    }

    @Override
    public void saveState(StateScope scope) {
        scope.put("sinceSpike", sinceSpike);
    }

    @Override
    public void restoreState(StateScope scope) {
        float[] since = scope.floats("sinceSpike", sinceSpike.length);
        System.arraycopy(since, 0, sinceSpike, 0, since.length);
    }
}
