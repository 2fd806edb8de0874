package io.conex4j.core.behaviors.neuron;

import io.conex4j.core.runtime.Check;
import io.conex4j.core.runtime.DataFlow;
import io.conex4j.core.runtime.NeuronGroup;
import io.conex4j.core.runtime.StateKey;
import java.util.Map;

/**
 * Adaptive exponential LIF (CoNeX's AELIF): the ELIF voltage equation minus {@code R * w}, with an adaptation
 * current {@code w} (CoNeX's omega, nA) kept on the group under {@link #ADAPTATION}. As in CoNeX the adaptation is
 * updated by {@link Fire}, right after the reset, with this iteration's spikes and the post-reset voltage:
 * {@code w <- w + (((alpha * (v - vRest) - w) + (beta * wTau) * spike) * dt) / wTau}, so a spike adds
 * {@code beta * dt} and the rest relaxes with time constant {@code wTau} (ms). Without Fire, w stays as it started.
 */
public final class AELIF extends ELIF {

    /** Named parameters with units and defaults, each checked as given; see {@link LifBuilder}. */
    public static LifBuilder<AELIF> builder() {
        return new LifBuilder<>(LifBuilder.Kind.AELIF);
    }

    /** The adaptation current of each neuron, nA. */
    public static final StateKey<float[]> ADAPTATION = StateKey.of("adaptation", float[].class);

    private final float alpha;
    private final float beta;
    private final float wTau;
    /** {@code beta * wTau}, multiplied in double and then rounded, as CoNeX does. */
    private final float betaWTau;
    private float[] w;

    /** The ELIF parameters plus subthreshold coupling {@code alpha} (nA/mV), spike jump {@code beta} (nA), {@code wTau} (ms). */
    public AELIF(double tau, double r, double threshold, double vReset, double vRest, double refractory,
            double delta, double thetaRh, double alpha, double beta, double wTau) {
        this(tau, r, threshold, vReset, vRest, refractory, delta, thetaRh, alpha, beta, wTau, Start.DEFAULT);
    }

    AELIF(double tau, double r, double threshold, double vReset, double vRest, double refractory,
            double delta, double thetaRh, double alpha, double beta, double wTau, Start start) {
        super("AELIF", tau, r, threshold, vReset, vRest, refractory, delta, thetaRh, start);
        this.alpha = Check.finite("AELIF", "alpha", alpha);
        this.beta = Check.finite("AELIF", "beta", beta);
        this.wTau = Check.positive("AELIF", "wTau", wTau);
        this.betaWTau = Check.finite("AELIF", "beta * wTau", (double) this.beta * this.wTau);
    }

    /** The ELIF parameters plus alpha (nA/mV), beta (nA) and wTau (ms). */
    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> m = super.parameters();
        m.put("alpha", (double) alpha);
        m.put("beta", (double) beta);
        m.put("wTau", (double) wTau);
        return m;
    }

    @Override
    public void declare(NeuronGroup g, DataFlow flow) {
        super.declare(g, flow);
        flow.creates(g, ADAPTATION).creates(g, NeuronGroup.AFTER_FIRE);
    }

    @Override
    public void initialize(NeuronGroup g) {
        checkStep(g, "wTau", wTau);
        super.initialize(g);
    }

    @Override
    protected void initializeExtra(NeuronGroup g) {
        w = new float[g.size()];
        g.put(ADAPTATION, w);
        g.put(NeuronGroup.AFTER_FIRE, this::adapt);
    }

    @Override
    protected float dv(int i, float v, float current) {
        return super.dv(i, v, current) - r * w[i];
    }

    /** The adaptation step, run by Fire after the reset. */
    private void adapt(NeuronGroup g) {
        float dt = g.network().dt();
        float[] v = g.voltage();
        boolean[] spikes = g.spikes();
        for (int i = 0; i < w.length; i++) {
            float wi = w[i];
            float drive = alpha * (v[i] - vRest) - wi;
            if (spikes[i]) {
                drive += betaWTau;
            }
            w[i] = wi + (drive * dt) / wTau;
        }
    }
}
