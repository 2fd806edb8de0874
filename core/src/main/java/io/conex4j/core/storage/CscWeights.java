package io.conex4j.core.storage;

import java.util.Arrays;

/**
 * A true-sparse {@code rows x cols} float32 matrix in compressed sparse column form: column {@code j}
 * holds the entries {@code colPtr[j] .. colPtr[j+1]-1}, with {@code rowIdx} ascending and distinct
 * inside a column; rows are source neurons, columns destination neurons. This is the layout of torch's
 * {@code to_sparse_csc()} and of {@code scipy.sparse.csc_matrix((values, rowIdx, colPtr))}.
 *
 * <p>One vocabulary throughout: {@code colPtr}, {@code rowIdx} (the source neuron of each entry), {@code values},
 * and, built with the matrix, {@link #colIdx()} (the destination neuron of each entry) and a row index
 * ({@link #rowPtr()}, {@link #rowEntries()}) so that the entries of one source neuron can be visited without
 * scanning all columns (event-driven delivery). CoNeX calls rowIdx and colIdx {@code src_idx} and
 * {@code dst_idx}; SciPy calls colPtr, rowIdx and values {@code indptr}, {@code indices} and {@code data}
 * (the names in saved archives).
 */
public final class CscWeights implements Weights {

    private final int rows;
    private final int cols;
    private final int[] colPtr;
    private final int[] rowIdx;
    private final float[] values;
    private final int[] colIdx;
    private final int[] rowPtr;
    private final int[] rowEntries;

    /**
     * A CSC matrix from copies of its arrays, validated: {@code colPtr} has {@code cols + 1} entries,
     * starts at 0, never decreases and ends at {@code values.length}; rows are in range, ascending and
     * distinct inside each column; values are finite.
     */
    public CscWeights(int rows, int cols, int[] colPtr, int[] rowIdx, float[] values) {
        this(rows, cols, colPtr.clone(), rowIdx.clone(), values.clone(), true);
    }

    private CscWeights(int rows, int cols, int[] colPtr, int[] rowIdx, float[] values, boolean validate) {
        this.rows = rows;
        this.cols = cols;
        this.colPtr = colPtr;
        this.rowIdx = rowIdx;
        this.values = values;
        if (validate) {
            validate();
        }
        // The per-entry destinations and the row index: two ints per entry and one per row.
        Capacity.fitsInHeap(WHO, "the row index of " + values.length + " stored entries and " + rows + " rows",
                8L * values.length + 4L * rows + 4, 8, "entries");
        // The per-entry destinations and the row index are built once here, so that the hot paths read
        // plain final fields.
        this.colIdx = new int[values.length];
        for (int j = 0; j < cols; j++) {
            Arrays.fill(colIdx, colPtr[j], colPtr[j + 1], j);
        }
        this.rowPtr = new int[rows + 1];
        for (int r : rowIdx) {
            rowPtr[r + 1]++;
        }
        for (int i = 0; i < rows; i++) {
            rowPtr[i + 1] += rowPtr[i];
        }
        int[] next = Arrays.copyOf(rowPtr, rows);
        this.rowEntries = new int[values.length];
        for (int k = 0; k < values.length; k++) {
            rowEntries[next[rowIdx[k]]++] = k;
        }
    }

    /** Wraps arrays built by conex4j itself (already valid); no copy, no check. */
    static CscWeights wrapTrusted(int rows, int cols, int[] colPtr, int[] rowIdx, float[] values) {
        return new CscWeights(rows, cols, colPtr, rowIdx, values, false);
    }

    private static final String WHO = "CSC weights";

    /** The shape a CSC matrix may have: positive, and {@code rows + 1} and {@code cols + 1} pointers fit an array. */
    static void checkShape(long rows, long cols) {
        if (rows <= 0 || cols <= 0) {
            throw new IllegalArgumentException(WHO + ": shape [" + rows + ", " + cols + "] must be positive");
        }
        Capacity.arrayLength(WHO, "rows + 1 (row pointers of shape [" + rows + ", " + cols + "])", rows + 1);
        Capacity.arrayLength(WHO, "cols + 1 (colPtr of shape [" + rows + ", " + cols + "])", cols + 1);
    }

    /**
     * Checks the structure before any index is followed: first the lengths, then colPtr alone (starts at 0, never
     * decreases, ends at nnz, so every column's range lies in [0, nnz]), then the rows of each column.
     */
    private void validate() {
        checkShape(rows, cols);
        if (colPtr.length != cols + 1) {
            throw new IllegalArgumentException(WHO + ": colPtr has " + colPtr.length + " entries; must have cols+1 = "
                    + (cols + 1));
        }
        if (rowIdx.length != values.length) {
            throw new IllegalArgumentException(WHO + ": rowIdx has " + rowIdx.length + " entries but values has "
                    + values.length + "; they must match");
        }
        int nnz = values.length;
        if (colPtr[0] != 0 || colPtr[cols] != nnz) {
            throw new IllegalArgumentException(WHO + ": colPtr must start at 0 and end at nnz=" + nnz
                    + ", got " + colPtr[0] + " .. " + colPtr[cols]);
        }
        for (int j = 0; j < cols; j++) {
            if (colPtr[j + 1] < colPtr[j]) {
                throw new IllegalArgumentException(WHO + ": colPtr decreases at column " + j + " (colPtr[" + j
                        + "] = " + colPtr[j] + " > colPtr[" + (j + 1) + "] = " + colPtr[j + 1] + "); it must"
                        + " never decrease, from 0 to nnz=" + nnz);
            }
            if (colPtr[j + 1] > nnz) {
                throw new IllegalArgumentException(WHO + ": colPtr[" + (j + 1) + "] = " + colPtr[j + 1]
                        + " is beyond nnz=" + nnz + "; every entry must be in [0, " + nnz + "]");
            }
        }
        for (int j = 0; j < cols; j++) {
            for (int k = colPtr[j]; k < colPtr[j + 1]; k++) {
                int r = rowIdx[k];
                if (r < 0 || r >= rows) {
                    throw new IllegalArgumentException(WHO + ": row index " + r + " at entry " + k
                            + " is outside [0, " + rows + ")");
                }
                if (k > colPtr[j] && rowIdx[k - 1] >= r) {
                    throw new IllegalArgumentException(WHO + ": rows in column " + j
                            + " must be strictly ascending, got " + rowIdx[k - 1] + " then " + r);
                }
            }
        }
        for (int k = 0; k < values.length; k++) {
            if (!Float.isFinite(values[k])) {
                throw new IllegalArgumentException(WHO + ": value " + values[k] + " at entry " + k
                        + " must be finite");
            }
        }
    }

    /** Number of rows (source neurons). */
    public int rows() {
        return rows;
    }

    /** Number of columns (destination neurons). */
    public int cols() {
        return cols;
    }

    /** Number of stored entries. */
    public int nnz() {
        return values.length;
    }

    @Override
    public int[] shape() {
        return new int[] {rows, cols};
    }

    /** Column pointers, {@code cols + 1} entries; live array, do not modify. */
    public int[] colPtr() {
        return colPtr;
    }

    /** Row (source neuron) of each stored entry; live array, do not modify. */
    public int[] rowIdx() {
        return rowIdx;
    }

    @Override
    public float[] values() {
        return values;
    }

    /** Column (destination neuron) of each stored entry; live array, do not modify. */
    public int[] colIdx() {
        return colIdx;
    }

    /** Row pointers of the row index: the entries of row {@code i} are {@code rowEntries[rowPtr[i] .. rowPtr[i+1]-1]}. */
    public int[] rowPtr() {
        return rowPtr;
    }

    /** Positions (into {@link #values()}) of the entries of each row, grouped by row, columns ascending. */
    public int[] rowEntries() {
        return rowEntries;
    }

    /** Element {@code (i, j)}, 0 where nothing is stored (binary search in the column). */
    public float get(int i, int j) {
        int k = Arrays.binarySearch(rowIdx, colPtr[j], colPtr[j + 1], i);
        return k >= 0 ? values[k] : 0f;
    }

    /** The matrix as a dense row-major {@code rows x cols} array. */
    public float[] toDense() {
        float[] d = new float[Math.multiplyExact(rows, cols)];
        for (int j = 0; j < cols; j++) {
            for (int k = colPtr[j]; k < colPtr[j + 1]; k++) {
                d[rowIdx[k] * cols + j] = values[k];
            }
        }
        return d;
    }

    /** Values, rowIdx, colIdx and rowEntries (16 bytes per entry), colPtr and rowPtr. */
    @Override
    public long sizeInBytes() {
        return 16L * values.length + 4L * (colPtr.length + rowPtr.length);
    }

    @Override
    public CscWeights copy() {
        return new CscWeights(rows, cols, colPtr.clone(), rowIdx.clone(), values.clone(), false);
    }

    @Override
    public String toString() {
        return "CscWeights[" + rows + ", " + cols + "; nnz=" + values.length + "]";
    }
}
