package io.conex4j.core.transforms;

import io.conex4j.core.runtime.Check;
import java.util.List;

/**
 * CoNeX's {@code Conv2dFilter}: a 2-D cross-correlation of the image with a bank of filters, as
 * {@code torch.nn.functional.conv2d} (no flip, zero padding): output channel {@code o} at {@code (y, x)} is
 * {@code sum over c, i, j of filter_o[c][i][j] * image[c][y*stride + i - padding][x*stride + j - padding]}. Every
 * filter has the image's channels (a one-channel filter for a grey image, e.g. from {@link Filters}) and the same
 * height and width; the output has one channel per filter, {@code (H + 2 padding - kH) / stride + 1} rows and
 * {@code (W + 2 padding - kW) / stride + 1} columns. Sums in double, stored as float32.
 */
public final class Conv2dFilter implements ImageTransform {

    private static final String WHO = "Conv2dFilter";

    private final List<Image> filters;
    private final int stride;
    private final int padding;

    /**
     * @param filters at least one, all of the same shape
     * @param stride &gt;= 1
     * @param padding zeros added on every side, &gt;= 0
     * @throws IllegalArgumentException naming the parameter, its value and the allowed range
     */
    public Conv2dFilter(List<Image> filters, int stride, int padding) {
        if (filters == null || filters.isEmpty() || filters.stream().anyMatch(java.util.Objects::isNull)) {
            throw new IllegalArgumentException(WHO + ": filters (" + filters + ") must be at least one filter image");
        }
        Image first = filters.get(0);
        for (int k = 1; k < filters.size(); k++) {
            Image f = filters.get(k);
            if (f.channels() != first.channels() || f.height() != first.height() || f.width() != first.width()) {
                throw new IllegalArgumentException(WHO + ": filter " + k + " is " + shape(f) + ", filter 0 is "
                        + shape(first) + "; all filters must have the same shape");
            }
        }
        if (stride < 1) {
            throw new IllegalArgumentException(WHO + ": stride (" + stride + ") must be >= 1");
        }
        if (padding < 0) {
            throw new IllegalArgumentException(WHO + ": padding (" + padding + ") must be >= 0");
        }
        this.filters = List.copyOf(filters);
        this.stride = stride;
        this.padding = padding;
    }

    /** One or more filters with stride 1 and no padding. */
    public static Conv2dFilter of(Image... filters) {
        if (filters == null) {
            throw new IllegalArgumentException(WHO + ": filters must be at least one filter image, not null");
        }
        return new Conv2dFilter(java.util.Arrays.asList(filters), 1, 0);
    }

    private static String shape(Image i) {
        return i.channels() + " x " + i.height() + " x " + i.width();
    }

    @Override
    public Image apply(Image image) {
        if (image == null) {
            throw new IllegalArgumentException(WHO + ": apply needs an image, not null");
        }
        Image f0 = filters.get(0);
        int kh = f0.height();
        int kw = f0.width();
        if (f0.channels() != image.channels()) {
            throw new IllegalArgumentException(WHO + ": the filters have " + f0.channels() + " channels, the image "
                    + shape(image) + " has " + image.channels() + "; they must match");
        }
        long oh = ((long) image.height() + 2L * padding - kh) / stride + 1;
        long ow = ((long) image.width() + 2L * padding - kw) / stride + 1;
        if (image.height() + 2L * padding < kh || image.width() + 2L * padding < kw) {
            throw new IllegalArgumentException(WHO + ": the image " + shape(image) + " with padding " + padding
                    + " is smaller than the filters (" + kh + " x " + kw + ")");
        }
        int outChannels = filters.size();
        String output = "the output of " + outChannels + " x " + oh + " x " + ow + " values (image " + shape(image)
                + ", padding " + padding + ", stride " + stride + ")";
        int n = Check.arrayLength(WHO, output, Check.product(outChannels, oh, ow));
        Check.fitsInHeap(WHO, output, 4L * n);
        float[] out = new float[n];
        int channels = image.channels();
        for (int o = 0; o < outChannels; o++) {
            float[] w = filters.get(o).pixels();
            for (int y = 0; y < oh; y++) {
                for (int x = 0; x < ow; x++) {
                    double sum = 0;
                    for (int c = 0; c < channels; c++) {
                        for (int i = 0; i < kh; i++) {
                            int iy = y * stride + i - padding;
                            if (iy < 0 || iy >= image.height()) {
                                continue;
                            }
                            for (int j = 0; j < kw; j++) {
                                int ix = x * stride + j - padding;
                                if (ix >= 0 && ix < image.width()) {
                                    sum += (double) w[(c * kh + i) * kw + j] * image.at(c, iy, ix);
                                }
                            }
                        }
                    }
                    out[(o * (int) oh + y) * (int) ow + x] = (float) sum;
                }
            }
        }
        return new Image(outChannels, (int) oh, (int) ow, out);
    }
}
