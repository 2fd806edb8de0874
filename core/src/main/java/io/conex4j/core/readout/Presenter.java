package io.conex4j.core.readout;

import io.conex4j.core.behaviors.neuron.DatasetInput;
import io.conex4j.core.runtime.Check;
import io.conex4j.core.runtime.Network;
import io.conex4j.core.runtime.NeuronGroup;
import io.conex4j.core.runtime.ProgressListener;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Shows the samples of a {@link DatasetInput} one at a time, in any order, and counts how often each neuron of a
 * responding group fires: for each sample the network runs the input's instance duration (counting) and then its
 * silent interval (the rest), so that each presentation takes one period of the input. When the group fired fewer
 * than {@code minSpikes} spikes during the instance, the sample is shown again with the input's gain raised by
 * {@code gainStep}, up to {@code maxAttempts} times (Diehl and Cook's rule: 63.75 Hz at most, raised by 32 Hz until
 * the network answers with 5 spikes); the gain then returns to the base gain. Without {@link Builder#retry} every
 * sample is shown once.
 *
 * <p>Each presentation begins with {@link DatasetInput#seek}, so a network that starts with the presenter begins
 * every presentation at an iteration {@code 1 + k * period}: a weight normalization running once per period
 * ({@code WeightNormalization.every}) then runs at the first iteration of every presentation. The presenter holds
 * no state of its own besides its counts; a network saved between presentations continues where it stopped.
 */
public final class Presenter {

    private static final String WHO = "Presenter";

    private final Network net;
    private final DatasetInput input;
    private final NeuronGroup responders;
    private final int minSpikes;
    private final double gainStep;
    private final int maxAttempts;
    private final double baseGain;
    private final int[] counts;
    private final ProgressListener counter;

    private Presenter(Builder b) {
        this.net = b.net;
        this.input = b.input;
        this.responders = b.responders;
        this.minSpikes = b.minSpikes;
        this.gainStep = b.gainStep;
        this.maxAttempts = b.maxAttempts;
        this.baseGain = b.baseGain;
        this.counts = new int[responders.size()];
        boolean[] spikes = responders.spikes();
        this.counter = (done, total) -> {
            for (int i = 0; i < spikes.length; i++) {
                if (spikes[i]) {
                    counts[i]++;
                }
            }
        };
    }

    /**
     * A presenter of the samples of the {@link DatasetInput} of {@code inputs} that counts the spikes of
     * {@code responders}.
     *
     * @throws IllegalArgumentException if a group is null, {@code inputs} has no dataset input, or the groups
     *         belong to different networks
     */
    public static Builder of(NeuronGroup inputs, NeuronGroup responders) {
        if (inputs == null || responders == null) {
            throw new IllegalArgumentException(WHO + ": the " + (inputs == null ? "input" : "responding")
                    + " group must not be null");
        }
        DatasetInput input = inputs.behavior(DatasetInput.class);
        if (input == null) {
            throw new IllegalArgumentException(WHO + ": neurons " + inputs.name() + " have no DatasetInput; give"
                    + " the group that presents the dataset");
        }
        if (responders.network() != inputs.network()) {
            throw new IllegalArgumentException(WHO + ": neurons " + responders.name() + " belong to network "
                    + responders.network().name() + ", neurons " + inputs.name() + " to "
                    + inputs.network().name() + "; both must be in one network");
        }
        return new Builder(inputs.network(), input, responders);
    }

    /** How samples are shown; each value checked as it is given. */
    public static final class Builder {

        private final Network net;
        private final DatasetInput input;
        private final NeuronGroup responders;
        private int minSpikes;
        private double gainStep;
        private int maxAttempts = 1;
        private double baseGain = 1;

        private Builder(Network net, DatasetInput input, NeuronGroup responders) {
            this.net = net;
            this.input = input;
            this.responders = responders;
        }

        /**
         * Shows a sample again, with the gain raised by {@code gainStep}, while the responders fired fewer than
         * {@code minSpikes} spikes, at most {@code maxAttempts} times in all.
         *
         * @param minSpikes spikes wanted per instance, &ge; 1
         * @param gainStep added to the gain per retry, finite and &gt; 0 as a float32
         * @param maxAttempts presentations of one sample at most, &ge; 1 (1: no retry)
         * @throws IllegalArgumentException naming the parameter, its value and the allowed range
         */
        public Builder retry(int minSpikes, double gainStep, int maxAttempts) {
            if (minSpikes < 1) {
                throw new IllegalArgumentException(WHO + ": minSpikes (" + minSpikes + ") must be >= 1");
            }
            Check.positive(WHO, "gainStep", gainStep);
            if (maxAttempts < 1) {
                throw new IllegalArgumentException(WHO + ": maxAttempts (" + maxAttempts + ") must be >= 1");
            }
            this.minSpikes = minSpikes;
            this.gainStep = gainStep;
            this.maxAttempts = maxAttempts;
            return this;
        }

        /** The gain of every first attempt (default 1), finite and &ge; 0 as a float32. */
        public Builder baseGain(double gain) {
            Check.nonNegative(WHO, "baseGain", gain);
            this.baseGain = gain;
            return this;
        }

        /** The presenter. */
        public Presenter build() {
            return new Presenter(this);
        }
    }

    /** The input presented. */
    public DatasetInput input() {
        return input;
    }

    /** The group whose spikes are counted. */
    public NeuronGroup responders() {
        return responders;
    }

    /**
     * Shows sample {@code sample} (again with a higher gain while too few spikes come, if retries are on) and
     * returns the responders' spike counts of the last attempt's instance.
     *
     * @throws IllegalArgumentException unless the sample is in the dataset
     * @throws IllegalStateException if the gain of a retry overflows a float32
     */
    public Response present(int sample) {
        if (!net.isInitialized()) {
            net.initialize();
        }
        int duration = input.instanceDuration();
        int rest = input.silentInterval();
        double gain = baseGain;
        int attempts = 0;
        int total;
        while (true) {
            input.seek(sample);
            input.setGain(gain);
            Arrays.fill(counts, 0);
            net.simulate(duration, counter);
            net.simulate(rest);
            attempts++;
            total = 0;
            for (int c : counts) {
                total += c;
            }
            if (total >= minSpikes || attempts >= maxAttempts) {
                break;
            }
            gain += gainStep;
            if (!Float.isFinite((float) gain)) {
                throw new IllegalStateException(WHO + ": the gain of attempt " + (attempts + 1) + " (" + gain
                        + ") overflows a float32; lower maxAttempts or gainStep");
            }
        }
        input.setGain(baseGain);
        return new Response(sample, input.dataset().label(sample), counts.clone(), total, attempts, gain);
    }

    /** Shows the samples of {@code order} one after another, telling {@code each} (may be null) every response. */
    public void present(int[] order, Consumer<Response> each) {
        if (order == null) {
            throw new IllegalArgumentException(WHO + ": order must not be null");
        }
        for (int sample : order) {
            Response r = present(sample);
            if (each != null) {
                each.accept(r);
            }
        }
    }
}
