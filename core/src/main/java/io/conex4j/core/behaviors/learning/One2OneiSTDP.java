package io.conex4j.core.behaviors.learning;

import io.conex4j.core.runtime.SynapseGroup;
import io.conex4j.core.storage.WeightOps;
import io.conex4j.core.storage.Weights;

/** CoNeX's One2OneiSTDP on 1-D weights (neuron i to neuron i); see {@link IStdpRule}. */
public final class One2OneiSTDP extends IStdpRule {

    /** With rho or alpha (the other NaN), the learning rate and whether the synapse is inhibitory. */
    public One2OneiSTDP(double rho, double alpha, double lr, boolean isInhibitory) {
        super(rho, alpha, lr, isInhibitory);
    }

    /** CoNeX's defaults (lr 1e-5, inhibitory) with alpha derived from rho. */
    public static One2OneiSTDP ofRho(double rho) {
        return new One2OneiSTDP(rho, Double.NaN, 1e-5, true);
    }

    @Override
    protected void checkWeights(SynapseGroup s, Weights w) {
        if (!WeightOps.isOneToOne(w, s.dst().size()) || s.src().size() != s.dst().size()) {
            throw new IllegalArgumentException(name() + " on synapses " + s.name() + ": weights "
                    + WeightOps.describe(w) + " must be dense 1-D [" + s.dst().size()
                    + "] with equal source and destination sizes");
        }
    }
}
