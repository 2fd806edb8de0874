package io.conex4j.core.behaviors.neuron;

import io.conex4j.core.runtime.StateScope;
import io.conex4j.core.runtime.Check;
import io.conex4j.core.runtime.NeuronGroup;
import io.conex4j.core.runtime.StateKey;
import java.util.Map;

/**
 * Adaptive exponential LIF (CoNeX's AELIF): the ELIF voltage equation minus {@code R * w}, with an adaptation
 * current {@code w} (nA): {@code wTau * dw/dt = alpha * (v - vRest) - w}, and {@code w += beta} on each spike.
 * The adaptation is kept on the group under {@link #ADAPTATION}.
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
    private float[] w;
    private float[] vNow;

    /** The ELIF parameters plus subthreshold coupling {@code alpha} (nA/mV), spike jump {@code beta} (nA), {@code wTau} (ms). */
    public AELIF(double tau, double r, double threshold, double vReset, double vRest, double refractory,
            double delta, double thetaRh, double alpha, double beta, double wTau) {
        super("AELIF", tau, r, threshold, vReset, vRest, refractory, delta, thetaRh);
        this.alpha = Check.finite("AELIF", "alpha", alpha);
        this.beta = Check.finite("AELIF", "beta", beta);
        this.wTau = Check.positive("AELIF", "wTau", wTau);
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
    public void initialize(NeuronGroup g) {
        checkStep(g, "wTau", wTau);
        super.initialize(g);
    }

    @Override
    protected void initializeExtra(NeuronGroup g) {
        w = new float[g.size()];
        vNow = g.voltage();
        g.put(ADAPTATION, w);
    }

    @Override
    public void saveState(StateScope scope) {
        super.saveState(scope);
        scope.put("adaptation", w);
    }

    @Override
    public void restoreState(StateScope scope) {
        float[] a = scope.floats("adaptation", w.length);
        super.restoreState(scope);
        System.arraycopy(a, 0, w, 0, a.length);
    }

    @Override
    protected float dv(int i, float v, float current) {
        return super.dv(i, v, current) - r * w[i];
    }

    @Override
    protected void afterStep(NeuronGroup g, int i, boolean spiked, float dt) {
        float wi = w[i];
        wi += (alpha * (vNow[i] - vRest) - wi) * (dt / wTau);
        if (spiked) {
            wi += beta;
        }
        w[i] = wi;
    }
}
