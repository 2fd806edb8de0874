package io.conex4j.demo.models;

import io.conex4j.core.runtime.Behavior;
import io.conex4j.core.runtime.NeuronGroup;
import io.conex4j.core.runtime.Priorities;
import java.util.Arrays;

/**
 * The neuron of PymoNNtorch's "Simple LIF" benchmark: each iteration adds the synaptic input
 * delivered for the previous iteration's spikes, tests {@code v > threshold} (strict), resets spiking
 * neurons to 0, decays by {@code decay}, then adds one uniform [0, 1) draw per neuron. This gives the
 * reference recursion {@code x(t+1) = decay·x(t)·(1 − s(t)) + U + Σ_i W_ij·s_i(t)}, {@code x(1) = 0}.
 * Unitless; priority 340.
 */
public final class SimpleLifNeuron extends Behavior<NeuronGroup> {

    private final float threshold;
    private final float decay;
    private float[] noise;
    private int[] scratch;

    /** The reference uses threshold 6.1 and decay 0.9. */
    public SimpleLifNeuron(double threshold, double decay) {
        super(Priorities.FIRE);
        this.threshold = (float) threshold;
        this.decay = (float) decay;
    }

    @Override
    public void initialize(NeuronGroup g) {
        noise = new float[g.size()];
        scratch = new int[g.size()];
        Arrays.fill(g.voltage(), 0f);
    }

    @Override
    public void forward(NeuronGroup g) {
        float[] v = g.voltage();
        float[] input = g.current();
        boolean[] spikes = g.spikes();
        g.network().random().uniform(noise, 0, noise.length);
        for (int i = 0; i < v.length; i++) {
            v[i] += input[i];
        }
        g.network().kernels().fire(v, threshold, true, 0f, spikes, scratch);
        for (int i = 0; i < v.length; i++) {
            v[i] = v[i] * decay + noise[i];
        }
    }
}
