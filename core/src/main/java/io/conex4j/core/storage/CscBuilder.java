package io.conex4j.core.storage;

import java.util.Arrays;

/**
 * Builds {@link CscWeights} from entries given as flat positions {@code row * cols + col} in any order,
 * in O(nnz + cols): a counting sort by column, then a sort of the row runs that are not already ascending (input in ascending position order needs none).
 * Each value stays paired with its position.
 */
public final class CscBuilder {

    private CscBuilder() {
    }

    /**
     * A CSC matrix holding {@code values[k]} at flat position {@code positions[k]}.
     *
     * @throws IllegalArgumentException on a position outside the matrix or a duplicate position
     */
    public static CscWeights fromPositions(int rows, int cols, long[] positions, float[] values) {
        if (positions.length != values.length) {
            throw new IllegalArgumentException("CSC build: " + positions.length + " positions but " + values.length
                    + " values");
        }
        CscWeights.checkShape(rows, cols);
        long size = (long) rows * cols;
        int nnz = positions.length;
        // rowIdx and values here, then the row index CscWeights builds (two more ints per entry and one per row)
        Capacity.fitsInHeap("CSC build", nnz + " entries of a [" + rows + ", " + cols + "] matrix",
                16L * nnz + 4L * cols + 4L * rows, 16, "entries");
        int[] colPtr = new int[cols + 1];
        long rowStart = 0;
        int row = 0;
        for (int k = 0; k < nnz; k++) {
            long p = positions[k];
            if (p < 0 || p >= size) {
                throw new IllegalArgumentException("CSC build: position " + p + " is outside [0, " + size + ")");
            }
            if (p < rowStart || p >= rowStart + cols) {
                row = (int) (p / cols);
                rowStart = (long) row * cols;
            }
            colPtr[(int) (p - rowStart) + 1]++;
        }
        for (int j = 0; j < cols; j++) {
            colPtr[j + 1] += colPtr[j];
        }
        int[] next = Arrays.copyOf(colPtr, cols);
        int[] rowIdx = new int[nnz];
        float[] vals = new float[nnz];
        rowStart = 0;
        row = 0;
        for (int k = 0; k < nnz; k++) {
            long p = positions[k];
            if (p < rowStart || p >= rowStart + cols) {
                row = (int) (p / cols);
                rowStart = (long) row * cols;
            }
            int at = next[(int) (p - rowStart)]++;
            rowIdx[at] = row;
            vals[at] = values[k];
        }
        for (int j = 0; j < cols; j++) {
            sortRun(rowIdx, vals, colPtr[j], colPtr[j + 1], j);
        }
        return CscWeights.wrapTrusted(rows, cols, colPtr, rowIdx, vals);
    }

    private static void sortRun(int[] rows, float[] vals, int from, int to, int col) {
        int len = to - from;
        boolean ascending = true;
        for (int i = from + 1; i < to && ascending; i++) {
            ascending = rows[i - 1] < rows[i];
        }
        if (ascending) {
            return;
        }
        if (len > 48) {
            // Long runs: sort packed (row, original slot) keys to keep values paired.
            long[] keys = new long[len];
            for (int i = 0; i < len; i++) {
                keys[i] = ((long) rows[from + i] << 32) | i;
            }
            Arrays.sort(keys);
            int[] r2 = new int[len];
            float[] v2 = new float[len];
            for (int i = 0; i < len; i++) {
                int slot = (int) keys[i];
                r2[i] = (int) (keys[i] >>> 32);
                v2[i] = vals[from + slot];
            }
            System.arraycopy(r2, 0, rows, from, len);
            System.arraycopy(v2, 0, vals, from, len);
        } else {
            for (int i = from + 1; i < to; i++) {
                int r = rows[i];
                float v = vals[i];
                int k = i - 1;
                while (k >= from && rows[k] > r) {
                    rows[k + 1] = rows[k];
                    vals[k + 1] = vals[k];
                    k--;
                }
                rows[k + 1] = r;
                vals[k + 1] = v;
            }
        }
        for (int i = from + 1; i < to; i++) {
            if (rows[i] == rows[i - 1]) {
                throw new IllegalArgumentException("CSC build: duplicate position (row " + rows[i] + ", column "
                        + col + ")");
            }
        }
    }
}
