package io.conex4j.core.behaviors.synapse;

import io.conex4j.core.io.StateScope;
import io.conex4j.core.io.Stateful;
import io.conex4j.core.runtime.Axon;
import io.conex4j.core.runtime.Behavior;
import io.conex4j.core.runtime.NeuronGroup;
import io.conex4j.core.runtime.SynapseGroup;

/**
 * Reads one side's spikes through that group's {@link Axon} at the synapse's per-neuron delays.
 * Initialized last, so it sees the finished delays; when all delays are equal it copies one history row and
 * the axon's list of spiking neurons. Also offers the caught spikes as an index list ({@link #indices()}).
 */
public abstract sealed class SpikeCatcher extends Behavior<SynapseGroup> implements Stateful
        permits PreSpikeCatcher, PostSpikeCatcher {

    private Axon axon;
    private int[] delays;
    private int uniformDelay;
    private boolean[] out;
    private int[] indices;
    private int count;
    private io.conex4j.core.kernels.Kernels kernels;
    private long[] delayMasks;
    private long[] caught;
    private int[] offsets;

    SpikeCatcher(int priority) {
        super(priority);
    }

    abstract boolean pre();

    @Override
    public final boolean initializeLast() {
        return true;
    }

    @Override
    public final void initialize(SynapseGroup s) {
        NeuronGroup g = pre() ? s.src() : s.dst();
        int[] d = pre() ? s.srcDelay : s.dstDelay;
        String side = pre() ? "src" : "dst";
        Axon a = g.axon();
        if (a == null) {
            throw new IllegalStateException(name() + " on synapses " + s.name() + ": neurons " + g.name()
                    + " have no axon; add a NeuronAxon to them");
        }
        if (d == null) {
            throw new IllegalStateException(name() + " on synapses " + s.name() + ": no " + side
                    + " delays; add SynapseInit before it");
        }
        if (d.length != g.size()) {
            throw new IllegalStateException(name() + " on synapses " + s.name() + ": " + d.length + " " + side
                    + " delays for " + g.size() + " neurons");
        }
        int uniform = d.length == 0 ? 0 : d[0];
        for (int i = 0; i < d.length; i++) {
            if (d[i] < 0 || d[i] >= a.depth()) {
                throw new IllegalArgumentException(name() + " on synapses " + s.name() + ": " + side
                        + " delay of neuron " + i + " is " + d[i] + "; allowed: 0 to " + (a.depth() - 1)
                        + " (the axon of " + g.name() + " keeps " + a.depth() + " iterations)");
            }
            if (d[i] != uniform) {
                uniform = -1;
            }
        }
        boolean[] spikes = new boolean[g.size()];
        indices = new int[g.size()];
        buildMasks(a, d, uniform);
        kernels = s.network().kernels();
        axon = a;
        delays = d;
        uniformDelay = uniform;
        out = spikes;
        read();
        if (pre()) {
            s.preSpike = spikes;
        } else {
            s.postSpike = spikes;
        }
    }

    @Override
    public final void forward(SynapseGroup s) {
        read();
    }

    private void read() {
        if (uniformDelay >= 0) {
            axon.read(uniformDelay, out);
            count = axon.spikingAt(uniformDelay, indices);
        } else if (delayMasks != null) {
            readMasked((io.conex4j.core.behaviors.neuron.NeuronAxon) axon);
        } else {
            axon.read(delays, out);
            count = kernels.spikingIndices(out, indices);
        }
    }

    /** Nothing of its own: the caught spikes live on the synapse. */
    @Override
    public final void saveState(StateScope scope) {
    }

    /** Re-reads the restored delays (checking their range) and rebuilds the index list of the caught spikes. */
    @Override
    public final void restoreState(StateScope scope) {
        int uniform = delays.length == 0 ? 0 : delays[0];
        for (int i = 0; i < delays.length; i++) {
            if (delays[i] < 0 || delays[i] >= axon.depth()) {
                String why = "has delay " + delays[i] + " for neuron " + i + "; allowed: 0 to " + (axon.depth() - 1);
                throw scope != null ? scope.bad("delays", why) : new IllegalStateException(name() + ": delays " + why);
            }
            if (delays[i] != uniform) {
                uniform = -1;
            }
        }
        uniformDelay = uniform;
        buildMasks(axon, delays, uniform);
        if (caught != null) {
            java.util.Arrays.fill(caught, 0L);
            for (int i = 0; i < out.length; i++) {
                if (out[i]) {
                    caught[i >>> 6] |= 1L << i;
                }
            }
        }
        int c = 0;
        for (int i = 0; i < out.length; i++) {
            if (out[i]) {
                indices[c++] = i;
            }
        }
        count = c;
    }

    /**
     * For mixed delays on a NeuronAxon: one bit mask per delay of the neurons that have it, so that a read is
     * {@code OR_d (spikes d iterations ago AND neurons with delay d)} over 64-bit words, then only the changed
     * flags are written.
     */
    private void buildMasks(Axon a, int[] d, int uniform) {
        if (uniform >= 0 || !(a instanceof io.conex4j.core.behaviors.neuron.NeuronAxon na)) {
            delayMasks = null;
            return;
        }
        int w = na.wordsPerRow();
        long[] masks = new long[a.depth() * w];
        for (int i = 0; i < d.length; i++) {
            masks[d[i] * w + (i >>> 6)] |= 1L << i;
        }
        delayMasks = masks;
        caught = new long[w];
        offsets = new int[a.depth()];
    }

    private void readMasked(io.conex4j.core.behaviors.neuron.NeuronAxon a) {
        int depth = a.depth();
        int w = a.wordsPerRow();
        long[] words = a.words();
        for (int d = 0; d < depth; d++) {
            offsets[d] = a.wordOffset(d);
        }
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
        count = c;
    }

    /**
     * Replaces this iteration's caught spikes (for tests and custom drivers that inject spikes): writes them
     * into the synapse's spike array and rebuilds the index list. Writing that array directly would leave the
     * list, which the dendritic inputs read, stale.
     */
    public final void set(boolean[] spikes) {
        if (spikes.length != out.length) {
            throw new IllegalArgumentException(name() + ": " + spikes.length + " spikes for " + out.length
                    + " neurons");
        }
        System.arraycopy(spikes, 0, out, 0, out.length);
        restoreState(null);
    }

    /** How many neurons were caught spiking this iteration (in no particular order for mixed delays). */
    public final int count() {
        return count;
    }

    /** Their indices in the first {@link #count()} entries; live array, do not modify. */
    public final int[] indices() {
        return indices;
    }
}
