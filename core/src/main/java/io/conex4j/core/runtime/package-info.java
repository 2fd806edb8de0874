/**
 * The simulation runtime: a {@link io.conex4j.core.runtime.Network} with its time step and seeded random
 * source, its {@link io.conex4j.core.runtime.NeuronGroup}s (flat per-neuron spikes, voltage and current laid
 * out as depth x height x width) and {@link io.conex4j.core.runtime.SynapseGroup}s (weights, delays, caught
 * spikes, traces and current), all {@link io.conex4j.core.runtime.SimObject}s that carry
 * {@link io.conex4j.core.runtime.Behavior}s. The network initializes every behavior, then runs their
 * {@code forward} once per iteration in one schedule ordered by CoNeX's
 * {@link io.conex4j.core.runtime.Priorities}. Also here: the {@link io.conex4j.core.runtime.Axon} view of a
 * group's spike history, {@link io.conex4j.core.runtime.Fill} (CoNeX's tensor initialization modes),
 * typed user state through {@link io.conex4j.core.runtime.StateKey}, progress callbacks and the argument
 * checks whose messages name the owner, parameter, value and allowed range.
 */
package io.conex4j.core.runtime;
