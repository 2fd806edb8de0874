package io.conex4j.core.readout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conex4j.core.behaviors.neuron.DatasetInput;
import io.conex4j.core.data.ImageDataset;
import io.conex4j.core.encoding.Encoders;
import io.conex4j.core.runtime.Behavior;
import io.conex4j.core.runtime.DataFlow;
import io.conex4j.core.runtime.Network;
import io.conex4j.core.runtime.NeuronGroup;
import io.conex4j.core.testutil.Property;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The presenter shows each sample for one period, counts the instance only, and retries with a raised gain. */
class PresenterTest {

    private static final int DURATION = 12;
    private static final int REST = 5;

    /**
     * Neuron 0 fires at the first {@code floor(2 * gain)} steps of each instance, neuron 1 at every instance step,
     * neuron 2 at every step of the rest; each iteration's sample is logged.
     */
    private static final class Responder extends Behavior<NeuronGroup> {
        private final NeuronGroup inputs;
        private final DatasetInput input;
        final List<Integer> samples = new ArrayList<>();

        Responder(NeuronGroup inputs) {
            super(345);
            this.inputs = inputs;
            this.input = inputs.behavior(DatasetInput.class);
        }

        @Override
        public void declare(NeuronGroup g, DataFlow flow) {
            flow.reads(inputs, DatasetInput.STEP).reads(inputs, DatasetInput.SAMPLE).writes(g, NeuronGroup.SPIKES);
        }

        @Override
        public void forward(NeuronGroup g) {
            int step = inputs.get(DatasetInput.STEP)[0];
            samples.add(inputs.get(DatasetInput.SAMPLE)[0]);
            boolean[] s = g.spikes();
            s[0] = step < (int) Math.floor(2 * input.gain());
            s[1] = step < DURATION;
            s[2] = step >= DURATION;
        }
    }

    private static Network net(Responder[] made) {
        Network net = new Network(1, 3);
        ImageDataset data = ImageDataset.of(4, k -> new float[] {k / 4f, 0.5f}, k -> 7 + k);
        NeuronGroup in = net.neurons("in", 2).add(DatasetInput.images(data, Encoders.simplePoisson(0.1))
                .instanceDuration(DURATION).silentInterval(REST).build());
        made[0] = new Responder(in);
        net.neurons("out", 3).add(made[0]);
        return net;
    }

    @Test
    void eachSampleTakesOnePeriodAndOnlyTheInstanceIsCounted() {
        Responder[] r = new Responder[1];
        Network net = net(r);
        Presenter p = Presenter.of(net.neuronGroup("in"), net.neuronGroup("out")).build();
        List<Response> seen = new ArrayList<>();
        int[] order = {2, 0, 3, 3, 1};
        p.present(order, seen::add);
        assertEquals(order.length * (DURATION + REST), net.iteration(), "one period per sample, no retries");
        for (int k = 0; k < order.length; k++) {
            Response res = seen.get(k);
            assertEquals(order[k], res.sample());
            assertEquals(7 + order[k], res.label());
            assertEquals(1, res.attempts());
            assertEquals(1.0, res.gain(), 0.0);
            assertArrayEquals(new int[] {2, DURATION, 0}, res.counts(), "the rest (neuron 2) is not counted");
            assertEquals(2 + DURATION, res.total());
            for (int t = 0; t < DURATION + REST; t++) {
                assertEquals(order[k], r[0].samples.get(k * (DURATION + REST) + t), "sample shown at step " + t);
            }
        }
    }

    @Test
    void tooFewSpikesShowTheSampleAgainWithTheGainRaisedUntilEnoughOrTheLastAttempt() {
        Property.forAll("retries until minSpikes or maxAttempts, gain = base + (attempts - 1) * step", 40, rnd -> {
            Responder[] r = new Responder[1];
            Network net = net(r);
            int min = 1 + DURATION + rnd.nextInt(9);
            double base = 0.5 + rnd.nextInt(4) * 0.5;
            double step = 0.5 * (1 + rnd.nextInt(3));
            int max = 1 + rnd.nextInt(6);
            Presenter p = Presenter.of(net.neuronGroup("in"), net.neuronGroup("out")).retry(min, step, max)
                    .baseGain(base).build();
            int sample = rnd.nextInt(4);
            Response res = p.present(sample);
            int attempts = 1;
            double gain = base;
            while (DURATION + Math.min(DURATION, (int) Math.floor(2 * gain)) < min && attempts < max) {
                attempts++;
                gain += step;
            }
            assertEquals(attempts, res.attempts(), "attempts for min " + min + ", base " + base + ", step " + step);
            assertEquals(gain, res.gain(), 1e-12);
            assertEquals(DURATION + Math.min(DURATION, (int) Math.floor(2 * gain)), res.total());
            assertEquals(attempts * (DURATION + REST), net.iteration(), "every attempt takes one period");
            assertEquals((float) base, p.input().gain(), "the gain returns to the base gain");
            for (int k = 0; k < r[0].samples.size(); k++) {
                assertEquals(sample, r[0].samples.get(k), "every attempt shows the same sample");
            }
        });
    }

    @Test
    void badSettingsAndGroupsAreRefusedNamingTheValue() {
        Responder[] r = new Responder[1];
        Network net = net(r);
        NeuronGroup in = net.neuronGroup("in");
        NeuronGroup out = net.neuronGroup("out");
        assertEquals("Presenter: neurons out have no DatasetInput; give the group that presents the dataset",
                assertThrows(IllegalArgumentException.class, () -> Presenter.of(out, in)).getMessage());
        assertEquals("Presenter: the responding group must not be null",
                assertThrows(IllegalArgumentException.class, () -> Presenter.of(in, null)).getMessage());
        Network other = new Network(1, 1);
        NeuronGroup elsewhere = other.neurons("x", 1);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Presenter.of(in, elsewhere)).getMessage()
                .contains("both must be in one network"));
        Presenter.Builder b = Presenter.of(in, out);
        assertEquals("Presenter: minSpikes (0) must be >= 1",
                assertThrows(IllegalArgumentException.class, () -> b.retry(0, 1, 2)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> b.retry(5, 0, 2)).getMessage()
                .contains("gainStep"));
        assertEquals("Presenter: maxAttempts (0) must be >= 1",
                assertThrows(IllegalArgumentException.class, () -> b.retry(5, 1, 0)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> b.baseGain(-1)).getMessage()
                .contains("baseGain"));
        Presenter p = b.build();
        assertEquals("DatasetInput: seek to sample 4, outside [0, 4)",
                assertThrows(IllegalArgumentException.class, () -> p.present(4)).getMessage());
        assertEquals(0, net.iteration(), "a refused sample runs nothing");
    }
}
