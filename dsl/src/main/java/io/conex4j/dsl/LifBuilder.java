package io.conex4j.dsl;

import io.conex4j.core.behaviors.neuron.AELIF;
import io.conex4j.core.behaviors.neuron.ELIF;
import io.conex4j.core.behaviors.neuron.LIF;
import io.conex4j.core.runtime.Check;

/**
 * Parameters of the LIF family (units: ms, mV, MOhm, nA). Defaults: tau 20 ms, R 1 MOhm, threshold
 * -52 mV, vReset -65 mV, vRest -65 mV, refractory 0 ms; ELIF adds delta 2 mV and thetaRh -55 mV, AELIF
 * alpha 0, beta 0 nA and wTau 100 ms.
 */
public final class LifBuilder {

    enum Kind { LIF, ELIF, AELIF }

    private final String path;
    private final Problems problems;
    final Kind kind;
    double tau = 20;
    double r = 1;
    double threshold = -52;
    double vReset = -65;
    double vRest = -65;
    double refractory = 0;
    double delta = 2;
    double thetaRh = -55;
    double alpha = 0;
    double beta = 0;
    double wTau = 100;

    LifBuilder(String path, Problems problems, Kind kind) {
        this.path = path;
        this.problems = problems;
        this.kind = kind;
    }

    private double set(String name, double value, boolean positive) {
        problems.check(path + "." + name, () -> {
            if (positive) {
                Check.positive(kind.name(), name, value);
            } else {
                Check.finite(kind.name(), name, value);
            }
        });
        return value;
    }

    /** Membrane time constant in ms (&gt; 0). */
    public LifBuilder tau(double ms) {
        tau = set("tau", ms, true);
        return this;
    }

    /** Membrane resistance in MOhm. */
    public LifBuilder r(double megaOhm) {
        r = set("R", megaOhm, false);
        return this;
    }

    /** Firing threshold in mV (above vReset). */
    public LifBuilder threshold(double mV) {
        threshold = set("threshold", mV, false);
        return this;
    }

    /** Reset potential in mV. */
    public LifBuilder vReset(double mV) {
        vReset = set("vReset", mV, false);
        return this;
    }

    /** Resting potential in mV (also the initial potential). */
    public LifBuilder vRest(double mV) {
        vRest = set("vRest", mV, false);
        return this;
    }

    /** Refractory period in ms (&ge; 0). */
    public LifBuilder refractory(double ms) {
        problems.check(path + ".refractory", () -> Check.nonNegative(kind.name(), "refractory", ms));
        refractory = ms;
        return this;
    }

    /** ELIF/AELIF sharpness in mV (&gt; 0). */
    public LifBuilder delta(double mV) {
        delta = set("delta", mV, true);
        return this;
    }

    /** ELIF/AELIF rheobase threshold in mV. */
    public LifBuilder thetaRh(double mV) {
        thetaRh = set("thetaRh", mV, false);
        return this;
    }

    /** AELIF subthreshold adaptation coupling in nA/mV. */
    public LifBuilder alpha(double nAPerMv) {
        alpha = set("alpha", nAPerMv, false);
        return this;
    }

    /** AELIF adaptation jump per spike in nA. */
    public LifBuilder beta(double nA) {
        beta = set("beta", nA, false);
        return this;
    }

    /** AELIF adaptation time constant in ms (&gt; 0). */
    public LifBuilder wTau(double ms) {
        wTau = set("wTau", ms, true);
        return this;
    }

    void checkWhole() {
        if (!(threshold > vReset)) {
            problems.add(path, "threshold = " + threshold + " mV must be above vReset = " + vReset + " mV");
        }
    }

    LIF build() {
        return switch (kind) {
            case LIF -> new LIF(tau, r, threshold, vReset, vRest, refractory);
            case ELIF -> new ELIF(tau, r, threshold, vReset, vRest, refractory, delta, thetaRh);
            case AELIF -> new AELIF(tau, r, threshold, vReset, vRest, refractory, delta, thetaRh, alpha, beta, wTau);
        };
    }
}
