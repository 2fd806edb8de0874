package io.conex4j.core.storage;

/**
 * The weight change of a trace STDP rule for one synapse, given its weight before the update (unitless):
 * what a post-synaptic spike adds ({@link #plus}) and what a pre-synaptic spike takes away ({@link #minus}).
 */
public interface TraceRule {

    /** Potentiation of weight {@code w} given the pre-synaptic trace. */
    float plus(float preTrace, float w);

    /** Depression of weight {@code w} given the post-synaptic trace. */
    float minus(float postTrace, float w);
}
