package io.conex4j.core.behaviors.learning;

import io.conex4j.core.runtime.Priorities;
import io.conex4j.core.runtime.SynapseGroup;
import io.conex4j.core.storage.Weights;
import java.util.Arrays;

/** CoNeX's SimpleSTDP on dense 2-D {@code [src, dst]} weights; see {@link StdpRule}. */
public final class SimpleSTDP extends StdpRule {

    /** At the standard priority (500). */
    public SimpleSTDP(StdpParams params) {
        super(params, Priorities.LEARNING);
    }

    /** At an explicit priority. */
    public SimpleSTDP(StdpParams params, int priority) {
        super(params, priority);
    }

    @Override
    protected void checkWeights(SynapseGroup s, Weights w) {
        int[] shape = w.shape();
        if (w.isSparse() || shape.length != 2 || shape[0] != s.src().size() || shape[1] != s.dst().size()) {
            throw new IllegalArgumentException(name() + " on synapses " + s.name() + ": weights "
                    + (w.isSparse() ? "(CSC) " : "") + "of shape " + Arrays.toString(shape) + " must be dense ["
                    + s.src().size() + ", " + s.dst().size() + "]" + (w.isSparse() ? "; use SparseSTDP" : ""));
        }
    }

    @Override
    public void forward(SynapseGroup s) {
        float[] w = s.weights.values();
        int cols = s.dst().size();
        boolean[] preSpike = s.preSpike;
        boolean[] postSpike = s.postSpike;
        float[] preTrace = s.preTrace;
        float[] postTrace = s.postTrace;
        int nPre = spikingIndices(preSpike, preIdx);
        int nPost = spikingIndices(postSpike, postIdx);
        for (int k = 0; k < nPre; k++) {
            int i = preIdx[k];
            int base = i * cols;
            float x = preTrace[i];
            for (int j = 0; j < cols; j++) {
                float v = w[base + j];
                float minus = p.minus(postTrace[j], v);
                w[base + j] = postSpike[j] ? v + (p.plus(x, v) - minus) : v - minus;
            }
        }
        if (nPost == 0) {
            return;
        }
        for (int i = 0; i < preTrace.length; i++) {
            float x = preTrace[i];
            if (preSpike[i] || x == 0f) {
                continue;
            }
            int base = i * cols;
            for (int k = 0; k < nPost; k++) {
                int at = base + postIdx[k];
                float v = w[at];
                w[at] = v + p.plus(x, v);
            }
        }
    }
}
