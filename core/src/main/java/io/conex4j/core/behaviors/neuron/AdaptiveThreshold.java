package io.conex4j.core.behaviors.neuron;

import io.conex4j.core.runtime.Behavior;
import io.conex4j.core.runtime.DataFlow;
import io.conex4j.core.runtime.NeuronGroup;
import io.conex4j.core.runtime.Priorities;
import io.conex4j.core.runtime.StateKey;
import io.conex4j.core.runtime.StateScope;
import io.conex4j.core.runtime.Stateful;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Diehl and Cook's adaptive threshold: each neuron's firing {@link NeuronGroup#THRESHOLD threshold} is its base
 * threshold plus {@link #THETA theta} (mV), which rises by {@code thetaPlus} with each of the neuron's spikes and
 * decays toward 0 with the time constant {@code tauTheta} (ms). Each iteration, after firing:
 * {@code theta <- theta * exp(-dt / tauTheta)}, then {@code theta <- theta + thetaPlus} where the neuron spiked,
 * in double; then {@code threshold = float32(base + theta)}. A neuron that fires a lot needs more input to fire
 * again, so one neuron cannot take every input.
 *
 * <p>The base is each neuron's threshold at initialize (as the neuron model created it). A change another behavior
 * makes to the threshold between two iterations of this one (a homeostasis) is added to the base, so both
 * adaptations compose instead of one overwriting the other. Theta starts at 0 and is saved with the network (and
 * readable by others as {@link #THETA}); the base is saved too. Disabling the behavior
 * ({@code network.setEnabled("AdaptiveThreshold", false)}) holds every threshold where it is, as for the labelling
 * and testing of Diehl and Cook's network. Priority 342: after {@link Fire} (340) and ActivityBaseHomeostasis (341).
 */
public final class AdaptiveThreshold extends Behavior<NeuronGroup> implements Stateful {

    /** Each neuron's threshold increase theta in mV, a double per neuron. Saved. */
    public static final StateKey<double[]> THETA = StateKey.of("theta", double[].class,
            "add an AdaptiveThreshold to the group");

    private static final String WHO = "AdaptiveThreshold";

    private final double thetaPlus;
    private final double tauTheta;
    private double[] theta;
    private float[] base;
    private float[] written;
    private float[] thresholds;
    private float decayDt = Float.NaN;
    private double decay;

    /**
     * An adaptive threshold.
     *
     * @param thetaPlus the rise of theta per spike, mV, finite and &ge; 0
     * @param tauTheta the decay time constant of theta, ms, finite and &gt; 0 ({@code Double.MAX_VALUE}: no decay)
     * @throws IllegalArgumentException naming the parameter, its value and the allowed range
     */
    public AdaptiveThreshold(double thetaPlus, double tauTheta) {
        super(Priorities.ADAPTIVE_THRESHOLD);
        if (!(thetaPlus >= 0 && Double.isFinite(thetaPlus))) {
            throw new IllegalArgumentException(WHO + ": thetaPlus (" + thetaPlus
                    + ") must be finite and >= 0 (mV per spike)");
        }
        if (!(tauTheta > 0 && Double.isFinite(tauTheta))) {
            throw new IllegalArgumentException(WHO + ": tauTheta (" + tauTheta + ") must be finite and > 0 (ms)");
        }
        this.thetaPlus = thetaPlus;
        this.tauTheta = tauTheta;
    }

    /** The rise of theta per spike, mV. */
    public double thetaPlus() {
        return thetaPlus;
    }

    /** The decay time constant of theta, ms. */
    public double tauTheta() {
        return tauTheta;
    }

    /** thetaPlus (mV) and tauTheta (ms). */
    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("thetaPlus", thetaPlus);
        m.put("tauTheta", tauTheta);
        return m;
    }

    @Override
    public void declare(NeuronGroup g, DataFlow flow) {
        flow.reads(g, NeuronGroup.SPIKES).readsLatest(g, NeuronGroup.THRESHOLD).writes(g, NeuronGroup.THRESHOLD)
                .creates(g, THETA).writes(g, THETA);
    }

    @Override
    public void initialize(NeuronGroup g) {
        float[] t = g.thresholds();
        if (t == null) {
            throw new IllegalStateException(name() + " on neurons " + g.name() + ": no threshold to adapt; add a"
                    + " neuron model (LIF, ELIF, AELIF) to the group");
        }
        int n = g.size();
        theta = new double[n];
        base = t.clone();
        written = t.clone();
        thresholds = t;
        decayDt = Float.NaN;
        g.put(THETA, theta);
    }

    @Override
    public void forward(NeuronGroup g) {
        float dt = g.network().dt();
        if (dt != decayDt) {
            decay = StrictMath.exp(-dt / tauTheta);
            decayDt = dt;
        }
        boolean[] spikes = g.spikes();
        double k = decay;
        for (int i = 0; i < theta.length; i++) {
            float now = thresholds[i];
            if (now != written[i]) {
                base[i] += now - written[i];
            }
            double th = theta[i] * k;
            if (spikes[i]) {
                th += thetaPlus;
            }
            theta[i] = th;
            float t = (float) (base[i] + th);
            thresholds[i] = t;
            written[i] = t;
        }
    }

    /** Each neuron's base threshold (mV): its threshold without theta; a copy (null before initialize). */
    public float[] baseThresholds() {
        return base == null ? null : base.clone();
    }

    @Override
    public void saveState(StateScope scope) {
        scope.put("base", base);
        scope.put("written", written);
    }

    @Override
    public void restoreState(StateScope scope) {
        float[] b = scope.floats("base", base.length);
        float[] w = scope.floats("written", written.length);
        System.arraycopy(b, 0, base, 0, b.length);
        System.arraycopy(w, 0, written, 0, w.length);
    }
}
