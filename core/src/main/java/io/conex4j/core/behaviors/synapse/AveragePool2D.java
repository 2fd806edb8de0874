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
import java.util.Arrays;
import java.util.Map;

/**
 * CoNeX's AveragePool2D: {@code I = currentCoef * currentType * avg}, where {@code avg} is the adaptive average
 * pooling of the caught source spikes (as 0/1) from the source layout {@code (ch, h, w)} onto the destination's
 * {@code (ch, outH, outW)}: output {@code (i, j)} averages rows {@code floor(i*h/outH)} to
 * {@code ceil((i+1)*h/outH) - 1} and the same for columns, so windows overlap when the sizes do not divide.
 * {@code currentType} is -1 when the source or the synapse is tagged {@code inh} or {@code GABA}. Needs no
 * weights. Priority 180.
 */
public final class AveragePool2D extends Behavior<SynapseGroup> {

    private final float currentCoef;
    private int currentType;
    private float factor;
    private int h;
    private int w;
    private int outH;
    private int outW;
    private int[] rowFirst;
    private int[] rowLast;
    private int[] colFirst;
    private int[] colLast;
    private float[] area;
    private float[] counts;
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

    /** The coefficient. */
    public float currentCoef() {
        return currentCoef;
    }

    /** -1 when the source or the synapse is tagged inhibitory, +1 otherwise; known after initialize. */
    public int currentType() {
        return currentType;
    }

    /** The destination's {@code (outH, outW)}, CoNeX's output shape; known after initialize. */
    public int[] outputShape() {
        return new int[] {outH, outW};
    }

    @Override
    public void declare(SynapseGroup s, DataFlow flow) {
        flow.readsLatest(s, SynapseGroup.PRE_SPIKING).orAdd(PreSpikeCatcher::new)
                .creates(s, SynapseGroup.CURRENT)
                .writes(s, SynapseGroup.CURRENT).unlessRead(s.dst(), SimpleDendriteStructure::new);
    }

    @Override
    public void initialize(SynapseGroup s) {
        int ch = s.src().depth();
        if (s.dst().depth() != ch) {
            throw new IllegalArgumentException("AveragePool2D on synapses " + s.name() + ": source [" + ch + ", "
                    + s.src().height() + ", " + s.src().width() + "] cannot be pooled onto destination ["
                    + s.dst().depth() + ", " + s.dst().height() + ", " + s.dst().width() + "]: the channels must match");
        }
        h = s.src().height();
        w = s.src().width();
        outH = s.dst().height();
        outW = s.dst().width();
        rowFirst = new int[h];
        rowLast = new int[h];
        colFirst = new int[w];
        colLast = new int[w];
        windows(h, outH, rowFirst, rowLast);
        windows(w, outW, colFirst, colLast);
        area = new float[outH * outW];
        for (int i = 0; i < outH; i++) {
            for (int j = 0; j < outW; j++) {
                area[i * outW + j] = (float) ((long) (end(i, h, outH) - start(i, h, outH))
                        * (end(j, w, outW) - start(j, w, outW)));
            }
        }
        counts = new float[s.dst().size()];
        currentType = s.inhibitory() ? -1 : 1;
        factor = currentCoef * currentType;
        spiking = s.slot(SynapseGroup.PRE_SPIKING);
        current = new SynapticCurrent(s.dst().size());
        s.put(SynapseGroup.CURRENT, current);
    }

    private static int start(int i, int in, int out) {
        return (int) ((long) i * in / out);
    }

    private static int end(int i, int in, int out) {
        return (int) (((long) (i + 1) * in + out - 1) / out);
    }

    /** For each input index, the first and last output window holding it (windows are contiguous and ordered). */
    private static void windows(int in, int out, int[] first, int[] last) {
        Arrays.fill(first, Integer.MAX_VALUE);
        Arrays.fill(last, -1);
        for (int o = 0; o < out; o++) {
            for (int x = start(o, in, out); x < end(o, in, out); x++) {
                first[x] = Math.min(first[x], o);
                last[x] = Math.max(last[x], o);
            }
        }
    }

    @Override
    public void forward(SynapseGroup s) {
        current.clear();
        SpikeList list = spiking.get();
        if (list.count() == 0) {
            return;
        }
        Arrays.fill(counts, 0f);
        int[] spikingSources = list.indices();
        int plane = outH * outW;
        for (int k = 0; k < list.count(); k++) {
            int i = spikingSources[k];
            int c = i / (h * w);
            int y = (i / w) % h;
            int x = i % w;
            for (int oy = rowFirst[y]; oy <= rowLast[y]; oy++) {
                for (int ox = colFirst[x]; ox <= colLast[x]; ox++) {
                    counts[c * plane + oy * outW + ox] += 1f;
                }
            }
        }
        float[] out = current.accumulate();
        for (int o = 0; o < out.length; o++) {
            out[o] = counts[o] == 0f ? 0f : factor * (counts[o] / area[o % plane]);
        }
    }
}
