package io.conex4j.core.testutil;

import java.util.SplittableRandom;

/**
 * Seeded property runner on plain JUnit 5: runs a check on {@code cases} generated inputs, each from its
 * own seed, and on failure reports the property, the case number and the seed that reproduces it.
 * {@code -Dconex4j.seed=N} replays one seed.
 */
public final class Property {

    /** Default number of generated cases per property. */
    public static final int CASES = 250;

    /** A check over one generated case. */
    @FunctionalInterface
    public interface Check {
        /** Throws on a counterexample. */
        void run(SplittableRandom rnd) throws Exception;
    }

    private Property() {
    }

    /** Runs {@link #CASES} cases of {@code check}. */
    public static void forAll(String property, Check check) {
        forAll(property, CASES, check);
    }

    /** Runs {@code cases} cases of {@code check}, seeds derived from the property name. */
    public static void forAll(String property, int cases, Check check) {
        String fixed = System.getProperty("conex4j.seed");
        if (fixed != null) {
            runOne(property, -1, Long.parseLong(fixed), check);
            return;
        }
        SplittableRandom seeds = new SplittableRandom(property.hashCode() * 0x9E3779B97F4A7C15L);
        for (int i = 0; i < cases; i++) {
            runOne(property, i, seeds.nextLong(), check);
        }
    }

    private static void runOne(String property, int index, long seed, Check check) {
        try {
            check.run(new SplittableRandom(seed));
        } catch (Throwable t) {
            String msg = "property '" + property + "' failed on case " + index + " with seed " + seed
                    + " (rerun with -Dconex4j.seed=" + seed + "): " + t.getMessage();
            System.err.println(msg);
            throw new AssertionError(msg, t);
        }
    }

    /** A random float array of length n with values in [lo, hi). */
    public static float[] floats(SplittableRandom r, int n, double lo, double hi) {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = (float) (lo + r.nextDouble() * (hi - lo));
        }
        return a;
    }

    /** A random boolean array of length n, each true with probability p. */
    public static boolean[] bools(SplittableRandom r, int n, double p) {
        boolean[] a = new boolean[n];
        for (int i = 0; i < n; i++) {
            a[i] = r.nextDouble() < p;
        }
        return a;
    }
}
