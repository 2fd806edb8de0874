package io.conex4j.core.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.conex4j.core.testutil.Property;
import java.util.SplittableRandom;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs every kernel on the scalar and the Panama implementation and compares them. */
class KernelsTest {

    static final int[] SIZES = {0, 1, 7, 15, 16, 17, 33, 259, 4099};
    static Kernels scalar;
    static Kernels panama;

    @BeforeAll
    static void load() {
        assumeTrue(KernelProvider.panamaAvailable(), "Panama kernels need jdk.incubator.vector");
        scalar = KernelProvider.scalar();
        panama = KernelProvider.panama();
    }

    private static void sameElementwise(String what, BiConsumer<Kernels, float[]> op) {
        SplittableRandom r = new SplittableRandom(what.hashCode());
        for (int n : SIZES) {
            float[] a = Property.floats(r, n, -3, 3);
            float[] s = a.clone();
            float[] p = a.clone();
            op.accept(scalar, s);
            op.accept(panama, p);
            assertArrayEquals(s, p, what + " n=" + n);
        }
    }

    private static void close(String what, float expected, float actual, int n) {
        assertEquals(Float.floatToRawIntBits(expected), Float.floatToRawIntBits(actual), what + " n=" + n);
    }

    @Test
    void fillScaleAddAgreeBitForBit() {
        sameElementwise("fill", (k, a) -> k.fill(a, 0, a.length, 0.25f));
        sameElementwise("scale", (k, a) -> k.scale(a, 0, a.length, 1.7f));
        sameElementwise("scaleRange", (k, a) -> k.scale(a, a.length / 3, a.length, -0.3f));
        sameElementwise("addScalar", (k, a) -> k.addScalar(a, 0, a.length, 0.1f));
        sameElementwise("addScalarRange", (k, a) -> k.addScalar(a, Math.min(1, a.length), a.length, 2f));
    }

    @Test
    void clipAgreesBitForBit() {
        sameElementwise("clip", (k, a) -> k.clip(a, 0, a.length, -0.5f, 1.5f));
    }

    @Test
    void multiplyAgreesBitForBit() {
        SplittableRandom r = new SplittableRandom(3);
        for (int n : SIZES) {
            float[] a = Property.floats(r, n + 5, -2, 2);
            float[] b = Property.floats(r, n + 3, -2, 2);
            float[] s = a.clone();
            float[] p = a.clone();
            scalar.multiply(s, 5, b, 3, n);
            panama.multiply(p, 5, b, 3, n);
            assertArrayEquals(s, p, "multiply n=" + n);
        }
    }

    @Test
    void sumsAgreeBitForBit() {
        SplittableRandom r = new SplittableRandom(4);
        for (int n : SIZES) {
            float[] a = Property.floats(r, n, 0, 1);
            close("sum", scalar.sum(a, 0, n), panama.sum(a, 0, n), n);
            int from = n / 4;
            close("sumRange", scalar.sum(a, from, n), panama.sum(a, from, n), n);
        }
    }

    @Test
    void matrixSumsAgreeBitForBit() {
        SplittableRandom r = new SplittableRandom(5);
        for (int rows : new int[] {1, 3, 17}) {
            for (int cols : SIZES) {
                float[] w = Property.floats(r, rows * cols, 0, 1);
                float[] cs = new float[cols];
                float[] cp = new float[cols];
                scalar.columnSums(w, rows, cols, cs);
                panama.columnSums(w, rows, cols, cp);
                assertArrayEquals(cs, cp, "columnSums " + rows + "x" + cols);
                float[] rs = new float[rows];
                float[] rp = new float[rows];
                scalar.rowSums(w, rows, cols, rs);
                panama.rowSums(w, rows, cols, rp);
                assertArrayEquals(rs, rp, "rowSums " + rows + "x" + cols);
            }
        }
    }

    @Test
    void matrixScalingAgreesBitForBit() {
        SplittableRandom r = new SplittableRandom(6);
        for (int rows : new int[] {1, 3, 17}) {
            for (int cols : SIZES) {
                float[] w = Property.floats(r, rows * cols, -1, 1);
                float[] fc = Property.floats(r, cols, 0, 2);
                float[] fr = Property.floats(r, rows, 0, 2);
                float[] s = w.clone();
                float[] p = w.clone();
                scalar.scaleColumns(s, rows, cols, fc);
                panama.scaleColumns(p, rows, cols, fc);
                assertArrayEquals(s, p, "scaleColumns");
                scalar.scaleRows(s, rows, cols, fr);
                panama.scaleRows(p, rows, cols, fr);
                assertArrayEquals(s, p, "scaleRows");
            }
        }
    }

    @Test
    void rowDeliveryAgreesBitForBit() {
        SplittableRandom r = new SplittableRandom(7);
        for (int cols : SIZES) {
            int rows = 9;
            float[] w = Property.floats(r, rows * cols, -1, 1);
            int[] sel = {0, 4, 8, 2};
            float[] s = Property.floats(r, cols, 0, 1);
            float[] p = s.clone();
            scalar.addRows(w, cols, sel, sel.length, s);
            panama.addRows(w, cols, sel, sel.length, p);
            assertArrayEquals(s, p, "addRows cols=" + cols);
            scalar.axpyRow(0.3f, w, 5, cols, s);
            panama.axpyRow(0.3f, w, 5, cols, p);
            assertArrayEquals(s, p, "axpyRow cols=" + cols);
        }
    }

    @Test
    void traceUpdateAgreesBitForBitIncludingFlush() {
        SplittableRandom r = new SplittableRandom(8);
        for (int n : SIZES) {
            float[] x = Property.floats(r, n, -1, 2);
            if (n > 3) {
                x[1] = 1e-31f;
                x[2] = -2e-31f;
            }
            boolean[] spikes = Property.bools(r, n, 0.3);
            float[] s = x.clone();
            float[] p = x.clone();
            for (int step = 0; step < 5; step++) {
                scalar.traceUpdate(s, spikes, 0.7f, 3f, 0.5f);
                panama.traceUpdate(p, spikes, 0.7f, 3f, 0.5f);
                assertArrayEquals(s, p, "traceUpdate n=" + n);
            }
        }
    }

    @Test
    void spikingIndicesAndFireAgree() {
        SplittableRandom r = new SplittableRandom(10);
        for (int n : SIZES) {
            for (double p : new double[] {0.0, 0.02, 0.5}) {
                boolean[] flags = Property.bools(r, n, p);
                int[] a = new int[n];
                int[] b = new int[n];
                int ca = scalar.spikingIndices(flags, a);
                int cb = panama.spikingIndices(flags, b);
                assertEquals(ca, cb);
                assertArrayEquals(java.util.Arrays.copyOf(a, ca), java.util.Arrays.copyOf(b, cb));
                float[] v = Property.floats(r, n, -1, 1);
                if (n > 2) {
                    v[0] = 0.5f;
                    v[1] = Float.NaN;
                }
                for (boolean strict : new boolean[] {true, false}) {
                    float[] vs = v.clone();
                    float[] vp = v.clone();
                    boolean[] ss = new boolean[n];
                    boolean[] sp = new boolean[n];
                    int fs = scalar.fire(vs, 0.5f, strict, -1f, ss, a);
                    int fp = panama.fire(vp, 0.5f, strict, -1f, sp, b);
                    assertEquals(fs, fp);
                    assertArrayEquals(vs, vp);
                    assertArrayEquals(ss, sp);
                    assertArrayEquals(java.util.Arrays.copyOf(a, fs), java.util.Arrays.copyOf(b, fp));
                }
            }
        }
    }

    @Test
    void gatherAgrees() {
        SplittableRandom r = new SplittableRandom(9);
        for (int n : SIZES) {
            int depth = 5;
            boolean[] hist = Property.bools(r, depth * n, 0.5);
            int[] delays = new int[n];
            for (int i = 0; i < n; i++) {
                delays[i] = r.nextInt(depth);
            }
            boolean[] s = new boolean[n];
            boolean[] p = new boolean[n];
            int[] rowStart = new int[depth];
            for (int d = 0; d < depth; d++) {
                rowStart[d] = ((3 - d + depth) % depth) * n;
            }
            scalar.gatherDelayed(hist, rowStart, delays, s);
            panama.gatherDelayed(hist, rowStart, delays, p);
            assertArrayEquals(s, p, "gather n=" + n);
            for (int i = 0; i < n; i++) {
                assertEquals(hist[((3 - delays[i] + depth) % depth) * n + i], s[i], "ring read");
            }
        }
    }
}
