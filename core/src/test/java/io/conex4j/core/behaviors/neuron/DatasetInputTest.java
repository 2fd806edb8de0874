package io.conex4j.core.behaviors.neuron;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conex4j.core.data.Dataset;
import io.conex4j.core.data.ImageDataset;
import io.conex4j.core.data.SpikeDataset;
import io.conex4j.core.encoding.Encoders;
import io.conex4j.core.random.SeededRandom;
import io.conex4j.core.runtime.Network;
import io.conex4j.core.runtime.NeuronGroup;
import io.conex4j.core.testutil.Property;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The presentation schedule, the encoders' statistics through the input, the spike pass-through and bad input. */
class DatasetInputTest {

    /** Sample k lights neuron k only (intensity 1), labelled 10 + k. */
    private static ImageDataset oneHot(int samples, int neurons) {
        return ImageDataset.of(samples, k -> {
            float[] img = new float[neurons];
            img[k] = 1f;
            return img;
        }, k -> 10 + k);
    }

    @Test
    void eachIterationShowsTheScheduledSampleAndTheSilentIntervalSpikesNothing() {
        Property.forAll("sample = (iteration / (duration + silent)) mod size; silent steps spike nothing", 60, rnd -> {
            int samples = 1 + rnd.nextInt(5);
            int duration = 1 + rnd.nextInt(6);
            int silent = rnd.nextInt(4);
            boolean loop = rnd.nextBoolean();
            Network net = new Network(1.0, rnd.nextLong());
            NeuronGroup g = net.neurons("in", samples);
            // SimplePoisson with ratio 1 and intensities 0/1 spikes exactly the lit neuron at every step
            g.add(DatasetInput.images(oneHot(samples, samples), Encoders.simplePoisson(1)).instanceDuration(duration)
                    .silentInterval(silent).loop(loop).build());
            net.initialize();
            assertEquals(-1, g.get(DatasetInput.SAMPLE)[0], "nothing shown before the first iteration");
            int period = duration + silent;
            for (int p = 0; p < period * samples * 2 + 3; p++) {
                net.step();
                int ordinal = p / period;
                int expected = !loop && ordinal >= samples ? -1 : ordinal % samples;
                int step = p % period;
                String at = "iteration " + (p + 1) + " (duration " + duration + ", silent " + silent + ", loop " + loop
                        + ")";
                assertEquals(expected, g.get(DatasetInput.SAMPLE)[0], at);
                assertEquals(expected < 0 ? Dataset.UNLABELED : 10 + expected, g.get(DatasetInput.LABEL)[0], at);
                assertEquals(expected < 0 ? -1 : step, g.get(DatasetInput.STEP)[0], at);
                for (int i = 0; i < samples; i++) {
                    boolean shown = expected >= 0 && step < duration && i == expected;
                    assertEquals(shown, g.spikes()[i], at + ", neuron " + i);
                }
            }
        });
    }

    @Test
    void seekMakesTheNextIterationTheFirstOfTheSampleAndThePresentationGoesOnFromThere() {
        Property.forAll("after seek(k) the next period shows sample k, then k + 1", 60, rnd -> {
            int samples = 2 + rnd.nextInt(5);
            int duration = 1 + rnd.nextInt(5);
            int silent = rnd.nextInt(3);
            Network net = new Network(1.0, rnd.nextLong());
            NeuronGroup g = net.neurons("in", samples);
            DatasetInput input = DatasetInput.images(oneHot(samples, samples), Encoders.simplePoisson(1))
                    .instanceDuration(duration).silentInterval(silent).build();
            g.add(input);
            net.initialize();
            net.simulate(rnd.nextInt(2 * (duration + silent) + 1));
            int k = rnd.nextInt(samples);
            input.seek(k);
            for (int p = 0; p < 2 * (duration + silent); p++) {
                net.step();
                int expected = (k + p / (duration + silent)) % samples;
                int step = p % (duration + silent);
                assertEquals(expected, g.get(DatasetInput.SAMPLE)[0], "step " + p + " after seek(" + k + ")");
                assertEquals(10 + expected, g.get(DatasetInput.LABEL)[0]);
                assertEquals(step, g.get(DatasetInput.STEP)[0]);
                for (int i = 0; i < samples; i++) {
                    assertEquals(step < duration && i == expected, g.spikes()[i], "neuron " + i + " at step " + p);
                }
            }
        });
    }

    @Test
    void aGainEncodesTheImagesScaledByItFromTheNextInstanceOn() {
        float[] image = {0.1f, 0.3f, 0f, 0.6f, 0.25f};
        ImageDataset data = ImageDataset.of(new float[][] {image}, new int[] {0});
        for (double gain : new double[] {1, 0, 1.5, 3.25}) {
            Network net = new Network(1.0, 77);
            NeuronGroup g = net.neurons("in", image.length);
            DatasetInput input = DatasetInput.images(data, Encoders.simplePoisson(0.2)).instanceDuration(30).build();
            g.add(input);
            net.initialize();
            input.setGain(gain);
            assertEquals((float) gain, input.gain());
            boolean[][] seen = new boolean[30][];
            for (int t = 0; t < 30; t++) {
                net.step();
                seen[t] = g.spikes().clone();
            }
            float[] scaled = new float[image.length];
            for (int i = 0; i < image.length; i++) {
                scaled[i] = image[i] * (float) gain;
            }
            boolean[][] expected = new io.conex4j.core.encoding.SimplePoisson(30, 0.2, new SeededRandom(77))
                    .encode(scaled);
            assertArrayEquals(expected, seen, "gain " + gain + ": the encoding of the scaled image");
        }
        assertArrayEquals(image, data.image(0), "the dataset's image is not modified");
    }

    @Test
    void badSeeksAndGainsAreRefusedNamingTheValue() {
        Network net = new Network(1.0, 1);
        DatasetInput input = DatasetInput.images(oneHot(3, 3), Encoders.simplePoisson(1)).instanceDuration(2).build();
        net.neurons("in", 3).add(input);
        assertEquals("DatasetInput: seek needs an initialized network",
                assertThrows(IllegalStateException.class, () -> input.seek(0)).getMessage());
        net.initialize();
        assertEquals("DatasetInput: seek to sample 3, outside [0, 3)", message(() -> input.seek(3)));
        assertEquals("DatasetInput: seek to sample -1, outside [0, 3)", message(() -> input.seek(-1)));
        assertTrue(message(() -> input.setGain(-0.5)).contains("gain"), message(() -> input.setGain(-0.5)));
        assertTrue(message(() -> input.setGain(Double.NaN)).contains("gain"));
        assertTrue(message(() -> input.setGain(1e39)).contains("gain"));
        DatasetInput spikes = DatasetInput.spikes(SpikeDataset.of(new boolean[][][] {{{true}}}, null))
                .instanceDuration(1).build();
        assertEquals("DatasetInput: gain 2.0 for spike tensors, which are shown as they are; a gain needs an image"
                + " dataset", assertThrows(IllegalStateException.class, () -> spikes.setGain(2)).getMessage());
        spikes.setGain(1);
    }

    private static int countSpikes(Network net, NeuronGroup g, int steps, int[] perNeuron) {
        int total = 0;
        for (int t = 0; t < steps; t++) {
            net.step();
            for (int i = 0; i < perNeuron.length; i++) {
                if (g.spikes()[i]) {
                    perNeuron[i]++;
                    total++;
                }
            }
        }
        return total;
    }

    @Test
    void bernoulliSpikeCountsThroughTheInputAreBinomialInTheIntensity() {
        Property.forAll("per-step Bernoulli counts within 6 sd of Binomial(duration, intensity*ratio)", 40, rnd -> {
            int n = 1 + rnd.nextInt(30);
            int duration = 50 + rnd.nextInt(300);
            float ratio = (float) (0.1 + rnd.nextDouble() * 0.9);
            float[] img = Property.floats(rnd, n, 0, 1);
            Network net = new Network(1.0, rnd.nextLong());
            NeuronGroup g = net.neurons("in", n).add(DatasetInput.images(ImageDataset.of(new float[][] {img}),
                    Encoders.simplePoisson(ratio)).instanceDuration(duration).build());
            net.initialize();
            int[] counts = new int[n];
            countSpikes(net, g, duration, counts);
            for (int i = 0; i < n; i++) {
                double p = Math.min(1, img[i] * ratio);
                double sd = Math.sqrt(duration * p * (1 - p));
                assertTrue(Math.abs(counts[i] - duration * p) <= 6 * sd + 1,
                        "neuron " + i + ": " + counts[i] + " spikes in " + duration + " steps at p = " + p);
            }
        });
    }

    @Test
    void poissonIntervalCountsThroughTheInputFollowTheIntensity() {
        Property.forAll("Poisson-interval counts near duration / max(1, mean interval)", 30, rnd -> {
            int n = 1 + rnd.nextInt(20);
            int duration = 400 + rnd.nextInt(400);
            float ratio = (float) (0.05 + rnd.nextDouble() * 0.2);
            float[] img = Property.floats(rnd, n, 0.2, 1);
            Network net = new Network(1.0, rnd.nextLong());
            NeuronGroup g = net.neurons("in", n).add(DatasetInput.images(ImageDataset.of(new float[][] {img}),
                    Encoders.poisson(ratio)).instanceDuration(duration).build());
            net.initialize();
            int[] counts = new int[n];
            countSpikes(net, g, duration, counts);
            for (int i = 0; i < n; i++) {
                // intervals are Poisson(1 / (img * ratio)) with 0 turned into 1; their mean is lambda + P(0)
                double lambda = 1.0 / (img[i] * ratio);
                double mean = lambda + Math.exp(-lambda);
                double expected = duration / mean;
                double sd = Math.sqrt(expected * lambda) / mean + 1;
                assertTrue(Math.abs(counts[i] - expected) <= 6 * sd + 1,
                        "neuron " + i + ": " + counts[i] + " spikes, expected about " + expected + " (intensity "
                                + img[i] + ")");
            }
        });
    }

    @Test
    void intensityToLatencyFiresEachPixelOncePerInstanceBrightestFirst() {
        Network net = new Network(1.0, 3);
        float[] img = {1f, 0.5f, 0.25f, 0f};
        NeuronGroup g = net.neurons("in", 4).add(DatasetInput.images(ImageDataset.of(new float[][] {img}),
                Encoders.intensity2Latency(0.1, null, 0, 1, true, true)).instanceDuration(5).silentInterval(2).build());
        net.initialize();
        int[] first = {-1, -1, -1, -1};
        int[] counts = new int[4];
        for (int t = 0; t < 7; t++) {
            net.step();
            for (int i = 0; i < 4; i++) {
                if (g.spikes()[i]) {
                    counts[i]++;
                    first[i] = first[i] < 0 ? t : first[i];
                }
            }
        }
        assertArrayEquals(new int[] {1, 1, 1, 0}, counts, "each kept pixel once, the one below threshold never");
        assertTrue(first[0] < first[1] && first[1] < first[2], "brighter earlier: " + java.util.Arrays.toString(first));
        assertEquals(0, first[0]);
        assertEquals(4, first[2], "the dimmest kept pixel at the last step of the instance");
    }

    @Test
    void spikeTensorsPassThroughAndShortOnesFallSilent() {
        boolean[][] a = {{true, false}, {false, true}};
        boolean[][] b = {{true, true}};
        Network net = new Network(1.0, 1);
        NeuronGroup g = net.neurons("in", 2).add(DatasetInput.spikes(SpikeDataset.of(new boolean[][][] {a, b},
                new int[] {0, 1})).instanceDuration(2).silentInterval(1).loop(false).build());
        net.initialize();
        boolean[][] expected = {{true, false}, {false, true}, {false, false}, {true, true}, {false, false},
            {false, false}, {false, false}};
        int[] labels = {0, 0, 0, 1, 1, 1, -1};
        for (int t = 0; t < expected.length; t++) {
            net.step();
            assertArrayEquals(expected[t], g.spikes(), "iteration " + (t + 1));
            assertEquals(labels[t], g.get(DatasetInput.LABEL)[0], "iteration " + (t + 1));
        }
    }

    @Test
    void aLocationInputOnTheSensorySchedulShowsTheSameSample() {
        Network net = new Network(1.0, 5);
        DatasetInput sensory = DatasetInput.images(oneHot(3, 3), Encoders.simplePoisson(1)).instanceDuration(4)
                .silentInterval(3).build();
        DatasetInput location = DatasetInput.images(oneHot(3, 6), Encoders.simplePoisson(1)).scheduleOf(sensory)
                .build();
        NeuronGroup s = net.neurons("sensory", 3).add(sensory);
        NeuronGroup l = net.neurons("location", 6).add(location);
        net.initialize();
        for (int t = 0; t < 40; t++) {
            net.step();
            assertEquals(s.get(DatasetInput.SAMPLE)[0], l.get(DatasetInput.SAMPLE)[0]);
            assertEquals(s.get(DatasetInput.STEP)[0], l.get(DatasetInput.STEP)[0]);
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DatasetInput.images(
                oneHot(2, 6), Encoders.simplePoisson(1)).scheduleOf(sensory).build());
        assertTrue(e.getMessage().contains("2 samples") && e.getMessage().contains("3"), e.getMessage());
    }

    @Test
    void sameSeedSameSpikes() {
        Supplier<boolean[]> run = () -> {
            Network net = new Network(1.0, 77);
            NeuronGroup g = net.neurons("in", 5).add(DatasetInput.images(ImageDataset.of(new float[][] {
                {0.1f, 0.2f, 0.3f, 0.4f, 0.5f}, {0.5f, 0.4f, 0.3f, 0.2f, 0.1f}}), Encoders.poisson(0.5))
                    .instanceDuration(20).build());
            net.initialize();
            boolean[] all = new boolean[5 * 100];
            for (int t = 0; t < 100; t++) {
                net.step();
                System.arraycopy(g.spikes(), 0, all, 5 * t, 5);
            }
            return all;
        };
        assertArrayEquals(run.get(), run.get());
    }

    private static String initializeError(int neurons, DatasetInput input) {
        Network net = new Network(1.0, 1);
        net.neurons("in", neurons).add(input);
        return assertThrows(IllegalArgumentException.class, net::initialize).getMessage();
    }

    @Test
    void badInputIsRejectedNamingParameterValueAndWhatIsAllowed() {
        ImageDataset two = ImageDataset.of(new float[][] {{0.5f, 0.5f}});
        List<String[]> cases = List.of(
                new String[] {message(() -> DatasetInput.images(two, Encoders.simplePoisson(1)).instanceDuration(0)),
                    "instanceDuration (0)", ">= 1"},
                new String[] {message(() -> DatasetInput.images(two, Encoders.simplePoisson(1)).instanceDuration(-5)),
                    "instanceDuration (-5)", ">= 1"},
                new String[] {message(() -> DatasetInput.images(two, Encoders.simplePoisson(1)).silentInterval(-1)),
                    "silentInterval (-1)", ">= 0"},
                new String[] {message(() -> DatasetInput.images(two, Encoders.simplePoisson(1)).build()),
                    "instanceDuration is not given", ">= 1"},
                new String[] {message(() -> DatasetInput.images(null, Encoders.simplePoisson(1))), "dataset",
                    "must not be null"},
                new String[] {message(() -> DatasetInput.images(two, null)), "encoder", "must not be null"},
                new String[] {message(() -> Encoders.simplePoisson(-0.5)), "ratio", "-0.5"},
                new String[] {message(() -> Encoders.poisson(0)), "ratio", "0.0"},
                new String[] {message(() -> Encoders.intensity2Latency(null, 1.5, 0, 1, true, true)), "sparsity",
                    "1.5"},
                new String[] {message(() -> ImageDataset.of(new float[0][])), "at least one image", "none"},
                new String[] {message(() -> ImageDataset.of(new float[][] {{1f}, {1f, 2f}})), "image 1 has 2 pixels",
                    "same size"},
                new String[] {message(() -> ImageDataset.of(new float[][] {{Float.NaN}})), "image 0", "NaN"},
                new String[] {message(() -> ImageDataset.of(new float[][] {{1f}}, new int[] {-3})), "label 0 is -3",
                    ">= 0"},
                new String[] {message(() -> ImageDataset.of(new float[][] {{1f}}, new int[] {1, 2})), "2 labels",
                    "1 samples"},
                new String[] {message(() -> ImageDataset.of(0, k -> new float[1], k -> 0)), "size (0)", ">= 1"},
                new String[] {message(() -> SpikeDataset.of(new boolean[][][] {{{true}}, {}}, null)), "sample 1",
                    "at least one step"},
                new String[] {message(() -> DatasetInput.images(new ImageDataset() {
                    public int size() {
                        return 0;
                    }

                    public float[] image(int i) {
                        return new float[1];
                    }
                }, Encoders.simplePoisson(1)).instanceDuration(3).build()), "0 samples", "at least 1"},
                new String[] {initializeError(3, DatasetInput.images(two, Encoders.simplePoisson(1))
                    .instanceDuration(4).build()), "sample 0 has 2 values", "3 neurons"},
                new String[] {initializeError(1, DatasetInput.spikes(SpikeDataset.of(new boolean[][][] {{{true},
                    {true}, {false}}}, null)).instanceDuration(2).build()), "sample 0 has 3 steps",
                    "instanceDuration = 2"},
                new String[] {initializeError(2, DatasetInput.spikes(SpikeDataset.of(new boolean[][][] {{{true}}},
                    null)).instanceDuration(2).build()), "step 0 has 1 flags", "2 neurons"});
        for (String[] c : cases) {
            for (int k = 1; k < c.length; k++) {
                assertTrue(c[0].contains(c[k]), "'" + c[0] + "' should name " + c[k]);
            }
        }
    }

    @Test
    void aBadSampleLaterInTheRunNamesItsIndex() {
        ImageDataset ragged = ImageDataset.of(2, k -> new float[k == 0 ? 3 : 4], k -> 0);
        Network net = new Network(1.0, 1);
        net.neurons("in", 3).add(DatasetInput.images(ragged, Encoders.simplePoisson(1)).instanceDuration(2).build());
        net.initialize();
        net.step();
        net.step();
        String m = assertThrows(IllegalArgumentException.class, net::step).getMessage();
        assertTrue(m.contains("sample 1 has 4 values") && m.contains("3 neurons"), m);
        assertFalse(m.isEmpty());
    }

    @Test
    void imagesAreNotModifiedAndDrawsComeFromTheNetworkSource() {
        float[] img = {0.3f, 0.9f};
        float[] copy = img.clone();
        Network net = new Network(1.0, 9);
        net.random(new SeededRandom(9));
        net.neurons("in", 2).add(DatasetInput.images(ImageDataset.of(2, k -> img, k -> 0), Encoders.simplePoisson(1))
                .instanceDuration(3).build());
        net.initialize();
        long[] before = net.random().state();
        net.step();
        assertArrayEquals(copy, img);
        assertFalse(java.util.Arrays.equals(before, net.random().state()), "the encoder drew from the network's source");
    }

    private static String message(Runnable r) {
        return assertThrows(IllegalArgumentException.class, r::run).getMessage();
    }
}
