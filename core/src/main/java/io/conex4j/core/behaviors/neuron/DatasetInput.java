package io.conex4j.core.behaviors.neuron;

import io.conex4j.core.data.Dataset;
import io.conex4j.core.data.ImageDataset;
import io.conex4j.core.data.SpikeDataset;
import io.conex4j.core.encoding.EncoderFactory;
import io.conex4j.core.encoding.ImageEncoder;
import io.conex4j.core.runtime.Behavior;
import io.conex4j.core.runtime.Check;
import io.conex4j.core.runtime.DataFlow;
import io.conex4j.core.runtime.NeuronGroup;
import io.conex4j.core.runtime.Priorities;
import io.conex4j.core.runtime.StateKey;
import io.conex4j.core.runtime.StateScope;
import io.conex4j.core.runtime.Stateful;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Presents a dataset to a neuron group, sample after sample: sample 0 for {@code instanceDuration} iterations,
 * then {@code silentInterval} iterations without spikes, then sample 1, and so on; after the last sample it starts
 * again at sample 0 ({@code loop}, the default) or stays silent. At the first iteration of an instance it reads the
 * sample and either encodes the image with its encoder (time window = the instance duration, draws from the
 * network's random source) or takes the spike tensor as it is (a tensor with fewer rows than the instance duration
 * is silent for the rest). Each iteration it sets the group's {@link NeuronGroup#SPIKES} (priority 340, in place
 * of firing, as {@link PoissonInput}).
 *
 * <p>It declares the presentation as state of the group, for readouts, rewards and learning to read:
 * {@link #SAMPLE} (the index of the sample of this iteration, its silent interval included; -1 before the first
 * iteration and once a non-looping input has shown every sample), {@link #LABEL} (that sample's label, or
 * {@link Dataset#UNLABELED}) and {@link #STEP} (the iteration within the sample's period, 0 to
 * {@code instanceDuration + silentInterval - 1}; the spikes come from steps below {@code instanceDuration}). Saved
 * with the network are these, the position in the presentation, the gain, the encoded instance and the encoder's state (the
 * random state is the network's), so a network saved in the middle of a sample continues with the same bits.
 *
 * <p>CoNeX splits this into {@code SpikeNdDataset} (a behavior of the {@code InputLayer} at priority 320 that takes
 * the next sample from a PyTorch dataloader every iteration and keeps it as the layer's {@code x}, {@code loc} and
 * {@code y}) and the population behaviors {@code SensorySetter} and {@code LocationSetter} (340) that copy the
 * layer's sensory or location tensor into the population's spikes. conex4j has no layer object: one
 * {@code DatasetInput} per population is both, reading its own dataset. A location population is a second
 * {@code DatasetInput} over the location views with {@link Builder#scheduleOf} the sensory one: the same instance
 * duration, silent interval, looping and number of samples show the same sample index at every iteration.
 * CoNeX's dataloader yields the encoded spike train one row per iteration, so its instance length is the encoder's
 * time window; here it is the instance duration, which is also the encoder's time window.
 *
 * <p>Whoever drives the presentation (a presenter, a training loop) can {@link #seek} to any sample, so that the
 * next iteration starts showing it (to show samples in another order, or one sample again), and can set a
 * {@link #setGain gain} that multiplies the intensities of the images encoded from then on (Diehl and Cook raise the
 * input rates of an image the network did not answer). Both are saved with the network.
 *
 * <p>The input reads one sample per instance (and allocates its encoder's buffers once).
 */
public final class DatasetInput extends Behavior<NeuronGroup> implements Stateful {

    /** The index of the sample shown this iteration, -1 when none; an int array of length 1. Saved. */
    public static final StateKey<int[]> SAMPLE = StateKey.of("dataset_sample", int[].class,
            "add a DatasetInput to the group");
    /** The label of that sample, {@link Dataset#UNLABELED} (-1) when it has none or none is shown. Saved. */
    public static final StateKey<int[]> LABEL = StateKey.of("dataset_label", int[].class,
            "add a DatasetInput to the group");
    /** The iteration within the sample's period (instance, then silent interval), -1 before the first. Saved. */
    public static final StateKey<int[]> STEP = StateKey.of("dataset_step", int[].class,
            "add a DatasetInput to the group");

    private static final String WHO = "DatasetInput";

    private final Dataset dataset;
    private final ImageDataset images;
    private final SpikeDataset spikeSamples;
    private final EncoderFactory encoderFactory;
    private final int instanceDuration;
    private final int silentInterval;
    private final boolean loop;

    private ImageEncoder encoder;
    private boolean[][] window;
    private int[] sample;
    private int[] label;
    private int[] step;
    /** The presentation position the next iteration shows (iterations from the start, moved by {@link #seek}). */
    private long position;
    /** The position the last iteration showed, -1 before the first. */
    private long shown;
    private float gain = 1f;
    private float[] scaled;

    private DatasetInput(Builder b) {
        super(Priorities.FIRE);
        this.dataset = b.dataset;
        this.images = b.images;
        this.spikeSamples = b.spikes;
        this.encoderFactory = b.encoder;
        this.instanceDuration = b.instanceDuration;
        this.silentInterval = b.silentInterval;
        this.loop = b.loop;
    }

    /**
     * An input that encodes the images of {@code dataset} with {@code encoder} (see
     * {@link io.conex4j.core.encoding.Encoders}).
     */
    public static Builder images(ImageDataset dataset, EncoderFactory encoder) {
        if (dataset == null || encoder == null) {
            throw new IllegalArgumentException(WHO + ": " + (dataset == null ? "dataset" : "encoder")
                    + " must not be null");
        }
        return new Builder(dataset, dataset, null, encoder);
    }

    /** An input that shows the spike tensors of {@code dataset} as they are. */
    public static Builder spikes(SpikeDataset dataset) {
        if (dataset == null) {
            throw new IllegalArgumentException(WHO + ": dataset must not be null");
        }
        return new Builder(dataset, null, dataset, null);
    }

    /** The timing and the dataset of a {@link DatasetInput}, each value checked as it is given. */
    public static final class Builder {

        private final Dataset dataset;
        private final ImageDataset images;
        private final SpikeDataset spikes;
        private final EncoderFactory encoder;
        private int instanceDuration = -1;
        private int silentInterval;
        private boolean loop = true;
        private DatasetInput leader;

        private Builder(Dataset dataset, ImageDataset images, SpikeDataset spikes, EncoderFactory encoder) {
            this.dataset = dataset;
            this.images = images;
            this.spikes = spikes;
            this.encoder = encoder;
        }

        /** Iterations each sample is shown (&gt;= 1): the encoder's time window. Required. */
        public Builder instanceDuration(int iterations) {
            if (iterations < 1) {
                throw new IllegalArgumentException(WHO + ": instanceDuration (" + iterations
                        + ") must be >= 1 (iterations per sample)");
            }
            this.instanceDuration = iterations;
            return this;
        }

        /** Iterations without spikes after each sample (&gt;= 0; default 0). */
        public Builder silentInterval(int iterations) {
            if (iterations < 0) {
                throw new IllegalArgumentException(WHO + ": silentInterval (" + iterations
                        + ") must be >= 0 (iterations between samples)");
            }
            this.silentInterval = iterations;
            return this;
        }

        /** Whether the input starts again at sample 0 after the last one (default true), or stays silent. */
        public Builder loop(boolean again) {
            this.loop = again;
            return this;
        }

        /**
         * Takes the instance duration, silent interval and looping of {@code leader}, whose dataset must have as many
         * samples as this one, so that both show the same sample index at every iteration (CoNeX's sensory and
         * location populations of one input layer).
         */
        public Builder scheduleOf(DatasetInput leader) {
            if (leader == null) {
                throw new IllegalArgumentException(WHO + ": scheduleOf needs the leading input, not null");
            }
            this.leader = leader;
            this.instanceDuration = leader.instanceDuration;
            this.silentInterval = leader.silentInterval;
            this.loop = leader.loop;
            return this;
        }

        /**
         * The input.
         *
         * @throws IllegalArgumentException if the instance duration is missing, the dataset is empty, a period
         *         (duration + silent interval) exceeds an int, or the dataset's size differs from the leader's
         */
        public DatasetInput build() {
            if (instanceDuration < 1) {
                throw new IllegalArgumentException(WHO + ": instanceDuration is not given; give the iterations each"
                        + " sample is shown (>= 1)");
            }
            if ((long) instanceDuration + silentInterval > Integer.MAX_VALUE) {
                throw new IllegalArgumentException(WHO + ": instanceDuration + silentInterval = " + instanceDuration
                        + " + " + silentInterval + " exceeds " + Integer.MAX_VALUE + " iterations");
            }
            int size = dataset.size();
            if (size < 1) {
                throw new IllegalArgumentException(WHO + ": the dataset has " + size
                        + " samples; it needs at least 1");
            }
            if (leader != null && leader.dataset.size() != size) {
                throw new IllegalArgumentException(WHO + ": the dataset has " + size + " samples, the leading input's "
                        + leader.dataset.size() + "; inputs on one schedule need the same number of samples");
            }
            return new DatasetInput(this);
        }
    }

    /** Iterations each sample is shown. */
    public int instanceDuration() {
        return instanceDuration;
    }

    /** Iterations without spikes after each sample. */
    public int silentInterval() {
        return silentInterval;
    }

    /** Whether the presentation starts again after the last sample. */
    public boolean loop() {
        return loop;
    }

    /** The dataset presented. */
    public Dataset dataset() {
        return dataset;
    }

    /** The encoder in use (null for spike tensors, or before initialize). */
    public ImageEncoder encoder() {
        return encoder;
    }

    /** Iterations per sample: the instance duration plus the silent interval. */
    public long period() {
        return (long) instanceDuration + silentInterval;
    }

    /**
     * Makes the next iteration the first of sample {@code index}'s instance; the presentation goes on from there in
     * order (sample {@code index + 1} next). Abandons the sample being shown, if any.
     *
     * @throws IllegalArgumentException unless {@code 0 <= index < dataset size}
     * @throws IllegalStateException before the network is initialized
     */
    public void seek(int index) {
        int size = dataset.size();
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException(WHO + ": seek to sample " + index + ", outside [0, " + size + ")");
        }
        if (window == null) {
            throw new IllegalStateException(WHO + ": seek needs an initialized network");
        }
        position = index * period();
    }

    /**
     * Multiplies the intensities of every image encoded from the next instance on by {@code gain} (1: as they are),
     * e.g. to raise the input rates of an image the network did not answer.
     *
     * @param gain finite and &ge; 0 as a float32
     * @throws IllegalArgumentException for another gain
     * @throws IllegalStateException for spike tensors (shown as they are) with a gain other than 1
     */
    public void setGain(double gain) {
        float g = Check.nonNegative(WHO, "gain", gain);
        if (images == null && g != 1f) {
            throw new IllegalStateException(WHO + ": gain " + g + " for spike tensors, which are shown as they are;"
                    + " a gain needs an image dataset");
        }
        this.gain = g;
    }

    /** The intensity gain (1 unless {@link #setGain} changed it). */
    public float gain() {
        return gain;
    }

    /** The number of samples, the timing (iterations) and the encoder ({@code "none"} for spike tensors). */
    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("samples", (long) dataset.size());
        m.put("instanceDuration", (long) instanceDuration);
        m.put("silentInterval", (long) silentInterval);
        m.put("loop", loop);
        m.put("encoder", encoderFactory == null ? "none" : encoderFactory.describe());
        return m;
    }

    @Override
    public void declare(NeuronGroup g, DataFlow flow) {
        flow.writes(g, NeuronGroup.SPIKES);
        flow.creates(g, SAMPLE).writes(g, SAMPLE);
        flow.creates(g, LABEL).writes(g, LABEL);
        flow.creates(g, STEP).writes(g, STEP);
    }

    private String who(NeuronGroup g) {
        return WHO + " on neurons " + g.name();
    }

    @Override
    public void initialize(NeuronGroup g) {
        String who = who(g);
        int size = dataset.size();
        if (size < 1) {
            throw new IllegalArgumentException(who + ": the dataset has " + size + " samples; it needs at least 1");
        }
        Check.arrayLength(who, "an instance of instanceDuration x neurons = " + instanceDuration + " x " + g.size()
                + " spikes", Check.product(instanceDuration, g.size()));
        Check.fitsInHeap(who, "an instance of " + instanceDuration + " x " + g.size() + " spikes",
                Check.product(instanceDuration, g.size() + 16L));
        ImageEncoder made = null;
        if (images != null) {
            checkImage(g, 0, images.image(0));
            made = encoderFactory.create(instanceDuration, g.network().random());
            if (made == null || made.timeWindow() != instanceDuration) {
                throw new IllegalArgumentException(who + ": the encoder " + encoderFactory.describe() + " made "
                        + (made == null ? "nothing" : "a time window of " + made.timeWindow())
                        + "; it must make one of instanceDuration = " + instanceDuration + " steps");
            }
        } else {
            checkSpikes(g, 0, spikeSamples.spikes(0));
        }
        checkLabel(g, 0);
        encoder = made;
        window = new boolean[instanceDuration][g.size()];
        sample = new int[] {-1};
        label = new int[] {Dataset.UNLABELED};
        step = new int[] {-1};
        position = 0;
        shown = -1;
        g.put(SAMPLE, sample);
        g.put(LABEL, label);
        g.put(STEP, step);
    }

    private void checkImage(NeuronGroup g, int index, float[] image) {
        if (image == null || image.length != g.size()) {
            throw new IllegalArgumentException(who(g) + ": sample " + index + " has "
                    + (image == null ? "no image" : image.length + " values") + "; the group has " + g.size()
                    + " neurons, one value per neuron is needed");
        }
    }

    private void checkSpikes(NeuronGroup g, int index, boolean[][] s) {
        if (s == null || s.length > instanceDuration) {
            throw new IllegalArgumentException(who(g) + ": sample " + index + " has "
                    + (s == null ? "no spike tensor" : s.length + " steps") + "; allowed: 0 to instanceDuration = "
                    + instanceDuration + " steps");
        }
        for (int t = 0; t < s.length; t++) {
            if (s[t] == null || s[t].length != g.size()) {
                throw new IllegalArgumentException(who(g) + ": sample " + index + " step " + t + " has "
                        + (s[t] == null ? "no array" : s[t].length + " flags") + "; the group has " + g.size()
                        + " neurons, one flag per neuron is needed");
            }
        }
    }

    private int checkLabel(NeuronGroup g, int index) {
        int l = dataset.label(index);
        if (l < Dataset.UNLABELED) {
            throw new IllegalArgumentException(who(g) + ": sample " + index + " has label " + l
                    + "; labels are >= 0, or Dataset.UNLABELED (-1)");
        }
        return l;
    }

    /** The sample index shown at 0-based presentation iteration {@code p}, or -1 when a non-looping input is done. */
    private int sampleAt(long p) {
        long ordinal = p / period();
        int size = dataset.size();
        if (!loop && ordinal >= size) {
            return -1;
        }
        return (int) (ordinal % size);
    }

    @Override
    public void forward(NeuronGroup g) {
        long p = position;
        int index = sampleAt(p);
        int s = (int) (p % period());
        boolean[] spikes = g.spikes();
        if (index >= 0 && s == 0) {
            present(g, index);
        }
        sample[0] = index;
        step[0] = index < 0 ? -1 : s;
        if (index < 0) {
            label[0] = Dataset.UNLABELED;
        }
        if (index >= 0 && s < instanceDuration) {
            System.arraycopy(window[s], 0, spikes, 0, spikes.length);
        } else {
            Arrays.fill(spikes, false);
        }
        shown = p;
        position = p + 1;
    }

    /** Reads sample {@code index} and fills the instance window and the label. */
    private void present(NeuronGroup g, int index) {
        int l = checkLabel(g, index);
        if (images != null) {
            float[] image = images.image(index);
            checkImage(g, index, image);
            encoder.encode(gain == 1f ? image : scaled(image), window);
        } else {
            boolean[][] s = spikeSamples.spikes(index);
            checkSpikes(g, index, s);
            for (int t = 0; t < instanceDuration; t++) {
                if (t < s.length) {
                    System.arraycopy(s[t], 0, window[t], 0, window[t].length);
                } else {
                    Arrays.fill(window[t], false);
                }
            }
        }
        label[0] = l;
    }

    private float[] scaled(float[] image) {
        if (scaled == null || scaled.length != image.length) {
            scaled = new float[image.length];
        }
        for (int i = 0; i < image.length; i++) {
            scaled[i] = image[i] * gain;
        }
        return scaled;
    }

    @Override
    public void saveState(StateScope scope) {
        scope.put("position", new long[] {position, shown});
        scope.put("gain", new float[] {gain});
        boolean[] flat = new boolean[instanceDuration * window[0].length];
        for (int t = 0; t < instanceDuration; t++) {
            System.arraycopy(window[t], 0, flat, t * window[t].length, window[t].length);
        }
        scope.put("instance", flat);
        scope.put("encoder", encoder == null ? new float[0] : encoder.state());
    }

    /**
     * Restores the position, the instance and the encoder's state, after the archive has put back
     * {@link #SAMPLE}, {@link #LABEL} and {@link #STEP}; checks that they agree with the position and that the
     * dataset gives the saved sample's label.
     */
    @Override
    public void restoreState(StateScope scope) {
        long[] positions = scope.longs("position", 2);
        long p = positions[0];
        long last = positions[1];
        if (p < 0 || last < -1) {
            throw scope.bad("position", "is " + p + " (next) and " + last + " (last shown); positions count"
                    + " iterations, >= 0 (-1: nothing shown yet)");
        }
        float savedGain = scope.floats("gain", 1)[0];
        if (!(savedGain >= 0) || (images == null && savedGain != 1f)) {
            throw scope.bad("gain", "is " + savedGain + "; allowed: >= 0 for images, 1 for spike tensors");
        }
        int n = window[0].length;
        boolean[] flat = scope.bools("instance", instanceDuration * n);
        float[] encoderState = scope.floats("encoder", -1);
        int expectSample = last < 0 ? -1 : sampleAt(last);
        int expectStep = expectSample < 0 ? -1 : (int) (last % period());
        if (sample[0] != expectSample || step[0] != expectStep) {
            throw scope.bad("position", "last showed " + last + ", which is sample " + expectSample + " at step "
                    + expectStep
                    + ", but the archive holds sample " + sample[0] + " at step " + step[0]
                    + "; was it saved with another instance duration, silent interval or dataset size?");
        }
        int expectLabel = expectSample < 0 ? Dataset.UNLABELED : dataset.label(expectSample);
        if (label[0] != expectLabel) {
            throw scope.bad("position", "shows sample " + expectSample + ", whose label is " + expectLabel
                    + " in this dataset, but the archive holds label " + label[0]
                    + "; was it saved with another dataset?");
        }
        if (encoder != null) {
            try {
                encoder.restoreState(encoderState);
            } catch (IllegalArgumentException e) {
                throw scope.bad("encoder", e.getMessage());
            }
        } else if (encoderState.length != 0) {
            throw scope.bad("encoder", "holds " + encoderState.length + " values; spike tensors use no encoder");
        }
        for (int t = 0; t < instanceDuration; t++) {
            System.arraycopy(flat, t * n, window[t], 0, n);
        }
        position = p;
        shown = last;
        gain = savedGain;
    }
}
