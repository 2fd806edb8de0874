package io.conex4j.core.conformance;

import io.conex4j.core.storage.CscWeights;
import java.util.List;
import java.util.Map;

/** A fixture tensor: {@code {dtype, shape, data}} or a CSC matrix {@code {layout: sparse_csc, ...}}. */
record Tensor(String dtype, int[] shape, double[] data, CscWeights csc) {

    static Tensor of(Object json) {
        if (!(json instanceof Map<?, ?> m)) {
            throw new IllegalArgumentException("not a tensor: " + json);
        }
        int[] shape = ints(m.get("shape"));
        if ("sparse_csc".equals(m.get("layout"))) {
            int[] ccol = ints(((Map<?, ?>) m.get("ccol_indices")).get("data"));
            int[] rows = ints(((Map<?, ?>) m.get("row_indices")).get("data"));
            double[] vals = doubles(((Map<?, ?>) m.get("values")).get("data"));
            float[] fv = new float[vals.length];
            for (int i = 0; i < vals.length; i++) {
                fv[i] = (float) vals[i];
            }
            return new Tensor("float32", shape, vals, new CscWeights(shape[0], shape[1], ccol, rows, fv));
        }
        return new Tensor((String) m.get("dtype"), shape, doubles(m.get("data")), null);
    }

    int numel() {
        int n = 1;
        for (int d : shape) {
            n *= d;
        }
        return n;
    }

    float[] floats() {
        float[] f = new float[data.length];
        for (int i = 0; i < data.length; i++) {
            f[i] = (float) data[i];
        }
        return f;
    }

    int[] intData() {
        int[] a = new int[data.length];
        for (int i = 0; i < data.length; i++) {
            a[i] = (int) data[i];
        }
        return a;
    }

    boolean[] bools() {
        boolean[] b = new boolean[data.length];
        for (int i = 0; i < data.length; i++) {
            b[i] = data[i] != 0;
        }
        return b;
    }

    static int[] ints(Object json) {
        List<?> l = (List<?>) json;
        int[] a = new int[l.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = ((Number) l.get(i)).intValue();
        }
        return a;
    }

    static double[] doubles(Object json) {
        List<?> l = (List<?>) json;
        double[] a = new double[l.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = ((Number) l.get(i)).doubleValue();
        }
        return a;
    }
}
