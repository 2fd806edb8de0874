package io.conex4j.core.behaviors.learning;

import java.util.Locale;

/**
 * How a weight change is damped near the weight limits {@code [wMin, wMax]} (CoNeX's bound functions).
 * The change is multiplied by {@link #factor}.
 */
public enum Bound {
    /** Factor 1. */
    NONE,
    /** 1 strictly inside {@code (wMin, wMax)}, else 0. */
    HARD,
    /** {@code (w - wMin) * (wMax - w)}. */
    SOFT;

    /** The damping factor for weight {@code w}, in float32. */
    public float factor(float w, float wMin, float wMax) {
        return switch (this) {
            case NONE -> 1f;
            case HARD -> w > wMin && w < wMax ? 1f : 0f;
            case SOFT -> (w - wMin) * (wMax - w);
        };
    }

    /** CoNeX's names: {@code "no_bound"}, {@code "hard_bound"}, {@code "soft_bound"} (also none/hard/soft). */
    public static Bound parse(String name) {
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "no_bound", "none", "no" -> NONE;
            case "hard_bound", "hard" -> HARD;
            case "soft_bound", "soft" -> SOFT;
            default -> throw new IllegalArgumentException("bound: '" + name
                    + "' is not a bound; allowed: no_bound, hard_bound, soft_bound");
        };
    }
}
