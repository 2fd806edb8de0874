package io.conex4j.core.transforms;

import io.conex4j.core.data.ImageDataset;

/**
 * Maps an image to a new image (the given one is not modified): a convolution with filters ({@link Conv2dFilter}),
 * the on/off split of signs ({@link SignPolarity}), or any user function; CoNeX's image transforms
 * ({@code helpers/transforms/misc.py}), applied to the samples of a dataset with {@link #over}.
 */
@FunctionalInterface
public interface ImageTransform {

    /**
     * The transformed image.
     *
     * @throws IllegalArgumentException if the image does not fit the transform (naming the shapes)
     */
    Image apply(Image image);

    /** This transform, then {@code next}. */
    default ImageTransform andThen(ImageTransform next) {
        if (next == null) {
            throw new IllegalArgumentException("ImageTransform: andThen needs a transform, not null");
        }
        return image -> next.apply(apply(image));
    }

    /**
     * The images of {@code source}, each read as {@code channels x height x width} and transformed when asked for
     * (labels unchanged), for a dataset input whose group has the transformed size.
     *
     * @throws IllegalArgumentException if a dimension is below 1 or {@code source} is null
     */
    default ImageDataset over(ImageDataset source, int channels, int height, int width) {
        if (source == null) {
            throw new IllegalArgumentException("ImageTransform: over needs a dataset, not null");
        }
        Image.checkShape(channels, height, width);
        return ImageDataset.of(source.size(), k -> {
            Image in;
            try {
                in = new Image(channels, height, width, source.image(k));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("ImageTransform: sample " + k + ": " + e.getMessage(), e);
            }
            return apply(in).pixels();
        }, source::label);
    }
}
