package io.conex4j.core.storage;

import java.util.Arrays;

/**
 * Synapses that each carry their own delay (NEST's model, beside CoNeX's per-neuron delays), stored row-major for
 * event-driven delivery: row {@code r} (source neuron {@code r}) holds the entries at {@code rowStart(r) ..
 * rowEnd(r)-1} of its arrays, each a target (destination neuron), a delay in iterations
 * ({@code 1 .. }{@value #MAX_DELAY}) and a weight (float32, in the unit of the input it feeds, pA for
 * {@code IafPscExp}). Entries of a row are sorted by target; several synapses between one pair (multapses) keep the
 * order they were made in. Rows are stored one after another, or, after {@link #interleave}, interleaved with the
 * rows of the same source in other synapses from the same source group, in arrays they share (so that a spiking
 * neuron's synapses into all its target groups lie together in memory).
 *
 * <p>Compact where it fits: when the destination has at most 65,536 neurons, a synapse is one {@code long} (8 bytes:
 * delay in the top 16 bits, target in the next 16, the weight's float bits in the low 32), so that delivery reads
 * one stream and an event for an {@link InputQueue} is the synapse itself, its delay masked off. Wider destinations
 * store 32-bit targets, 8-bit delays when none exceeds 255 (16-bit otherwise) and the weights in three arrays: 9 or
 * 10 bytes. Plus 4 bytes per source row (its row pointer).
 *
 * <p>{@link #deliver} adds the weights of the rows of spiking sources to the destination's {@link FutureInput} at
 * each synapse's arrival. A target's inputs are added in one order (sources in the order listed, then entries in row
 * order), whichever part of the targets a thread delivers ({@link #split}), so the sums have the same bits for any
 * split and either form of the future input.
 */
public final class DelayedSynapses {

    /** The largest delay a synapse may have, in iterations. */
    public static final int MAX_DELAY = 65535;
    /** Destinations up to this size store 16-bit targets. */
    public static final int NARROW_TARGETS = 65536;

    private final int rows;
    private final int cols;
    private final int size;
    /**
     * Row pointers, possibly shared with interleaved siblings: row {@code r} is at {@code ptr[r * stride + column]
     * .. ptr[r * stride + column + 1]}; {@code stride} 1 and {@code column} 0 when the rows are not interleaved.
     */
    private final int[] ptr;
    private final int stride;
    private final int column;
    /** The iteration whose rows {@link #readAhead} last read, shared by interleaved siblings; null if not interleaved. */
    private final long[] readAheadFor;
    /** Compact synapses (destinations up to {@value #NARROW_TARGETS} neurons), else null. */
    private final long[] packed;
    private final int[] targets32;
    private final byte[] delays8;
    private final short[] delays16;
    private final float[] weights;
    private final int maxDelay;

    private DelayedSynapses(int rows, int cols, int size, int[] ptr, int stride, int column, long[] readAheadFor,
            long[] packed, int[] targets32, byte[] delays8, short[] delays16, float[] weights, int maxDelay) {
        this.rows = rows;
        this.cols = cols;
        this.size = size;
        this.ptr = ptr;
        this.stride = stride;
        this.column = column;
        this.readAheadFor = readAheadFor;
        this.packed = packed;
        this.targets32 = targets32;
        this.delays8 = delays8;
        this.delays16 = delays16;
        this.weights = weights;
        this.maxDelay = maxDelay;
    }

    /** Source neurons (rows). */
    public int rows() {
        return rows;
    }

    /** Destination neurons (the range of the targets). */
    public int cols() {
        return cols;
    }

    /** The number of synapses. */
    public int size() {
        return size;
    }

    /** The largest delay, in iterations (0 when there are no synapses). */
    public int maxDelay() {
        return maxDelay;
    }

    /** Compact form: delay (16 bits), target (16) and weight bits (32) of a synapse in one long. */
    private static long pack(int target, int delay, float weight) {
        return (long) delay << 48 | (long) target << 32 | (Float.floatToRawIntBits(weight) & 0xFFFF_FFFFL);
    }

    /** The low 48 bits of a compact synapse: the {@link InputQueue} event of its target and weight. */
    private static final long EVENT_BITS = 0xFFFF_FFFF_FFFFL;

    /** Where each row starts when the rows are counted one after another, {@code rows + 1} entries; a new array. */
    public int[] rowPtr() {
        int[] out = new int[rows + 1];
        for (int r = 0; r < rows; r++) {
            out[r + 1] = out[r] + rowEnd(r) - rowStart(r);
        }
        return out;
    }

    /** Where row {@code r} starts in the arrays. */
    public int rowStart(int r) {
        return ptr[r * stride + column];
    }

    /** Where row {@code r} ends in the arrays (exclusive). */
    public int rowEnd(int r) {
        return ptr[r * stride + column + 1];
    }

    /** Whether these synapses share their arrays with others ({@link #interleave}). */
    public boolean interleaved() {
        return (packed != null ? packed.length : weights.length) != size;
    }

    /** The weights row by row, one row after another; a new array. */
    public float[] weightsInOrder() {
        float[] out = new float[size];
        int at = 0;
        for (int r = 0; r < rows; r++) {
            for (int k = rowStart(r), end = rowEnd(r); k < end; k++) {
                out[at++] = weight(k);
            }
        }
        return out;
    }

    /**
     * Sets the weights from {@code w}, row by row, one row after another (as {@link #weightsInOrder()} gives them).
     *
     * @throws IllegalArgumentException if {@code w} has not one weight per synapse, or one is not finite; the
     *     weights are unchanged then
     */
    public void setWeightsInOrder(float[] w) {
        if (w.length != size) {
            throw new IllegalArgumentException("DelayedSynapses: " + w.length + " weights for " + size
                    + " synapses");
        }
        for (int k = 0; k < w.length; k++) {
            if (!Float.isFinite(w[k])) {
                throw new IllegalArgumentException("DelayedSynapses: weight " + k + " is " + w[k]
                        + "; weights must be finite");
            }
        }
        int at = 0;
        for (int r = 0; r < rows; r++) {
            for (int k = rowStart(r), end = rowEnd(r); k < end; k++) {
                if (packed != null) {
                    packed[k] = pack(target(k), delay(k), w[at++]);
                } else {
                    weights[k] = w[at++];
                }
            }
        }
    }

    /** The target of synapse {@code k} (storage order). */
    public int target(int k) {
        return packed != null ? (int) (packed[k] >>> 32) & 0xFFFF : targets32[k];
    }

    /** The delay of synapse {@code k} in iterations. */
    public int delay(int k) {
        if (packed != null) {
            return (int) (packed[k] >>> 48);
        }
        return delays8 != null ? delays8[k] & 0xFF : delays16[k] & 0xFFFF;
    }

    /** The weight of synapse {@code k} (storage order). */
    public float weight(int k) {
        return packed != null ? Float.intBitsToFloat((int) packed[k]) : weights[k];
    }

    /** Every target, row by row, one row after another; a new array. */
    public int[] targets() {
        int[] out = new int[size];
        int at = 0;
        for (int r = 0; r < rows; r++) {
            for (int k = rowStart(r), end = rowEnd(r); k < end; k++) {
                out[at++] = target(k);
            }
        }
        return out;
    }

    /** Every delay, row by row, one row after another; a new array. */
    public int[] delays() {
        int[] out = new int[size];
        int at = 0;
        for (int r = 0; r < rows; r++) {
            for (int k = rowStart(r), end = rowEnd(r); k < end; k++) {
                out[at++] = delay(k);
            }
        }
        return out;
    }

    /** Bytes per synapse of the chosen form: 8 when compact, else weight 4, target 4 and delay 1 or 2. */
    public int bytesPerSynapse() {
        return packed != null ? 8 : 8 + (delays8 != null ? 1 : 2);
    }

    /** The heap its arrays take, in bytes (array headers not counted). */
    public long sizeInBytes() {
        return (long) bytesPerSynapse() * size() + 4L * rows;
    }

    /** Whether {@code other} has the same rows, targets and delays (weights may differ). */
    public boolean sameStructure(DelayedSynapses other) {
        return other.rows == rows && other.cols == cols && Arrays.equals(other.rowPtr(), rowPtr())
                && Arrays.equals(other.targets(), targets()) && Arrays.equals(other.delays(), delays());
    }

    // ------------------------------------------------------------------------------------------ delivery

    /**
     * Prepares delivery split over targets: part {@code p} covers targets {@code bounds[p] .. bounds[p+1]-1}, with
     * {@code bounds[0] = 0} and the last bound {@code cols()}, non-decreasing. A split whose parts each hold all
     * targets or none (one part, or a group kept whole on one thread) uses the row pointers and needs no memory; any
     * other keeps {@code rows x (parts + 1)} row positions.
     *
     * @throws IllegalArgumentException if the bounds are not such a split, or the positions do not fit an array
     */
    public Split split(int[] bounds) {
        int parts = bounds.length - 1;
        if (parts < 1 || bounds[0] != 0 || bounds[parts] != cols) {
            throw new IllegalArgumentException("DelayedSynapses: split bounds " + Arrays.toString(bounds)
                    + " must start at 0 and end at " + cols);
        }
        for (int p = 0; p < parts; p++) {
            if (bounds[p] > bounds[p + 1]) {
                throw new IllegalArgumentException("DelayedSynapses: split bounds " + Arrays.toString(bounds)
                        + " must not decrease");
            }
        }
        int[] columns = new int[parts];
        boolean whole = true;
        for (int p = 0; p < parts; p++) {
            boolean empty = bounds[p] == bounds[p + 1];
            whole &= empty || (bounds[p] == 0 && bounds[p + 1] == cols);
            columns[p] = empty ? -1 : p;
        }
        if (whole) {
            for (int p = 0; p < parts; p++) {
                columns[p] = columns[p] < 0 ? -1 : column;
            }
            return new Split(ptr, stride, columns);
        }
        int stride = parts + 1;
        long cells = (long) rows * stride;
        Capacity.arrayLength("DelayedSynapses", "the row positions of " + rows + " rows split in " + parts + " parts",
                cells);
        Capacity.fitsInHeap("DelayedSynapses", "the row positions of " + rows + " rows split in " + parts
                + " parts", 4 * cells);
        int[] offs = new int[(int) cells];
        for (int r = 0; r < rows; r++) {
            int base = r * stride;
            int lo = rowStart(r);
            int hi = rowEnd(r);
            offs[base] = lo;
            offs[base + parts] = hi;
            for (int p = 1; p < parts; p++) {
                lo = lowerBound(lo, hi, bounds[p]);
                offs[base + p] = lo;
            }
        }
        return new Split(offs, stride, columns);
    }

    /** The first position in {@code [lo, hi)} whose target is &ge; {@code t} ({@code hi} if none). */
    private int lowerBound(int lo, int hi, int t) {
        // a bound at either end of the targets (a group kept whole in one part) needs no search of the row, which
        // is far away in memory
        if (t <= 0) {
            return lo;
        }
        if (t >= cols) {
            return hi;
        }
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (target(mid) < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Row positions of one split of the targets (see {@link #split}): part {@code p} of row {@code r} is at
     * {@code offsets[r * stride + columns[p]] .. offsets[r * stride + columns[p] + 1]}, and holds nothing when
     * {@code columns[p]} is -1. Immutable.
     */
    public static final class Split {
        private final int[] offsets;
        private final int stride;
        private final int[] columns;

        private Split(int[] offsets, int stride, int[] columns) {
            this.offsets = offsets;
            this.stride = stride;
            this.columns = columns;
        }

        /** The number of parts. */
        public int parts() {
            return columns.length;
        }
    }

    /**
     * For each of the first {@code count} sources listed in {@code sources}, and each of its synapses whose target
     * lies in part {@code part} of {@code split}: adds its weight ({@code -weight} when {@code negate}, for an
     * inhibitory source) to the target's input of the iteration {@code delay} iterations after the spike, in
     * {@code input} (see {@link FutureInput}); {@code positions} must
     * hold {@link FutureInput#positions} for the spike's iteration ({@link #maxDelay()} + 1 entries). The input must
     * be split like {@code split} and have {@link #cols()} neurons. With {@code touch}, it first reads ahead the
     * rows it will deliver (pass false when {@link #readAhead} already did).
     */
    public void deliver(int[] sources, int count, Split split, int part, boolean negate, FutureInput input,
            int[] positions, boolean touch) {
        if (input.ring() != null) {
            deliver(sources, count, split, part, negate, input.ring().values(), positions, touch);
        } else {
            deliver(sources, count, split, part, negate, input.queue(), positions, touch);
        }
    }

    /**
     * The ring form of {@link #deliver(int[], int, Split, int, boolean, FutureInput, int[], boolean)}:
     * {@code ring[rowBase[delay] + target] += (negate ? -weight : weight)}, {@code rowBase} from
     * {@link InputRing#rowOffsets}.
     */
    public void deliver(int[] sources, int count, Split split, int part, boolean negate, float[] ring,
            int[] rowBase, boolean touch) {
        int col = split.columns[part];
        if (col < 0) {
            return;
        }
        int[] offs = split.offsets;
        int stride = split.stride;
        float factor = negate ? -1f : 1f;
        if (touch) {
            touch(sources, count, offs, stride, col);
        }
        if (packed != null) {
            ringPacked(sources, count, offs, stride, col, negate, ring, rowBase);
        } else if (delays8 != null) {
            ring32x8(sources, count, offs, stride, col, factor, ring, rowBase);
        } else {
            ring32x16(sources, count, offs, stride, col, factor, ring, rowBase);
        }
    }

    /**
     * The queue form of {@link #deliver(int[], int, Split, int, boolean, FutureInput, int[], boolean)}: appends the
     * event (target, {@code negate ? -weight : weight}) to part {@code part} of {@code queue} in slot
     * {@code slotOf[delay]} ({@link InputQueue#slots}).
     */
    public void deliver(int[] sources, int count, Split split, int part, boolean negate, InputQueue queue,
            int[] slotOf, boolean touch) {
        int col = split.columns[part];
        if (col < 0) {
            return;
        }
        int[] offs = split.offsets;
        int stride = split.stride;
        float factor = negate ? -1f : 1f;
        long events = 0;
        for (int q = 0; q < count; q++) {
            int at = sources[q] * stride + col;
            events += offs[at + 1] - offs[at];
        }
        if (events == 0) {
            return;
        }
        if (touch) {
            touch(sources, count, offs, stride, col);
        }
        InputQueue.Part p = openCursors(queue, part, slotOf, (int) Math.min(Integer.MAX_VALUE, events));
        if (packed != null) {
            queuePacked(sources, count, offs, stride, col, negate, p);
        } else if (delays8 != null) {
            queue32x8(sources, count, offs, stride, col, factor, p);
        } else {
            queue32x16(sources, count, offs, stride, col, factor, p);
        }
        closeCursors(p, slotOf);
    }

    /** {@code -w} is {@code w} with its sign bit flipped, {@code -1f * w} bit for bit. */
    private static int signFlip(boolean negate) {
        return negate ? 0x8000_0000 : 0;
    }

    private void queuePacked(int[] sources, int count, int[] offs, int stride, int col, boolean negate,
            InputQueue.Part p) {
        long[] syn = packed;
        long flip = signFlip(negate) & 0xFFFF_FFFFL;
        long[] qe = p.events;
        int[] cur = p.cursor;
        for (int q = 0; q < count; q++) {
            int at = sources[q] * stride + col;
            int end = offs[at + 1];
            for (int k = offs[at]; k < end; k++) {
                long e = syn[k];
                qe[cur[(int) (e >>> 48)]++] = (e & EVENT_BITS) ^ flip;
            }
        }
    }

    private void queue32x8(int[] sources, int count, int[] offs, int stride, int col, float factor,
            InputQueue.Part p) {
        int[] t = targets32;
        byte[] d = delays8;
        float[] w = weights;
        long[] qe = p.events;
        int[] cur = p.cursor;
        for (int q = 0; q < count; q++) {
            int at = sources[q] * stride + col;
            int end = offs[at + 1];
            for (int k = offs[at]; k < end; k++) {
                qe[cur[d[k] & 0xFF]++] = InputQueue.event(t[k], factor * w[k]);
            }
        }
    }

    private void queue32x16(int[] sources, int count, int[] offs, int stride, int col, float factor,
            InputQueue.Part p) {
        int[] t = targets32;
        short[] d = delays16;
        float[] w = weights;
        long[] qe = p.events;
        int[] cur = p.cursor;
        for (int q = 0; q < count; q++) {
            int at = sources[q] * stride + col;
            int end = offs[at + 1];
            for (int k = offs[at]; k < end; k++) {
                qe[cur[d[k] & 0xFFFF]++] = InputQueue.event(t[k], factor * w[k]);
            }
        }
    }

    /**
     * Sets the cursor of each delay {@code 1 .. maxDelay} of part {@code part} (the delays map to distinct slots) to
     * the next free position of its slot, so that appending an event takes one lookup by the synapse's delay, after
     * making room for {@code events} more events in those slots when they lack it. Returns the part (a new one when it
     * grew).
     */
    private InputQueue.Part openCursors(InputQueue queue, int part, int[] slotOf, int events) {
        InputQueue.Part p = queue.part(part);
        int[] cur = p.cursor;
        int cap = p.capacity;
        int most = 0;
        for (int d = 1; d <= maxDelay; d++) {
            int s = slotOf[d];
            int c = p.count[s];
            most = Math.max(most, c);
            cur[d] = s * cap + c;
        }
        if ((long) most + events <= cap) {
            return p;
        }
        // grown, every slot has room: the cursors are set again over the new part
        queue.reserve(part, events);
        return openCursors(queue, part, slotOf, events);
    }

    /** Writes the slots' new event counts back from the cursors. */
    private void closeCursors(InputQueue.Part p, int[] slotOf) {
        int[] cur = p.cursor;
        int cap = p.capacity;
        for (int d = 1; d <= maxDelay; d++) {
            int s = slotOf[d];
            p.count[s] = cur[d] - s * cap;
        }
    }

    /**
     * Reads one value of every cache line of the rows about to be delivered, with no dependence between the reads, so
     * that the memory system fetches them all at once instead of one row start after another.
     */
    private void touch(int[] sources, int count, int[] offs, int stride, int col) {
        long sum = 0;
        for (int q = 0; q < count; q++) {
            int at = sources[q] * stride + col;
            sum += touch(offs[at], offs[at + 1]);
        }
        checkTouched(sum);
    }

    /**
     * For the first {@code count} sources listed in {@code sources}, reads one value of every cache line of their
     * rows in these synapses and in every synapse group interleaved with them ({@link #interleave}: a source's rows
     * lie together), once per {@code iteration}: later calls with the same iteration do nothing. When one thread
     * delivers all the groups, the first to deliver an iteration's spikes thus fetches every group's rows at once,
     * and each {@link #deliver} can skip its own read-ahead. Returns whether these synapses' rows were read ahead
     * (now or by an earlier call for the same iteration): false for synapses that are not interleaved, which read
     * nothing here, so that {@code deliver} must read ahead their rows itself.
     */
    public boolean readAhead(int[] sources, int count, long iteration) {
        if (readAheadFor == null) {
            return false;
        }
        if (readAheadFor[0] == iteration) {
            return true;
        }
        readAheadFor[0] = iteration;
        long sum = 0;
        for (int q = 0; q < count; q++) {
            int at = sources[q] * stride;
            sum += touch(ptr[at], ptr[at + stride]);
        }
        checkTouched(sum);
        return true;
    }

    /** Reads one value of every cache line of synapses {@code lo .. hi-1}; returns a sum of them. */
    private long touch(int lo, int hi) {
        long sum = 0;
        if (packed != null) {
            for (int k = lo; k < hi; k += 8) {
                sum += packed[k] >>> 48;
            }
            return sum;
        }
        for (int k = lo; k < hi; k += 16) {
            sum += Float.floatToRawIntBits(weights[k]) & 0xFF;
        }
        for (int k = lo; k < hi; k += 16) {
            sum += targets32[k];
        }
        if (delays8 != null) {
            for (int k = lo; k < hi; k += 64) {
                sum += delays8[k];
            }
        } else {
            for (int k = lo; k < hi; k += 32) {
                sum += delays16[k];
            }
        }
        return sum;
    }

    /**
     * The sum decides a branch, so the reads stay; writing it to a field instead would make every thread write one
     * shared cache line.
     */
    private static void checkTouched(long sum) {
        if (sum == TOUCH_NEVER) {
            throw new AssertionError("touch");
        }
    }

    /** A sum {@link #touch} cannot reach in practice (it adds at most a few million values below 2^31). */
    private static final long TOUCH_NEVER = Long.MIN_VALUE + 0x5EED;

    private void ringPacked(int[] sources, int count, int[] offs, int stride, int col, boolean negate,
            float[] ring, int[] rowBase) {
        long[] syn = packed;
        int flip = signFlip(negate);
        for (int q = 0; q < count; q++) {
            int at = sources[q] * stride + col;
            int end = offs[at + 1];
            for (int k = offs[at]; k < end; k++) {
                long e = syn[k];
                ring[rowBase[(int) (e >>> 48)] + ((int) (e >>> 32) & 0xFFFF)] += Float.intBitsToFloat((int) e ^ flip);
            }
        }
    }

    private void ring32x8(int[] sources, int count, int[] offs, int stride, int col, float factor, float[] ring,
            int[] rowBase) {
        int[] t = targets32;
        byte[] d = delays8;
        float[] w = weights;
        for (int q = 0; q < count; q++) {
            int at = sources[q] * stride + col;
            int end = offs[at + 1];
            for (int k = offs[at]; k < end; k++) {
                ring[rowBase[d[k] & 0xFF] + t[k]] += factor * w[k];
            }
        }
    }

    private void ring32x16(int[] sources, int count, int[] offs, int stride, int col, float factor, float[] ring,
            int[] rowBase) {
        int[] t = targets32;
        short[] d = delays16;
        float[] w = weights;
        for (int q = 0; q < count; q++) {
            int at = sources[q] * stride + col;
            int end = offs[at + 1];
            for (int k = offs[at]; k < end; k++) {
                ring[rowBase[d[k] & 0xFFFF] + t[k]] += factor * w[k];
            }
        }
    }

    // ------------------------------------------------------------------------------------------ interleaving

    /**
     * The same synapses with their rows interleaved in arrays they share: row {@code r} of the first, then row
     * {@code r} of the second, ..., then row {@code r + 1} of the first, and so on; a spiking source's synapses into
     * every group then lie together in memory, which the memory system fetches faster than rows far apart. The
     * synapses must have the same number of rows and the same form (compact, or wide with 8- or 16-bit delays).
     * Returns one view per input, in order; the inputs are not changed.
     *
     * @throws IllegalArgumentException naming what differs, or when the total does not fit one array or the heap
     */
    public static java.util.List<DelayedSynapses> interleave(java.util.List<DelayedSynapses> group) {
        if (group.isEmpty()) {
            return java.util.List.of();
        }
        DelayedSynapses first = group.get(0);
        long total = 0;
        for (DelayedSynapses d : group) {
            if (d.rows != first.rows || (d.packed == null) != (first.packed == null)
                    || (d.delays8 == null) != (first.delays8 == null)) {
                throw new IllegalArgumentException("DelayedSynapses: cannot interleave " + d + " with " + first
                        + "; they need the same rows and types");
            }
            total += d.size;
        }
        String what = "the interleaved rows of " + total + " synapses";
        int n = Capacity.arrayLength("DelayedSynapses", what, total);
        Capacity.fitsInHeap("DelayedSynapses", what, total * first.bytesPerSynapse(), first.bytesPerSynapse(),
                "synapses");
        boolean compact = first.packed != null;
        long[] pk = compact ? new long[n] : null;
        int[] t32 = compact ? null : new int[n];
        byte[] d8 = !compact && first.delays8 != null ? new byte[n] : null;
        short[] d16 = !compact && first.delays8 == null ? new short[n] : null;
        float[] w = compact ? null : new float[n];
        int rows = first.rows;
        int groups = group.size();
        int[] ptr = new int[Capacity.arrayLength("DelayedSynapses", "the row pointers of " + groups + " x " + rows
                + " interleaved rows", (long) rows * groups + 1)];
        // the loops over rows are small methods of their own: the JIT compiles each in a few milliseconds (one
        // loop over every group's rows here, with all the forms' copies, took the optimizing compiler 70-90 ms, on
        // one of the processors the first steps of the run needed)
        interleavedPointers(group, rows, ptr);
        Object toDelays = d8 != null ? d8 : d16;
        for (int g = 0; g < groups; g++) {
            DelayedSynapses d = group.get(g);
            if (compact) {
                copyRows(d, d.packed, pk, ptr, groups, g);
            } else {
                copyRows(d, d.targets32, t32, ptr, groups, g);
                copyRows(d, d.weights, w, ptr, groups, g);
                copyRows(d, d8 != null ? d.delays8 : d.delays16, toDelays, ptr, groups, g);
            }
        }
        long[] readAheadFor = {Long.MIN_VALUE};
        java.util.List<DelayedSynapses> out = new java.util.ArrayList<>();
        for (int g = 0; g < group.size(); g++) {
            DelayedSynapses d = group.get(g);
            out.add(new DelayedSynapses(rows, d.cols, d.size, ptr, groups, g, readAheadFor, pk, t32, d8,
                    d16, w, d.maxDelay));
        }
        return out;
    }

    /**
     * {@code ptr[r * groups + g]}: where row {@code r} of {@code group.get(g)} starts when the groups' rows are
     * interleaved; {@code ptr[rows * groups]} the total.
     */
    private static void interleavedPointers(java.util.List<DelayedSynapses> group, int rows, int[] ptr) {
        int groups = group.size();
        int at = 0;
        for (int r = 0; r < rows; r++) {
            for (int g = 0; g < groups; g++) {
                DelayedSynapses d = group.get(g);
                ptr[r * groups + g] = at;
                at += d.rowEnd(r) - d.rowStart(r);
            }
        }
        ptr[rows * groups] = at;
    }

    /** Copies each row {@code r} of {@code d}'s array {@code from} to {@code to} at {@code toPtr[r * groups + g]}. */
    private static void copyRows(DelayedSynapses d, Object from, Object to, int[] toPtr, int groups, int g) {
        for (int r = 0; r < d.rows; r++) {
            System.arraycopy(from, d.rowStart(r), to, toPtr[r * groups + g], d.rowEnd(r) - d.rowStart(r));
        }
    }

    // ------------------------------------------------------------------------------------------ building

    /**
     * Synapses from parallel arrays in any order (source, target, delay in iterations, weight per synapse), sorted
     * into rows by source, then target; synapses of one pair keep their order. Every value is checked.
     *
     * @throws IllegalArgumentException naming the first bad synapse, or when the arrays differ in length
     */
    public static DelayedSynapses of(int rows, int cols, int[] sources, int[] targets, int[] delays, float[] weights) {
        int n = sources.length;
        if (targets.length != n || delays.length != n || weights.length != n) {
            throw new IllegalArgumentException("DelayedSynapses: " + n + " sources, " + targets.length + " targets, "
                    + delays.length + " delays and " + weights.length + " weights; give one of each per synapse");
        }
        checkShape(rows, cols);
        int[] counts = new int[rows];
        for (int k = 0; k < n; k++) {
            if (sources[k] < 0 || sources[k] >= rows) {
                throw new IllegalArgumentException("DelayedSynapses: synapse " + k + " has source " + sources[k]
                        + "; allowed: 0 to " + (rows - 1));
            }
            counts[sources[k]]++;
        }
        Builder b = builder(rows, cols, counts);
        Integer[] order = new Integer[n];
        for (int k = 0; k < n; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (x, y) -> sources[x] != sources[y] ? Integer.compare(sources[x], sources[y])
                : Integer.compare(targets[x], targets[y]));
        int maxCount = 0;
        for (int c : counts) {
            maxCount = Math.max(maxCount, c);
        }
        int[] t = new int[maxCount];
        int[] d = new int[maxCount];
        float[] w = new float[maxCount];
        int k = 0;
        for (int r = 0; r < rows; r++) {
            int c = counts[r];
            for (int j = 0; j < c; j++, k++) {
                int s = order[k];
                t[j] = targets[s];
                d[j] = delays[s];
                w[j] = weights[s];
            }
            b.setRow(r, t, w, d, c, 0);
        }
        return b.build();
    }

    /**
     * Synapses from their stored form (as {@link #rowPtr()}, {@link #targets()}, {@link #delays()},
     * {@link #weightsInOrder()} give it), checked: pointers from 0 to the synapse count, never decreasing; targets in range
     * and sorted within each row; delays in {@code 1 ..} {@value #MAX_DELAY}; weights finite.
     *
     * @throws IllegalArgumentException naming the first bad entry
     */
    public static DelayedSynapses ofRows(int rows, int cols, int[] rowPtr, int[] targets, int[] delays,
            float[] weights) {
        checkShape(rows, cols);
        int n = weights.length;
        if (rowPtr.length != rows + 1 || rowPtr[0] != 0 || rowPtr[rows] != n || targets.length != n
                || delays.length != n) {
            throw new IllegalArgumentException("DelayedSynapses: " + rowPtr.length + " row pointers (from "
                    + (rowPtr.length > 0 ? rowPtr[0] : "-") + " to " + (rowPtr.length > 0 ? rowPtr[rowPtr.length - 1]
                    : "-") + "), " + targets.length + " targets, " + delays.length + " delays and " + n
                    + " weights; need " + (rows + 1) + " pointers from 0 to " + n + " and one of each per synapse");
        }
        int[] counts = new int[rows];
        for (int r = 0; r < rows; r++) {
            if (rowPtr[r + 1] < rowPtr[r]) {
                throw new IllegalArgumentException("DelayedSynapses: row pointer " + (r + 1) + " (" + rowPtr[r + 1]
                        + ") is below row pointer " + r + " (" + rowPtr[r] + ")");
            }
            counts[r] = rowPtr[r + 1] - rowPtr[r];
        }
        Builder b = builder(rows, cols, counts);
        for (int r = 0; r < rows; r++) {
            int from = rowPtr[r];
            b.setRow(r, Arrays.copyOfRange(targets, from, rowPtr[r + 1]),
                    Arrays.copyOfRange(weights, from, rowPtr[r + 1]), Arrays.copyOfRange(delays, from, rowPtr[r + 1]),
                    counts[r], 0);
        }
        return b.build();
    }

    private static void checkShape(int rows, int cols) {
        if (rows < 1 || cols < 1) {
            throw new IllegalArgumentException("DelayedSynapses: shape [" + rows + ", " + cols
                    + "] must be positive");
        }
    }

    /**
     * A builder for synapses whose row sizes are known: {@code rowCounts[r]} synapses in row {@code r}. Rows may be
     * filled in any order, and from several threads as long as each row is filled by one thread; {@link Builder#build()}
     * then checks that every row was filled and narrows the delays to 8 bits when they fit.
     *
     * @throws IllegalArgumentException if the total does not fit one array or the heap
     */
    public static Builder builder(int rows, int cols, int[] rowCounts) {
        return new Builder(rows, cols, rowCounts);
    }

    /** See {@link DelayedSynapses#builder}. */
    public static final class Builder {
        private final int rows;
        private final int cols;
        private final int[] rowPtr;
        /** Compact synapses (narrow destinations), or null and the three wide arrays. */
        private final long[] packed;
        private final int[] targets32;
        private final short[] delays16;
        private final float[] weights;
        private final boolean[] filled;
        private int[] next;

        private Builder(int rows, int cols, int[] rowCounts) {
            checkShape(rows, cols);
            if (rowCounts.length != rows) {
                throw new IllegalArgumentException("DelayedSynapses: " + rowCounts.length + " row counts for " + rows
                        + " rows");
            }
            long total = 0;
            for (int r = 0; r < rows; r++) {
                if (rowCounts[r] < 0) {
                    throw new IllegalArgumentException("DelayedSynapses: row " + r + " has " + rowCounts[r]
                            + " synapses; must be >= 0");
                }
                total += rowCounts[r];
            }
            String who = "DelayedSynapses";
            int n = Capacity.arrayLength(who, total + " synapses", total);
            boolean narrow = cols <= NARROW_TARGETS;
            // compact (8), or weights (4), targets (4) and delays (2 while building); row pointers, filled flags
            int perSynapse = narrow ? 8 : 10;
            Capacity.fitsInHeap(who, "the weights, targets and delays of " + total + " synapses",
                    perSynapse * total + 5L * rows, perSynapse, "synapses");
            this.rows = rows;
            this.cols = cols;
            this.rowPtr = new int[rows + 1];
            for (int r = 0; r < rows; r++) {
                rowPtr[r + 1] = rowPtr[r] + rowCounts[r];
            }
            this.packed = narrow ? new long[n] : null;
            this.targets32 = narrow ? null : new int[n];
            this.delays16 = narrow ? null : new short[n];
            this.weights = narrow ? null : new float[n];
            this.filled = new boolean[rows];
            for (int r = 0; r < rows; r++) {
                filled[r] = rowCounts[r] == 0;
            }
        }

        /** The total number of synapses. */
        public int size() {
            return rowPtr[rows];
        }

        /**
         * Fills row {@code r} from {@code targets}, {@code weights} and {@code delays} starting at {@code from}:
         * {@code count} synapses (the row's size), targets ascending in {@code [0, cols)}, delays in
         * {@code 1 ..} {@value DelayedSynapses#MAX_DELAY}, weights finite.
         *
         * @throws IllegalArgumentException naming the row and the bad value; the row stays unfilled
         */
        public void setRow(int r, int[] targets, float[] weights, int[] delays, int count, int from) {
            if (r < 0 || r >= rows) {
                throw new IllegalArgumentException("DelayedSynapses: row " + r + " out of 0 to " + (rows - 1));
            }
            int at = rowPtr[r];
            if (count != rowPtr[r + 1] - at) {
                throw new IllegalArgumentException("DelayedSynapses: row " + r + " gets " + count
                        + " synapses, but was sized for " + (rowPtr[r + 1] - at));
            }
            int previous = 0;
            for (int j = from; j < from + count; j++) {
                int t = targets[j];
                if (t < 0 || t >= cols) {
                    throw new IllegalArgumentException("DelayedSynapses: row " + r + " has target " + t
                            + "; allowed: 0 to " + (cols - 1));
                }
                if (t < previous) {
                    throw new IllegalArgumentException("DelayedSynapses: row " + r + " has target " + t + " after "
                            + previous + "; targets must be ascending within a row");
                }
                previous = t;
                if (delays[j] < 1 || delays[j] > MAX_DELAY) {
                    throw new IllegalArgumentException("DelayedSynapses: the synapse from " + r + " to " + t
                            + " has delay " + delays[j] + "; allowed: 1 to " + MAX_DELAY + " iterations");
                }
                if (!Float.isFinite(weights[j])) {
                    throw new IllegalArgumentException("DelayedSynapses: the synapse from " + r + " to " + t
                            + " has weight " + weights[j] + "; weights must be finite");
                }
            }
            for (int j = 0; j < count; j++) {
                put(at + j, targets[from + j], delays[from + j], weights[from + j]);
            }
            filled[r] = true;
        }

        /**
         * Appends one synapse to row {@code r} (single-threaded use): targets ascending within the row, delay in
         * {@code 1 ..} {@value DelayedSynapses#MAX_DELAY}, weight finite; the row counts as filled once it holds
         * its size.
         *
         * @throws IllegalArgumentException naming the row and the bad value, or when the row is already full
         */
        public void append(int r, int t, float w, int d) {
            if (r < 0 || r >= rows) {
                throw new IllegalArgumentException("DelayedSynapses: row " + r + " out of 0 to " + (rows - 1));
            }
            if (next == null) {
                next = Arrays.copyOf(rowPtr, rows);
            }
            int k = next[r];
            if (k == rowPtr[r + 1]) {
                throw new IllegalArgumentException("DelayedSynapses: row " + r + " is full (" + (k - rowPtr[r])
                        + " synapses)");
            }
            if (t < 0 || t >= cols) {
                throw new IllegalArgumentException("DelayedSynapses: row " + r + " gets target " + t
                        + "; allowed: 0 to " + (cols - 1));
            }
            int previous = k == rowPtr[r] ? 0 : (packed != null ? (int) (packed[k - 1] >>> 32) & 0xFFFF
                    : targets32[k - 1]);
            if (t < previous) {
                throw new IllegalArgumentException("DelayedSynapses: row " + r + " gets target " + t + " after "
                        + previous + "; targets must be ascending within a row");
            }
            if (d < 1 || d > MAX_DELAY) {
                throw new IllegalArgumentException("DelayedSynapses: the synapse from " + r + " to " + t
                        + " has delay " + d + "; allowed: 1 to " + MAX_DELAY + " iterations");
            }
            if (!Float.isFinite(w)) {
                throw new IllegalArgumentException("DelayedSynapses: the synapse from " + r + " to " + t
                        + " has weight " + w + "; weights must be finite");
            }
            put(k, t, d, w);
            next[r] = k + 1;
            if (k + 1 == rowPtr[r + 1]) {
                filled[r] = true;
            }
        }

        /**
         * The synapses; the builder must not be used afterwards.
         *
         * @throws IllegalStateException naming the first row that was never filled
         */
        public DelayedSynapses build() {
            for (int r = 0; r < rows; r++) {
                if (!filled[r]) {
                    throw new IllegalStateException("DelayedSynapses: row " + r + " was never filled");
                }
            }
            int n = size();
            int max = 0;
            if (packed != null) {
                for (long e : packed) {
                    max = Math.max(max, (int) (e >>> 48));
                }
                return new DelayedSynapses(rows, cols, n, rowPtr, 1, 0, null, packed, null, null, null, null, max);
            }
            for (short d : delays16) {
                max = Math.max(max, d & 0xFFFF);
            }
            if (max <= 255) {
                Capacity.fitsInHeap("DelayedSynapses", "8-bit delays of " + delays16.length + " synapses",
                        delays16.length);
                byte[] d8 = new byte[delays16.length];
                for (int k = 0; k < d8.length; k++) {
                    d8[k] = (byte) delays16[k];
                }
                return new DelayedSynapses(rows, cols, n, rowPtr, 1, 0, null, null, targets32, d8, null, weights, max);
            }
            return new DelayedSynapses(rows, cols, n, rowPtr, 1, 0, null, null, targets32, null, delays16, weights, max);
        }

        /** Stores synapse {@code k} (values already checked). */
        private void put(int k, int target, int delay, float weight) {
            if (packed != null) {
                packed[k] = pack(target, delay, weight);
            } else {
                targets32[k] = target;
                delays16[k] = (short) delay;
                weights[k] = weight;
            }
        }
    }

    @Override
    public String toString() {
        return "DelayedSynapses(" + rows + " x " + cols + ", " + size() + " synapses, delays up to " + maxDelay
                + ", " + bytesPerSynapse() + " bytes each)";
    }
}
