package io.conex4j.core.recording;

import io.conex4j.core.random.KeyedRandom;
import io.conex4j.core.runtime.NeuronGroup;
import java.util.Arrays;
import java.util.List;

/**
 * A 64-bit fingerprint of the spikes of several groups: the (iteration, neuron) pairs recorded by their
 * {@link SpikeRecorder}s in iterations {@code from .. to}, neurons numbered across the groups in the order given
 * (the first group's neurons first), ordered by iteration, then neuron, and folded as
 * {@code h = mix(h + (iteration << 32 | neuron))} from {@code h = 0} ({@code mix} is SplitMix64's finalizer,
 * {@link KeyedRandom#mix}). Two runs with the same fingerprint fired the same neurons in the same iterations.
 */
public final class SpikeHash {

    private SpikeHash() {
    }

    /**
     * The fingerprint of the spikes of {@code groups} in iterations {@code from} to {@code to} (inclusive).
     *
     * @throws IllegalStateException naming a group without a spike recorder, or one whose recording was truncated
     */
    public static long of(List<NeuronGroup> groups, long from, long to) {
        long[] keys = keys(groups, from, to);
        long h = 0;
        for (long k : keys) {
            h = KeyedRandom.mix(h + k);
        }
        return h;
    }

    /** The number of spikes of {@code groups} in iterations {@code from} to {@code to} (inclusive). */
    public static int count(List<NeuronGroup> groups, long from, long to) {
        return keys(groups, from, to).length;
    }

    private static long[] keys(List<NeuronGroup> groups, long from, long to) {
        int total = 0;
        for (NeuronGroup g : groups) {
            SpikeRecorder r = SpikeRecorder.of(g);
            if (r.truncated()) {
                throw new IllegalStateException("neurons " + g.name() + ": the spike recording was truncated at "
                        + r.capacity() + " spikes; a fingerprint needs every spike");
            }
            total += r.count();
        }
        long[] keys = new long[total];
        int c = 0;
        long offset = 0;
        for (NeuronGroup g : groups) {
            SpikeRecorder r = SpikeRecorder.of(g);
            long[] it = r.iterations();
            int[] idx = r.indices();
            for (int k = 0; k < r.count(); k++) {
                if (it[k] >= from && it[k] <= to) {
                    keys[c++] = it[k] << 32 | (offset + idx[k]);
                }
            }
            offset += g.size();
        }
        long[] out = Arrays.copyOf(keys, c);
        Arrays.sort(out);
        return out;
    }
}
