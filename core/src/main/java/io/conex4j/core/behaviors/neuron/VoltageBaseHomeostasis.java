package io.conex4j.core.behaviors.neuron;

import io.conex4j.core.runtime.Behavior;
import io.conex4j.core.runtime.Check;
import io.conex4j.core.runtime.DataFlow;
import io.conex4j.core.runtime.NeuronGroup;
import io.conex4j.core.runtime.Priorities;
import io.conex4j.core.runtime.StateKey;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CoNeX's VoltageBaseHomeostasis (priority 301, after KWTA and before Fire): an integral controller that keeps the
 * membrane potential inside the band {@code [minTa, maxTa]} (mV; a target voltage is the band of one value). Each
 * iteration every neuron's {@link #EXHAUSTION exhaustion} grows by {@code eta} times how far v lies above
 * {@code maxTa} or below {@code minTa}, and the whole exhaustion is subtracted from v, also in iterations when v is
 * back inside the band, so v oscillates around it. Float32; not scaled by dt. The exhaustion is saved.
 */
public final class VoltageBaseHomeostasis extends Behavior<NeuronGroup> {

    /** The accumulated exhaustion of each neuron, mV; saved with the network. */
    public static final StateKey<float[]> EXHAUSTION = StateKey.of("exhaustion", float[].class);

    private final float minTa;
    private final float maxTa;
    private final float eta;
    private float[] exhaustion;

    /** Aiming at {@code targetVoltage} (mV) with CoNeX's default rate eta 0.001. */
    public static VoltageBaseHomeostasis target(double targetVoltage) {
        return target(targetVoltage, 0.001);
    }

    /** Aiming at {@code targetVoltage} (mV) with rate {@code eta}. */
    public static VoltageBaseHomeostasis target(double targetVoltage, double eta) {
        return new VoltageBaseHomeostasis(targetVoltage, targetVoltage, eta);
    }

    /**
     * Keeping v within {@code [minTa, maxTa]} (mV, {@code minTa <= maxTa}) with rate {@code eta} (finite; CoNeX's
     * default 0.001).
     */
    public VoltageBaseHomeostasis(double minTa, double maxTa, double eta) {
        super(Priorities.VOLTAGE_HOMEOSTASIS);
        String who = "VoltageBaseHomeostasis";
        this.minTa = Check.finite(who, "minTa", minTa);
        this.maxTa = Check.finite(who, "maxTa", maxTa);
        if (!(this.minTa <= this.maxTa)) {
            throw new IllegalArgumentException(who + ": minTa (" + this.minTa + " mV) must not exceed maxTa ("
                    + this.maxTa + " mV)");
        }
        this.eta = Check.finite(who, "eta", eta);
    }

    /** minTa, maxTa (mV) and eta. */
    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("minTa", (double) minTa);
        m.put("maxTa", (double) maxTa);
        m.put("eta", (double) eta);
        return m;
    }

    /** The lower end of the band, mV. */
    public float minTa() {
        return minTa;
    }

    /** The upper end of the band, mV. */
    public float maxTa() {
        return maxTa;
    }

    /** The rate (CoNeX's eta_ip, kept as adj_strength). */
    public float eta() {
        return eta;
    }

    @Override
    public void declare(NeuronGroup g, DataFlow flow) {
        flow.creates(g, EXHAUSTION).writes(g, EXHAUSTION).writes(g, NeuronGroup.VOLTAGE);
    }

    @Override
    public void initialize(NeuronGroup g) {
        exhaustion = new float[g.size()];
        g.put(EXHAUSTION, exhaustion);
    }

    @Override
    public void forward(NeuronGroup g) {
        float[] v = g.voltage();
        for (int i = 0; i < v.length; i++) {
            float vi = v[i];
            float above = vi > maxTa ? vi - maxTa : 0f;
            float below = vi < minTa ? vi - minTa : 0f;
            float e = exhaustion[i] + (above + below) * eta;
            exhaustion[i] = e;
            v[i] = vi - e;
        }
    }
}
