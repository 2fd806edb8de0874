package io.conex4j.core.behaviors.learning;

import io.conex4j.core.runtime.DataFlow;
import io.conex4j.core.runtime.SpikeList;
import io.conex4j.core.runtime.SynapseGroup;
import io.conex4j.core.storage.ConvGeometry;
import java.util.Arrays;

/**
 * Base of the convolutional and local STDP rules: accumulates, event-driven, the pre-synaptic trace seen by
 * every spiking destination ({@code plus}) and the post-synaptic trace seen by every spiking source
 * ({@code minus}) per weight, then applies the bounded update. Subclasses give the geometry, the weight
 * index of (output channel, position, connection) and the divisor.
 */
abstract class ConvStdpRule extends StdpRule {

    /** The geometry, set by {@link #checkWeights}. */
    protected ConvGeometry g;
    private float[] accPlus;
    private float[] accMinus;
    private final Accumulate plus = new Accumulate();
    private final Accumulate minus = new Accumulate();

    ConvStdpRule(StdpParams params) {
        super(params);
    }

    /** Index of the weight linking output channel {@code o} at {@code pos} to connection {@code conn}. */
    abstract int weightIndex(int o, int pos, int conn);

    /** The number the update is divided by (CoNeX divides shared convolution weights by outH * outW). */
    abstract int divisor();

    /** Allocates the accumulators; call at the end of {@link #checkWeights}. */
    final void allocate(int weights) {
        accPlus = new float[weights];
        accMinus = new float[weights];
    }

    @Override
    public final void declare(SynapseGroup s, DataFlow flow) {
        super.declare(s, flow);
        flow.reads(s, SynapseGroup.GEOMETRY);
    }

    @Override
    public final void forward(SynapseGroup s) {
        SpikeList preList = preSpiking.get();
        SpikeList postList = postSpiking.get();
        int nPre = preList.count();
        int nPost = postList.count();
        int[] preIdx = preList.indices();
        int[] postIdx = postList.indices();
        if (nPre == 0 && nPost == 0) {
            return;
        }
        Arrays.fill(accPlus, 0f);
        Arrays.fill(accMinus, 0f);
        int outSize = g.outSize();
        plus.set(accPlus, preTrace, false);
        for (int k = 0; k < nPost; k++) {
            plus.o = postIdx[k] / outSize;
            g.forEachInput(postIdx[k] % outSize, plus);
        }
        minus.set(accMinus, postTrace, true);
        for (int k = 0; k < nPre; k++) {
            g.forEachCovering(preIdx[k], minus);
        }
        ConvShapes.apply(p, weights.get().values(), accPlus, accMinus, divisor());
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
