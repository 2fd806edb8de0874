package io.conex4j.core.behaviors.synapse;

/** An element-wise function applied to weights by {@link WeightInitializer} (CoNeX's {@code function=}). */
@FunctionalInterface
public interface WeightFunction {

    /** The new value of one weight. */
    float apply(float w);

    /** {@code w * w}. */
    static WeightFunction square() {
        return w -> w * w;
    }

    /** {@code |w|}. */
    static WeightFunction abs() {
        return Math::abs;
    }
}
