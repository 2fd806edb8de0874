package io.conex4j.core.io;

import io.conex4j.core.data.ImageDataset;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * Reads the IDX format of MNIST's files ({@code train-images-idx3-ubyte}, {@code train-labels-idx1-ubyte},
 * gzipped or not): a big-endian header (two zero bytes, a type byte, the number of dimensions, one 32-bit size
 * per dimension), then the values. Unsigned bytes only, the type MNIST uses; images come back scaled to
 * [0, 1] as float32 ({@code value / 255}), labels as ints. A header that claims more values than the file holds
 * is an error that costs no more memory than the file.
 */
public final class Idx {

    /** The IDX type code of unsigned bytes. */
    static final int UNSIGNED_BYTE = 0x08;
    /** The largest file content read: one Java array of bytes. */
    static final long MAX_VALUES = Integer.MAX_VALUE - 8;

    /**
     * The values of an IDX file with their shape.
     *
     * @param shape the dimensions, outermost first (e.g. {@code [60000, 28, 28]})
     * @param values the unsigned bytes as ints 0..255, row-major
     */
    public record Array(int[] shape, int[] values) {

        /** How many items (the first dimension). */
        public int count() {
            return shape[0];
        }

        /** Values per item (the product of the other dimensions). */
        public int itemSize() {
            int n = 1;
            for (int d = 1; d < shape.length; d++) {
                n *= shape[d];
            }
            return n;
        }
    }

    private Idx() {
    }

    /** Reads an IDX file of unsigned bytes ({@code .gz} is unpacked on the fly). */
    public static Array read(Path file) throws IOException {
        try (InputStream raw = Files.newInputStream(file)) {
            InputStream in = new BufferedInputStream(raw);
            in.mark(2);
            int b0 = in.read();
            int b1 = in.read();
            in.reset();
            if (b0 == 0x1f && b1 == 0x8b) {
                in = new BufferedInputStream(new GZIPInputStream(in));
            }
            return read(in, file.toString());
        }
    }

    /** Reads IDX content from a stream; {@code source} names it in errors. */
    public static Array read(InputStream stream, String source) throws IOException {
        DataInputStream in = new DataInputStream(stream);
        try {
            int zero = in.readUnsignedShort();
            int type = in.readUnsignedByte();
            int dims = in.readUnsignedByte();
            if (zero != 0) {
                throw new IllegalArgumentException(source + ": not an IDX file (the first two bytes are not zero)");
            }
            if (type != UNSIGNED_BYTE) {
                throw new IllegalArgumentException(source + ": IDX type 0x" + Integer.toHexString(type)
                        + " is not supported; allowed: 0x08 (unsigned bytes, as MNIST)");
            }
            if (dims < 1) {
                throw new IllegalArgumentException(source + ": an IDX file needs at least one dimension");
            }
            int[] shape = new int[dims];
            long n = 1;
            for (int d = 0; d < dims; d++) {
                shape[d] = in.readInt();
                if (shape[d] < 0) {
                    throw new IllegalArgumentException(source + ": dimension " + d + " is " + Integer.toUnsignedString(
                            shape[d]) + ", more than an array holds");
                }
                n *= shape[d];
                if (n > MAX_VALUES) {
                    throw new IllegalArgumentException(source + ": shape " + Arrays.toString(shape)
                            + " holds more values than one array (" + MAX_VALUES + ")");
                }
            }
            // readNBytes grows its buffer as data arrives: a header that claims more than the file holds
            // costs only what the file holds.
            byte[] bytes = in.readNBytes((int) n);
            if (bytes.length < n) {
                throw new IllegalArgumentException(source + ": shape " + Arrays.toString(shape) + " needs " + n
                        + " values but the file holds " + bytes.length);
            }
            if (in.read() != -1) {
                throw new IllegalArgumentException(source + ": data continues beyond the " + n + " values of shape "
                        + Arrays.toString(shape));
            }
            int[] values = new int[bytes.length];
            for (int i = 0; i < bytes.length; i++) {
                values[i] = bytes[i] & 0xff;
            }
            return new Array(shape, values);
        } catch (EOFException e) {
            throw new IllegalArgumentException(source + ": the file ends before its header and values do", e);
        }
    }

    /** The items of an image file as float32 rows scaled to [0, 1] ({@code value / 255}). */
    public static float[][] images(Array a) {
        int size = a.itemSize();
        float[][] out = new float[a.count()][size];
        for (int k = 0; k < a.count(); k++) {
            for (int i = 0; i < size; i++) {
                out[k][i] = a.values()[k * size + i] / 255f;
            }
        }
        return out;
    }

    /** The values of a one-dimensional label file. */
    public static int[] labels(Array a) {
        if (a.shape().length != 1) {
            throw new IllegalArgumentException("labels: an IDX label file is one-dimensional, this one has shape "
                    + Arrays.toString(a.shape()));
        }
        return a.values().clone();
    }

    /**
     * An image file and its label file as an {@link ImageDataset} for a dataset input: image {@code k} scaled to
     * [0, 1] ({@code value / 255}, made when asked for, so the dataset holds the file's bytes only) with label
     * {@code k}.
     *
     * @throws IllegalArgumentException if either file is damaged, holds no image, or the counts differ
     */
    public static ImageDataset dataset(Path images, Path labels) throws IOException {
        Array img = read(images);
        int[] lab = labels(read(labels));
        if (lab.length != img.count()) {
            throw new IllegalArgumentException(labels + ": " + lab.length + " labels for the " + img.count()
                    + " images of " + images + "; give the label file of the same set");
        }
        return dataset(img, lab, images.toString());
    }

    /** An image file as an unlabeled {@link ImageDataset}; see {@link #dataset(Path, Path)}. */
    public static ImageDataset dataset(Path images) throws IOException {
        return dataset(read(images), null, images.toString());
    }

    private static ImageDataset dataset(Array img, int[] labels, String source) {
        int count = img.count();
        int size = img.itemSize();
        if (count < 1 || size < 1) {
            throw new IllegalArgumentException(source + ": shape " + Arrays.toString(img.shape())
                    + " holds no image; a dataset needs at least one image of at least one value");
        }
        int[] values = img.values();
        return ImageDataset.of(count, k -> {
            float[] out = new float[size];
            for (int i = 0; i < size; i++) {
                out[i] = values[k * size + i] / 255f;
            }
            return out;
        }, k -> labels == null ? ImageDataset.UNLABELED : labels[k]);
    }
}
