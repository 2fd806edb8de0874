package io.conex4j.core.encoding;

/**
 * A source of Poisson-distributed counts, one per given mean, in call order; the draw the {@link Poisson}
 * encoder makes where CoNeX calls {@code torch.poisson}. {@link SeededPoissonDraws} is the seeded implementation;
 * a test can substitute one that replays recorded counts.
 */
public interface PoissonDraws {

    /**
     * Fills {@code out[k]} with a count drawn from a Poisson distribution of mean {@code means[k]} (a mean of 0
     * gives 0), for every {@code k}, in index order.
     *
     * @param means the means (here: mean inter-spike intervals in steps), finite and &gt;= 0
     * @param out receives the counts as floats (whole numbers); the same length as {@code means}
     * @throws IllegalArgumentException if a mean is negative or not finite, or the lengths differ
     */
    void poisson(float[] means, float[] out);
}
