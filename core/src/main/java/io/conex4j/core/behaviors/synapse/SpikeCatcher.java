package io.conex4j.core.behaviors.synapse;

import io.conex4j.core.behaviors.neuron.NeuronAxon;
import io.conex4j.core.kernels.Kernels;
import io.conex4j.core.runtime.Axon;
import io.conex4j.core.runtime.Behavior;
import io.conex4j.core.runtime.DataFlow;
import io.conex4j.core.runtime.NeuronGroup;
import io.conex4j.core.runtime.SpikeList;
import io.conex4j.core.runtime.StateKey;
import io.conex4j.core.runtime.StateScope;
import io.conex4j.core.runtime.Stateful;
import io.conex4j.core.runtime.SynapseGroup;
import java.util.Arrays;

/**
 * Reads one side's spikes through that group's {@link Axon} at the synapse's per-neuron delays, into the
 * synapse's spike flags and index list. Initialized last, so it sees the finished delays; when all delays
 * are equal it copies one history row and the axon's list of spiking neurons, otherwise it combines the
 * axon's bit words with one mask per delay. The network adds a fitted {@link NeuronAxon} to the group, and
 * {@link SynapseInit} (zero delays) to the synapse, when nothing provides them.
 */
public abstract sealed class SpikeCatcher extends Behavior<SynapseGroup> implements Stateful
        permits PreSpikeCatcher, PostSpikeCatcher {

    private Axon axon;
    private int[] delays;
    private int uniformDelay;
    private boolean[] out;
    private SpikeList list;
    private Kernels kernels;
    private long[] delayMasks;
    private long[] caught;
    private int[] offsets;

    SpikeCatcher(int priority) {
        super(priority);
    }

    abstract boolean pre();

    private NeuronGroup side(SynapseGroup s) {
        return pre() ? s.src() : s.dst();
    }

    private StateKey<int[]> delayKey() {
        return pre() ? SynapseGroup.SRC_DELAY : SynapseGroup.DST_DELAY;
    }

    @Override
    public final boolean initializeLast() {
        return true;
    }

    @Override
    public final void declare(SynapseGroup s, DataFlow flow) {
        flow.reads(side(s), NeuronGroup.AXON).orAdd(NeuronAxon::fitted)
                .reads(s, delayKey()).orAdd(SynapseInit::new);
        StateKey<boolean[]> flags = pre() ? SynapseGroup.PRE_SPIKE : SynapseGroup.POST_SPIKE;
        StateKey<SpikeList> indices = pre() ? SynapseGroup.PRE_SPIKING : SynapseGroup.POST_SPIKING;
        flow.creates(s, flags).writes(s, flags).creates(s, indices).writes(s, indices);
    }

    @Override
    public final void initialize(SynapseGroup s) {
        NeuronGroup g = side(s);
        String side = pre() ? "src" : "dst";
        Axon a = g.axon();
        if (a == null) {
            throw new IllegalStateException(name() + " on synapses " + s.name() + ": neurons " + g.name()
                    + " have no axon; add a NeuronAxon to them");
        }
        int[] d = s.require(delayKey(), name() + " on synapses " + s.name());
        if (d.length != g.size()) {
            throw new IllegalStateException(name() + " on synapses " + s.name() + ": " + d.length + " " + side
                    + " delays for " + g.size() + " neurons");
        }
        for (int i = 0; i < d.length; i++) {
            if (d[i] < 0 || d[i] >= a.depth()) {
                throw new IllegalArgumentException(name() + " on synapses " + s.name() + ": " + side
                        + " delay of neuron " + i + " is " + d[i] + "; allowed: 0 to " + (a.depth() - 1)
                        + " (the axon of " + g.name() + " keeps " + a.depth() + " iterations)");
            }
        }
        kernels = s.network().kernels();
        axon = a;
        delays = d;
        out = new boolean[g.size()];
        list = new SpikeList(g.size());
        useDelays();
        read();
        s.put(pre() ? SynapseGroup.PRE_SPIKE : SynapseGroup.POST_SPIKE, out);
        s.put(pre() ? SynapseGroup.PRE_SPIKING : SynapseGroup.POST_SPIKING, list);
    }

    @Override
    public final void forward(SynapseGroup s) {
        read();
    }

    private void read() {
        if (uniformDelay >= 0) {
            axon.read(uniformDelay, out);
            list.setCount(axon.spikingAt(uniformDelay, list.buffer()));
        } else {
            readMasked();
        }
    }

    /** Nothing of its own: the caught spikes and the delays are the synapse's declared state. */
    @Override
    public final void saveState(StateScope scope) {
    }

    /** Re-reads the restored delays (checking their range) and rebuilds the index list of the caught spikes. */
    @Override
    public final void restoreState(StateScope scope) {
        for (int i = 0; i < delays.length; i++) {
            if (delays[i] < 0 || delays[i] >= axon.depth()) {
                throw scope.bad(pre() ? "srcDelay" : "dstDelay", "has delay " + delays[i] + " for neuron " + i
                        + "; allowed: 0 to " + (axon.depth() - 1));
            }
        }
        useDelays();
        resync();
    }

    /** Picks the uniform-delay path or builds one bit mask per delay of the neurons that have it. */
    private void useDelays() {
        int uniform = delays.length == 0 ? 0 : delays[0];
        for (int d : delays) {
            if (d != uniform) {
                uniform = -1;
                break;
            }
        }
        uniformDelay = uniform;
        if (uniform >= 0) {
            delayMasks = null;
            caught = null;
            return;
        }
        int w = axon.wordsPerRow();
        long[] masks = new long[axon.depth() * w];
        for (int i = 0; i < delays.length; i++) {
            masks[delays[i] * w + (i >>> 6)] |= 1L << i;
        }
        delayMasks = masks;
        caught = new long[w];
        offsets = new int[axon.depth()];
    }

    /** {@code OR_d (spikes d iterations ago AND neurons with delay d)} over 64-bit words; only changed flags are written. */
    private void readMasked() {
        int depth = axon.depth();
        int w = axon.wordsPerRow();
        long[] words = axon.words();
        for (int d = 0; d < depth; d++) {
            offsets[d] = axon.wordOffset(d);
        }
        int[] indices = list.buffer();
        int c = 0;
        for (int k = 0; k < w; k++) {
            long acc = 0;
            for (int d = 0; d < depth; d++) {
                acc |= words[offsets[d] + k] & delayMasks[d * w + k];
            }
            int base = k << 6;
            for (long old = caught[k] & ~acc; old != 0; old &= old - 1) {
                out[base + Long.numberOfTrailingZeros(old)] = false;
            }
            caught[k] = acc;
            for (long now = acc; now != 0; now &= now - 1) {
                int i = base + Long.numberOfTrailingZeros(now);
                out[i] = true;
                indices[c++] = i;
            }
        }
        list.setCount(c);
    }

    private void resync() {
        if (caught != null) {
            Arrays.fill(caught, 0L);
            for (int i = 0; i < out.length; i++) {
                if (out[i]) {
                    caught[i >>> 6] |= 1L << i;
                }
            }
        }
        list.rebuild(out);
    }

    /**
     * Replaces this iteration's caught spikes (for tests and custom drivers that inject spikes): writes them
     * into the synapse's spike flags and rebuilds the index list that the dendritic inputs read.
     */
    public final void set(boolean[] spikes) {
        if (spikes.length != out.length) {
            throw new IllegalArgumentException(name() + ": " + spikes.length + " spikes for " + out.length
                    + " neurons");
        }
        System.arraycopy(spikes, 0, out, 0, out.length);
        resync();
    }

}
