package io.conex4j.core.storage;

import java.util.Arrays;

/**
 * The input that the neurons of a group will receive in the next {@link #depth()} iterations, as events
 * (target neuron, amount) in one bucket per iteration: iteration {@code t} owns slot {@code t mod depth}. Synapses
 * with per-synapse delays append each spike's events to the slot of their arrival ({@link DelayedSynapses#deliver});
 * the neuron model drains the slot of the current iteration into a dense array, in the order the events were
 * appended, and empties it. Appending writes at a few bucket ends that stay in cache, and draining adds into one
 * array per group, instead of adding into a dense ring of {@code depth x size} values all over memory. Units are the
 * neuron model's (pA for {@code IafPscExp}).
 *
 * <p>The neurons may be split in parts (threads): each part keeps its own buckets, holding only the events of its
 * neurons, so parts append and drain without sharing anything; {@link #split} moves the pending events when the
 * split changes. A neuron's events keep their order in every split. Buckets grow (doubling) when a step needs
 * more room; nothing is allocated otherwise.
 */
public final class InputQueue {

    private static final int INITIAL_CAPACITY = 16;

    private final String who;
    private final int size;
    private final int depth;
    private final RowCycle cycle;
    private int[] bounds;
    private Part[] parts;

    /**
     * The buckets of one part: slot {@code s} holds {@code count[s]} events at {@code s * capacity ..}, each the
     * target (high 32 bits) and the amount's float bits (low 32 bits) in one long, so that appending writes one
     * stream per slot.
     */
    static final class Part {
        int capacity;
        final int[] count;
        /** Scratch for one delivery: the next free position of each delay's slot, indexed by delay. */
        final int[] cursor;
        long[] events;

        Part(int depth, int capacity) {
            this.capacity = capacity;
            this.count = new int[depth];
            this.cursor = new int[depth + 1];
            this.events = new long[depth * capacity];
        }

        int target(int at) {
            return InputQueue.target(events[at]);
        }

        float amount(int at) {
            return InputQueue.amount(events[at]);
        }
    }

    /** One event as a long: the target in the high 32 bits, the amount's float bits in the low 32. */
    static long event(int target, float amount) {
        return ((long) target << 32) | (Float.floatToRawIntBits(amount) & 0xFFFF_FFFFL);
    }

    /** The target of an {@link #event}. */
    static int target(long event) {
        return (int) (event >>> 32);
    }

    /** The amount of an {@link #event}. */
    static float amount(long event) {
        return Float.intBitsToFloat((int) event);
    }

    /**
     * An empty queue for {@code size} neurons and {@code depth} iterations (&ge; 1), in one part.
     *
     * @throws IllegalArgumentException naming {@code who} for a bad size or depth
     */
    public InputQueue(String who, int size, int depth) {
        if (size < 1 || depth < 1) {
            throw new IllegalArgumentException(who + ": an input queue needs size >= 1 and depth >= 1, not " + size
                    + " neurons x " + depth + " iterations");
        }
        Capacity.arrayLength(who, "an input queue of " + depth + " iterations", (long) depth * INITIAL_CAPACITY);
        this.who = who;
        this.size = size;
        this.depth = depth;
        this.cycle = new RowCycle(depth, 1);
        this.bounds = new int[] {0, size};
        this.parts = new Part[] {new Part(depth, INITIAL_CAPACITY)};
    }

    /** Neurons. */
    public int size() {
        return size;
    }

    /** Iterations of future input held. */
    public int depth() {
        return depth;
    }

    /** The number of parts. */
    public int parts() {
        return parts.length;
    }

    /** The slot of {@code iteration}. */
    public int slot(long iteration) {
        return cycle.row(iteration);
    }

    /** {@code out[d] = slot(first + d)} for every {@code d} in {@code [0, out.length)}. */
    public void slots(long first, int[] out) {
        cycle.positions(first, out);
    }

    /** The events waiting, over all slots and parts. */
    public long pending() {
        long n = 0;
        for (Part p : parts) {
            for (int c : p.count) {
                n += c;
            }
        }
        return n;
    }

    Part part(int p) {
        return parts[p];
    }

    /** Makes room in every slot of part {@code p} for {@code events} more events (growing by doubling). */
    void reserve(int p, int events) {
        Part part = parts[p];
        int most = 0;
        for (int c : part.count) {
            most = Math.max(most, c);
        }
        long needed = (long) most + events;
        if (needed <= part.capacity) {
            return;
        }
        long cap = Math.max(needed, 2L * part.capacity);
        long cells = cap * depth;
        if (cells > Capacity.MAX_ARRAY_LENGTH) {
            cap = Math.max(needed, Capacity.MAX_ARRAY_LENGTH / depth);
            cells = cap * depth;
        }
        Capacity.arrayLength(who, "an input queue of " + depth + " iterations x " + cap + " events", cells);
        Capacity.fitsInHeap(who, "an input queue of " + depth + " iterations x " + cap + " events",
                cells * 8);
        Part grown = new Part(depth, (int) cap);
        for (int s = 0; s < depth; s++) {
            int c = part.count[s];
            System.arraycopy(part.events, s * part.capacity, grown.events, s * grown.capacity, c);
            grown.count[s] = c;
        }
        parts[p] = grown;
    }

    /**
     * Adds the events of slot {@code slot} in part {@code p} into {@code in[target]}, in the order they were
     * appended, and empties the slot.
     */
    public void drain(int p, int slot, float[] in) {
        Part part = parts[p];
        int c = part.count[slot];
        int base = slot * part.capacity;
        long[] ev = part.events;
        for (int k = base; k < base + c; k++) {
            long e = ev[k];
            in[target(e)] += amount(e);
        }
        part.count[slot] = 0;
    }

    /**
     * Splits the neurons into parts {@code bounds[p] .. bounds[p+1]-1} ({@code bounds[0] = 0}, the last bound the
     * size), moving each pending event to the part of its neuron in its order; nothing happens when the bounds are
     * the current ones.
     */
    public void split(int[] newBounds) {
        if (Arrays.equals(newBounds, bounds)) {
            return;
        }
        if (newBounds.length < 2 || newBounds[0] != 0 || newBounds[newBounds.length - 1] != size) {
            throw new IllegalArgumentException(who + ": split bounds " + Arrays.toString(newBounds)
                    + " must start at 0 and end at " + size);
        }
        int count = newBounds.length - 1;
        Capacity.fitsInHeap(who, "an input queue in " + count + " parts (threads)",
                8L * count * depth * INITIAL_CAPACITY);
        Part[] kept = keptParts(newBounds);
        if (kept != null) {
            bounds = newBounds.clone();
            parts = kept;
            return;
        }
        Events all = events();
        bounds = newBounds.clone();
        parts = new Part[newBounds.length - 1];
        for (int p = 0; p < parts.length; p++) {
            parts[p] = new Part(depth, INITIAL_CAPACITY);
        }
        put(all);
    }

    /**
     * The parts for {@code newBounds} when every pending event can stay in its part: each new part over the same
     * neurons as a current part takes that part as it is (its events, in order, and its room), the others start empty;
     * null when a current part that no new part matches holds events (they must be moved one by one). A group kept
     * whole on one thread and moved whole to another thus moves in no time, whatever it has pending.
     */
    private Part[] keptParts(int[] newBounds) {
        Part[] out = new Part[newBounds.length - 1];
        boolean[] taken = new boolean[parts.length];
        for (int p = 0; p < out.length; p++) {
            for (int q = 0; q < parts.length; q++) {
                if (!taken[q] && bounds[q] == newBounds[p] && bounds[q + 1] == newBounds[p + 1]) {
                    out[p] = parts[q];
                    taken[q] = true;
                    break;
                }
            }
        }
        for (int q = 0; q < parts.length; q++) {
            if (!taken[q]) {
                for (int c : parts[q].count) {
                    if (c != 0) {
                        return null;
                    }
                }
            }
        }
        for (int p = 0; p < out.length; p++) {
            if (out[p] == null) {
                out[p] = new Part(depth, INITIAL_CAPACITY);
            }
        }
        return out;
    }

    /** The pending events in canonical form (for saving): per slot, the events of every part in part order. */
    public Events events() {
        long total = pending();
        int n = Capacity.arrayLength(who, total + " pending input events", total);
        int[] counts = new int[depth];
        int[] targets = new int[n];
        float[] amounts = new float[n];
        int at = 0;
        for (int s = 0; s < depth; s++) {
            for (Part part : parts) {
                int base = s * part.capacity;
                for (int k = base; k < base + part.count[s]; k++) {
                    targets[at] = part.target(k);
                    amounts[at] = part.amount(k);
                    at++;
                }
                counts[s] += part.count[s];
            }
        }
        return new Events(counts, targets, amounts);
    }

    /**
     * Replaces the pending events by {@code e} (as {@link #events()} gives them), checked: one count per slot, the
     * counts summing to the events, targets in range, amounts finite.
     *
     * @throws IllegalArgumentException naming the problem; the queue is unchanged then
     */
    public void restore(Events e) {
        if (e.counts().length != depth) {
            throw new IllegalArgumentException(who + ": " + e.counts().length + " slot counts for a queue of "
                    + depth + " iterations");
        }
        long sum = 0;
        for (int c : e.counts()) {
            if (c < 0) {
                throw new IllegalArgumentException(who + ": a slot count is " + c + "; counts must be >= 0");
            }
            sum += c;
        }
        if (sum != e.targets().length || e.amounts().length != e.targets().length) {
            throw new IllegalArgumentException(who + ": slot counts summing to " + sum + " for " + e.targets().length
                    + " targets and " + e.amounts().length + " amounts");
        }
        for (int k = 0; k < e.targets().length; k++) {
            if (e.targets()[k] < 0 || e.targets()[k] >= size) {
                throw new IllegalArgumentException(who + ": event " + k + " targets neuron " + e.targets()[k]
                        + "; allowed: 0 to " + (size - 1));
            }
            if (!Float.isFinite(e.amounts()[k])) {
                throw new IllegalArgumentException(who + ": event " + k + " has amount " + e.amounts()[k]
                        + "; amounts must be finite");
            }
        }
        for (int p = 0; p < parts.length; p++) {
            parts[p] = new Part(depth, INITIAL_CAPACITY);
        }
        put(e);
    }

    /** Appends {@code e}'s events to the parts of their targets, slot by slot, in order. */
    private void put(Events e) {
        int at = 0;
        int[] perPart = new int[parts.length];
        for (int s = 0; s < depth; s++) {
            Arrays.fill(perPart, 0);
            for (int k = at; k < at + e.counts()[s]; k++) {
                perPart[partOf(e.targets()[k])]++;
            }
            for (int p = 0; p < parts.length; p++) {
                reserve(p, perPart[p]);
            }
            for (int k = at; k < at + e.counts()[s]; k++) {
                Part part = parts[partOf(e.targets()[k])];
                int pos = s * part.capacity + part.count[s]++;
                part.events[pos] = event(e.targets()[k], e.amounts()[k]);
            }
            at += e.counts()[s];
        }
    }

    private int partOf(int target) {
        int p = 0;
        while (target >= bounds[p + 1]) {
            p++;
        }
        return p;
    }

    /**
     * Pending events in canonical form: {@code counts[s]} events for slot {@code s}, their targets and amounts one
     * slot after another.
     *
     * @param counts events per slot
     * @param targets the target neuron of each event
     * @param amounts the amount of each event
     */
    public record Events(int[] counts, int[] targets, float[] amounts) {
    }
}
