/**
 * CoNeX's neuron behaviors, attached to a {@link io.conex4j.core.runtime.NeuronGroup}: the LIF, exponential
 * LIF and adaptive exponential LIF dynamics with {@link io.conex4j.core.behaviors.neuron.Fire} (threshold and
 * reset), Izhikevich neurons, k-winners-take-all competition and inherent noise; the spike sources
 * (Poisson and replayed spike trains) and external input currents; the dendrite structure that sums the
 * currents of afferent synapses into the neuron input; and {@link io.conex4j.core.behaviors.neuron.NeuronAxon},
 * the ring buffer of recent spikes that synapses read at their delays.
 */
package io.conex4j.core.behaviors.neuron;
