package io.conex4j.core.behaviors.neuron;

import io.conex4j.core.runtime.Behavior;
import io.conex4j.core.runtime.Check;
import io.conex4j.core.runtime.DataFlow;
import io.conex4j.core.runtime.NeuronGroup;
import io.conex4j.core.runtime.Priorities;
import io.conex4j.core.runtime.SynapseGroup;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * CoNeX's SimpleDendriteComputation (priority 240): turns the currents of the {@link Dendrite}s (made by
 * {@link SimpleDendriteStructure}) into the neuron input current {@code I} (nA). Each iteration:
 * <ol>
 * <li>{@code I <- I - I / iTau} with {@code iTau} (counted in iterations; dt is not used), or {@code I <- 0}
 * without it;</li>
 * <li>{@code I <- I + (I_proximal + tau * (term_apical + term_distal) / R)}, with the neuron model's {@code tau}
 * (ms) and {@code R} (MOhm) from its {@link MembraneConstants}.</li>
 * </ol>
 * A distal or apical dendrite counts only with a {@code provocativeness} {@code p} in [0, 1] (the "non-priming"
 * rule): {@code term = tanh(I_x) * max(limit - v, 0)} with {@code limit = vRest + p * (threshold - vRest)} (each neuron's
 * {@link NeuronGroup#THRESHOLD threshold}) and {@code v} the voltage the previous iteration left, so a positive current pushes {@code v} toward the limit
 * ({@code term} is a {@code dv/dt} in mV/ms) and never past it. A negative current pulls {@code v} toward the
 * mirrored limit {@code vRest - p * (threshold - vRest)} and never below it (CoNeX uses the upper limit for both
 * signs, so a negative current drives {@code v} without bound). Without a provocativeness the dendrite's current
 * is not used, as in CoNeX; a {@code gain} instead adds {@code gain * I_x} to the current linearly (how conex4j
 * summed distal and apical synapses before it had CoNeX's dendrites).
 */
public final class SimpleDendriteComputation extends Behavior<NeuronGroup> {

    private static final System.Logger LOG = System.getLogger("io.conex4j");

    private final float iTau;
    private final double distalP;
    private final double apicalP;
    private final float distalGain;
    private final float apicalGain;
    private float[] proximal;
    private float[] distal;
    private float[] apical;
    private MembraneConstants membrane;
    private float[] thresholds;

    /** CoNeX's defaults: no decay ({@code I} starts from zero each iteration), distal and apical unused. */
    public SimpleDendriteComputation() {
        this(builder());
    }

    private SimpleDendriteComputation(Builder b) {
        super(Priorities.DENDRITE_COMPUTATION);
        this.iTau = b.iTau;
        this.distalP = b.distalP;
        this.apicalP = b.apicalP;
        this.distalGain = b.distalGain;
        this.apicalGain = b.apicalGain;
    }

    /** Named parameters, each checked as given. */
    public static Builder builder() {
        return new Builder();
    }

    /** The parameters that are set: iTau (iterations), the provocativeness and the gains. */
    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> m = new LinkedHashMap<>();
        if (!Float.isNaN(iTau)) {
            m.put("iTau", (double) iTau);
        }
        putIfSet(m, "distalProvocativeness", distalP);
        putIfSet(m, "apicalProvocativeness", apicalP);
        putIfSet(m, "distalGain", distalGain);
        putIfSet(m, "apicalGain", apicalGain);
        return m;
    }

    /** The decay of the current in iterations, NaN without one. */
    public float iTau() {
        return iTau;
    }

    /** The provocativeness of {@code d} (distal or apical), NaN when it has none. */
    public double provocativeness(Dendrite d) {
        return switch (d) {
            case PROXIMAL -> Double.NaN;
            case DISTAL -> distalP;
            case APICAL -> apicalP;
        };
    }

    private static void putIfSet(Map<String, Object> m, String key, double v) {
        if (!Double.isNaN(v)) {
            m.put(key, v);
        }
    }

    private boolean provocative() {
        return !Double.isNaN(distalP) || !Double.isNaN(apicalP);
    }

    private boolean uses(Dendrite d) {
        return switch (d) {
            case PROXIMAL -> true;
            case DISTAL -> !Double.isNaN(distalP) || !Float.isNaN(distalGain);
            case APICAL -> !Double.isNaN(apicalP) || !Float.isNaN(apicalGain);
        };
    }

    @Override
    public boolean initializeLast() {
        return true;
    }

    @Override
    public void declare(NeuronGroup g, DataFlow flow) {
        for (Dendrite d : Dendrite.values()) {
            if (uses(d)) {
                flow.reads(g, d.current()).orAdd(SimpleDendriteStructure::new);
            }
        }
        if (provocative()) {
            flow.readsPrevious(g, NeuronGroup.VOLTAGE).readsPrevious(g, NeuronGroup.THRESHOLD)
                    .reads(g, MembraneConstants.KEY);
        }
        flow.writes(g, NeuronGroup.CURRENT);
    }

    @Override
    public void initialize(NeuronGroup g) {
        String who = name() + " on neurons " + g.name();
        MembraneConstants m = null;
        if (provocative()) {
            m = g.require(MembraneConstants.KEY, who);
            if (m.r() == 0f) {
                throw new IllegalArgumentException(who + ": the neuron model's R is 0; the provocativeness term"
                        + " tau * term / R needs R != 0");
            }
            thresholds = g.require(NeuronGroup.THRESHOLD, who);
        }
        for (Dendrite d : new Dendrite[] {Dendrite.DISTAL, Dendrite.APICAL}) {
            if (!uses(d)) {
                reportUnused(g, d);
            }
        }
        membrane = m;
        proximal = g.require(Dendrite.PROXIMAL.current(), who);
        distal = uses(Dendrite.DISTAL) ? g.require(Dendrite.DISTAL.current(), who) : null;
        apical = uses(Dendrite.APICAL) ? g.require(Dendrite.APICAL.current(), who) : null;
    }

    /** Synapses that end at a dendrite this computation does not use lose their current, as in CoNeX; say so. */
    private void reportUnused(NeuronGroup g, Dendrite d) {
        for (SynapseGroup s : g.afferents()) {
            if (s.hasTag(d.tag()) && s.get(SynapseGroup.CURRENT) != null) {
                String x = d.tag().toLowerCase(Locale.ROOT);
                LOG.log(System.Logger.Level.WARNING, "{0} on neurons {1}: synapses {2} end at the {3} dendrite, which"
                        + " has no {3}Provocativeness or {3}Gain, so their current is not used (as in CoNeX)",
                        name(), g.name(), s.name(), x);
            }
        }
    }

    @Override
    public void forward(NeuronGroup g) {
        float[] current = g.current();
        if (distal == null && apical == null) {
            for (int i = 0; i < current.length; i++) {
                current[i] = decayed(current[i]) + proximal[i];
            }
            return;
        }
        float[] v = g.voltage();
        for (int i = 0; i < current.length; i++) {
            float drive = proximal[i];
            if (!Float.isNaN(distalGain)) {
                drive += distalGain * distal[i];
            }
            if (!Float.isNaN(apicalGain)) {
                drive += apicalGain * apical[i];
            }
            if (membrane != null) {
                float term = 0f;
                if (!Double.isNaN(apicalP)) {
                    term = nonPriming(apical[i], v[i], apicalP, thresholds[i]);
                }
                if (!Double.isNaN(distalP)) {
                    term += nonPriming(distal[i], v[i], distalP, thresholds[i]);
                }
                drive += (membrane.tau() * term) / membrane.r();
            }
            current[i] = decayed(current[i]) + drive;
        }
    }

    private float decayed(float current) {
        return Float.isNaN(iTau) ? 0f : current - current / iTau;
    }

    /**
     * {@code tanh(x) * max(limit - v, 0)} for {@code x >= 0}, {@code tanh(x) * max(v - lower, 0)} for {@code x < 0};
     * the limits {@code vRest +- p * (threshold - vRest)} in double, then float32.
     */
    private float nonPriming(float x, float v, double p, float threshold) {
        float t = (float) StrictMath.tanh(x);
        double vRest = membrane.vRest();
        double band = p * ((double) threshold - vRest);
        if (t >= 0f) {
            return t * Math.max((float) (vRest + band) - v, 0f);
        }
        return t * Math.max(v - (float) (vRest - band), 0f);
    }

    /** The parameters of a {@link SimpleDendriteComputation}; none is required. */
    public static final class Builder {
        private float iTau = Float.NaN;
        private double distalP = Double.NaN;
        private double apicalP = Double.NaN;
        private float distalGain = Float.NaN;
        private float apicalGain = Float.NaN;

        private Builder() {
        }

        /** Decay of the current per iteration, {@code I <- I - I / iTau} (iterations, &gt; 0). */
        public Builder iTau(double iterations) {
            iTau = Check.positive("SimpleDendriteComputation", "iTau", iterations);
            return this;
        }

        /** The non-priming rule for the distal dendrite with {@code p} in [0, 1]. */
        public Builder distalProvocativeness(double p) {
            distalP = provocativeness("distalProvocativeness", p);
            return this;
        }

        /** The non-priming rule for the apical dendrite with {@code p} in [0, 1]. */
        public Builder apicalProvocativeness(double p) {
            apicalP = provocativeness("apicalProvocativeness", p);
            return this;
        }

        /** Adds {@code gain * I_distal} to the current (linear, instead of a provocativeness). */
        public Builder distalGain(double gain) {
            distalGain = Check.finite("SimpleDendriteComputation", "distalGain", gain);
            return this;
        }

        /** Adds {@code gain * I_apical} to the current (linear, instead of a provocativeness). */
        public Builder apicalGain(double gain) {
            apicalGain = Check.finite("SimpleDendriteComputation", "apicalGain", gain);
            return this;
        }

        private static double provocativeness(String param, double p) {
            if (!(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException("SimpleDendriteComputation: " + param + " (" + p + ") must be in"
                        + " [0, 1]: the limit vRest + p * (threshold - vRest) lies between rest and threshold");
            }
            return p;
        }

        /** The computation; a dendrite given both a provocativeness and a gain is an error. */
        public SimpleDendriteComputation build() {
            if (!Double.isNaN(distalP) && !Float.isNaN(distalGain)) {
                throw new IllegalArgumentException("SimpleDendriteComputation: the distal dendrite has both a"
                        + " distalProvocativeness and a distalGain; give one");
            }
            if (!Double.isNaN(apicalP) && !Float.isNaN(apicalGain)) {
                throw new IllegalArgumentException("SimpleDendriteComputation: the apical dendrite has both an"
                        + " apicalProvocativeness and an apicalGain; give one");
            }
            return new SimpleDendriteComputation(this);
        }
    }
}
