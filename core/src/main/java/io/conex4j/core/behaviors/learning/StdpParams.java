package io.conex4j.core.behaviors.learning;

import io.conex4j.core.runtime.Check;
import io.conex4j.core.storage.TraceRule;

/**
 * Parameters of the trace STDP rules (CoNeX's SimpleSTDP family): a pre-synaptic spike depresses by
 * {@code aMinus * postTrace * negativeBound(w)}, a post-synaptic spike potentiates by
 * {@code aPlus * preTrace * positiveBound(w)}; weights are unitless. The limits {@code [wMin, wMax]} feed the
 * bounds; when {@link #clamped()} they are also enforced where the rule acts, right after its update (Diehl and
 * Cook's {@code w = clip(w + dw, 0, wMax)} at each spike): the matrix, sparse and one-to-one rules clamp every
 * weight of a spiking source or destination, the convolutional and local rules every weight they change; no
 * other weight is visited. Without clamping, use WeightClip to enforce the limits (every weight, every
 * iteration).
 *
 * @param aPlus potentiation rate
 * @param aMinus depression rate
 * @param wMin lower weight limit for the bounds
 * @param wMax upper weight limit for the bounds
 * @param positiveBound bound applied to potentiation
 * @param negativeBound bound applied to depression
 * @param clamped whether every changed weight is clamped into {@code [wMin, wMax]} after its update
 */
public record StdpParams(float aPlus, float aMinus, float wMin, float wMax, Bound positiveBound,
        Bound negativeBound, boolean clamped) implements TraceRule {

    /** Checks every value: finite rates, finite {@code wMin < wMax} with a finite range, non-null bounds. */
    public StdpParams {
        Check.finite("STDP", "aPlus", aPlus);
        Check.finite("STDP", "aMinus", aMinus);
        Check.interval("STDP", "wMin", wMin, "wMax", wMax);
        if (!Float.isFinite(wMax - wMin)) {
            throw new IllegalArgumentException("STDP: the weight range wMax - wMin (" + wMax + " - " + wMin
                    + ") must be finite as a float32 (<= " + Float.MAX_VALUE + "); the bounds multiply by it");
        }
        Check.notNull("StdpParams", "positiveBound", positiveBound);
        Check.notNull("StdpParams", "negativeBound", negativeBound);
    }

    /** Without clamping; see the canonical constructor. */
    public StdpParams(float aPlus, float aMinus, float wMin, float wMax, Bound positiveBound, Bound negativeBound) {
        this(aPlus, aMinus, wMin, wMax, positiveBound, negativeBound, false);
    }

    /** Rates with CoNeX's defaults: limits [0, 1], no bounds. */
    public static StdpParams of(double aPlus, double aMinus) {
        return new StdpParams(Check.finite("STDP", "aPlus", aPlus), Check.finite("STDP", "aMinus", aMinus), 0f, 1f,
                Bound.NONE, Bound.NONE);
    }

    /** CoNeX's defaults: rates 0.01, limits [0, 1], no bounds. */
    public static StdpParams defaults() {
        return of(0.01, 0.01);
    }

    /** The same with another potentiation rate. */
    public StdpParams aPlus(double a) {
        return new StdpParams(Check.finite("STDP", "aPlus", a), aMinus, wMin, wMax, positiveBound, negativeBound,
                clamped);
    }

    /** The same with another depression rate. */
    public StdpParams aMinus(double a) {
        return new StdpParams(aPlus, Check.finite("STDP", "aMinus", a), wMin, wMax, positiveBound, negativeBound,
                clamped);
    }

    /** Soft bounds {@code (w - wMin)(wMax - w)} on potentiation and depression, with these limits. */
    public StdpParams softBound(double lo, double hi) {
        return limits(lo, hi).bounds(Bound.SOFT, Bound.SOFT);
    }

    /** Hard bounds (no change outside {@code (wMin, wMax)}) on potentiation and depression, with these limits. */
    public StdpParams hardBound(double lo, double hi) {
        return limits(lo, hi).bounds(Bound.HARD, Bound.HARD);
    }

    /** The same with other weight limits. */
    public StdpParams limits(double wMin, double wMax) {
        Check.interval("STDP", "wMin", wMin, "wMax", wMax);
        return new StdpParams(aPlus, aMinus, (float) wMin, (float) wMax, positiveBound, negativeBound, clamped);
    }

    /** The same with other bounds. */
    public StdpParams bounds(Bound positive, Bound negative) {
        return new StdpParams(aPlus, aMinus, wMin, wMax, positive, negative, clamped);
    }

    /**
     * The same with the limits {@code [lo, hi]} enforced where the rule acts (see the class comment), as Diehl and
     * Cook's {@code w = clip(w + dw, 0, wMax)}; the bounds stay as they are.
     */
    public StdpParams clamp(double lo, double hi) {
        return limits(lo, hi).clamped(true);
    }

    /** The same with clamping on or off (the limits stay). */
    public StdpParams clamped(boolean on) {
        return new StdpParams(aPlus, aMinus, wMin, wMax, positiveBound, negativeBound, on);
    }

    /** Potentiation of a weight {@code w} given the pre-synaptic trace. */
    @Override
    public float plus(float preTrace, float w) {
        return preTrace * aPlus * positiveBound.factor(w, wMin, wMax);
    }

    /** Depression of a weight {@code w} given the post-synaptic trace. */
    @Override
    public float minus(float postTrace, float w) {
        return postTrace * aMinus * negativeBound.factor(w, wMin, wMax);
    }

    /** {@code w} clamped into {@code [wMin, wMax]} when {@link #clamped()}, else {@code w} unchanged. */
    @Override
    public float settle(float w) {
        if (!clamped) {
            return w;
        }
        return w < wMin ? wMin : (w > wMax ? wMax : w);
    }
}
