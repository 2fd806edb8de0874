package io.conex4j.core.behaviors.neuron;

import io.conex4j.core.runtime.Behavior;
import io.conex4j.core.runtime.Check;
import io.conex4j.core.runtime.DataFlow;
import io.conex4j.core.runtime.Fill;
import io.conex4j.core.runtime.NeuronGroup;
import io.conex4j.core.runtime.Priorities;
import io.conex4j.core.runtime.StateScope;
import io.conex4j.core.runtime.Stateful;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Leaky integrate-and-fire dynamics with CoNeX's parameters (units: ms, mV, MOhm, nA):
 * {@code tau * dv/dt = -(v - vRest) + R * I}, one explicit Euler step of {@code dt} (read from the network on every
 * step) per iteration. Neurons within {@code refractory} ms of their last spike do not integrate. Creates the
 * group's per-neuron firing {@link NeuronGroup#THRESHOLD threshold} (one value, or one per neuron), sets its
 * reset for {@link Fire} and publishes its {@link MembraneConstants}. Voltages start at {@code vRest} unless an
 * initial voltage is given (CoNeX starts at 0 mV); the initial spikes are {@code v >= threshold}, as in CoNeX.
 * Subclasses add terms to {@link #dv}. Priority 260.
 */
public class LIF extends Behavior<NeuronGroup> implements Stateful {

    /** Named parameters with units and defaults, each checked as given; see {@link LifBuilder}. */
    public static LifBuilder<? extends LIF> builder() {
        return new LifBuilder<>(LifBuilder.Kind.LIF);
    }

    /** How a model starts: its initial voltage (null: vRest) and per-neuron thresholds (null: {@code threshold}). */
    record Start(Fill initialVoltage, float[] thresholds) {
        static final Start DEFAULT = new Start(null, null);
    }

    /** Membrane time constant, ms. */
    protected final float tau;
    /** Membrane resistance, MOhm. */
    protected final float r;
    /** Firing threshold, mV (every neuron's unless thresholds per neuron were given). */
    protected final float threshold;
    /** Reset potential, mV. */
    protected final float vReset;
    /** Resting potential, mV. */
    protected final float vRest;
    /** Refractory period, ms. */
    protected final float refractory;
    private final Start start;
    private float[] sinceSpike;

    /** A LIF neuron; see {@link #builder()} for named parameters. */
    public LIF(double tau, double r, double threshold, double vReset, double vRest, double refractory) {
        this("LIF", tau, r, threshold, vReset, vRest, refractory);
    }

    /** For subclasses: the same parameters, errors naming {@code who}. */
    protected LIF(String who, double tau, double r, double threshold, double vReset, double vRest,
            double refractory) {
        this(who, tau, r, threshold, vReset, vRest, refractory, Start.DEFAULT);
    }

    LIF(String who, double tau, double r, double threshold, double vReset, double vRest, double refractory,
            Start start) {
        super(Priorities.NEURON_DYNAMICS);
        this.tau = Check.positive(who, "tau", tau);
        this.r = Check.finite(who, "R", r);
        Check.interval(who, "vReset", vReset, "threshold", threshold);
        this.threshold = (float) threshold;
        this.vReset = (float) vReset;
        this.vRest = Check.finite(who, "vRest", vRest);
        this.refractory = Check.nonNegative(who, "refractory", refractory);
        this.start = start;
    }

    @Override
    public void declare(NeuronGroup g, DataFlow flow) {
        flow.reads(g, NeuronGroup.CURRENT).writes(g, NeuronGroup.VOLTAGE).creates(g, NeuronGroup.THRESHOLD)
                .creates(g, MembraneConstants.KEY);
    }

    /**
     * tau, R, threshold, vReset, vRest and refractory (ms, MOhm, mV) as stored (float32), and the initial voltage
     * and per-neuron thresholds when given.
     */
    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tau", (double) tau);
        m.put("R", (double) r);
        m.put("threshold", start.thresholds() == null ? (Object) (double) threshold
                : start.thresholds().length + " values per neuron");
        m.put("vReset", (double) vReset);
        m.put("vRest", (double) vRest);
        m.put("refractory", (double) refractory);
        if (start.initialVoltage() != null) {
            m.put("initialVoltage", start.initialVoltage().toString());
        }
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
        int n = g.size();
        float[] t = new float[n];
        if (start.thresholds() == null) {
            Arrays.fill(t, threshold);
        } else if (start.thresholds().length != n) {
            throw new IllegalArgumentException(name() + " on neurons " + g.name() + ": " + start.thresholds().length
                    + " thresholds for " + n + " neurons; give one per neuron");
        } else {
            System.arraycopy(start.thresholds(), 0, t, 0, n);
        }
        float[] v0 = new float[n];
        if (start.initialVoltage() == null) {
            Arrays.fill(v0, vRest);
        } else {
            start.initialVoltage().fill(v0, 0, n, g.network().random());
            for (int i = 0; i < n; i++) {
                if (!Float.isFinite(v0[i])) {
                    throw new IllegalArgumentException(name() + " on neurons " + g.name() + ": initial voltage "
                            + v0[i] + " of neuron " + i + " (from " + start.initialVoltage() + ") must be finite");
                }
            }
        }
        g.setFiring(t, vReset);
        System.arraycopy(v0, 0, g.voltage(), 0, n);
        boolean[] spikes = g.spikes();
        for (int i = 0; i < n; i++) {
            spikes[i] = v0[i] >= t[i];
        }
        g.put(MembraneConstants.KEY, new MembraneConstants(tau, r, vRest));
        sinceSpike = new float[n];
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

    /** The voltage after a step, as kept (ELIF keeps it finite); by default unchanged. */
    protected float settle(float v) {
        return v;
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
                v[i] = settle(v[i] + dv(i, v[i], current[i]) * k);
            }
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
