package io.conex4j.core.behaviors.neuron;

import io.conex4j.core.runtime.Check;
import io.conex4j.core.runtime.Fill;
import java.util.Map;
import java.util.TreeMap;

/**
 * Named parameters of the LIF family, each checked (as float32) when it is given: {@code LIF.builder()},
 * {@code ELIF.builder()} or {@code AELIF.builder()}, then setters, then {@link #build()}, which checks the whole
 * (threshold above vReset). Units: ms, mV, MOhm, nA. Defaults: tau 20 ms, R 1 MOhm, threshold -52 mV,
 * vReset -65 mV, vRest -65 mV, refractory 0 ms; ELIF adds delta 2 mV and thetaRh -55 mV; AELIF adds alpha
 * 0 nA/mV, beta 0 nA and wTau 100 ms. Setting a parameter the model does not have is an error. The voltage starts at
 * vRest unless {@link #initialVoltage} says otherwise (CoNeX starts at 0 mV); {@link #thresholds} gives each neuron
 * its own threshold.
 *
 * @param <T> the model built
 */
public final class LifBuilder<T extends LIF> {

    /** Which member of the family is built. */
    enum Kind { LIF, ELIF, AELIF }

    private final Kind kind;
    private final Map<String, Double> given = new TreeMap<>();
    private double tau = 20;
    private double r = 1;
    private double threshold = -52;
    private double vReset = -65;
    private double vRest = -65;
    private double refractory = 0;
    private double delta = 2;
    private double thetaRh = -55;
    private double alpha = 0;
    private double beta = 0;
    private double wTau = 100;
    private Fill initialVoltage;
    private float[] thresholds;

    LifBuilder(Kind kind) {
        this.kind = kind;
    }

    private String who() {
        return kind.name();
    }

    private double finite(String name, double v) {
        Check.finite(who(), name, v);
        given.put(name, v);
        return v;
    }

    private void needs(Kind least, String name) {
        if (kind.ordinal() < least.ordinal()) {
            throw new IllegalArgumentException(who() + ": has no parameter " + name + "; it belongs to "
                    + (least == Kind.ELIF ? "ELIF and AELIF" : "AELIF"));
        }
    }

    /** Membrane time constant in ms (&gt; 0). */
    public LifBuilder<T> tau(double ms) {
        Check.positive(who(), "tau", ms);
        tau = ms;
        given.put("tau", ms);
        return this;
    }

    /** Membrane resistance in MOhm. */
    public LifBuilder<T> r(double megaOhm) {
        r = finite("R", megaOhm);
        return this;
    }

    /** Firing threshold in mV (above vReset). */
    public LifBuilder<T> threshold(double mV) {
        threshold = finite("threshold", mV);
        return this;
    }

    /** Reset potential in mV. */
    public LifBuilder<T> vReset(double mV) {
        vReset = finite("vReset", mV);
        return this;
    }

    /** Resting potential in mV, also the initial potential. */
    public LifBuilder<T> vRest(double mV) {
        vRest = finite("vRest", mV);
        return this;
    }

    /** Refractory period in ms (&ge; 0). */
    public LifBuilder<T> refractory(double ms) {
        Check.nonNegative(who(), "refractory", ms);
        refractory = ms;
        given.put("refractory", ms);
        return this;
    }

    /** Sharpness of the exponential term in mV (&gt; 0); ELIF and AELIF. */
    public LifBuilder<T> delta(double mV) {
        needs(Kind.ELIF, "delta");
        Check.positive(who(), "delta", mV);
        delta = mV;
        given.put("delta", mV);
        return this;
    }

    /** Rheobase threshold in mV; ELIF and AELIF. */
    public LifBuilder<T> thetaRh(double mV) {
        needs(Kind.ELIF, "thetaRh");
        thetaRh = finite("thetaRh", mV);
        return this;
    }

    /** Subthreshold adaptation coupling in nA/mV; AELIF. */
    public LifBuilder<T> alpha(double nAPerMv) {
        needs(Kind.AELIF, "alpha");
        alpha = finite("alpha", nAPerMv);
        return this;
    }

    /** Adaptation jump per spike in nA; AELIF. */
    public LifBuilder<T> beta(double nA) {
        needs(Kind.AELIF, "beta");
        beta = finite("beta", nA);
        return this;
    }

    /** Adaptation time constant in ms (&gt; 0); AELIF. */
    public LifBuilder<T> wTau(double ms) {
        needs(Kind.AELIF, "wTau");
        Check.positive(who(), "wTau", ms);
        wTau = ms;
        given.put("wTau", ms);
        return this;
    }

    /** Every neuron starts at {@code mV} instead of vRest (CoNeX's default start is 0 mV). */
    public LifBuilder<T> initialVoltage(double mV) {
        return initialVoltage(Fill.constant(Check.finite(who(), "initialVoltage", mV)));
    }

    /**
     * The initial voltages (mV) come from {@code fill} (a CoNeX mode such as {@code "normal(-65, 2)"}, or
     * {@link Fill#function} for explicit values); each must be finite, which initialize checks.
     */
    public LifBuilder<T> initialVoltage(Fill fill) {
        initialVoltage = Check.notNull("LifBuilder", "initialVoltage", fill);
        return this;
    }

    /**
     * One firing threshold per neuron, mV (copied; the group must have as many neurons, checked at initialize);
     * each finite and above vReset, checked by {@link #build()}. Replaces {@link #threshold}.
     */
    public LifBuilder<T> thresholds(float... mV) {
        for (int i = 0; i < mV.length; i++) {
            Check.finite(who(), "thresholds[" + i + "]", mV[i]);
        }
        if (mV.length == 0) {
            throw new IllegalArgumentException(who() + ": thresholds is empty; give one per neuron");
        }
        thresholds = mV.clone();
        return this;
    }

    /** The values given so far, by name (for descriptions and messages). */
    public Map<String, Double> given() {
        return new TreeMap<>(given);
    }

    /**
     * The model.
     *
     * @throws IllegalArgumentException if the threshold is not above vReset (as float32)
     */
    @SuppressWarnings("unchecked")
    public T build() {
        double t = threshold;
        if (thresholds != null) {
            t = Double.POSITIVE_INFINITY;
            for (int i = 0; i < thresholds.length; i++) {
                if (!(thresholds[i] > (float) vReset)) {
                    throw new IllegalArgumentException(who() + ": thresholds[" + i + "] (" + thresholds[i]
                            + " mV) must be above vReset (" + (float) vReset + " mV)");
                }
                t = Math.min(t, thresholds[i]);
            }
        }
        LIF.Start start = new LIF.Start(initialVoltage, thresholds == null ? null : thresholds.clone());
        return (T) switch (kind) {
            case LIF -> new LIF("LIF", tau, r, t, vReset, vRest, refractory, start);
            case ELIF -> new ELIF("ELIF", tau, r, t, vReset, vRest, refractory, delta, thetaRh, start);
            case AELIF -> new AELIF(tau, r, t, vReset, vRest, refractory, delta, thetaRh, alpha, beta, wTau, start);
        };
    }
}
