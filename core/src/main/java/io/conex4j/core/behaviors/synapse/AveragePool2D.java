package io.conex4j.core.behaviors.synapse;

import io.conex4j.core.behaviors.neuron.SimpleDendriteStructure;
import io.conex4j.core.runtime.Behavior;
import io.conex4j.core.runtime.Check;
import io.conex4j.core.runtime.DataFlow;
import io.conex4j.core.runtime.Priorities;
import io.conex4j.core.runtime.Slot;
import io.conex4j.core.runtime.SpikeList;
import io.conex4j.core.runtime.SynapseGroup;
import io.conex4j.core.runtime.SynapticCurrent;
import java.util.Map;

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
    private Slot<SpikeList> spiking;
    private SynapticCurrent current;

    /** Coefficient of the pooled spike fraction. */
    public AveragePool2D(double currentCoef) {
        super(Priorities.DENDRITIC_INPUT);
        this.currentCoef = Check.finite("AveragePool2D", "currentCoef", currentCoef);
    }

    /** currentCoef. */
    @Override
    public Map<String, Object> parameters() {
        return Map.of("currentCoef", (double) currentCoef);
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
        kh = h / outH;
        kw = w / outW;
        spiking = s.slot(SynapseGroup.PRE_SPIKING);
        current = new SynapticCurrent(s.dst().size());
        s.put(SynapseGroup.CURRENT, current);
    }

    @Override
    public void declare(SynapseGroup s, DataFlow flow) {
        flow.readsLatest(s, SynapseGroup.PRE_SPIKING).orAdd(PreSpikeCatcher::new)
                .creates(s, SynapseGroup.CURRENT)
                .writes(s, SynapseGroup.CURRENT).unlessRead(s.dst(), SimpleDendriteStructure::new);
    }

    @Override
    public void forward(SynapseGroup s) {
        current.clear();
        SpikeList list = spiking.get();
        if (list.count() == 0) {
            return;
        }
        float[] out = current.accumulate();
        int[] spikingSources = list.indices();
        float unit = currentCoef / (kh * kw);
        for (int k = 0; k < list.count(); k++) {
            int i = spikingSources[k];
            int c = i / (h * w);
            int y = (i / w) % h;
            int x = i % w;
            out[(c * outH + y / kh) * outW + x / kw] += unit;
        }
    }
}
