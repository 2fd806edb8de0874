package io.conex4j.core.behaviors.learning;

import io.conex4j.core.runtime.SynapseGroup;
import io.conex4j.core.storage.ConvGeometry;
import io.conex4j.core.storage.Weights;
import java.util.Arrays;

/**
 * CoNeX's Conv2dSTDP on shared convolution weights {@code (outCh, inCh, kH, kW)}: the trace rule summed over
 * every output position that uses a weight, divided by the number of output positions
 * ({@code outH * outW}):
 * {@code dW[o,c,ky,kx] = (aPlus * pb(W) * sum_pos postSpike[o,pos] * preTrace[in(pos,c,ky,kx)]
 * - aMinus * nb(W) * sum_pos postTrace[o,pos] * preSpike[in(pos,c,ky,kx)]) / (outH * outW)}.
 * Stride and padding come from the synapse (set by its convolutional dendrite). Event-driven.
 */
public final class Conv2dSTDP extends StdpRule {

    private ConvGeometry g;
    private float[] accPlus;
    private float[] accMinus;

    /** At the standard priority (500). */
    public Conv2dSTDP(StdpParams params) {
        super(params);
    }

    @Override
    protected void checkWeights(SynapseGroup s, Weights w) {
        int[] shape = w.shape();
        if (w.isSparse() || shape.length != 4) {
            throw new IllegalArgumentException(name() + " on synapses " + s.name() + ": weights " + w
                    + " must be dense 4-D (outCh, inCh, kH, kW)");
        }
        g = ConvShapes.geometry(name(), s, shape[1], shape[0], shape[2], shape[3], Arrays.toString(shape));
        accPlus = new float[w.storedCount()];
        accMinus = new float[w.storedCount()];
    }

    @Override
    public void forward(SynapseGroup s) {
        int nPre = spikingIndices(s.preSpike, preIdx);
        int nPost = spikingIndices(s.postSpike, postIdx);
        if (nPre == 0 && nPost == 0) {
            return;
        }
        Arrays.fill(accPlus, 0f);
        Arrays.fill(accMinus, 0f);
        int outSize = g.outSize();
        int outW = g.outW();
        int kSize = g.kH() * g.kW();
        int perOut = g.inCh() * kSize;
        float[] preTrace = s.preTrace;
        float[] postTrace = s.postTrace;
        for (int k = 0; k < nPost; k++) {
            int j = postIdx[k];
            int o = j / outSize;
            int pos = j % outSize;
            int oy = pos / outW;
            int ox = pos % outW;
            for (int c = 0; c < g.inCh(); c++) {
                for (int ky = 0; ky < g.kH(); ky++) {
                    for (int kx = 0; kx < g.kW(); kx++) {
                        int in = g.inputAt(c, oy, ox, ky, kx);
                        if (in >= 0) {
                            accPlus[o * perOut + c * kSize + ky * g.kW() + kx] += preTrace[in];
                        }
                    }
                }
            }
        }
        int hw = g.h() * g.w();
        for (int k = 0; k < nPre; k++) {
            int idx = preIdx[k];
            int c = idx / hw;
            int y = (idx / g.w()) % g.h();
            int x = idx % g.w();
            int oy1 = Math.min(g.lastOut(y), g.outH() - 1);
            int ox1 = Math.min(g.lastOut(x), outW - 1);
            for (int oy = g.firstOut(y, g.kH()); oy <= oy1; oy++) {
                int ky = y + g.padding() - oy * g.stride();
                for (int ox = g.firstOut(x, g.kW()); ox <= ox1; ox++) {
                    int kx = x + g.padding() - ox * g.stride();
                    int pos = oy * outW + ox;
                    int wi = c * kSize + ky * g.kW() + kx;
                    for (int o = 0; o < g.outCh(); o++) {
                        accMinus[o * perOut + wi] += postTrace[o * outSize + pos];
                    }
                }
            }
        }
        ConvShapes.apply(p, s.weights.values(), accPlus, accMinus, outSize);
    }
}
