package io.conex4j.core.behaviors.learning;

import io.conex4j.core.runtime.SynapseGroup;
import io.conex4j.core.storage.ConvGeometry;
import io.conex4j.core.storage.Weights;
import java.util.Arrays;

/**
 * CoNeX's Local2dSTDP on locally connected weights {@code (outCh, outH*outW, inCh*kH*kW)}:
 * {@code dW[o,pos,conn] = aPlus * pb(W) * postSpike[o,pos] * preTrace[in(pos,conn)]
 * - aMinus * nb(W) * postTrace[o,pos] * preSpike[in(pos,conn)]}. CoNeX builds the post-synaptic spikes of
 * this rule from the pre-synaptic ones (a bug); conex4j uses the post-synaptic spikes. The kernel comes from
 * the synapse's {@code kernelShape}, stride and padding from its local dendrite. Event-driven.
 */
public final class Local2dSTDP extends StdpRule {

    private ConvGeometry g;
    private float[] accPlus;
    private float[] accMinus;

    /** At the standard priority (500). */
    public Local2dSTDP(StdpParams params) {
        super(params);
    }

    @Override
    protected void checkWeights(SynapseGroup s, Weights w) {
        int[] shape = w.shape();
        int[] k = s.kernelShape;
        if (w.isSparse() || shape.length != 3 || k == null || k.length < 2) {
            throw new IllegalArgumentException(name() + " on synapses " + s.name() + ": weights " + w
                    + " must be dense 3-D (outCh, outH*outW, inCh*kH*kW) with a kernelShape");
        }
        g = ConvShapes.geometry(name(), s, s.src().depth(), shape[0], k[k.length - 2], k[k.length - 1],
                Arrays.toString(shape));
        if (shape[1] != g.outSize() || shape[2] != g.connSize()) {
            throw new IllegalArgumentException(name() + " on synapses " + s.name() + ": weights "
                    + Arrays.toString(shape) + " must be [" + shape[0] + ", " + g.outSize() + ", " + g.connSize() + "]");
        }
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
        int conn = g.connSize();
        float[] preTrace = s.preTrace;
        float[] postTrace = s.postTrace;
        for (int k = 0; k < nPost; k++) {
            int j = postIdx[k];
            int pos = j % outSize;
            int oy = pos / outW;
            int ox = pos % outW;
            int rowBase = j * conn;
            for (int c = 0; c < g.inCh(); c++) {
                for (int ky = 0; ky < g.kH(); ky++) {
                    for (int kx = 0; kx < g.kW(); kx++) {
                        int in = g.inputAt(c, oy, ox, ky, kx);
                        if (in >= 0) {
                            accPlus[rowBase + c * kSize + ky * g.kW() + kx] += preTrace[in];
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
                    int ci = c * kSize + ky * g.kW() + kx;
                    for (int o = 0; o < g.outCh(); o++) {
                        int row = o * outSize + pos;
                        accMinus[row * conn + ci] += postTrace[row];
                    }
                }
            }
        }
        ConvShapes.apply(p, s.weights.values(), accPlus, accMinus, 1);
    }
}
