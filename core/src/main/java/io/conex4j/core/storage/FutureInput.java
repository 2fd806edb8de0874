package io.conex4j.core.storage;

/**
 * The input the neurons of a group will receive in the coming iterations, from synapses with per-synapse delays, in
 * the form that is faster for its size: a dense {@link InputRing} (one row of values per iteration; each delivered
 * weight is added in place) while the ring is small enough to stay in cache ({@value #RING_BYTES} bytes, or
 * {@value #SMALL_NETWORK_RING_BYTES} in a network whose rings would take at most {@value #SMALL_NETWORK_BYTES}), an
 * {@link InputQueue} (one bucket of events per iteration, appended at bucket ends and drained into one array)
 * otherwise, where adding in place into a large ring would miss the cache on almost every weight. Both add each
 * neuron's inputs in the same order, so the form never changes a result.
 */
public final class FutureInput {

    /** The largest ring used in any network; beyond it, the queue. */
    public static final long RING_BYTES = 512L << 10;
    /**
     * The largest ring used in a network whose rings would all together take at most {@link #SMALL_NETWORK_BYTES}:
     * then every ring stays in cache, and the ring, which adds each weight once, is the faster form.
     */
    public static final long SMALL_NETWORK_RING_BYTES = 1536L << 10;
    /** See {@link #SMALL_NETWORK_RING_BYTES}. */
    public static final long SMALL_NETWORK_BYTES = 6L << 20;

    /** Which form to use. */
    public enum Form {
        /** The ring up to {@value FutureInput#RING_BYTES} bytes, the queue beyond. */
        AUTO,
        /** Always the ring. */
        RING,
        /** Always the queue. */
        QUEUE
    }

    private final InputRing ring;
    private final InputQueue queue;
    private final float[] input;

    private FutureInput(InputRing ring, InputQueue queue, float[] input) {
        this.ring = ring;
        this.queue = queue;
        this.input = input;
    }

    /**
     * The form {@code form} asks for ({@link Form#AUTO}: the faster) for {@code size} neurons and {@code depth}
     * iterations, in a network whose future inputs would take {@code networkBytes} as rings ({@code 4 x size x depth}
     * summed over its groups).
     */
    public static FutureInput of(String who, int size, int depth, Form form, long networkBytes) {
        long bytes = 4L * size * depth;
        boolean ring = switch (form) {
            case AUTO -> bytes <= RING_BYTES
                    || (networkBytes <= SMALL_NETWORK_BYTES && bytes <= SMALL_NETWORK_RING_BYTES);
            case RING -> true;
            case QUEUE -> false;
        };
        return ring ? ring(who, size, depth) : queue(who, size, depth);
    }

    /** The ring form. */
    public static FutureInput ring(String who, int size, int depth) {
        return new FutureInput(new InputRing(who, size, depth), null, null);
    }

    /** The queue form. */
    public static FutureInput queue(String who, int size, int depth) {
        InputQueue q = new InputQueue(who, size, depth);
        Capacity.fitsInHeap(who, "the input of " + size + " neurons", 4L * size);
        return new FutureInput(null, q, new float[size]);
    }

    /** The ring, or null in the queue form. */
    public InputRing ring() {
        return ring;
    }

    /** The queue, or null in the ring form. */
    public InputQueue queue() {
        return queue;
    }

    /** Neurons. */
    public int size() {
        return ring != null ? ring.size() : queue.size();
    }

    /** Iterations of future input held. */
    public int depth() {
        return ring != null ? ring.depth() : queue.depth();
    }

    /** Splits the neurons into parts (threads); see {@link InputQueue#split}. The ring needs no split. */
    public void split(int[] bounds) {
        if (queue != null) {
            queue.split(bounds);
        }
    }

    /**
     * {@code out[d]} = where the input of iteration {@code first + d} goes, for {@link DelayedSynapses#deliver}: the
     * ring row's offset or the queue's slot.
     */
    public void positions(long first, int[] out) {
        if (ring != null) {
            ring.rowOffsets(first, out);
        } else {
            queue.slots(first, out);
        }
    }

    /**
     * The input of iteration {@code t} for neurons {@code from .. to-1} (part {@code part}), as an array and the
     * offset of neuron 0 in it ({@link #offset}): the ring's row, or the queue's slot drained into one array. The
     * caller may add more input into it, and must zero what it consumed.
     */
    public float[] take(int part, long t) {
        if (ring != null) {
            return ring.values();
        }
        queue.drain(part, queue.slot(t), input);
        return input;
    }

    /** Where neuron 0's input of iteration {@code t} is in the array {@link #take} returns. */
    public int offset(long t) {
        return ring != null ? ring.rowOffset(t) : 0;
    }
}
