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
        if (inCh < 1 || h < 1 || w < 1 || outCh < 1) {
            throw new IllegalArgumentException("convolution: input " + inCh + "x" + h + "x" + w + " and output channels "
                    + outCh + " must be >= 1");
        }
        long paddedH = h + 2L * padding;
        long paddedW = w + 2L * padding;
        if (paddedH > Integer.MAX_VALUE || paddedW > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("convolution: padding (" + padding + ") makes the padded input "
                    + paddedH + "x" + paddedW + ", more than an int index reaches; at most "
                    + (Integer.MAX_VALUE - Math.max(h, w)) / 2 + " fits input " + h + "x" + w);
        }
        if (kH < 1 || kW < 1 || kH > paddedH || kW > paddedW) {
            throw new IllegalArgumentException("convolution: kernel " + kH + "x" + kW + " must fit the padded input "
                    + paddedH + "x" + paddedW + " (input " + inCh + "x" + h + "x" + w + ", padding "
                    + padding + ")");
        }
        long outputs = Capacity.product((paddedH - kH) / stride + 1, (paddedW - kW) / stride + 1, outCh);
        long conn = Capacity.product(inCh, kH, kW);
        Capacity.arrayLength("convolution", "output " + outCh + "x" + ((paddedH - kH) / stride + 1) + "x"
                + ((paddedW - kW) / stride + 1) + " = " + outputs + " neurons", outputs);
        Capacity.arrayLength("convolution", "receptive field " + inCh + "x" + kH + "x" + kW + " = " + conn
                + " connections", conn);
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

    /** Receives one (output position, connection) pair from {@link #forEachCovering} or {@link #forEachInput}. */
    public interface Visitor {
        /**
         * @param pos the output position {@code oy * outW + ox}
         * @param conn the connection within the receptive field, {@code (c * kH + ky) * kW + kx}
         * @param input the input neuron {@code (c * h + y) * w + x}
         */
        void visit(int pos, int conn, int input);
    }

    /** Visits every output position whose receptive field holds input neuron {@code input}. */
    public void forEachCovering(int input, Visitor v) {
        int c = input / (h * w);
        int y = (input / w) % h;
        int x = input % w;
        int outH = outH();
        int outW = outW();
        int oy1 = Math.min(lastOut(y), outH - 1);
        int ox1 = Math.min(lastOut(x), outW - 1);
        for (int oy = firstOut(y, kH); oy <= oy1; oy++) {
            int ky = y + padding - oy * stride;
            for (int ox = firstOut(x, kW); ox <= ox1; ox++) {
                int kx = x + padding - ox * stride;
                v.visit(oy * outW + ox, (c * kH + ky) * kW + kx, input);
            }
        }
    }

    /** Visits every input neuron (not padding) in the receptive field of output position {@code pos}. */
    public void forEachInput(int pos, Visitor v) {
        int outW = outW();
        int oy = pos / outW;
        int ox = pos % outW;
        for (int c = 0; c < inCh; c++) {
            for (int ky = 0; ky < kH; ky++) {
                for (int kx = 0; kx < kW; kx++) {
                    int in = inputAt(c, oy, ox, ky, kx);
                    if (in >= 0) {
                        v.visit(pos, (c * kH + ky) * kW + kx, in);
                    }
                }
            }
        }
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
