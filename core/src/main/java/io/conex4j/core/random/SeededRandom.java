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
        if (bound <= 0x1_0000_0000L) {
            // Lemire's multiply-shift with rejection: exact, and almost never divides.
            long product = (nextLong() >>> 32) * bound;
            long low = product & 0xFFFF_FFFFL;
            if (low < bound) {
                long threshold = (0x1_0000_0000L - bound) % bound;
                while (low < threshold) {
                    product = (nextLong() >>> 32) * bound;
                    low = product & 0xFFFF_FFFFL;
                }
            }
            return product >>> 32;
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
        double mul = Math.sqrt(-2 * StrictMath.log(s) / s);
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

    /** Populations up to this many positions are sampled with a bitset (at most 64 MB). */
    private static final long BITSET_LIMIT = 1L << 29;
    /** The most values one array holds. */
    private static final int MAX_ARRAY_LENGTH = Integer.MAX_VALUE - 8;

    /**
     * {@inheritDoc}
     *
     * <p>This generator returns the positions in ascending order. That is still a uniformly random subset,
     * and since the values later drawn for the positions are independent and identically distributed,
     * pairing them in ascending order is as random as pairing them in any other order; ascending order lets
     * sparse matrices be built without sorting.
     *
     * <p>How: a bitset of the population when it has at most 2^29 positions (marking the complement when
     * {@code k} is more than half of it); otherwise distinct draws through a hash set for up to 2^29 samples;
     * beyond that a bitset of the population when more than half of it is taken, else sorted draws with the
     * duplicates drawn again (uniform by symmetry, and only 8 bytes per sample).
     *
     * @throws IllegalArgumentException also when {@code k} is more than one array holds
     */
    @Override
    public long[] sample(long population, int k) {
        if (k < 0 || k > population) {
            throw new IllegalArgumentException(
                    "sample: k (" + k + ") must be in [0, population=" + population + "]");
        }
        if (k > MAX_ARRAY_LENGTH) {
            throw new IllegalArgumentException("sample: k (" + k + ") is more than one Java array holds; at most "
                    + MAX_ARRAY_LENGTH + " fit");
        }
        if (k == 0) {
            return new long[0];
        }
        boolean complement = (long) k * 2 > population;
        if (population <= BITSET_LIMIT || complement) {
            // complement beyond the limit: population < 2k < 2^32, so the bitset has fewer than 2^26 words
            return bitsetSample(population, k, complement);
        }
        if (k <= LongHashSet.MAX_ELEMENTS) {
            LongHashSet seen = new LongHashSet(k);
            long[] out = new long[k];
            int n = 0;
            while (n < k) {
                long candidate = nextLong(population);
                if (seen.add(candidate)) {
                    out[n++] = candidate;
                }
            }
            Arrays.sort(out);
            return out;
        }
        return sortedDistinct(population, k);
    }

    /** The bitset, the hash table, or the expected redraws of the sorted path (twice, for their sort). */
    @Override
    public long sampleWorkingBytes(long population, int k) {
        if (k <= 0 || k > population) {
            return 0;
        }
        if (population <= BITSET_LIMIT || (long) k * 2 > population) {
            return 8 * ((population + 63) >>> 6);
        }
        if (k <= LongHashSet.MAX_ELEMENTS) {
            return 8L * LongHashSet.capacity(k);
        }
        double duplicates = (double) k * k / (2.0 * population);
        return 16L * (long) Math.min(k, duplicates);
    }

    private long[] bitsetSample(long population, int k, boolean complement) {
        long marks = complement ? population - k : k;
        long[] bits = new long[(int) ((population + 63) >>> 6)];
        long marked = 0;
        while (marked < marks) {
            long p = nextLong(population);
            int w = (int) (p >>> 6);
            long bit = 1L << p;
            if ((bits[w] & bit) == 0) {
                bits[w] |= bit;
                marked++;
            }
        }
        long[] out = new long[k];
        int n = 0;
        for (int w = 0; w < bits.length; w++) {
            long word = complement ? ~bits[w] : bits[w];
            if (w == bits.length - 1 && (population & 63) != 0) {
                word &= (1L << population) - 1;
            }
            while (word != 0) {
                out[n++] = ((long) w << 6) + Long.numberOfTrailingZeros(word);
                word &= word - 1;
            }
        }
        return out;
    }

    /**
     * {@code k} distinct positions, ascending, for samples too many for a hash set: draw the missing ones, sort
     * them, merge them into the distinct ones so far, drop duplicates, repeat until {@code k} are distinct.
     */
    long[] sortedDistinct(long population, int k) {
        long[] out = new long[k];
        for (int i = 0; i < k; i++) {
            out[i] = nextLong(population);
        }
        Arrays.sort(out);
        int n = dropDuplicates(out, k);
        while (n < k) {
            long[] more = new long[k - n];
            for (int i = 0; i < more.length; i++) {
                more[i] = nextLong(population);
            }
            Arrays.sort(more);
            // merge backwards: out[0..n) and more into out[0..k)
            int i = n - 1;
            int j = more.length - 1;
            for (int at = k - 1; j >= 0; at--) {
                out[at] = i >= 0 && out[i] > more[j] ? out[i--] : more[j--];
            }
            n = dropDuplicates(out, k);
        }
        return out;
    }

    /** Removes repeated values from the sorted {@code a[0..len)} in place; returns how many distinct remain. */
    private static int dropDuplicates(long[] a, int len) {
        int m = 1;
        for (int i = 1; i < len; i++) {
            if (a[i] != a[m - 1]) {
                a[m++] = a[i];
            }
        }
        return m;
    }

    /** The complete generator state (four words, the spare-normal flag and value), for saving. */
    @Override
    public long[] state() {
        return new long[] {s0, s1, s2, s3, hasSpare ? 1 : 0, Double.doubleToRawLongBits(spare)};
    }

    @Override
    public boolean hasState() {
        return true;
    }

    /** Restores a state returned by {@link #state()}. */
    @Override
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
