package io.conex4j.core.behaviors.learning;

import io.conex4j.core.runtime.SynapseGroup;
import io.conex4j.core.storage.WeightOps;
import io.conex4j.core.storage.Weights;

/**
 * CoNeX's SimpleRSTDP on 2-D {@code [src, dst]} weights, dense or CSC (c has one entry per stored weight; a
 * CSC structure never changes); the STDP change is {@link SimpleSTDP}'s. See {@link RstdpRule}.
 */
public class SimpleRSTDP extends RstdpRule {

    /** With the STDP parameters, {@code tauC} in iterations and the initial eligibility. */
    public SimpleRSTDP(StdpParams params, double tauC, double initC) {
        super(params, tauC, initC);
    }

    /** With the eligibility starting at 0 (CoNeX's default). */
    public SimpleRSTDP(StdpParams params, double tauC) {
        this(params, tauC, 0.0);
    }

    @Override
    protected final void checkWeights(SynapseGroup s, Weights w) {
        if (!WeightOps.isMatrix(w, s.src().size(), s.dst().size())) {
            throw new IllegalArgumentException(name() + " on synapses " + s.name() + ": weights "
                    + WeightOps.describe(w) + " must be [" + s.src().size() + ", " + s.dst().size() + "]");
        }
    }
}
