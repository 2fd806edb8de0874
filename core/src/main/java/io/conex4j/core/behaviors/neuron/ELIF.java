package io.conex4j.core.behaviors.neuron;

import io.conex4j.core.runtime.Check;
import java.util.Map;

/**
 * Exponential LIF (CoNeX's ELIF): {@code tau * dv/dt = -(v - vRest) + delta * exp((v - thetaRh) / delta)
 * + R * I}; {@code delta} is the sharpness (mV) and {@code thetaRh} the rheobase threshold (mV). Far above
 * {@code thetaRh} the exponential overflows float32: where CoNeX's voltage becomes +inf (and NaN at the next step
 * unless Fire resets it), the voltage stays at the largest finite float, which every threshold lies below, so the
 * neuron fires and is reset exactly as in CoNeX and never turns NaN.
 */
public class ELIF extends LIF {

    /** Named parameters with units and defaults, each checked as given; see {@link LifBuilder}. */
    public static LifBuilder<? extends ELIF> builder() {
        return new LifBuilder<>(LifBuilder.Kind.ELIF);
    }

    /** Sharpness, mV. */
    protected final float delta;
    /** Rheobase threshold, mV. */
    protected final float thetaRh;

    /** An exponential LIF; the LIF parameters plus {@code delta} (&gt; 0) and {@code thetaRh}. */
    public ELIF(double tau, double r, double threshold, double vReset, double vRest, double refractory,
            double delta, double thetaRh) {
        this("ELIF", tau, r, threshold, vReset, vRest, refractory, delta, thetaRh);
    }

    /** For subclasses. */
    protected ELIF(String who, double tau, double r, double threshold, double vReset, double vRest,
            double refractory, double delta, double thetaRh) {
        this(who, tau, r, threshold, vReset, vRest, refractory, delta, thetaRh, Start.DEFAULT);
    }

    ELIF(String who, double tau, double r, double threshold, double vReset, double vRest, double refractory,
            double delta, double thetaRh, Start start) {
        super(who, tau, r, threshold, vReset, vRest, refractory, start);
        this.delta = Check.positive(who, "delta", delta);
        this.thetaRh = Check.finite(who, "thetaRh", thetaRh);
    }

    /** The LIF parameters plus delta and thetaRh (mV). */
    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> m = super.parameters();
        m.put("delta", (double) delta);
        m.put("thetaRh", (double) thetaRh);
        return m;
    }

    @Override
    protected float dv(int i, float v, float current) {
        return super.dv(i, v, current) + delta * (float) StrictMath.exp((v - thetaRh) / delta);
    }

    /** An overflowed voltage is kept at the largest finite float of its sign (see the class comment). */
    @Override
    protected float settle(float v) {
        return Float.isInfinite(v) ? Math.copySign(Float.MAX_VALUE, v) : v;
    }
}
