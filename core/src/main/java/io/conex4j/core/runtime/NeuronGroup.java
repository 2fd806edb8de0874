package io.conex4j.core.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A population of neurons laid out as {@code depth x height x width} (a flat group is 1 x 1 x size).
 * Its built-in state, flat arrays allocated with the group: {@link #SPIKES} (this iteration's spikes),
 * {@link #VOLTAGE} (membrane potential, mV) and {@link #CURRENT} (the summed input current of this
 * iteration, nA); behaviors add more, such as the {@link #AXON} and the per-neuron {@link #THRESHOLD}.
 */
public final class NeuronGroup extends SimObject {

    /** This iteration's spikes, one flag per neuron (built in). */
    public static final StateKey<boolean[]> SPIKES = StateKey.of("spikes", boolean[].class);
    /** Membrane potential in mV (built in). */
    public static final StateKey<float[]> VOLTAGE = StateKey.of("voltage", float[].class);
    /** Input current of this iteration in nA, set by the dendrite computation (built in). */
    public static final StateKey<float[]> CURRENT = StateKey.of("current", float[].class);
    /**
     * The spike history that synapses read at their delays; its behavior saves its own state. A history key: a
     * reader of the previous iterations ({@link Axon#spikesOf}) may run while the axon records this one.
     */
    public static final StateKey<Axon> AXON = StateKey.history("axon", Axon.class);
    /**
     * Firing threshold of each neuron in mV, created by the neuron model (see {@link #setFiring}); Fire and KWTA
     * read it, homeostasis moves it. Saved.
     */
    public static final StateKey<float[]> THRESHOLD = StateKey.of("threshold", float[].class,
            "add a neuron model (LIF, ELIF, AELIF, Izhikevich) to the group");
    /**
     * What the neuron model does right after Fire has reset the spiking neurons (CoNeX's model-specific
     * {@code Fire}, e.g. AELIF's adaptation); optional: models without such a step do not create it.
     */
    public static final StateKey<AfterFire> AFTER_FIRE = StateKey.structural("afterFire", AfterFire.class);

    /** A neuron model's step right after Fire (see {@link #AFTER_FIRE}). */
    @FunctionalInterface
    public interface AfterFire {
        /** Runs once per iteration, after Fire has set this iteration's spikes and reset the spiking neurons. */
        void afterFire(NeuronGroup g);
    }

    /** Bytes of built-in state per neuron: a spike flag and two floats. */
    private static final long BYTES_PER_NEURON = 1 + 4 + 4;

    private final Network network;
    private final int depth;
    private final int height;
    private final int width;
    private final int size;
    private final boolean[] spikes;
    private final float[] voltage;
    private final float[] current;
    private float vReset = Float.NaN;

    NeuronGroup(Network network, String name, int creationIndex, int depth, int height, int width, String... tags) {
        super(name, creationIndex, tags);
        if (depth <= 0 || height <= 0 || width <= 0) {
            throw new IllegalArgumentException("neurons " + name + ": shape " + depth + "x" + height + "x" + width
                    + " must be positive in every dimension");
        }
        String who = "neurons " + name;
        long n = Check.product(depth, height, width);
        Check.arrayLength(who, "size " + depth + " x " + height + " x " + width + " = " + n + " neurons", n);
        // spikes (1 byte), voltage and current (4 bytes each) per neuron
        Check.fitsInHeap(who, "the spikes, voltage and current of " + n + " neurons", n * BYTES_PER_NEURON,
                BYTES_PER_NEURON, "neurons");
        this.network = network;
        this.depth = depth;
        this.height = height;
        this.width = width;
        this.size = (int) n;
        this.spikes = new boolean[size];
        this.voltage = new float[size];
        this.current = new float[size];
        builtIn(SPIKES, spikes);
        builtIn(VOLTAGE, voltage);
        builtIn(CURRENT, current);
    }

    @Override
    public Network network() {
        return network;
    }

    /** Attaches a behavior; returns this group. */
    public NeuronGroup add(Behavior<? super NeuronGroup> behavior) {
        attach(behavior);
        return this;
    }

    /** Number of neurons. */
    public int size() {
        return size;
    }

    /** Channels (1 for a flat group). */
    public int depth() {
        return depth;
    }

    /** Rows (1 for a flat group). */
    public int height() {
        return height;
    }

    /** Columns ({@code size} for a flat group). */
    public int width() {
        return width;
    }

    /** This iteration's spikes; live array. */
    public boolean[] spikes() {
        return spikes;
    }

    /** Membrane potential in mV; live array. */
    public float[] voltage() {
        return voltage;
    }

    /** Input current of this iteration (set by the dendrite computation); live array. */
    public float[] current() {
        return current;
    }

    /** The axon, or null if no axon behavior is attached and initialized. */
    public Axon axon() {
        return get(AXON);
    }

    /** The firing threshold of each neuron in mV ({@link #THRESHOLD}); live array, null before a model sets it. */
    public float[] thresholds() {
        return get(THRESHOLD);
    }

    /** Reset potential in mV, set by the neuron model at initialize (NaN if none). */
    public float vReset() {
        return vReset;
    }

    /**
     * Sets every neuron's firing threshold and the reset potential (mV); called by neuron models at initialize
     * (the model declares that it creates {@link #THRESHOLD}).
     */
    public void setFiring(float threshold, float vReset) {
        float[] t = new float[size];
        Arrays.fill(t, threshold);
        setFiring(t, vReset);
    }

    /**
     * Sets the firing threshold of each neuron (the array is kept, not copied) and the reset potential (mV);
     * called by neuron models at initialize.
     *
     * @throws IllegalArgumentException unless there is one threshold per neuron, each finite and above a finite
     *     vReset
     */
    public void setFiring(float[] thresholds, float vReset) {
        if (thresholds.length != size) {
            throw new IllegalArgumentException("neurons " + name() + ": " + thresholds.length + " thresholds for "
                    + size + " neurons; give one per neuron");
        }
        for (int i = 0; i < size; i++) {
            if (!(thresholds[i] > vReset) || !Float.isFinite(thresholds[i]) || !Float.isFinite(vReset)) {
                throw new IllegalArgumentException("neurons " + name() + ": threshold (" + thresholds[i]
                        + " mV" + (size > 1 ? " of neuron " + i : "") + ") must be finite and above vReset ("
                        + vReset + " mV)");
            }
        }
        put(THRESHOLD, thresholds);
        this.vReset = vReset;
    }

    /** The synapse groups that end at this group, in creation order. */
    public List<SynapseGroup> afferents() {
        List<SynapseGroup> in = new ArrayList<>();
        for (SynapseGroup s : network.synapseGroups()) {
            if (s.dst() == this) {
                in.add(s);
            }
        }
        return in;
    }

    /** The number of spikes in {@link #spikes()}. */
    public int spikeCount() {
        int c = 0;
        for (boolean s : spikes) {
            if (s) {
                c++;
            }
        }
        return c;
    }

    @Override
    void clearState() {
        super.clearState();
        Arrays.fill(spikes, false);
        Arrays.fill(voltage, 0f);
        Arrays.fill(current, 0f);
        vReset = Float.NaN;
    }
}
