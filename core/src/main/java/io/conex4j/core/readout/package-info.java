/**
 * Presenting a dataset and reading the answer of a population: {@link io.conex4j.core.readout.Presenter} shows
 * one sample after another through a dataset input (instance, then rest; again with a higher gain when too few
 * neurons answered) and counts each neuron's spikes ({@link io.conex4j.core.readout.Response});
 * {@link io.conex4j.core.readout.ClassResponses} sums the counts per class and labels each neuron with the class
 * it answered most ({@link io.conex4j.core.readout.NeuronLabels}), which then classify a response by vote;
 * {@link io.conex4j.core.readout.ConfusionMatrix} and {@link io.conex4j.core.readout.RunningAccuracy} score the
 * votes. Diehl and Cook's readout (2015).
 */
package io.conex4j.core.readout;
