/**
 * Synapses with per-synapse delays and the neuron model they are made for (NEST's way, beside CoNeX's per-neuron
 * delays): {@link io.conex4j.core.behaviors.psc.DelayedConnection} draws the synapses by a connection rule,
 * {@link io.conex4j.core.behaviors.psc.DelayedDelivery} adds each spike's weights into the destination's ring of
 * future input at each synapse's delay, and {@link io.conex4j.core.behaviors.psc.IafPscExp} (leaky
 * integrate-and-fire with exponential post-synaptic currents, exact integration, DC and Poisson drive) takes that
 * input. The delivery and the neuron model are {@link io.conex4j.core.runtime.Partitioned}: they share an iteration
 * between threads with the same results for any number of threads. Units: pA, pF, mV, ms.
 */
package io.conex4j.core.behaviors.psc;
