package io.conex4j.dsl;

/**
 * A handle on a neuron group being described, returned by {@link NetworkBuilder#neurons}; pass it to
 * {@link NetworkBuilder#synapses}. After {@link Conex#network} it names the group in the built network.
 *
 * @param name the group's name
 * @param size its number of neurons
 */
public record GroupRef(String name, int size) {
}
