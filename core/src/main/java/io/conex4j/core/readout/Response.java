package io.conex4j.core.readout;

/**
 * What a population answered to one presented sample: each neuron's spike count during the instance (the rest
 * after it not included) of the last attempt.
 *
 * @param sample the sample's index in the dataset
 * @param label the sample's label ({@link io.conex4j.core.data.Dataset#UNLABELED} when it has none)
 * @param counts spikes per neuron during the last attempt's instance (the response's own array)
 * @param total the sum of {@code counts}
 * @param attempts how many times the sample was shown (1 unless too few spikes asked for a retry)
 * @param gain the input gain of the last attempt
 */
public record Response(int sample, int label, int[] counts, int total, int attempts, double gain) {
}
