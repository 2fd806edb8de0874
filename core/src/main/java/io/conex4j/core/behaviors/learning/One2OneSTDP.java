package io.conex4j.core.behaviors.learning;

import io.conex4j.core.runtime.Priorities;
import io.conex4j.core.runtime.SynapseGroup;
import io.conex4j.core.storage.Weights;
import java.util.Arrays;

/** CoNeX's One2OneSTDP on 1-D weights (neuron i to neuron i); see {@link StdpRule}. */
public final class One2OneSTDP extends StdpRule {

    /** At the standard priority (500). */
    public One2OneSTDP(StdpParams params) {
        super(params, Priorities.LEARNING);
    }

    /** At an explicit priority. */
    public One2OneSTDP(StdpParams params, int priority) {
        super(params, priority);
    }

    @Override
    protected void checkWeights(SynapseGroup s, Weights w) {
        int[] shape = w.shape();
        if (w.isSparse() || shape.length != 1 || shape[0] != s.dst().size() || s.src().size() != s.dst().size()) {
            throw new IllegalArgumentException(name() + " on synapses " + s.name() + ": weights of shape "
                    + Arrays.toString(shape) + " must be dense 1-D [" + s.dst().size()
                    + "] with equal source and destination sizes");
        }
    }

    @Override
    public void forward(SynapseGroup s) {
        float[] w = s.weights.values();
        boolean[] preSpike = s.preSpike;
        boolean[] postSpike = s.postSpike;
        for (int i = 0; i < w.length; i++) {
            boolean pre = preSpike[i];
            boolean post = postSpike[i];
            if (pre || post) {
                float old = w[i];
                float plus = post ? p.plus(s.preTrace[i], old) : 0f;
                float minus = pre ? p.minus(s.postTrace[i], old) : 0f;
                w[i] = old + (plus - minus);
            }
        }
    }
}
