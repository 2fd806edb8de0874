package io.conex4j.core.random;

import java.util.Arrays;

/**
 * The default {@link RandomSource}: xoshiro256** seeded through SplitMix64, so the same seed gives the
 * same draws on every JVM. Uniform floats use the top 24 bits; normals use the Marsaglia polar method
 * in double precision. Its whole state is exposed by {@link #state()} so that it can be saved.
 */
public final class SeededRandom implements RandomSource {

    private long s0;
    private long s1;
    private long s2;
    private long s3;
    private boolean hasSpare;
    private double spare;

    /** A generator seeded with {@code seed}. */
    public SeededRandom(long seed) {
        long x = seed;
        long[] s = new long[4];
        for (int i = 0; i < 4; i++) {
            x += 0x9E3779B97F4A7C15L;
            long z = x;
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            s[i] = z ^ (z >>> 31);
        }
        s0 = s[0];
        s1 = s[1];
        s2 = s[2];
        s3 = s[3];
    }

    /** The next 64 random bits. */
    public long nextLong() {
        long result = Long.rotateLeft(s1 * 5, 7) * 9;
        long t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = Long.rotateLeft(s3, 45);
        return result;
    }

    /** A uniform long in [0, bound), without modulo bias. */
    public long nextLong(long bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound (" + bound + ") must be > 0");
        }
        long m = bound - 1;
        if ((bound & m) == 0) {
            return nextLong() & m;
        }
        long u = nextLong() >>> 1;
        long r;
        while (u - (r = u % bound) + m < 0) {
            u = nextLong() >>> 1;
        }
        return r;
    }

    @Override
    public float nextFloat() {
        return (nextLong() >>> 40) * 0x1.0p-24f;
    }

    /** A uniform double in [0, 1). */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** A standard normal double. */
    public double nextGaussian() {
        if (hasSpare) {
            hasSpare = false;
            return spare;
        }
        double u;
        double v;
        double s;
        do {
            u = 2 * nextDouble() - 1;
            v = 2 * nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        double mul = Math.sqrt(-2 * Math.log(s) / s);
        spare = v * mul;
        hasSpare = true;
        return u * mul;
    }

    @Override
    public void uniform(float[] out, int from, int to) {
        for (int i = from; i < to; i++) {
            out[i] = nextFloat();
        }
    }

    @Override
    public void normal(float[] out, int from, int to) {
        for (int i = from; i < to; i++) {
            out[i] = (float) nextGaussian();
        }
    }

    @Override
    public long[] sample(long population, int k) {
        if (k < 0 || k > population) {
            throw new IllegalArgumentException(
                    "sample: k (" + k + ") must be in [0, population=" + population + "]");
        }
        if ((long) k * 2 <= population) {
            LongHashSet seen = new LongHashSet(k);
            long[] out = new long[k];
            int n = 0;
            while (n < k) {
                long candidate = nextLong(population);
                if (seen.add(candidate)) {
                    out[n++] = candidate;
                }
            }
            return out;
        }
        // Dense case: draw the excluded positions instead, then list the rest in ascending order and
        // shuffle them so that the draw order stays uniformly random.
        int excluded = (int) (population - k);
        LongHashSet skip = new LongHashSet(excluded);
        int drawn = 0;
        while (drawn < excluded) {
            if (skip.add(nextLong(population))) {
                drawn++;
            }
        }
        long[] out = new long[k];
        int n = 0;
        for (long p = 0; p < population; p++) {
            if (!skip.contains(p)) {
                out[n++] = p;
            }
        }
        for (int i = k - 1; i > 0; i--) {
            int j = (int) nextLong(i + 1);
            long tmp = out[i];
            out[i] = out[j];
            out[j] = tmp;
        }
        return out;
    }

    /** The complete generator state (four words, the spare-normal flag and value), for saving. */
    public long[] state() {
        return new long[] {s0, s1, s2, s3, hasSpare ? 1 : 0, Double.doubleToRawLongBits(spare)};
    }

    /** Restores a state returned by {@link #state()}. */
    public void restore(long[] state) {
        if (state == null || state.length != 6) {
            throw new IllegalArgumentException("SeededRandom: state must have 6 words, got "
                    + (state == null ? "null" : Arrays.toString(state)));
        }
        if ((state[0] | state[1] | state[2] | state[3]) == 0) {
            throw new IllegalArgumentException("SeededRandom: state words are all zero");
        }
        s0 = state[0];
        s1 = state[1];
        s2 = state[2];
        s3 = state[3];
        hasSpare = state[4] != 0;
        spare = Double.longBitsToDouble(state[5]);
    }
}
