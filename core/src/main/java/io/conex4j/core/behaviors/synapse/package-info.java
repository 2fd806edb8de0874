/**
 * CoNeX's synapse behaviors, attached to a {@link io.conex4j.core.runtime.SynapseGroup}: initialization of
 * the layouts, weights ({@link io.conex4j.core.behaviors.synapse.WeightInitializer}, dense or true-sparse) and
 * per-neuron delays; the dendritic inputs that turn caught pre-synaptic spikes into a current (simple,
 * sparse, one-to-one, 2-D convolution, local, lateral, average pooling), all event-driven; the spike
 * catchers that read each side's spikes through its axon at the synapse's delays; pre- and post-synaptic
 * traces; and current normalization, weight normalization and weight clipping. Each behavior runs at
 * CoNeX's priority for its role.
 */
package io.conex4j.core.behaviors.synapse;
