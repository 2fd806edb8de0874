package io.conex4j.dsl;

import io.conex4j.core.behaviors.learning.Bound;
import io.conex4j.core.behaviors.learning.StdpParams;

/**
 * Trace STDP parameters: rates {@code aPlus}, {@code aMinus} and bounds. Defaults: aPlus 0.01, aMinus 0.01,
 * limits [0, 1], no bounds. The rule matching the weights (dense, sparse, one-to-one, convolutional, local)
 * is chosen automatically.
 */
public final class StdpBuilder {

    private final String path;
    private final Problems problems;
    private double aPlus = 0.01;
    private double aMinus = 0.01;
    private double wMin = 0;
    private double wMax = 1;
    private Bound positive = Bound.NONE;
    private Bound negative = Bound.NONE;

    StdpBuilder(String path, Problems problems) {
        this.path = path;
        this.problems = problems;
    }

    /** Potentiation rate (finite). */
    public StdpBuilder aPlus(double a) {
        if (!Double.isFinite(a)) {
            problems.add(path + ".aPlus", "= " + a + ", must be finite");
        }
        aPlus = a;
        return this;
    }

    /** Depression rate (finite). */
    public StdpBuilder aMinus(double a) {
        if (!Double.isFinite(a)) {
            problems.add(path + ".aMinus", "= " + a + ", must be finite");
        }
        aMinus = a;
        return this;
    }

    private void limits(double lo, double hi) {
        if (!(lo < hi) || !Double.isFinite(lo) || !Double.isFinite(hi)) {
            problems.add(path + ".bounds", "wMin = " + lo + " must be < wMax = " + hi + ", both finite");
        }
        wMin = lo;
        wMax = hi;
    }

    /** Soft bounds {@code (w - wMin)(wMax - w)} on both potentiation and depression. */
    public StdpBuilder softBound(double lo, double hi) {
        limits(lo, hi);
        positive = Bound.SOFT;
        negative = Bound.SOFT;
        return this;
    }

    /** Hard bounds (no change outside {@code (wMin, wMax)}) on both. */
    public StdpBuilder hardBound(double lo, double hi) {
        limits(lo, hi);
        positive = Bound.HARD;
        negative = Bound.HARD;
        return this;
    }

    /** Separate bounds for potentiation and depression, with limits. */
    public StdpBuilder bounds(Bound positiveBound, Bound negativeBound, double lo, double hi) {
        limits(lo, hi);
        positive = positiveBound;
        negative = negativeBound;
        return this;
    }

    StdpParams build() {
        return new StdpParams((float) aPlus, (float) aMinus, (float) wMin, (float) wMax, positive, negative);
    }
}
