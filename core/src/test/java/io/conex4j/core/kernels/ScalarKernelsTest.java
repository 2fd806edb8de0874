package io.conex4j.core.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
