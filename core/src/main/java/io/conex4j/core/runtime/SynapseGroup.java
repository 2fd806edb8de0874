package io.conex4j.core.runtime;

import io.conex4j.core.storage.ConvGeometry;
import io.conex4j.core.storage.Weights;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The synapses from a source {@link NeuronGroup} to a destination group. Its state is declared by the
 * behaviors that create it, under the standard keys below (CoNeX's synapse attributes): the
 * {@link #WEIGHTS} (rows = source neurons, columns = destination neurons), per-neuron delays in iterations,
 * the caught pre/post spikes, the pre/post traces and the {@link #CURRENT} into each destination neuron.
 */
public final class SynapseGroup extends SimObject {

    /** The weights, dense or CSC; unitless. */
    public static final StateKey<Weights> WEIGHTS = StateKey.of("weights", Weights.class,
            "add a WeightInitializer (with a mode or explicit weights)");
    /** Per-source-neuron delay, in iterations. */
    public static final StateKey<int[]> SRC_DELAY = StateKey.of("srcDelay", int[].class);
    /** Per-destination-neuron delay, in iterations. */
    public static final StateKey<int[]> DST_DELAY = StateKey.of("dstDelay", int[].class);
    /** Source spikes caught at {@link #SRC_DELAY} this iteration. */
    public static final StateKey<boolean[]> PRE_SPIKE = StateKey.of("preSpike", boolean[].class);
    /** Destination spikes caught at {@link #DST_DELAY} this iteration. */
    public static final StateKey<boolean[]> POST_SPIKE = StateKey.of("postSpike", boolean[].class);
    /** The spiking sources caught this iteration, as an index list (the pre-synaptic catcher keeps it). */
    public static final StateKey<SpikeList> PRE_SPIKING = StateKey.structural("preSpiking", SpikeList.class);
    /** The spiking destinations caught this iteration, as an index list. */
    public static final StateKey<SpikeList> POST_SPIKING = StateKey.structural("postSpiking", SpikeList.class);
    /** Presynaptic trace, one per source neuron. */
    public static final StateKey<float[]> PRE_TRACE = StateKey.of("preTrace", float[].class, "add a PreTrace(tauS)");
    /** Postsynaptic trace, one per destination neuron. */
    public static final StateKey<float[]> POST_TRACE = StateKey.of("postTrace", float[].class, "add a PostTrace(tauS)");
    /** Synapse current into each destination neuron (nA). */
    public static final StateKey<SynapticCurrent> CURRENT = StateKey.of("current", SynapticCurrent.class);
    /** Source layout {@code (depth, height, width)}. */
    public static final StateKey<int[]> SRC_SHAPE = StateKey.structural("srcShape", int[].class);
    /** Destination layout {@code (depth, height, width)}. */
    public static final StateKey<int[]> DST_SHAPE = StateKey.structural("dstShape", int[].class);
    /** Kernel shape of convolutional or local weights. */
    public static final StateKey<int[]> KERNEL_SHAPE = StateKey.structural("kernelShape", int[].class,
            "give the WeightInitializer a kernelShape (outCh, outH, outW, inCh, kH, kW); in the DSL w.kernelShape(...)");

    /** The convolution geometry (stride, padding, kernel) set by a convolutional or local dendritic input. */
    public static final StateKey<ConvGeometry> GEOMETRY = StateKey.structural("geometry", ConvGeometry.class,
            "add the convolutional or local dendritic input (conv2d(...) or local2d(...) in the DSL) whose geometry it uses");

    /**
     * The synapse tags conex4j interprets: {@code Proximal}, {@code Distal}, {@code Apical} (which dendrite the
     * current reaches) and {@code inh}, {@code GABA} (a negative current). Other tags are labels (for
     * {@link Network#setEnabled}); each distinct one is reported once in a log line, as it may be a misspelling.
     */
    public static final Set<String> INTERPRETED_TAGS = Set.of("Proximal", "Distal", "Apical", "inh", "GABA");
    private static final Set<String> REPORTED = ConcurrentHashMap.newKeySet();
    private static final System.Logger LOG = System.getLogger("io.conex4j");

    private final Network network;
    private final NeuronGroup src;
    private final NeuronGroup dst;

    SynapseGroup(Network network, String name, int creationIndex, NeuronGroup src, NeuronGroup dst, String... tags) {
        super(name, creationIndex, tags);
        for (String t : tags) {
            if (!INTERPRETED_TAGS.contains(t) && REPORTED.add(t)) {
                LOG.log(System.Logger.Level.INFO, "synapse tag ''{0}'' (synapses {1}) is a label conex4j does not"
                        + " interpret; the interpreted ones are {2}", t, name, INTERPRETED_TAGS);
            }
        }
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

    /** The weights, or null before a weight initializer has run. */
    public Weights weights() {
        return get(WEIGHTS);
    }

    /** The weights, or an exception naming {@code who} needed them. */
    public Weights requireWeights(String who) {
        Weights w = weights();
        if (w == null) {
            throw new IllegalStateException(who + ": synapses " + name()
                    + " have no weights; add a WeightInitializer (with a mode or explicit weights) before it");
        }
        return w;
    }

    /**
     * Whether this synapse's current is negative: its source group or the synapse itself carries {@code inh}
     * or {@code GABA} (CoNeX looks at the source group only).
     */
    public boolean inhibitory() {
        return hasTag("inh") || hasTag("GABA") || src.hasTag("inh") || src.hasTag("GABA");
    }

    /** The 2-D matrix shape CoNeX uses: {@code (src.size, dst.size)}. */
    public int[] matrixShape() {
        return new int[] {src.size(), dst.size()};
    }
}
