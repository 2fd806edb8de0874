package io.conex4j.core.behaviors.learning;

import io.conex4j.core.runtime.Priorities;
import io.conex4j.core.runtime.SynapseGroup;
import io.conex4j.core.storage.CscWeights;
import io.conex4j.core.storage.Weights;

/**
 * CoNeX's SparseSTDP on CSC weights: the stored values change, the structure never does. Spiking
 * destinations visit their column, spiking sources their row (through the row index); see {@link StdpRule}.
 */
public final class SparseSTDP extends StdpRule {

    /** At the standard priority (500). */
    public SparseSTDP(StdpParams params) {
        super(params, Priorities.LEARNING);
    }

    /** At an explicit priority. */
    public SparseSTDP(StdpParams params, int priority) {
        super(params, priority);
    }

    @Override
    protected void checkWeights(SynapseGroup s, Weights w) {
        if (!(w instanceof CscWeights c) || c.rows() != s.src().size() || c.cols() != s.dst().size()) {
            throw new IllegalArgumentException(name() + " on synapses " + s.name() + ": weights " + w
                    + " must be CSC [" + s.src().size() + ", " + s.dst().size() + "]"
                    + (w.isSparse() ? "" : "; use SimpleSTDP for dense weights"));
        }
    }

    @Override
    public void forward(SynapseGroup s) {
        CscWeights c = (CscWeights) s.weights;
        float[] v = c.values();
        int[] colPtr = c.colPtr();
        int[] rowIdx = c.rowIdx();
        boolean[] preSpike = s.preSpike;
        boolean[] postSpike = s.postSpike;
        float[] preTrace = s.preTrace;
        float[] postTrace = s.postTrace;
        int nPost = spikingIndices(postSpike, postIdx);
        for (int k = 0; k < nPost; k++) {
            int j = postIdx[k];
            float y = postTrace[j];
            for (int e = colPtr[j]; e < colPtr[j + 1]; e++) {
                int i = rowIdx[e];
                float old = v[e];
                float plus = p.plus(preTrace[i], old);
                v[e] = preSpike[i] ? old + (plus - p.minus(y, old)) : old + plus;
            }
        }
        int nPre = spikingIndices(preSpike, preIdx);
        if (nPre == 0) {
            return;
        }
        int[] rowPtr = c.rowPtr();
        int[] entries = c.rowEntries();
        int[] dst = c.dstIdx();
        for (int k = 0; k < nPre; k++) {
            int i = preIdx[k];
            for (int e = rowPtr[i]; e < rowPtr[i + 1]; e++) {
                int at = entries[e];
                int j = dst[at];
                if (!postSpike[j]) {
                    float old = v[at];
                    v[at] = old - p.minus(postTrace[j], old);
                }
            }
        }
    }
}
