package io.conex4j.core.behaviors.neuron;

import io.conex4j.core.runtime.Behavior;
import io.conex4j.core.runtime.DataFlow;
import io.conex4j.core.runtime.NeuronGroup;
import io.conex4j.core.runtime.Priorities;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CoNeX's k-winners-take-all (priority 300, before firing): the candidates are the neurons at or above their
 * threshold. The group is one slice, or, with a {@code dimension} (0 depth, 1 height, 2 width of the group's
 * {@code depth x height x width}), one slice per line along that axis (dimension 0: competition across depth at
 * each position). If no slice holds more than {@code k} candidates nothing happens; otherwise in every slice the
 * {@code k} neurons with the highest potential win (ties to the lower index) and every other candidate is set to
 * the reset potential, so it does not fire this iteration.
 */
public final class KWTA extends Behavior<NeuronGroup> {

    private final int k;
    private final int dimension;
    private int length;
    private int stride;
    private int slices;
    private int[] best;
    private float[] thresholds;

    /** At most {@code k} (&ge; 1) spikes per iteration in the whole group. */
    public KWTA(int k) {
        this(k, -1);
    }

    /**
     * At most {@code k} (&ge; 1) spikes per line along {@code dimension} (0 depth, 1 height, 2 width; -1 for the
     * whole group).
     */
    public KWTA(int k, int dimension) {
        super(Priorities.KWTA);
        if (k < 1) {
            throw new IllegalArgumentException("KWTA: k (" + k + ") must be >= 1");
        }
        if (dimension < -1 || dimension > 2) {
            throw new IllegalArgumentException("KWTA: dimension (" + dimension + ") must be 0 (depth), 1 (height),"
                    + " 2 (width) or -1 (the whole group)");
        }
        this.k = k;
        this.dimension = dimension;
    }

    /** k, and the dimension (-1: the whole group). */
    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("k", (long) k);
        m.put("dimension", (long) dimension);
        return m;
    }

    /** k. */
    public int k() {
        return k;
    }

    /** The axis of competition (0 depth, 1 height, 2 width), or -1 for the whole group. */
    public int dimension() {
        return dimension;
    }

    @Override
    public void declare(NeuronGroup g, DataFlow flow) {
        flow.readsLatest(g, NeuronGroup.THRESHOLD).writes(g, NeuronGroup.VOLTAGE);
    }

    @Override
    public void initialize(NeuronGroup g) {
        float[] t = g.thresholds();
        if (t == null || Float.isNaN(g.vReset())) {
            throw new IllegalStateException("KWTA on neurons " + g.name() + ": no threshold; add a neuron model first");
        }
        int[] shape = {g.depth(), g.height(), g.width()};
        int len = dimension < 0 ? g.size() : shape[dimension];
        if (k > len) {
            throw new IllegalArgumentException("KWTA on neurons " + g.name() + ": k (" + k + ") exceeds "
                    + (dimension < 0 ? "the group size " + len : "the length " + len + " of dimension " + dimension
                            + " of the group's shape " + shape[0] + "x" + shape[1] + "x" + shape[2]));
        }
        int after = 1;
        for (int d = dimension + 1; d < 3 && dimension >= 0; d++) {
            after *= shape[d];
        }
        length = len;
        stride = dimension < 0 ? 1 : after;
        slices = g.size() / len;
        best = new int[k];
        thresholds = t;
    }

    /** The first neuron of slice {@code s}. */
    private int base(int s) {
        return (s / stride) * length * stride + s % stride;
    }

    @Override
    public void forward(NeuronGroup g) {
        float[] v = g.voltage();
        boolean crowded = false;
        for (int s = 0; s < slices && !crowded; s++) {
            int b = base(s);
            int n = 0;
            for (int j = 0; j < length; j++) {
                int i = b + j * stride;
                if (v[i] >= thresholds[i]) {
                    n++;
                }
            }
            crowded = n > k;
        }
        if (!crowded) {
            return;
        }
        float reset = g.vReset();
        for (int s = 0; s < slices; s++) {
            resetLosers(v, base(s), reset);
        }
    }

    /** Finds the k highest potentials of one slice, then resets the candidates among the others. */
    private void resetLosers(float[] v, int b, float reset) {
        int found = 0;
        for (int j = 0; j < length; j++) {
            int i = b + j * stride;
            int at = found;
            while (at > 0 && beats(v, i, best[at - 1])) {
                at--;
            }
            if (at < k) {
                System.arraycopy(best, at, best, at + 1, Math.min(found, k - 1) - at);
                best[at] = i;
                found = Math.min(found + 1, k);
            }
        }
        for (int j = 0; j < length; j++) {
            int i = b + j * stride;
            if (v[i] >= thresholds[i] && !isBest(i)) {
                v[i] = reset;
            }
        }
    }

    /** Whether neuron {@code a} ranks above {@code b}: higher potential (NaN lowest), ties to the lower index. */
    private static boolean beats(float[] v, int a, int b) {
        float va = Float.isNaN(v[a]) ? Float.NEGATIVE_INFINITY : v[a];
        float vb = Float.isNaN(v[b]) ? Float.NEGATIVE_INFINITY : v[b];
        return va > vb || (va == vb && a < b);
    }

    private boolean isBest(int i) {
        for (int w = 0; w < k; w++) {
            if (best[w] == i) {
                return true;
            }
        }
        return false;
    }
}
