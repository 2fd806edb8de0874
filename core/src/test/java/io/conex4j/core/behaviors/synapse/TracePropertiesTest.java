package io.conex4j.core.behaviors.synapse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conex4j.core.behaviors.neuron.NeuronAxon;
import io.conex4j.core.runtime.Network;
import io.conex4j.core.runtime.NeuronGroup;
import io.conex4j.core.runtime.SynapseGroup;
import io.conex4j.core.testutil.Property;
import io.conex4j.core.testutil.TestNets;
import org.junit.jupiter.api.Test;

/** Trace behaviors: decay without spikes, and the exact CoNeX step with spikes. */
class TracePropertiesTest {

    @Test
    void withoutSpikesATraceNeverGrowsInMagnitudeWhenDtIsBelowTau() {
        Property.forAll("trace decays without spikes (dt < tau)", rnd -> {
            double dt = 0.05 + rnd.nextDouble() * 2;
            double tau = dt * (1.0001 + rnd.nextDouble() * 20);
            int n = 1 + rnd.nextInt(40);
            Network net = new Network(dt, 1);
            NeuronGroup g = net.neurons("g", n).add(new NeuronAxon(1));
            SynapseGroup s = net.synapses("S", g, g).add(new SynapseInit()).add(new PreSpikeCatcher())
                    .add(new PreTrace(tau));
            net.initialize();
            float[] x = Property.floats(rnd, n, -5, 5);
            System.arraycopy(x, 0, s.get(SynapseGroup.PRE_TRACE), 0, n);
            for (int step = 0; step < 50; step++) {
                float[] before = s.get(SynapseGroup.PRE_TRACE).clone();
                net.step();
                for (int i = 0; i < n; i++) {
                    float a = s.get(SynapseGroup.PRE_TRACE)[i];
                    assertTrue(Math.abs(a) <= Math.abs(before[i]), "grew: " + before[i] + " -> " + a);
                    assertTrue(a == 0f || Math.signum(a) == Math.signum(before[i]), "sign flip");
                }
            }
        });
    }

    @Test
    void withSpikesTheTraceFollowsCoNeXsFloat32StepBitForBit() {
        Property.forAll("trace equals CoNeX's float32 step", rnd -> {
            double dt = 0.1 + rnd.nextDouble();
            double tau = 0.5 + rnd.nextDouble() * 10;
            double scale = rnd.nextDouble() * 2;
            int n = 1 + rnd.nextInt(20);
            boolean[][] trains = new boolean[30][];
            for (int t = 0; t < trains.length; t++) {
                trains[t] = Property.bools(rnd, n, 0.3);
            }
            Network net = new Network(dt, 1);
            NeuronGroup g = net.neurons("g", n).add(TestNets.spikes((it, sp) ->
                    System.arraycopy(trains[(int) (it - 1)], 0, sp, 0, n))).add(new NeuronAxon(1));
            SynapseGroup s = net.synapses("S", g, g).add(new SynapseInit()).add(new PostSpikeCatcher())
                    .add(new PostTrace(tau, scale));
            float[] ref = new float[n];
            float fs = (float) scale;
            float ft = (float) tau;
            float fd = (float) dt;
            for (boolean[] train : trains) {
                net.step();
                for (int i = 0; i < n; i++) {
                    float x = ref[i] + (train[i] ? fs : 0f);
                    x = x - (x / ft) * fd;
                    ref[i] = Math.abs(x) < 1e-30f ? 0f : x;
                    assertEquals(ref[i], s.get(SynapseGroup.POST_TRACE)[i]);
                }
            }
        });
    }
}
