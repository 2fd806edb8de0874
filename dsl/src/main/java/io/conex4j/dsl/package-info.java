/**
 * The fluent DSL for describing a network. {@link io.conex4j.dsl.Conex#network} hands a
 * {@link io.conex4j.dsl.NetworkBuilder} to a description that sets the time step and seed and adds neuron
 * groups ({@link io.conex4j.dsl.NeuronsBuilder}: LIF-family or Izhikevich dynamics, Poisson or spike-train
 * sources, inputs, noise, competition, recorders) and synapse groups ({@link io.conex4j.dsl.SynapsesBuilder}:
 * weights, delays, traces, STDP, normalization, clipping). The DSL checks every value as it is given and the
 * whole description before building, reporting all problems at once in a
 * {@link io.conex4j.dsl.NetworkDefinitionException}; then it applies CoNeX's priorities, adds the spike
 * catchers, dendrite structures, firing and axons that are needed, picks the dendritic input and STDP rule
 * that match the weights, and builds and initializes the core {@link io.conex4j.core.runtime.Network}.
 *
 * <p>{@link io.conex4j.dsl.Conex#neocortex} describes a network as CoNeX's structures instead: cortical columns of
 * layers of populations, ports, synapses between ports, input and output layers and replicas
 * ({@link io.conex4j.dsl.NeocortexBuilder}); the built {@link io.conex4j.dsl.Neocortex} writes its description as
 * JSON, from which the same network is built again.
 */
package io.conex4j.dsl;
