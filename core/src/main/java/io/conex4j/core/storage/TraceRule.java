package io.conex4j.core.storage;

/**
 * The weight change of a trace STDP rule for one synapse, given its weight before the update (unitless):
 * what a post-synaptic spike adds ({@link #plus}) and what a pre-synaptic spike takes away ({@link #minus}), and
 * what becomes of a weight an update changed ({@link #settle}).
 */
public interface TraceRule {

    /** Potentiation of weight {@code w} given the pre-synaptic trace. */
    float plus(float preTrace, float w);

    /** Depression of weight {@code w} given the post-synaptic trace. */
    float minus(float postTrace, float w);

    /** The weight kept after an update left it at {@code w} (e.g. clamped into limits); {@code w} by default. */
    default float settle(float w) {
        return w;
    }
}
