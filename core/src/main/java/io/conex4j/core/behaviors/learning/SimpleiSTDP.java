package io.conex4j.core.behaviors.learning;

import io.conex4j.core.runtime.SynapseGroup;
import io.conex4j.core.storage.WeightOps;
import io.conex4j.core.storage.Weights;

/** CoNeX's SimpleiSTDP on 2-D {@code [src, dst]} weights, dense or CSC (a CSC structure never changes); see {@link IStdpRule}. */
public final class SimpleiSTDP extends IStdpRule {

    /** With rho or alpha (the other NaN), the learning rate and whether the synapse is inhibitory. */
    public SimpleiSTDP(double rho, double alpha, double lr, boolean isInhibitory) {
        super(rho, alpha, lr, isInhibitory);
    }

    /** CoNeX's defaults (lr 1e-5, inhibitory) with alpha derived from rho. */
    public static SimpleiSTDP ofRho(double rho) {
        return new SimpleiSTDP(rho, Double.NaN, 1e-5, true);
    }

    @Override
    protected void checkWeights(SynapseGroup s, Weights w) {
        if (!WeightOps.isMatrix(w, s.src().size(), s.dst().size())) {
            throw new IllegalArgumentException(name() + " on synapses " + s.name() + ": weights "
                    + WeightOps.describe(w) + " must be [" + s.src().size() + ", " + s.dst().size() + "]");
        }
    }
}
