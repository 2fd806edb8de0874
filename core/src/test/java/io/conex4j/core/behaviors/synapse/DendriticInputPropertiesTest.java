package io.conex4j.core.behaviors.synapse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.conex4j.core.runtime.Network;
import io.conex4j.core.runtime.SynapseGroup;
import io.conex4j.core.storage.CscWeights;
import io.conex4j.core.storage.DenseWeights;
import io.conex4j.core.testutil.Property;
import io.conex4j.core.testutil.TestNets;
import org.junit.jupiter.api.Test;

/** Event-driven delivery equals the dense product {@code preSpike @ W}. */
class DendriticInputPropertiesTest {

    @Test
    void eventDrivenDeliveryEqualsTheDenseProductForCscAndDenseWeights() {
        Property.forAll("dendritic input equals preSpike @ W", rnd -> {
            int r = 1 + rnd.nextInt(30);
            int c = 1 + rnd.nextInt(30);
            CscWeights csc = io.conex4j.core.testutil.RandomWeights.csc(rnd, r, c);
            boolean sparse = rnd.nextBoolean();
            boolean simple = rnd.nextBoolean();
            double coef = rnd.nextDouble() * 3;
            DendriticInput input = simple ? new SimpleDendriticInput(coef) : new SparseDendriticInput(coef);
            SynapseGroup s = TestNets.learningReady(TestNets.withWeights(r, c,
                    sparse ? csc : new DenseWeights(csc.toDense(), r, c))).add(input);
            s.network().initialize();
            boolean[] spikes = Property.bools(rnd, r, 0.3);
            s.behavior(PreSpikeCatcher.class).set(spikes);
            input.forward(s);
            float[] dense = csc.toDense();
            float[] expected = new float[c];
            for (int i = 0; i < r; i++) {
                if (spikes[i]) {
                    for (int j = 0; j < c; j++) {
                        expected[j] += dense[i * c + j];
                    }
                }
            }
            for (int j = 0; j < c; j++) {
                expected[j] *= (float) coef;
            }
            assertArrayEquals(expected, s.get(SynapseGroup.CURRENT).values(), 1e-4f);
        });
    }

    @Test
    void inhibitorySourcesGiveNegativeCurrent() {
        Network net = new Network(1, 0);
        var inh = net.neurons("inh", 2, "GABA");
        var exc = net.neurons("exc", 2);
        SynapseGroup s = net.synapses("S", inh, exc).add(new SynapseInit())
                .add(WeightInitializer.explicit(new DenseWeights(new float[] {1, 2, 3, 4}, 2, 2)));
        TestNets.learningReady(s).add(new SimpleDendriticInput(2));
        net.initialize();
        s.behavior(PreSpikeCatcher.class).set(new boolean[] {false, true});
        s.behavior(SimpleDendriticInput.class).forward(s);
        assertArrayEquals(new float[] {-6, -8}, s.get(SynapseGroup.CURRENT).values());
        assertEquals(-1, Math.signum(s.get(SynapseGroup.CURRENT).values()[0]));
    }
}
