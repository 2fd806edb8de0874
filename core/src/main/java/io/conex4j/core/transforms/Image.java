package io.conex4j.core.transforms;

import io.conex4j.core.runtime.Check;

/**
 * An image for the transforms: {@code channels x height x width} float32 intensities, flat, channel-major then
 * row-major (as a neuron group's {@code depth x height x width} layout). The pixels are not copied; a transform
 * makes a new image and never modifies the one it is given. Filters ({@link Filters}) are one-channel images too.
 *
 * @param channels at least 1
 * @param height at least 1
 * @param width at least 1
 * @param pixels {@code channels * height * width} values
 */
public record Image(int channels, int height, int width, float[] pixels) {

    /**
     * @throws IllegalArgumentException if a dimension is below 1 or the pixels do not fill the shape
     */
    public Image {
        long n = checkShape(channels, height, width);
        if (pixels == null || pixels.length != n) {
            throw new IllegalArgumentException("Image: " + (pixels == null ? "no pixels" : pixels.length + " pixels")
                    + " for the shape " + channels + " x " + height + " x " + width + " = " + n + " values");
        }
    }

    /** The value at channel {@code c}, row {@code y}, column {@code x}. */
    public float at(int c, int y, int x) {
        return pixels[(c * height + y) * width + x];
    }

    /** The number of values, {@code channels * height * width}. */
    public int size() {
        return pixels.length;
    }

    /** Checks a shape and returns its number of values, which fits one array. */
    static int checkShape(int channels, int height, int width) {
        if (channels < 1 || height < 1 || width < 1) {
            throw new IllegalArgumentException("Image: shape " + channels + " x " + height + " x " + width
                    + " must be >= 1 in every dimension (channels x height x width)");
        }
        return Check.arrayLength("Image", "shape " + channels + " x " + height + " x " + width,
                Check.product(channels, height, width));
    }
}
