package io.conex4j.core.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/** Comma-separated exports with a header line; written atomically ({@link AtomicFiles}). */
public final class Csv {

    private Csv() {
    }

    /** Spikes as {@code iteration,neuron} lines. */
    public static void spikes(Path path, long[] iterations, int[] indices) throws IOException {
        if (iterations.length != indices.length) {
            throw new IllegalArgumentException("csv: " + iterations.length + " iterations but " + indices.length
                    + " indices");
        }
        write(path, w -> {
            w.write("iteration,neuron\n");
            for (int k = 0; k < iterations.length; k++) {
                w.write(Long.toString(iterations[k]));
                w.write(',');
                w.write(Integer.toString(indices[k]));
                w.write('\n');
            }
        });
    }

    /** A row-major {@code rows x cols} matrix, one line per row, columns {@code c0..c{cols-1}}. */
    public static void matrix(Path path, float[] data, int rows, int cols) throws IOException {
        if ((long) rows * cols != data.length) {
            throw new IllegalArgumentException("csv: " + rows + "x" + cols + " needs " + (long) rows * cols
                    + " values, got " + data.length);
        }
        write(path, w -> {
            StringBuilder head = new StringBuilder();
            for (int j = 0; j < cols; j++) {
                head.append(j == 0 ? "" : ",").append('c').append(j);
            }
            w.write(head.append('\n').toString());
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < rows; i++) {
                line.setLength(0);
                for (int j = 0; j < cols; j++) {
                    if (j > 0) {
                        line.append(',');
                    }
                    line.append(String.format(Locale.ROOT, "%s", data[i * cols + j]));
                }
                w.write(line.append('\n').toString());
            }
        });
    }

    /** Sparse weights as {@code src,dst,weight} lines. */
    public static void triplets(Path path, int[] src, int[] dst, float[] values) throws IOException {
        write(path, w -> {
            w.write("src,dst,weight\n");
            for (int k = 0; k < values.length; k++) {
                w.write(src[k] + "," + dst[k] + "," + values[k] + "\n");
            }
        });
    }

    private interface Lines {
        void write(Writer w) throws IOException;
    }

    private static void write(Path path, Lines lines) throws IOException {
        AtomicFiles.write(path, out -> {
            Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
            lines.write(w);
            w.flush();
        });
    }
}
