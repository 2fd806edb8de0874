package io.conex4j.core.transforms;

import io.conex4j.core.runtime.Check;

/**
 * CoNeX's {@code DivideSignPolarity}: splits an image into its positive and negative parts, an on and an off
 * channel per channel: {@code C x H x W} becomes {@code 2C x H x W}, the first {@code C} channels holding
 * {@code max(v, 0)} and the last {@code C} holding {@code max(-v, 0)}. After a difference-of-Gaussians filter this
 * gives the on-centre and off-centre responses as two non-negative maps an encoder can take.
 */
public final class SignPolarity implements ImageTransform {

    /** The transform (it has no parameters). */
    public static final SignPolarity INSTANCE = new SignPolarity();

    private SignPolarity() {
    }

    @Override
    public Image apply(Image image) {
        if (image == null) {
            throw new IllegalArgumentException("SignPolarity: apply needs an image, not null");
        }
        float[] in = image.pixels();
        int n = in.length;
        String output = "twice the " + n + " values of " + image.channels() + " x " + image.height() + " x "
                + image.width();
        int total = Check.arrayLength("SignPolarity", output, 2L * n);
        Check.fitsInHeap("SignPolarity", output, 4L * total);
        float[] out = new float[total];
        for (int i = 0; i < n; i++) {
            float v = in[i];
            out[i] = v > 0 ? v : 0f;
            out[n + i] = v < 0 ? -v : 0f;
        }
        return new Image(2 * image.channels(), image.height(), image.width(), out);
    }
}
