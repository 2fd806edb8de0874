package io.conex4j.core.behaviors.synapse;

import io.conex4j.core.runtime.Behavior;
import io.conex4j.core.runtime.Check;
import io.conex4j.core.runtime.Priorities;
import io.conex4j.core.runtime.SynapseGroup;

/**
 * CoNeX's AveragePool2D: the synapse current is {@code currentCoef} times the fraction of spiking sources in
 * each non-overlapping pooling window; the window is {@code (h / outH) x (w / outW)} of the source layout
 * {@code (ch, h, w)} onto the destination {@code (ch, outH, outW)}. Needs no weights. Priority 180.
 */
public final class AveragePool2D extends Behavior<SynapseGroup> {

    private final float currentCoef;
    private int ch;
    private int h;
    private int w;
    private int outH;
    private int outW;
    private int kh;
    private int kw;

    /** Coefficient of the pooled spike fraction. */
    public AveragePool2D(double currentCoef) {
        super(Priorities.DENDRITIC_INPUT);
        this.currentCoef = Check.finite("AveragePool2D", "currentCoef", currentCoef);
    }

    @Override
    public void initialize(SynapseGroup s) {
        ch = s.src().depth();
        h = s.src().height();
        w = s.src().width();
        outH = s.dst().height();
        outW = s.dst().width();
        if (s.dst().depth() != ch || h % outH != 0 || w % outW != 0) {
            throw new IllegalArgumentException("AveragePool2D on synapses " + s.name() + ": source [" + ch + ", " + h
                    + ", " + w + "] cannot be pooled onto destination [" + s.dst().depth() + ", " + outH + ", " + outW
                    + "]: channels must match and the sizes must divide");
        }
        if (s.behavior(PreSpikeCatcher.class) == null) {
            throw new IllegalStateException("AveragePool2D on synapses " + s.name()
                    + ": needs a PreSpikeCatcher on the same synapses");
        }
        kh = h / outH;
        kw = w / outW;
        s.current = new float[s.dst().size()];
    }

    @Override
    public void forward(SynapseGroup s) {
        float[] current = s.current;
        java.util.Arrays.fill(current, 0f);
        boolean[] pre = s.preSpike;
        float unit = currentCoef / (kh * kw);
        for (int i = 0; i < pre.length; i++) {
            if (pre[i]) {
                int c = i / (h * w);
                int y = (i / w) % h;
                int x = i % w;
                current[(c * outH + y / kh) * outW + x / kw] += unit;
            }
        }
    }
}
