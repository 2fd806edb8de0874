package io.conex4j.core.storage;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Weights as named plain arrays and back, for files: dense weights are one float array {@code ""} with the
 * tensor's shape; CSC weights are SciPy's {@code .data}, {@code .indices}, {@code .indptr} and {@code .shape}
 * (so {@code scipy.sparse.csc_matrix((data, indices, indptr), shape)} rebuilds them). Reading checks
 * everything and names the part that is wrong.
 */
public final class WeightArrays {

    /**
     * One named array.
     *
     * @param data a {@code float[]} or {@code int[]}
     * @param shape its shape
     */
    public record Part(Object data, int[] shape) {
    }

    private WeightArrays() {
    }

    /** The parts of {@code w}, as copies, by suffix ({@code ""} for dense, {@code ".data"} ... for CSC). */
    public static Map<String, Part> encode(Weights w) {
        Map<String, Part> m = new LinkedHashMap<>();
        if (w instanceof CscWeights c) {
            m.put(".data", new Part(c.values().clone(), new int[] {c.nnz()}));
            m.put(".indices", new Part(c.rowIdx().clone(), new int[] {c.nnz()}));
            m.put(".indptr", new Part(c.colPtr().clone(), new int[] {c.cols() + 1}));
            m.put(".shape", new Part(new int[] {c.rows(), c.cols()}, new int[] {2}));
        } else {
            m.put("", new Part(w.values().clone(), w.shape()));
        }
        return m;
    }

    /** The suffixes {@link #encode} writes for weights of {@code like}'s layout. */
    public static String[] suffixes(Weights like) {
        return like instanceof CscWeights ? new String[] {".data", ".indices", ".indptr", ".shape"}
                : new String[] {""};
    }

    /**
     * Weights of {@code like}'s layout and shape from {@code parts} (by suffix), fully checked: dtypes, shape,
     * a valid CSC structure, finite values. The CSC structure may differ from {@code like}'s (a network built
     * with another seed has other positions).
     *
     * @throws IllegalArgumentException naming the suffix of the bad part
     */
    public static Weights decode(Weights like, Map<String, Part> parts) {
        if (like instanceof CscWeights c) {
            int[] shape = ints(parts, ".shape");
            if (shape.length != 2 || shape[0] != c.rows() || shape[1] != c.cols()) {
                throw new IllegalArgumentException(".shape is " + Arrays.toString(shape)
                        + " but the network's weights are [" + c.rows() + ", " + c.cols() + "]");
            }
            float[] data = floats(parts, ".data");
            int[] indices = ints(parts, ".indices");
            int[] indptr = ints(parts, ".indptr");
            finite(".data", data);
            try {
                return new CscWeights(c.rows(), c.cols(), indptr, indices, data);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(".indices and .indptr are not a valid CSC structure: "
                        + e.getMessage(), e);
            }
        }
        Part p = parts.get("");
        if (p == null || !(p.data() instanceof float[] f) || !Arrays.equals(p.shape(), like.shape())) {
            throw new IllegalArgumentException("is " + describe(p) + " but the network's weights are float32 "
                    + Arrays.toString(like.shape()));
        }
        finite("", f);
        return new DenseWeights(f, like.shape());
    }

    /** Copies {@code from}'s values into {@code into} when both have the same layout and structure. */
    public static boolean copyValuesIfSameStructure(Weights from, Weights into) {
        if (from instanceof DenseWeights && into instanceof DenseWeights) {
            System.arraycopy(from.values(), 0, into.values(), 0, into.values().length);
            return true;
        }
        if (from instanceof CscWeights a && into instanceof CscWeights b && Arrays.equals(a.colPtr(), b.colPtr())
                && Arrays.equals(a.rowIdx(), b.rowIdx())) {
            System.arraycopy(a.values(), 0, b.values(), 0, b.values().length);
            return true;
        }
        return false;
    }

    private static String describe(Part p) {
        if (p == null) {
            return "missing";
        }
        String type = p.data() instanceof float[] ? "float32" : p.data() instanceof int[] ? "int32" : "other";
        return type + " " + Arrays.toString(p.shape());
    }

    private static float[] floats(Map<String, Part> parts, String suffix) {
        Part p = parts.get(suffix);
        if (p == null || !(p.data() instanceof float[] f) || p.shape().length != 1) {
            throw new IllegalArgumentException(suffix + " is " + describe(p) + "; expected a 1-D float32 array");
        }
        return f;
    }

    private static int[] ints(Map<String, Part> parts, String suffix) {
        Part p = parts.get(suffix);
        if (p == null || !(p.data() instanceof int[] i) || p.shape().length != 1) {
            throw new IllegalArgumentException(suffix + " is " + describe(p) + "; expected a 1-D int32 array");
        }
        return i;
    }

    private static void finite(String suffix, float[] a) {
        for (int i = 0; i < a.length; i++) {
            if (!Float.isFinite(a[i])) {
                throw new IllegalArgumentException((suffix.isEmpty() ? "" : suffix + " ") + "has " + a[i] + " at index " + i
                        + "; weights must be finite");
            }
        }
    }
}
