package io.conex4j.core.behaviors.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.conex4j.core.behaviors.learning.RstdpRule;
import io.conex4j.core.behaviors.learning.SimpleRSTDP;
import io.conex4j.core.behaviors.learning.StdpParams;
import io.conex4j.core.behaviors.neuron.Fire;
import io.conex4j.core.behaviors.neuron.LIF;
import io.conex4j.core.behaviors.neuron.PoissonInput;
import io.conex4j.core.behaviors.synapse.PostTrace;
import io.conex4j.core.behaviors.synapse.PreTrace;
import io.conex4j.core.behaviors.synapse.SimpleDendriticInput;
import io.conex4j.core.behaviors.synapse.WeightInitializer;
import io.conex4j.core.io.NetworkArchive;
import io.conex4j.core.runtime.Network;
import io.conex4j.core.runtime.NeuronGroup;
import io.conex4j.core.runtime.SynapseGroup;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reward learning saved mid-run (payoff, dopamine, eligibility) continues exactly as an uninterrupted run. */
class RewardArchiveTest {

    @TempDir
    Path dir;

    private static Network net() {
        Network net = new Network(1.0, 11);
        net.add(new Payoff(0, t -> (t / 10) % 2 == 0 ? 1.0 : -0.5)).add(new Dopamine(5));
        NeuronGroup in = net.neurons("in", 40).add(PoissonInput.uniform(40, 80));
        NeuronGroup out = net.neurons("out", 8).add(new LIF(10, 30, -55, -70, -70, 0)).add(new Fire());
        net.synapses("S", in, out).add(WeightInitializer.mode("uniform(0, 1)").build())
                .add(new SimpleDendriticInput()).add(new PreTrace(10)).add(new PostTrace(10))
                .add(new SimpleRSTDP(StdpParams.of(0.05, 0.04), 20));
        return net;
    }

    @Test
    void restoreAndContinueEqualsAnUninterruptedRun() throws IOException {
        Network straight = net();
        straight.simulate(300);
        Network first = net();
        first.simulate(150);
        Path f = dir.resolve("reward.npz");
        NetworkArchive.save(first, f);
        Network resumed = net();
        resumed.initialize();
        NetworkArchive.load(resumed, f);
        resumed.simulate(150);
        SynapseGroup a = straight.synapseGroup("S");
        SynapseGroup b = resumed.synapseGroup("S");
        assertFalse(Arrays.equals(a.weights().values(), initial()), "the weights learned");
        assertArrayEquals(a.weights().values(), b.weights().values());
        assertArrayEquals(a.get(RstdpRule.ELIGIBILITY), b.get(RstdpRule.ELIGIBILITY));
        assertArrayEquals(straight.get(Dopamine.DOPAMINE), resumed.get(Dopamine.DOPAMINE));
        assertArrayEquals(straight.get(Payoff.PAYOFF), resumed.get(Payoff.PAYOFF));
    }

    private static float[] initial() {
        Network n = net();
        n.initialize();
        return n.synapseGroup("S").weights().values().clone();
    }
}
