package io.conex4j.core.behaviors.neuron;

import io.conex4j.core.runtime.Behavior;
import io.conex4j.core.runtime.DataFlow;
import io.conex4j.core.runtime.NeuronGroup;
import io.conex4j.core.runtime.Priorities;
import java.util.Map;

/**
 * k-winners-take-all: before firing (priority 300, CoNeX's), if more than {@code k} neurons are at or above
 * threshold, only the {@code k} with the highest potential keep it (ties to the lower index); the others are
 * set to the reset potential and do not fire this iteration.
 */
public final class KWTA extends Behavior<NeuronGroup> {

    private final int k;
    private int[] candidates;

    /** At most {@code k} (&ge; 1) spikes per iteration. */
    public KWTA(int k) {
        super(Priorities.KWTA);
        if (k < 1) {
            throw new IllegalArgumentException("KWTA: k (" + k + ") must be >= 1");
        }
        this.k = k;
    }

    /** k. */
    @Override
    public Map<String, Object> parameters() {
        return Map.of("k", (long) k);
    }

    @Override
    public void declare(NeuronGroup g, DataFlow flow) {
        flow.readsLatest(g, NeuronGroup.VOLTAGE).writes(g, NeuronGroup.SPIKES);
    }

    @Override
    public void initialize(NeuronGroup g) {
        if (Float.isNaN(g.threshold())) {
            throw new IllegalStateException("KWTA on neurons " + g.name() + ": no threshold; add a neuron model first");
        }
        if (k > g.size()) {
            throw new IllegalArgumentException("KWTA on neurons " + g.name() + ": k (" + k + ") exceeds the group size "
                    + g.size());
        }
        candidates = new int[g.size()];
    }

    @Override
    public void forward(NeuronGroup g) {
        float[] v = g.voltage();
        float threshold = g.threshold();
        int n = 0;
        for (int i = 0; i < v.length; i++) {
            if (v[i] >= threshold) {
                candidates[n++] = i;
            }
        }
        if (n <= k) {
            return;
        }
        // Partial selection sort of the k best: O(n*k), fine for the small k this is used with.
        for (int w = 0; w < k; w++) {
            int best = w;
            for (int j = w + 1; j < n; j++) {
                int cj = candidates[j];
                int cb = candidates[best];
                if (v[cj] > v[cb] || (v[cj] == v[cb] && cj < cb)) {
                    best = j;
                }
            }
            int tmp = candidates[w];
            candidates[w] = candidates[best];
            candidates[best] = tmp;
        }
        float reset = g.vReset();
        for (int j = k; j < n; j++) {
            v[candidates[j]] = reset;
        }
    }
}
