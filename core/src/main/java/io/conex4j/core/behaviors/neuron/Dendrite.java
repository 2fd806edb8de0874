package io.conex4j.core.behaviors.neuron;

import io.conex4j.core.runtime.StateKey;

/**
 * The three dendrites of CoNeX's dendrite model, named by the synapse tag that routes a synapse's current to
 * them. Each has a delay buffer of {@code maxDelay x N} currents (nA, row 0 = this iteration), kept on the
 * neuron group under {@link #buffer()}, and this iteration's current (row 0) under {@link #current()}; both are
 * made by {@link SimpleDendriteStructure} and read by {@link SimpleDendriteComputation}.
 */
public enum Dendrite {
    /** Close to the soma: its current drives the neuron directly. Also where untagged synapses end. */
    PROXIMAL("Proximal", "proximalInput", "iProximal"),
    /** Far from the soma: modulates the neuron only with a provocativeness (or a gain). */
    DISTAL("Distal", "distalInput", "iDistal"),
    /** The apical tuft: as distal. */
    APICAL("Apical", "apicalInput", "iApical");

    private final String tag;
    private final StateKey<float[]> buffer;
    private final StateKey<float[]> current;

    Dendrite(String tag, String bufferName, String currentName) {
        this.tag = tag;
        this.buffer = StateKey.of(bufferName, float[].class);
        this.current = StateKey.of(currentName, float[].class, "add a SimpleDendriteStructure to the group");
    }

    /** The synapse tag that routes a current here ({@code "Proximal"}, {@code "Distal"}, {@code "Apical"}). */
    public String tag() {
        return tag;
    }

    /** The delay buffer, {@code maxDelay * N} floats, row {@code d} = current arriving in {@code d} iterations. */
    public StateKey<float[]> buffer() {
        return buffer;
    }

    /** This iteration's current of each neuron (row 0 of the buffer), nA. */
    public StateKey<float[]> current() {
        return current;
    }
}
