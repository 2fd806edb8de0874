package io.conex4j.core.behaviors.learning;

import io.conex4j.core.behaviors.synapse.PostSpikeCatcher;
import io.conex4j.core.behaviors.synapse.PostTrace;
import io.conex4j.core.behaviors.synapse.PreSpikeCatcher;
import io.conex4j.core.behaviors.synapse.PreTrace;
import io.conex4j.core.runtime.Behavior;
import io.conex4j.core.runtime.Check;
import io.conex4j.core.runtime.DataFlow;
import io.conex4j.core.runtime.Priorities;
import io.conex4j.core.runtime.Slot;
import io.conex4j.core.runtime.SynapseGroup;
import io.conex4j.core.storage.WeightOps;
import io.conex4j.core.storage.Weights;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Base of CoNeX's inhibitory STDP rules (iSTDP): {@code dW = lr * (preSpike ⊗ ((alpha - postTrace) * sign)
 * + preTrace ⊗ postSpike)} with {@code sign = 1 - 2 * isInhibitory} (-1 by default), no bounds. {@code alpha}
 * is given, or else {@code 2 * rho * tau / 1000} computed in double from the synapse's PreTrace
 * {@code tauS} (taken as ms whatever dt is) and then rounded to float32. The synapse needs a PreTrace and a
 * PostTrace with equal {@code tauS}. Priority 500.
 */
public abstract class IStdpRule extends Behavior<SynapseGroup> {

    private final double alphaGiven;
    private final double rho;
    private final float lr;
    private final boolean inhibitory;
    private float alpha;
    private float sign;
    private Slot<boolean[]> preSpike;
    private Slot<boolean[]> postSpike;
    private float[] preTrace;
    private float[] postTrace;
    private Slot<Weights> weights;

    /**
     * A rule; give {@code rho} or {@code alpha} (the other NaN).
     *
     * @param rho target rate used for alpha when alpha is NaN
     * @param alpha the alpha, or NaN to derive it from rho
     * @param lr the learning rate (CoNeX's default 1e-5)
     * @param isInhibitory whether the synapse is inhibitory (sign -1; CoNeX's default true)
     */
    protected IStdpRule(double rho, double alpha, double lr, boolean isInhibitory) {
        super(Priorities.LEARNING);
        if (Double.isNaN(rho) && Double.isNaN(alpha)) {
            throw new IllegalArgumentException(getClass().getSimpleName() + ": needs rho or alpha");
        }
        if (!Double.isNaN(rho)) {
            Check.finite(getClass().getSimpleName(), "rho", rho);
        }
        if (!Double.isNaN(alpha)) {
            Check.finite(getClass().getSimpleName(), "alpha", alpha);
        }
        this.rho = rho;
        this.alphaGiven = alpha;
        this.lr = Check.finite(getClass().getSimpleName(), "lr", lr);
        this.inhibitory = isInhibitory;
    }

    /** Throws (naming the synapse and shape) unless this rule can update {@code w}. */
    protected abstract void checkWeights(SynapseGroup s, Weights w);

    /** The alpha in use (after initialize when derived from rho). */
    public final float alpha() {
        return alpha;
    }

    /** The learning rate. */
    public final float lr() {
        return lr;
    }

    /** The target rate alpha is derived from, or NaN when alpha was given. */
    public final double rho() {
        return rho;
    }

    /** The sign, {@code 1 - 2 * isInhibitory}. */
    public final float sign() {
        return inhibitory ? -1f : 1f;
    }

    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> m = new LinkedHashMap<>();
        if (!Double.isNaN(rho)) {
            m.put("rho", rho);
        }
        if (!Double.isNaN(alphaGiven)) {
            m.put("alpha", alphaGiven);
        }
        m.put("lr", (double) lr);
        m.put("isInhibitory", inhibitory);
        return m;
    }

    @Override
    public void declare(SynapseGroup s, DataFlow flow) {
        flow.reads(s, SynapseGroup.PRE_SPIKE).orAdd(PreSpikeCatcher::new)
                .reads(s, SynapseGroup.POST_SPIKE).orAdd(PostSpikeCatcher::new)
                .reads(s, SynapseGroup.PRE_TRACE)
                .reads(s, SynapseGroup.POST_TRACE)
                .writes(s, SynapseGroup.WEIGHTS);
    }

    @Override
    public void initialize(SynapseGroup s) {
        String who = name() + " on synapses " + s.name();
        Weights w = s.requireWeights(name());
        checkWeights(s, w);
        PreTrace pre = s.behavior(PreTrace.class);
        PostTrace post = s.behavior(PostTrace.class);
        if (pre == null || post == null) {
            throw new IllegalStateException(who + ": needs a PreTrace and a PostTrace on the same synapse");
        }
        if (pre.tauS() != post.tauS()) {
            throw new IllegalArgumentException(who + ": the PreTrace tauS (" + pre.tauS()
                    + ") and PostTrace tauS (" + post.tauS() + ") must be equal");
        }
        alpha = Double.isNaN(alphaGiven) ? (float) (2 * rho * (double) pre.tauS() / 1000) : (float) alphaGiven;
        sign = sign();
        preTrace = s.require(SynapseGroup.PRE_TRACE, who);
        postTrace = s.require(SynapseGroup.POST_TRACE, who);
        preSpike = s.slot(SynapseGroup.PRE_SPIKE);
        postSpike = s.slot(SynapseGroup.POST_SPIKE);
        weights = s.slot(SynapseGroup.WEIGHTS);
    }

    @Override
    public void forward(SynapseGroup s) {
        WeightOps.istdp(weights.get(), lr, alpha, sign, preSpike.get(), postSpike.get(), preTrace, postTrace);
    }
}
