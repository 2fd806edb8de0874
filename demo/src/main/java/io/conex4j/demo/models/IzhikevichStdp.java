package io.conex4j.demo.models;

import io.conex4j.core.runtime.StateScope;
import io.conex4j.core.runtime.Stateful;
import io.conex4j.core.runtime.Behavior;
import io.conex4j.core.runtime.Priorities;
import io.conex4j.core.runtime.SynapseGroup;

/**
 * The trace STDP of PymoNNtorch's Izhikevich benchmark: traces {@code x = x + s − x/tau·dt},
 * then for each spiking source i and all j: {@code W[i][j] −= aMinus·xPost[j]·(W[i][j] − wMin)}, then for
 * each spiking destination j and all i: {@code W[i][j] += aPlus·xPre[i]·(wMax − W[i][j])}; no clipping.
 * Spikes are this iteration's (read from the groups). Dense 2-D weights; priority 500.
 */
public final class IzhikevichStdp extends Behavior<SynapseGroup> implements Stateful {

    private final float aPlus;
    private final float aMinus;
    private final float tau;
    private final float wMin;
    private final float wMax;
    private float[] xPre;
    private float[] xPost;
    private int[] postIdx;

    /** Rates, trace time constant (ms) and weight limits. */
    public IzhikevichStdp(double aPlus, double aMinus, double tau, double wMin, double wMax) {
        super(Priorities.LEARNING);
        this.aPlus = (float) aPlus;
        this.aMinus = (float) aMinus;
        this.tau = (float) tau;
        this.wMin = (float) wMin;
        this.wMax = (float) wMax;
    }

    @Override
    public void initialize(SynapseGroup s) {
        xPre = new float[s.src().size()];
        xPost = new float[s.dst().size()];
        postIdx = new int[s.dst().size()];
    }

    @Override
    public void saveState(StateScope scope) {
        scope.put("xPre", xPre);
        scope.put("xPost", xPost);
    }

    @Override
    public void restoreState(StateScope scope) {
        float[] a = scope.floats("xPre", xPre.length);
        float[] b = scope.floats("xPost", xPost.length);
        System.arraycopy(a, 0, xPre, 0, a.length);
        System.arraycopy(b, 0, xPost, 0, b.length);
    }

    @Override
    public void forward(SynapseGroup s) {
        float dt = s.network().dt();
        boolean[] pre = s.src().spikes();
        boolean[] post = s.dst().spikes();
        for (int i = 0; i < xPre.length; i++) {
            xPre[i] = xPre[i] + (pre[i] ? 1f : 0f) - xPre[i] / tau * dt;
        }
        for (int j = 0; j < xPost.length; j++) {
            xPost[j] = xPost[j] + (post[j] ? 1f : 0f) - xPost[j] / tau * dt;
        }
        float[] w = s.weights().values();
        int cols = xPost.length;
        for (int i = 0; i < pre.length; i++) {
            if (pre[i]) {
                int base = i * cols;
                for (int j = 0; j < cols; j++) {
                    w[base + j] -= aMinus * xPost[j] * (w[base + j] - wMin);
                }
            }
        }
        int nPost = 0;
        for (int j = 0; j < cols; j++) {
            if (post[j]) {
                postIdx[nPost++] = j;
            }
        }
        if (nPost == 0) {
            return;
        }
        for (int i = 0; i < xPre.length; i++) {
            float x = aPlus * xPre[i];
            if (x == 0f) {
                continue;
            }
            int base = i * cols;
            for (int k = 0; k < nPost; k++) {
                int at = base + postIdx[k];
                w[at] += x * (wMax - w[at]);
            }
        }
    }
}
