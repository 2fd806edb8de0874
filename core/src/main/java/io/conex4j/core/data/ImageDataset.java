package io.conex4j.core.data;

import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;

/**
 * A dataset of images: each sample a flat float32 array of intensities (any layout; channel, row, column for the
 * image transforms), as many as the neurons of the group that shows them. A user implements it in a few lines:
 *
 * <pre>{@code
 * ImageDataset bars = new ImageDataset() {
 *     public int size() { return 4; }
 *     public float[] image(int i) { return barImage(i); }
 *     public int label(int i) { return i; }
 * };
 * }</pre>
 */
public interface ImageDataset extends Dataset {

    /**
     * The intensities of sample {@code index}; the caller does not modify the array.
     *
     * @param index in {@code [0, size())}
     */
    float[] image(int index);

    /**
     * Labeled images held in memory (copied; every image the same length, every value finite, labels &gt;= 0).
     *
     * @throws IllegalArgumentException naming the image or label that is missing, empty or out of range
     */
    static ImageDataset of(float[][] images, int[] labels) {
        return new InMemoryImages(images, labels);
    }

    /** Unlabeled images held in memory (copied); see {@link #of(float[][], int[])}. */
    static ImageDataset of(float[][] images) {
        return new InMemoryImages(images, null);
    }

    /**
     * Images computed on demand: {@code image.apply(i)} and {@code label.applyAsInt(i)} for {@code i < size}; an
     * index outside {@code [0, size)} is refused before either function sees it.
     *
     * @throws IllegalArgumentException if {@code size < 1} or a function is null
     */
    static ImageDataset of(int size, IntFunction<float[]> image, IntUnaryOperator label) {
        if (size < 1) {
            throw new IllegalArgumentException("ImageDataset: size (" + size + ") must be >= 1 (samples)");
        }
        if (image == null || label == null) {
            throw new IllegalArgumentException("ImageDataset: the " + (image == null ? "image" : "label")
                    + " function must not be null");
        }
        return new ImageDataset() {
            @Override
            public int size() {
                return size;
            }

            @Override
            public float[] image(int index) {
                return image.apply(Labels.index("ImageDataset", index, size));
            }

            @Override
            public int label(int index) {
                return label.applyAsInt(Labels.index("ImageDataset", index, size));
            }
        };
    }
}
