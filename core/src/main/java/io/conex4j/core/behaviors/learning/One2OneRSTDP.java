package io.conex4j.core.behaviors.learning;

import io.conex4j.core.runtime.SynapseGroup;
import io.conex4j.core.storage.WeightOps;
import io.conex4j.core.storage.Weights;

/** CoNeX's One2OneRSTDP on 1-D weights (neuron i to neuron i); see {@link RstdpRule}. */
public final class One2OneRSTDP extends RstdpRule {

    /** With the STDP parameters, {@code tauC} in iterations and the initial eligibility. */
    public One2OneRSTDP(StdpParams params, double tauC, double initC) {
        super(params, tauC, initC);
    }

    /** With the eligibility starting at 0 (CoNeX's default). */
    public One2OneRSTDP(StdpParams params, double tauC) {
        this(params, tauC, 0.0);
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
