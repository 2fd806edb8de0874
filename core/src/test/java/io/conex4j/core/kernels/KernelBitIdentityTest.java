package io.conex4j.core.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.conex4j.core.testutil.Property;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every kernel of {@link ScalarKernels} gives exactly the float bits of the Panama kernels
 * ({@link Float#floatToRawIntBits}; a NaN result matches any NaN, see {@link #sameBits}), on {@value Property#CASES} seeded random cases per kernel with sizes 0 to
 * 4099 and values of every magnitude, including zeros of both signs, subnormals, infinities and NaN. Skipped
 * where {@code jdk.incubator.vector} is absent (the scalar-fallback test execution).
 */
class KernelBitIdentityTest {

    static final int MAX_SIZE = 4099;
    static Kernels scalar;
    static Kernels panama;

    @BeforeAll
    static void load() {
        assumeTrue(KernelProvider.panamaAvailable(), "Panama kernels need jdk.incubator.vector");
        scalar = KernelProvider.scalar();
        panama = KernelProvider.panama();
    }

    /** A size in [0, 4099], often small or around a multiple of the lane counts. */
    static int size(SplittableRandom r) {
        return switch (r.nextInt(4)) {
            case 0 -> r.nextInt(40);
            case 1 -> Math.max(0, Math.min(MAX_SIZE, 16 * r.nextInt(257) + r.nextInt(-1, 2)));
            default -> r.nextInt(MAX_SIZE + 1);
        };
    }

    /** A float of a kind picked at random: ordinary, any finite bit pattern, or a special value. */
    static float value(SplittableRandom r, int mode) {
        return switch (mode) {
            case 0 -> (float) (r.nextDouble() * 6 - 3);
            case 1 -> (float) r.nextDouble();
            case 2 -> {
                float f = Float.intBitsToFloat(r.nextInt());
                yield Float.isFinite(f) ? f : 1f;
            }
            default -> {
                int k = r.nextInt(20);
                yield switch (k) {
                    case 0 -> Float.NaN;
                    case 1 -> Float.POSITIVE_INFINITY;
                    case 2 -> Float.NEGATIVE_INFINITY;
                    case 3 -> -0f;
                    case 4 -> 0f;
                    case 5 -> Float.MIN_VALUE;
                    case 6 -> -Float.MIN_NORMAL / 3;
                    case 7 -> Float.MAX_VALUE;
                    case 8 -> 1e-30f;
                    default -> (float) (r.nextGaussian() * Math.pow(10, r.nextInt(-8, 9)));
                };
            }
        };
    }

    /** Mostly ordinary values; in a quarter of the cases wide magnitudes, and in some special values. */
    static float[] floats(SplittableRandom r, int n) {
        int kind = r.nextInt(8);
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            int mode = switch (kind) {
                case 0, 1, 2 -> 0;
                case 3, 4 -> 1;
                case 5 -> 2;
                case 6 -> r.nextInt(10) == 0 ? 3 : 0;
                default -> r.nextInt(4);
            };
            a[i] = value(r, mode);
        }
        return a;
    }

    static float scalarArg(SplittableRandom r) {
        return value(r, r.nextInt(10) == 0 ? 3 : 0);
    }

    /**
     * Exact bits ({@link Float#floatToRawIntBits}), except that a NaN matches any NaN: Java does not fix the
     * sign and payload of a NaN that arithmetic makes (x86 makes {@code 0xffc00000} for {@code inf - inf}, and
     * which operand's NaN an addition keeps depends on the JIT's operand order), so even the same scalar loop
     * gives other NaN bits interpreted and compiled.
     */
    static void sameBits(String what, float[] expected, float[] actual) {
        assertEquals(expected.length, actual.length, what + ": length");
        for (int i = 0; i < expected.length; i++) {
            boolean bothNaN = Float.isNaN(expected[i]) && Float.isNaN(actual[i]);
            if (!bothNaN && Float.floatToRawIntBits(expected[i]) != Float.floatToRawIntBits(actual[i])) {
                fail(what + ": element " + i + " of " + expected.length + " is " + actual[i] + " (0x"
                        + Integer.toHexString(Float.floatToRawIntBits(actual[i])) + ") with panama but " + expected[i]
                        + " (0x" + Integer.toHexString(Float.floatToRawIntBits(expected[i])) + ") with scalar");
            }
        }
    }

    static void sameBits(String what, float expected, float actual) {
        sameBits(what, new float[] {expected}, new float[] {actual});
    }

    /** A kernel applied in place to a copy of the same input by each implementation. */
    @FunctionalInterface
    interface InPlace {
        void apply(Kernels k, float[] a);
    }

    static void inPlace(String kernel, ParamsAndOp make) {
        Property.forAll("scalar and panama " + kernel + " give the same bits", r -> {
            float[] a = floats(r, size(r));
            InPlace op = make.make(r, a.length);
            float[] s = a.clone();
            float[] p = a.clone();
            op.apply(scalar, s);
            op.apply(panama, p);
            sameBits(kernel + " n=" + a.length, s, p);
        });
    }

    /** Draws a case's parameters (for an input of length n) and returns the operation with them. */
    @FunctionalInterface
    interface ParamsAndOp {
        InPlace make(SplittableRandom r, int n);
    }

    static int[] range(SplittableRandom r, int n) {
        int from = n == 0 ? 0 : r.nextInt(n + 1);
        int to = from + (n - from == 0 ? 0 : r.nextInt(n - from + 1));
        return r.nextBoolean() ? new int[] {0, n} : new int[] {from, to};
    }

    @Test
    void fill() {
        inPlace("fill", (r, n) -> {
            int[] ft = range(r, n);
            float v = scalarArg(r);
            return (k, a) -> k.fill(a, ft[0], ft[1], v);
        });
    }

    @Test
    void scale() {
        inPlace("scale", (r, n) -> {
            int[] ft = range(r, n);
            float f = scalarArg(r);
            return (k, a) -> k.scale(a, ft[0], ft[1], f);
        });
    }

    @Test
    void addScalar() {
        inPlace("addScalar", (r, n) -> {
            int[] ft = range(r, n);
            float v = scalarArg(r);
            return (k, a) -> k.addScalar(a, ft[0], ft[1], v);
        });
    }

    @Test
    void clip() {
        inPlace("clip", (r, n) -> {
            int[] ft = range(r, n);
            float lo = scalarArg(r);
            float hi = r.nextInt(10) == 0 ? lo - 1 : lo + Math.abs(scalarArg(r));
            return (k, a) -> k.clip(a, ft[0], ft[1], lo, hi);
        });
    }

    @Test
    void multiply() {
        inPlace("multiply", (r, n) -> {
            int aOff = n == 0 ? 0 : r.nextInt(n + 1);
            int bOff = r.nextInt(8);
            int length = n - aOff;
            float[] b = floats(r, bOff + length);
            return (k, a) -> k.multiply(a, aOff, b, bOff, length);
        });
    }

    @Test
    void traceUpdate() {
        inPlace("traceUpdate", (r, n) -> {
            boolean[] spikes = Property.bools(r, n, r.nextDouble());
            float scale = scalarArg(r);
            float tau = r.nextInt(10) == 0 ? scalarArg(r) : (float) (1 + r.nextDouble() * 50);
            float dt = r.nextInt(10) == 0 ? scalarArg(r) : (float) (0.1 + r.nextDouble());
            int steps = 1 + r.nextInt(3);
            return (k, a) -> {
                for (int s = 0; s < steps; s++) {
                    k.traceUpdate(a, spikes, scale, tau, dt);
                }
            };
        });
    }

    @Test
    void sum() {
        Property.forAll("scalar and panama sum give the same bits", r -> {
            float[] a = floats(r, size(r));
            int[] ft = range(r, a.length);
            sameBits("sum n=" + a.length + " [" + ft[0] + ", " + ft[1] + ")", scalar.sum(a, ft[0], ft[1]),
                    panama.sum(a, ft[0], ft[1]));
        });
    }

    /** Both accumulator layouts of the Panama sum, whatever this CPU's vector width selects. */
    @Test
    void sumOnEveryVectorWidth() {
        Property.forAll("scalar sum and panama sum on 256- and 128-bit vectors give the same bits", r -> {
            float[] a = floats(r, size(r));
            int[] ft = range(r, a.length);
            float s = scalar.sum(a, ft[0], ft[1]);
            sameBits("sum256 n=" + a.length, s, PanamaKernels.sum256(a, ft[0], ft[1]));
            sameBits("sum128 n=" + a.length, s, PanamaKernels.sum128(a, ft[0], ft[1]));
        });
    }

    /** A matrix shape with rows * cols in [0, 4099]. */
    static int[] shape(SplittableRandom r) {
        int n = size(r);
        int rows = 1 + r.nextInt(r.nextBoolean() ? 9 : 70);
        return new int[] {rows, n / rows};
    }

    @Test
    void columnAndRowSums() {
        Property.forAll("scalar and panama columnSums and rowSums give the same bits", r -> {
            int[] sh = shape(r);
            int rows = sh[0];
            int cols = sh[1];
            float[] w = floats(r, rows * cols);
            float[] cs = floats(r, cols + 2);
            float[] cp = cs.clone();
            scalar.columnSums(w, rows, cols, cs);
            panama.columnSums(w, rows, cols, cp);
            sameBits("columnSums " + rows + "x" + cols, cs, cp);
            float[] rs = new float[rows];
            float[] rp = new float[rows];
            scalar.rowSums(w, rows, cols, rs);
            panama.rowSums(w, rows, cols, rp);
            sameBits("rowSums " + rows + "x" + cols, rs, rp);
        });
    }

    @Test
    void scaleColumnsAndRows() {
        Property.forAll("scalar and panama scaleColumns and scaleRows give the same bits", r -> {
            int[] sh = shape(r);
            int rows = sh[0];
            int cols = sh[1];
            float[] w = floats(r, rows * cols);
            float[] fc = floats(r, cols);
            float[] fr = floats(r, rows);
            float[] s = w.clone();
            float[] p = w.clone();
            scalar.scaleColumns(s, rows, cols, fc);
            panama.scaleColumns(p, rows, cols, fc);
            sameBits("scaleColumns " + rows + "x" + cols, s, p);
            scalar.scaleRows(s, rows, cols, fr);
            panama.scaleRows(p, rows, cols, fr);
            sameBits("scaleRows " + rows + "x" + cols, s, p);
        });
    }

    @Test
    void addRowsAndAxpyRow() {
        Property.forAll("scalar and panama addRows and axpyRow give the same bits", r -> {
            int[] sh = shape(r);
            int rows = sh[0];
            int cols = sh[1];
            float[] w = floats(r, rows * cols);
            int count = r.nextInt(2 * rows + 1);
            int[] sel = new int[count + r.nextInt(3)];
            for (int k = 0; k < sel.length; k++) {
                sel[k] = r.nextInt(rows);
            }
            float[] s = floats(r, cols);
            float[] p = s.clone();
            scalar.addRows(w, cols, sel, count, s);
            panama.addRows(w, cols, sel, count, p);
            sameBits("addRows " + rows + "x" + cols + " count=" + count, s, p);
            float alpha = scalarArg(r);
            int row = r.nextInt(rows);
            scalar.axpyRow(alpha, w, row, cols, s);
            panama.axpyRow(alpha, w, row, cols, p);
            sameBits("axpyRow " + rows + "x" + cols, s, p);
        });
    }

    @Test
    void spikingIndicesAndFire() {
        Property.forAll("scalar and panama spikingIndices and fire agree", r -> {
            int n = size(r);
            boolean[] flags = Property.bools(r, n, r.nextInt(3) == 0 ? 0 : r.nextDouble());
            int[] a = new int[n];
            int[] b = new int[n];
            int ca = scalar.spikingIndices(flags, a);
            int cb = panama.spikingIndices(flags, b);
            assertEquals(ca, cb, "spikingIndices count n=" + n);
            assertEquals(Arrays.toString(Arrays.copyOf(a, ca)), Arrays.toString(Arrays.copyOf(b, cb)));
            float[] v = floats(r, n);
            float threshold = scalarArg(r);
            float reset = scalarArg(r);
            boolean strict = r.nextBoolean();
            float[] vs = v.clone();
            float[] vp = v.clone();
            boolean[] ss = Property.bools(r, n, 0.5);
            boolean[] sp = ss.clone();
            int fs = scalar.fire(vs, threshold, strict, reset, ss, a);
            int fp = panama.fire(vp, threshold, strict, reset, sp, b);
            assertEquals(fs, fp, "fire count n=" + n);
            sameBits("fire v n=" + n, vs, vp);
            assertEquals(Arrays.toString(ss), Arrays.toString(sp), "fire spikes n=" + n);
            assertEquals(Arrays.toString(Arrays.copyOf(a, fs)), Arrays.toString(Arrays.copyOf(b, fp)));
        });
    }

    @Test
    void fireWithAThresholdPerNeuron() {
        Property.forAll("scalar and panama fire with per-neuron thresholds agree", r -> {
            int n = size(r);
            float[] v = floats(r, n);
            float[] thresholds = floats(r, n);
            for (int i = 0; i < n; i++) {
                if (r.nextInt(8) == 0) {
                    thresholds[i] = v[i];
                }
            }
            float reset = scalarArg(r);
            boolean strict = r.nextBoolean();
            float[] vs = v.clone();
            float[] vp = v.clone();
            boolean[] ss = Property.bools(r, n, 0.5);
            boolean[] sp = ss.clone();
            int[] a = new int[n];
            int[] b = new int[n];
            int fs = scalar.fire(vs, thresholds, strict, reset, ss, a);
            int fp = panama.fire(vp, thresholds, strict, reset, sp, b);
            assertEquals(fs, fp, "fire count n=" + n);
            sameBits("fire v n=" + n, vs, vp);
            assertEquals(Arrays.toString(ss), Arrays.toString(sp), "fire spikes n=" + n);
            assertEquals(Arrays.toString(Arrays.copyOf(a, fs)), Arrays.toString(Arrays.copyOf(b, fp)));
            for (int i = 0; i < n; i++) {
                boolean expected = strict ? v[i] > thresholds[i] : v[i] >= thresholds[i];
                assertEquals(expected, ss[i], "neuron " + i + ": v " + v[i] + " threshold " + thresholds[i]);
                assertEquals(Float.floatToRawIntBits(expected ? reset : v[i]), Float.floatToRawIntBits(vs[i]));
            }
        });
    }

    @Test
    void gatherDelayed() {
        Property.forAll("scalar and panama gatherDelayed agree", r -> {
            int n = size(r);
            int depth = 1 + r.nextInt(6);
            boolean[] hist = Property.bools(r, depth * n, 0.5);
            int[] delays = new int[n];
            for (int i = 0; i < n; i++) {
                delays[i] = r.nextInt(depth);
            }
            int[] rowStart = new int[depth];
            int now = r.nextInt(depth);
            for (int d = 0; d < depth; d++) {
                rowStart[d] = ((now - d + depth) % depth) * n;
            }
            boolean[] s = new boolean[n];
            boolean[] p = new boolean[n];
            scalar.gatherDelayed(hist, rowStart, delays, s);
            panama.gatherDelayed(hist, rowStart, delays, p);
            assertEquals(Arrays.toString(s), Arrays.toString(p), "gatherDelayed n=" + n);
        });
    }
}
