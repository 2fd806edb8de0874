package io.conex4j.core.data;

import io.conex4j.core.runtime.Check;

/** Images and labels copied into memory; see {@link ImageDataset#of(float[][], int[])}. */
final class InMemoryImages implements ImageDataset {

    private static final String WHO = "ImageDataset";

    private final float[][] images;
    private final int[] labels;

    InMemoryImages(float[][] images, int[] labels) {
        if (images == null || images.length == 0) {
            throw new IllegalArgumentException(WHO + ": images (" + (images == null ? "null" : "none")
                    + ") must hold at least one image");
        }
        Labels.check(WHO, labels, images.length);
        int pixels = -1;
        float[][] copy = new float[images.length][];
        for (int k = 0; k < images.length; k++) {
            float[] img = images[k];
            if (img == null || img.length == 0) {
                throw new IllegalArgumentException(WHO + ": image " + k + " is " + (img == null ? "null" : "empty")
                        + "; every image needs at least one pixel");
            }
            if (pixels >= 0 && img.length != pixels) {
                throw new IllegalArgumentException(WHO + ": image " + k + " has " + img.length
                        + " pixels, image 0 has " + pixels + "; all images must have the same size");
            }
            pixels = img.length;
            Check.allFinite(WHO, "image " + k, img);
            copy[k] = img.clone();
        }
        this.images = copy;
        this.labels = labels == null ? null : labels.clone();
    }

    @Override
    public int size() {
        return images.length;
    }

    @Override
    public float[] image(int index) {
        return images[Labels.index(WHO, index, images.length)];
    }

    @Override
    public int label(int index) {
        int k = Labels.index(WHO, index, images.length);
        return labels == null ? UNLABELED : labels[k];
    }
}
