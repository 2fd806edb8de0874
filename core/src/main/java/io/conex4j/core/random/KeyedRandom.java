package io.conex4j.core.random;

/**
 * Counter-based random numbers: the draws of stream {@code id} under a 64-bit {@code key} depend on the key, the
 * id and the position in the stream only, never on which thread draws them or in which order the streams are
 * visited. Parallel code gives every unit of work (a neuron, a row of synapses, a block of draws) its own stream
 * and gets the same bits for any number of threads.
 *
 * <p>Each stream is a SplitMix64 sequence ({@code mix(start + n·γ)}, with a start hashed from key and id);
 * normals come from a 128-layer ziggurat (Marsaglia and Tsang 2000) whose tables and rare tail are computed with
 * {@link StrictMath}, so the same key gives the same normals on every JVM.
 */
public final class KeyedRandom {

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private static final double TWO_POW_M53 = 0x1.0p-53;

    private KeyedRandom() {
    }

    /** SplitMix64's finalizer: a bijective 64-bit mix. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A key derived from {@code key} for a purpose named by {@code salt} (two uses of one key stay independent). */
    public static long derive(long key, long salt) {
        return mix(mix(key ^ 0x632BE59BD9B4E019L) + salt * GOLDEN);
    }

    /** The start of stream {@code id} under {@code key}. */
    static long start(long key, long id) {
        return mix(mix(key + GOLDEN) ^ mix(id * 0xD1B54A32D192ED03L + 0x8CB92BA72F3D8DD7L));
    }

    /**
     * The {@code n}-th 64 random bits of stream {@code id} under {@code key} (random access, no state: for draws
     * indexed by a counter such as the iteration).
     */
    public static long bits(long key, long id, long n) {
        return mix(start(key, id) + (n + 1) * GOLDEN);
    }

    /** A uniform double in [0, 1) with 53 random bits, from {@link #bits}. */
    public static double uniform(long key, long id, long n) {
        return (bits(key, id, n) >>> 11) * TWO_POW_M53;
    }

    /** A stream of draws: stream {@code id} under {@code key}. */
    public static Stream stream(long key, long id) {
        return new Stream(start(key, id));
    }

    /** A sequential stream of draws (not thread-safe: one stream per unit of work). */
    public static final class Stream {

        private long state;

        private Stream(long start) {
            this.state = start;
        }

        /** Moves this stream to stream {@code id} under {@code key}, as {@link KeyedRandom#stream} (no allocation). */
        public Stream reset(long key, long id) {
            state = start(key, id);
            return this;
        }

        /** The next 64 random bits. */
        public long nextLong() {
            state += GOLDEN;
            return mix(state);
        }

        /** A uniform double in [0, 1) with 53 random bits. */
        public double nextDouble() {
            return (nextLong() >>> 11) * TWO_POW_M53;
        }

        /** A uniform int in [0, bound), without bias (Lemire's multiply-shift with rejection); bound in [1, 2^31). */
        public int nextInt(int bound) {
            long m = (nextLong() >>> 32) * bound;
            long low = m & 0xFFFFFFFFL;
            if (low < bound) {
                long threshold = (0x1_0000_0000L - bound) % bound;
                while (low < threshold) {
                    m = (nextLong() >>> 32) * bound;
                    low = m & 0xFFFFFFFFL;
                }
            }
            return (int) (m >>> 32);
        }

        /** A standard normal draw (ziggurat; 32-bit resolution in the layers, exact tail). */
        public double nextGaussian() {
            int hz = (int) (nextLong() >>> 32);
            int iz = hz & 127;
            if (Math.abs((long) hz) < Ziggurat.KN[iz]) {
                return hz * Ziggurat.WN[iz];
            }
            return fix(hz, iz);
        }

        private double fix(int hz, int iz) {
            while (true) {
                double x = hz * Ziggurat.WN[iz];
                if (iz == 0) {
                    double y;
                    do {
                        x = -StrictMath.log(1.0 - nextDouble()) * (1.0 / Ziggurat.R);
                        y = -StrictMath.log(1.0 - nextDouble());
                    } while (y + y < x * x);
                    return hz > 0 ? Ziggurat.R + x : -Ziggurat.R - x;
                }
                if (Ziggurat.FN[iz] + nextDouble() * (Ziggurat.FN[iz - 1] - Ziggurat.FN[iz])
                        < StrictMath.exp(-0.5 * x * x)) {
                    return x;
                }
                hz = (int) (nextLong() >>> 32);
                iz = hz & 127;
                if (Math.abs((long) hz) < Ziggurat.KN[iz]) {
                    return hz * Ziggurat.WN[iz];
                }
            }
        }
    }

    /** The 128-layer ziggurat of the standard normal density (Marsaglia and Tsang 2000), built with StrictMath. */
    private static final class Ziggurat {
        static final double R = 3.442619855899;
        static final long[] KN = new long[128];
        static final double[] WN = new double[128];
        static final double[] FN = new double[128];

        static {
            double m1 = 2147483648.0;
            double dn = R;
            double tn = dn;
            double vn = 9.91256303526217e-3;
            double q = vn / StrictMath.exp(-0.5 * dn * dn);
            KN[0] = (long) ((dn / q) * m1);
            KN[1] = 0;
            WN[0] = q / m1;
            WN[127] = dn / m1;
            FN[0] = 1.0;
            FN[127] = StrictMath.exp(-0.5 * dn * dn);
            for (int i = 126; i >= 1; i--) {
                dn = StrictMath.sqrt(-2.0 * StrictMath.log(vn / dn + StrictMath.exp(-0.5 * dn * dn)));
                KN[i + 1] = (long) ((dn / tn) * m1);
                tn = dn;
                FN[i] = StrictMath.exp(-0.5 * dn * dn);
                WN[i] = dn / m1;
            }
        }

        private Ziggurat() {
        }
    }
}
