/**
 * Recorders that run last in each iteration: {@link io.conex4j.core.recording.SpikeRecorder} keeps a neuron
 * group's spikes as (iteration, neuron) pairs and {@link io.conex4j.core.recording.VariableRecorder} samples a
 * float state of a group or synapse every few iterations. Both preallocate their buffers once; when a buffer
 * is full, a {@link io.conex4j.core.recording.CapacityPolicy} decides whether to fail or to stop recording and
 * mark the recording truncated. Recordings are saved with the network.
 */
package io.conex4j.core.recording;
