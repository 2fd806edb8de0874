package io.conex4j.core.behaviors.neuron;

import io.conex4j.core.runtime.Behavior;
import io.conex4j.core.runtime.Check;
import io.conex4j.core.runtime.NeuronGroup;
import io.conex4j.core.runtime.Priorities;

/**
 * Leaky integrate-and-fire dynamics with CoNeX's parameters: {@code tau * dv/dt = -(v - vRest) + R * I},
 * one explicit Euler step of {@code dt} per iteration (units: ms, mV, MOhm, nA). Neurons in their
 * refractory period (counted from their last spike, in ms) do not integrate. Firing and reset are done by
 * {@link Fire}. Voltages start at {@code vRest}. Priority 260.
 */
public final class LIF extends Behavior<NeuronGroup> {

    private final float tau;
    private final float r;
    private final float vRest;
    private final float refractory;
    private float[] sinceSpike;

    /**
     * @param tau membrane time constant in ms (&gt; 0)
     * @param r membrane resistance in MOhm (finite)
     * @param vRest resting potential in mV
     * @param refractory refractory period in ms (&ge; 0)
     */
    public LIF(double tau, double r, double vRest, double refractory) {
        super(Priorities.NEURON_DYNAMICS);
        this.tau = Check.positive("LIF", "tau", tau);
        this.r = Check.finite("LIF", "R", r);
        this.vRest = Check.finite("LIF", "vRest", vRest);
        this.refractory = Check.nonNegative("LIF", "refractory", refractory);
    }

    @Override
    public void initialize(NeuronGroup g) {
        java.util.Arrays.fill(g.voltage(), vRest);
        sinceSpike = new float[g.size()];
        java.util.Arrays.fill(sinceSpike, Float.POSITIVE_INFINITY);
    }

    @Override
    public void forward(NeuronGroup g) {
        float dt = g.network().dt();
        float[] v = g.voltage();
        float[] current = g.current();
        boolean[] spikes = g.spikes();
        float k = dt / tau;
        for (int i = 0; i < v.length; i++) {
            float since = spikes[i] ? 0f : sinceSpike[i];
            since += dt;
            sinceSpike[i] = since;
            if (since > refractory) {
                v[i] += ((vRest - v[i]) + r * current[i]) * k;
            }
        }
    }
}
