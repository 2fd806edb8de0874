package io.conex4j.core.storage;

/**
 * The geometry of a 2-D convolution or local connection from an {@code inCh x h x w} layer to an
 * {@code outCh x outH x outW} layer with a {@code kH x kW} kernel, a stride and zero padding; flat indices
 * are channel-major, row-major ({@code (c * h + y) * w + x}).
 *
 * @param inCh input channels
 * @param h input height
 * @param w input width
 * @param outCh output channels
 * @param kH kernel height
 * @param kW kernel width
 * @param stride stride (&ge; 1)
 * @param padding zero padding on each side (&ge; 0)
 */
public record ConvGeometry(int inCh, int h, int w, int outCh, int kH, int kW, int stride, int padding) {

    /** Validates the parameters; the message names the shapes involved. */
    public ConvGeometry {
        if (stride < 1) {
            throw new IllegalArgumentException("convolution: stride (" + stride + ") must be >= 1");
        }
        if (padding < 0) {
            throw new IllegalArgumentException("convolution: padding (" + padding + ") must be >= 0");
        }
        if (kH < 1 || kW < 1 || kH > h + 2 * padding || kW > w + 2 * padding) {
            throw new IllegalArgumentException("convolution: kernel " + kH + "x" + kW + " must fit the padded input "
                    + (h + 2 * padding) + "x" + (w + 2 * padding) + " (input " + inCh + "x" + h + "x" + w + ", padding "
                    + padding + ")");
        }
    }

    /** Output height. */
    public int outH() {
        return (h + 2 * padding - kH) / stride + 1;
    }

    /** Output width. */
    public int outW() {
        return (w + 2 * padding - kW) / stride + 1;
    }

    /** Output positions per channel. */
    public int outSize() {
        return outH() * outW();
    }

    /** Inputs per receptive field: {@code inCh * kH * kW}. */
    public int connSize() {
        return inCh * kH * kW;
    }

    /** First output row whose receptive field contains input row {@code y}. */
    public int firstOut(int y, int k) {
        int num = y + padding - k + 1;
        return num <= 0 ? 0 : (num + stride - 1) / stride;
    }

    /** Last output row (inclusive) whose receptive field contains input row {@code y}, before clamping. */
    public int lastOut(int y) {
        return (y + padding) / stride;
    }

    /** Input index under kernel offset {@code (ky, kx)} of output position {@code (oy, ox)}, or -1 if padding. */
    public int inputAt(int c, int oy, int ox, int ky, int kx) {
        int y = oy * stride - padding + ky;
        int x = ox * stride - padding + kx;
        if (y < 0 || y >= h || x < 0 || x >= w) {
            return -1;
        }
        return (c * h + y) * w + x;
    }
}
