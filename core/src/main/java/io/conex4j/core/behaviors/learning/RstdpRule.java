package io.conex4j.core.behaviors.learning;

import io.conex4j.core.behaviors.network.Dopamine;
import io.conex4j.core.runtime.Check;
import io.conex4j.core.runtime.DataFlow;
import io.conex4j.core.runtime.StateKey;
import io.conex4j.core.runtime.SynapseGroup;
import io.conex4j.core.storage.WeightOps;
import io.conex4j.core.storage.Weights;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Base of CoNeX's reward-modulated STDP rules (RSTDP): an eligibility trace {@link #ELIGIBILITY c} with the
 * weights' stored shape, filled with {@code initC} at initialize; each iteration
 * {@code c <- c + ((-c / tauC) + dW_stdp)} with {@code dW_stdp} the change of the matching STDP rule (same
 * parameters and bounds, from the weights before the update), then {@code W <- W + c * f32(dopamine)} with
 * the network's {@link Dopamine#DOPAMINE} of the same iteration (clamped into the limits when the parameters
 * {@linkplain StdpParams#clamped() clamp}). {@code tauC} counts iterations. Float32.
 */
public abstract class RstdpRule extends StdpRule {

    /** The eligibility trace, one per stored weight; saved with the network. */
    public static final StateKey<float[]> ELIGIBILITY = StateKey.of("c", float[].class);

    private final float tauC;
    private final float initC;
    /** The eligibility trace. */
    protected float[] c;
    /** The scratch STDP change. */
    protected float[] dw;
    private double[] dopamine;

    /** A rule with the STDP parameters, {@code tauC} (iterations, > 0) and the initial value of c. */
    protected RstdpRule(StdpParams params, double tauC, double initC) {
        super(params);
        String who = getClass().getSimpleName();
        this.tauC = Check.positive(who, "tauC", tauC);
        this.initC = Check.finite(who, "initC", initC);
    }

    /** The eligibility time constant, in iterations. */
    public final float tauC() {
        return tauC;
    }

    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> m = new LinkedHashMap<>(super.parameters());
        m.put("tauC", (double) tauC);
        m.put("initC", (double) initC);
        return m;
    }

    @Override
    public void declare(SynapseGroup s, DataFlow flow) {
        super.declare(s, flow);
        flow.creates(s, ELIGIBILITY).writes(s, ELIGIBILITY).reads(s.network(), Dopamine.DOPAMINE);
    }

    @Override
    public void initialize(SynapseGroup s) {
        super.initialize(s);
        Weights w = weights.get();
        c = new float[w.storedCount()];
        Arrays.fill(c, initC);
        dw = new float[c.length];
        s.put(ELIGIBILITY, c);
        dopamine = s.network().require(Dopamine.DOPAMINE, name() + " on synapses " + s.name());
    }

    /** Computes this iteration's STDP change into {@link #dw} (every entry). */
    protected void stdpDelta(SynapseGroup s) {
        WeightOps.traceStdpDelta(weights.get(), p, preSpike.get(), postSpike.get(), preTrace, postTrace, dw);
    }

    @Override
    public final void forward(SynapseGroup s) {
        stdpDelta(s);
        float d = (float) dopamine[0];
        float[] v = weights.get().values();
        for (int k = 0; k < c.length; k++) {
            float ck = c[k];
            ck = ck + ((-ck / tauC) + dw[k]);
            c[k] = ck;
            v[k] = p.settle(v[k] + ck * d);
        }
    }
}
