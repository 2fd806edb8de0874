package io.conex4j.core.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.conex4j.core.testutil.Property;
import org.junit.jupiter.api.Test;

/** Hand-computed values for the scalar kernels (the reference the Panama kernels are compared with). */
class ScalarKernelsTest {

    private final Kernels k = KernelProvider.scalar();

    @Test
    void columnAndRowSums() {
        float[] w = {1, 2, 3, 4, 5, 6};
        float[] cols = new float[3];
        k.columnSums(w, 2, 3, cols);
        assertArrayEquals(new float[] {5, 7, 9}, cols);
        float[] rows = new float[2];
        k.rowSums(w, 2, 3, rows);
        assertArrayEquals(new float[] {6, 15}, rows);
    }

    @Test
    void traceUpdateIsCoNeXsEulerStepWithTrueDivision() {
        float[] x = {0f, 1f};
        k.traceUpdate(x, new boolean[] {true, false}, 1f, 5f, 1f);
        assertEquals(1f - (1f / 5f) * 1f, x[0]);
        assertEquals(1f - (1f / 5f), x[1]);
    }

    @Test
    void traceUpdateFlushesTinyValuesToZero() {
        float[] x = {2e-30f};
        k.traceUpdate(x, new boolean[] {false}, 1f, 1.5f, 1f);
        assertEquals(0f, x[0]);
    }

    @Test
    void addRowsSumsSelectedRows() {
        float[] w = {1, 2, 10, 20, 100, 200};
        float[] out = new float[2];
        k.addRows(w, 2, new int[] {0, 2}, 2, out);
        assertArrayEquals(new float[] {101, 202}, out);
    }

    /** The documented order of {@link Kernels#sum}, written out the slow way, is what the scalar sum does. */
    @Test
    void scalarSumFollowsTheDocumentedLaneOrder() {
        Property.forAll("scalar sum adds in the documented lane order", r -> {
            float[] a = KernelBitIdentityTest.floats(r, KernelBitIdentityTest.size(r));
            int[] ft = KernelBitIdentityTest.range(r, a.length);
            int whole = (ft[1] - ft[0]) / Kernels.SUM_LANES;
            float[] lanes = new float[Kernels.SUM_LANES];
            for (int b = 0; b < whole; b++) {
                for (int j = 0; j < Kernels.SUM_LANES; j++) {
                    lanes[j] += a[ft[0] + b * Kernels.SUM_LANES + j];
                }
            }
            float s = 0f;
            if (whole > 0) {
                for (float lane : lanes) {
                    s += lane;
                }
            }
            for (int i = ft[0] + whole * Kernels.SUM_LANES; i < ft[1]; i++) {
                s += a[i];
            }
            KernelBitIdentityTest.sameBits("documented order n=" + a.length, s, k.sum(a, ft[0], ft[1]));
        });
    }
}
