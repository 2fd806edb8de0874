package io.conex4j.core.behaviors.learning;

/**
 * CoNeX's SparseRSTDP: the rule of {@link SimpleRSTDP} (which takes dense and CSC weights alike; c has one entry
 * per stored weight and a CSC structure never changes) under the name CoNeX uses for CSC weights.
 */
public final class SparseRSTDP extends SimpleRSTDP {

    /** With the STDP parameters, {@code tauC} in iterations and the initial eligibility. */
    public SparseRSTDP(StdpParams params, double tauC, double initC) {
        super(params, tauC, initC);
    }

    /** With the eligibility starting at 0 (CoNeX's default). */
    public SparseRSTDP(StdpParams params, double tauC) {
        this(params, tauC, 0.0);
    }
}
