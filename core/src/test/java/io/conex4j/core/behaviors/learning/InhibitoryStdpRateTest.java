package io.conex4j.core.behaviors.learning;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conex4j.core.behaviors.neuron.Fire;
import io.conex4j.core.behaviors.neuron.LIF;
import io.conex4j.core.behaviors.neuron.PoissonInput;
import io.conex4j.core.behaviors.synapse.PostTrace;
import io.conex4j.core.behaviors.synapse.PreTrace;
import io.conex4j.core.behaviors.synapse.SimpleDendriticInput;
import io.conex4j.core.behaviors.synapse.WeightClip;
import io.conex4j.core.behaviors.synapse.WeightInitializer;
import io.conex4j.core.runtime.Network;
import io.conex4j.core.runtime.NeuronGroup;
import io.conex4j.core.testutil.Property;
import org.junit.jupiter.api.Test;

/**
 * Inhibitory STDP (Vogels et al.'s rule, CoNeX's SimpleiSTDP) balances a neuron at its target rate rho: on a small
 * network of Poisson excitation and plastic Poisson inhibition onto LIF neurons, the rate ends closer to rho than it
 * started, from too little inhibition (firing too fast) and from too much (silent).
 */
class InhibitoryStdpRateTest {

    private static final double RHO = 10; // Hz
    private static final int POST = 4;

    /** The post-synaptic rates (Hz) over the first {@code head} ms and the last {@code tail} ms of a run. */
    private static double[] rates(long seed, double initialInhibition, int steps, int head, int tail) {
        Network net = new Network(1.0, seed);
        NeuronGroup exc = net.neurons("exc", 80).add(PoissonInput.uniform(80, 20));
        NeuronGroup inh = net.neurons("inh", 40, "inh").add(PoissonInput.uniform(40, 20));
        NeuronGroup post = net.neurons("post", POST)
                .add(LIF.builder().tau(20).r(1).vRest(-70).vReset(-70).threshold(-54).build()).add(new Fire());
        net.synapses("E", exc, post).add(WeightInitializer.mode(15).build()).add(new SimpleDendriticInput());
        net.synapses("I", inh, post).add(WeightInitializer.mode(initialInhibition).build())
                .add(new SimpleDendriticInput()).add(new PreTrace(20)).add(new PostTrace(20))
                .add(new SimpleiSTDP(RHO, Double.NaN, 0.5, true)).add(new WeightClip(0, 1000));
        net.initialize();
        int first = 0;
        int last = 0;
        for (int t = 1; t <= steps; t++) {
            net.step();
            int spikes = post.spikeCount();
            if (t <= head) {
                first += spikes;
            } else if (t > steps - tail) {
                last += spikes;
            }
        }
        return new double[] {first * 1000.0 / head / POST, last * 1000.0 / tail / POST};
    }

    @Test
    void inhibitoryStdpDrivesThePostSynapticRateTowardItsTarget() {
        Property.forAll("iSTDP moves the post-synaptic rate toward rho", 6, rnd -> {
            long seed = rnd.nextLong();
            for (double w0 : new double[] {0, 40}) {
                double[] r = rates(seed, w0, 25_000, 1_000, 5_000);
                double before = Math.abs(r[0] - RHO);
                double after = Math.abs(r[1] - RHO);
                assertTrue(before > 5, "starts away from rho: " + r[0] + " Hz (inhibition " + w0 + ")");
                assertTrue(after < 0.4 * before, "inhibition " + w0 + ": rate " + r[0] + " Hz in the first second, "
                        + r[1] + " Hz in the last 5 s, target " + RHO + " Hz");
            }
        });
    }
}
