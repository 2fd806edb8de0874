package io.conex4j.demo.models;

import io.conex4j.core.runtime.Behavior;
import io.conex4j.core.runtime.SynapseGroup;

/**
 * The one-step STDP of PymoNNtorch's "Simple LIF" benchmark: {@code W[i][j] = clip(W[i][j] + speed, 0, 1)}
 * for every source i that spiked one iteration before destination j. It runs at priority 190, just after
 * the dendritic input of the next iteration, so that (as in the reference) the input of an iteration uses
 * the weights before that iteration's update; it reads both axons (delay 1 for sources, 0 for destinations,
 * so the source axon must keep 2 iterations). Dense 2-D weights.
 */
public final class OneStepStdp extends Behavior<SynapseGroup> {

    private final float speed;
    private boolean[] before;
    private boolean[] now;
    private int[] pre;
    private int[] post;

    /** Potentiation per coincidence (the reference uses 0.001). */
    public OneStepStdp(double speed) {
        super(190);
        this.speed = (float) speed;
    }

    /** Initialized after the axons, whose depth it checks. */
    @Override
    public boolean initializeLast() {
        return true;
    }

    @Override
    public void initialize(SynapseGroup s) {
        if (s.src().axon() == null || s.src().axon().depth() < 2) {
            throw new IllegalStateException("OneStepStdp on synapses " + s.name() + ": the axon of " + s.src().name()
                    + " must keep at least 2 iterations");
        }
        before = new boolean[s.src().size()];
        now = new boolean[s.dst().size()];
        pre = new int[before.length];
        post = new int[now.length];
    }

    @Override
    public void forward(SynapseGroup s) {
        s.src().axon().read(1, before);
        s.dst().axon().read(0, now);
        int np = 0;
        for (int i = 0; i < before.length; i++) {
            if (before[i]) {
                pre[np++] = i;
            }
        }
        int nq = 0;
        for (int j = 0; j < now.length; j++) {
            if (now[j]) {
                post[nq++] = j;
            }
        }
        float[] w = s.weights().values();
        int cols = now.length;
        for (int a = 0; a < np; a++) {
            int base = pre[a] * cols;
            for (int b = 0; b < nq; b++) {
                int k = base + post[b];
                w[k] = Math.min(Math.max(w[k] + speed, 0f), 1f);
            }
        }
    }
}
