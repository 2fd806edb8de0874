/**
 * Custom neuron and learning behaviors of the reference benchmark networks, plugged into the DSL with
 * {@code behavior(...)}: the neuron and one-step STDP of PymoNNtorch's "Simple LIF" benchmark, the trace STDP
 * and noisy current drive of its Izhikevich benchmark, and the exactly integrated current-based LIF neuron
 * of the CUBA benchmark (Brette et al. 2007). The scripts in {@code examples/} build these networks.
 */
package io.conex4j.demo.models;
