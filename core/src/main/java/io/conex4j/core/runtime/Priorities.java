package io.conex4j.core.runtime;

/** CoNeX's standard priorities (the order of its behaviors); lower runs first. */
public final class Priorities {

    /** Network-level setup such as the time resolution. */
    public static final int NETWORK = 1;
    /** SynapseInit (initialize only). */
    public static final int SYNAPSE_INIT = 2;
    /** WeightInitializer (initialize only). */
    public static final int WEIGHT_INIT = 3;
    /** DelayInitializer (initialize only). */
    public static final int DELAY_INIT = 4;
    /** Inputs that set neuron currents or spikes before the dendrites. */
    public static final int INPUT = 100;
    /** Dendritic input of a synapse: computes the synapse current {@code I}. */
    public static final int DENDRITIC_INPUT = 180;
    /** CurrentNormalization. */
    public static final int CURRENT_NORMALIZATION = 200;
    /** Dendrite structure: routes and delays the synapse currents into the dendrites. */
    public static final int DENDRITE_STRUCTURE = 220;
    /** Dendrite computation: turns the dendrites' currents into the neuron input current. */
    public static final int DENDRITE_COMPUTATION = 240;
    /** External input currents added to the neuron input after the dendrites (not a CoNeX priority). */
    public static final int CURRENT_INPUT = 250;
    /** Neuron dynamics (voltage update). */
    public static final int NEURON_DYNAMICS = 260;
    /** InherentNoise: noise added to the voltage after the dynamics. */
    public static final int NOISE = 280;
    /** VoltageBaseHomeostasis: after KWTA, before firing. */
    public static final int VOLTAGE_HOMEOSTASIS = 301;
    /** ActivityBaseHomeostasis: right after firing. */
    public static final int ACTIVITY_HOMEOSTASIS = 341;
    /** AdaptiveThreshold: theta rises with this iteration's spikes; after firing and the activity homeostasis. */
    public static final int ADAPTIVE_THRESHOLD = 342;
    /** Firing: threshold crossing and reset. */
    public static final int FIRE = 340;
    /** k-winners-take-all competition, after the dynamics and before firing. */
    public static final int KWTA = 300;
    /** NeuronAxon: pushes this iteration's spikes into the history. */
    public static final int AXON = 380;
    /** PreSpikeCatcher. */
    public static final int PRE_SPIKE_CATCHER = 420;
    /** PostSpikeCatcher. */
    public static final int POST_SPIKE_CATCHER = 440;
    /** PreTrace. */
    public static final int PRE_TRACE = 460;
    /** PostTrace. */
    public static final int POST_TRACE = 480;
    /** Learning rules (STDP). */
    public static final int LEARNING = 500;
    /** WeightNormalization. */
    public static final int WEIGHT_NORMALIZATION = 520;
    /** WeightClip. */
    public static final int WEIGHT_CLIP = 540;
    /** Recorders run after everything else. */
    public static final int RECORDER = 1000;

    private Priorities() {
    }
}
