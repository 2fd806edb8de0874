package io.conex4j.core.behaviors.learning;

import io.conex4j.core.runtime.SpikeList;
import io.conex4j.core.storage.ConvGeometry;
import java.util.Arrays;

/**
 * The trace STDP change of convolutional (shared) and local weights, event-driven: per weight, the pre-synaptic
 * trace seen by every spiking destination ({@code plus}) and the post-synaptic trace seen by every spiking source
 * ({@code minus}), then {@code dW = (plus * pb(W) * aPlus - minus * nb(W) * aMinus) / divisor} (CoNeX's order of
 * operations: the bound before the rate, shared weights divided by the number of output positions). Used by the
 * STDP rules, which add dW to the weights, and by the RSTDP rules, which feed it to the eligibility.
 */
final class ConvStdpDelta {

    private final ConvGeometry g;
    private final boolean shared;
    private final int quirkRows;
    private final float[] accPlus;
    private final float[] accMinus;
    private final Accumulate plus = new Accumulate();
    private final Accumulate minus = new Accumulate();

    /**
     * @param g the geometry
     * @param shared shared convolution weights {@code (outCh, inCh, kH, kW)} (else local weights
     *     {@code (outCh, outH*outW, inCh*kH*kW)})
     * @param quirkRows 0 for the post-synaptic spikes; otherwise CoNeX's Local2dSTDP bug: the potentiation's
     *     "post spike" of output {@code (o, pos)} is the pre-synaptic spike {@code o * quirkRows + (quirkRows == 1 ? 0
     *     : pos)}, the source spikes viewed as {@code (outCh, quirkRows)}
     */
    ConvStdpDelta(ConvGeometry g, boolean shared, int quirkRows) {
        this.g = g;
        this.shared = shared;
        this.quirkRows = quirkRows;
        int weights = shared ? g.outCh() * g.connSize() : g.outCh() * g.outSize() * g.connSize();
        accPlus = new float[weights];
        accMinus = new float[weights];
    }

    int weightIndex(int o, int pos, int conn) {
        return shared ? o * g.connSize() + conn : (o * g.outSize() + pos) * g.connSize() + conn;
    }

    /** What the change is divided by: outH * outW for shared weights, 1 for local ones. */
    int divisor() {
        return shared ? g.outSize() : 1;
    }

    /** Sums the traces over this iteration's spikes; false (and nothing summed) when no neuron spiked. */
    boolean accumulate(SpikeList pre, SpikeList post, float[] preTrace, float[] postTrace) {
        int nPre = pre.count();
        int nPost = post.count();
        if (nPre == 0 && (nPost == 0 || quirkRows > 0)) {
            return false;
        }
        Arrays.fill(accPlus, 0f);
        Arrays.fill(accMinus, 0f);
        int outSize = g.outSize();
        plus.set(accPlus, preTrace, false);
        if (quirkRows == 0) {
            int[] postIdx = post.indices();
            for (int k = 0; k < nPost; k++) {
                plus.o = postIdx[k] / outSize;
                g.forEachInput(postIdx[k] % outSize, plus);
            }
        } else {
            int[] preIdx = pre.indices();
            for (int k = 0; k < nPre; k++) {
                plus.o = preIdx[k] / quirkRows;
                if (quirkRows == 1) {
                    for (int pos = 0; pos < outSize; pos++) {
                        g.forEachInput(pos, plus);
                    }
                } else {
                    g.forEachInput(preIdx[k] % quirkRows, plus);
                }
            }
        }
        minus.set(accMinus, postTrace, true);
        int[] preIdx = pre.indices();
        for (int k = 0; k < nPre; k++) {
            g.forEachCovering(preIdx[k], minus);
        }
        return true;
    }

    /**
     * {@code w += dW} where something accumulated (after {@link #accumulate} returned true), each changed weight then
     * clamped when the parameters clamp.
     */
    void apply(StdpParams p, float[] w) {
        for (int k = 0; k < w.length; k++) {
            if (accPlus[k] != 0f || accMinus[k] != 0f) {
                w[k] = p.settle(w[k] + change(p, w[k], k));
            }
        }
    }

    /** {@code out = dW} for every weight (after {@link #accumulate} returned true). */
    void delta(StdpParams p, float[] w, float[] out) {
        for (int k = 0; k < w.length; k++) {
            out[k] = accPlus[k] != 0f || accMinus[k] != 0f ? change(p, w[k], k) : 0f;
        }
    }

    private float change(StdpParams p, float v, int k) {
        float dwPlus = accPlus[k] * p.positiveBound().factor(v, p.wMin(), p.wMax()) * p.aPlus();
        float dwMinus = accMinus[k] * p.negativeBound().factor(v, p.wMin(), p.wMax()) * p.aMinus();
        int divisor = divisor();
        return divisor == 1 ? dwPlus - dwMinus : (dwPlus - dwMinus) / divisor;
    }

    /** Adds a trace into an accumulator for one (position, connection) pair; no allocation per spike. */
    private final class Accumulate implements ConvGeometry.Visitor {
        private float[] acc;
        private float[] trace;
        private boolean everyChannel;
        private int o;

        void set(float[] accumulator, float[] source, boolean allChannels) {
            acc = accumulator;
            trace = source;
            everyChannel = allChannels;
        }

        @Override
        public void visit(int pos, int conn, int input) {
            if (!everyChannel) {
                acc[weightIndex(o, pos, conn)] += trace[input];
                return;
            }
            int outSize = g.outSize();
            for (int c = 0; c < g.outCh(); c++) {
                acc[weightIndex(c, pos, conn)] += trace[c * outSize + pos];
            }
        }
    }
}
