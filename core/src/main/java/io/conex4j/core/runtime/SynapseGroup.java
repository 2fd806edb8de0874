package io.conex4j.core.runtime;

import io.conex4j.core.storage.Weights;

/**
 * The synapses from a source {@link NeuronGroup} to a destination group, with CoNeX's synapse state as
 * typed fields: {@link #weights()} (dense or CSC), per-neuron delays in iterations, the caught
 * pre/post spikes, pre/post traces and the synapse current {@code I} of each destination neuron.
 * Fields are null until the behavior that owns them has initialized.
 */
public final class SynapseGroup extends SimObject {

    private final Network network;
    private final NeuronGroup src;
    private final NeuronGroup dst;

    /** Weights: rows = source neurons, columns = destination neurons for 2-D. */
    public Weights weights;
    /** Per-source-neuron delay, in iterations. */
    public int[] srcDelay;
    /** Per-destination-neuron delay, in iterations. */
    public int[] dstDelay;
    /** Source spikes read at {@link #srcDelay} this iteration. */
    public boolean[] preSpike;
    /** Destination spikes read at {@link #dstDelay} this iteration. */
    public boolean[] postSpike;
    /** Presynaptic trace, one per source neuron. */
    public float[] preTrace;
    /** Postsynaptic trace, one per destination neuron. */
    public float[] postTrace;
    /** Synapse current into each destination neuron. */
    public float[] current;
    /** Source layout {@code (depth, height, width)}. */
    public int[] srcShape;
    /** Destination layout {@code (depth, height, width)}. */
    public int[] dstShape;
    /** Kernel shape for convolutional or local weights, or null. */
    public int[] kernelShape;
    /** Convolution stride (set by a convolutional or local dendrite). */
    public int stride = 1;
    /** Convolution zero padding on each side (set by a convolutional or local dendrite). */
    public int padding;

    SynapseGroup(Network network, String name, int creationIndex, NeuronGroup src, NeuronGroup dst, String... tags) {
        super(name, creationIndex, tags);
        this.network = network;
        this.src = src;
        this.dst = dst;
    }

    @Override
    public Network network() {
        return network;
    }

    /** Attaches a behavior; returns this group. */
    public SynapseGroup add(Behavior<? super SynapseGroup> behavior) {
        attach(behavior);
        return this;
    }

    /** The source (presynaptic) group. */
    public NeuronGroup src() {
        return src;
    }

    /** The destination (postsynaptic) group. */
    public NeuronGroup dst() {
        return dst;
    }

    /** The weights; an error naming this group if none were initialized. */
    public Weights weights() {
        return weights;
    }

    /** The weights, or an exception naming {@code who} needed them. */
    public Weights requireWeights(String who) {
        if (weights == null) {
            throw new IllegalStateException(who + ": synapses " + name()
                    + " have no weights; add a WeightInitializer (with a mode or explicit weights) before it");
        }
        return weights;
    }

    /** The 2-D matrix shape CoNeX uses: {@code (src.size, dst.size)}. */
    public int[] matrixShape() {
        return new int[] {src.size(), dst.size()};
    }

    @Override
    void clearState() {
        super.clearState();
        weights = null;
        srcDelay = null;
        dstDelay = null;
        preSpike = null;
        postSpike = null;
        preTrace = null;
        postTrace = null;
        current = null;
        srcShape = null;
        dstShape = null;
        kernelShape = null;
        stride = 1;
        padding = 0;
    }
}
