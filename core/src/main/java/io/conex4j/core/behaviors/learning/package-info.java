/**
 * Trace-based spike-timing-dependent plasticity, CoNeX's SimpleSTDP family: potentiation by the pre-synaptic
 * trace at post-synaptic spikes and depression by the post-synaptic trace at pre-synaptic spikes, with
 * rates and weight limits in {@link io.conex4j.core.behaviors.learning.StdpParams} and optional soft or hard
 * {@link io.conex4j.core.behaviors.learning.Bound}s. One rule per weight layout: dense
 * ({@link io.conex4j.core.behaviors.learning.SimpleSTDP}), CSC ({@link io.conex4j.core.behaviors.learning.SparseSTDP}),
 * one-to-one, shared 2-D convolution and local 2-D connections; all are event-driven and touch only the
 * weights of neurons that spiked.
 */
package io.conex4j.core.behaviors.learning;
