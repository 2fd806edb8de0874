package io.conex4j.core.behaviors.psc;

import io.conex4j.core.kernels.PscExpKernels;
import io.conex4j.core.random.KeyedRandom;
import io.conex4j.core.runtime.Behavior;
import io.conex4j.core.runtime.Check;
import io.conex4j.core.runtime.DataFlow;
import io.conex4j.core.runtime.Fill;
import io.conex4j.core.runtime.NeuronGroup;
import io.conex4j.core.runtime.Partitioned;
import io.conex4j.core.runtime.Priorities;
import io.conex4j.core.runtime.Slot;
import io.conex4j.core.runtime.StateScope;
import io.conex4j.core.runtime.Stateful;
import io.conex4j.core.runtime.SynapseGroup;
import io.conex4j.core.runtime.SynapticCurrent;
import io.conex4j.core.storage.DelayedSynapses;
import io.conex4j.core.storage.FutureInput;
import io.conex4j.core.storage.InputQueue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Leaky integrate-and-fire neurons with an exponential post-synaptic current, NEST's {@code iaf_psc_exp} (one
 * synaptic time constant), integrated exactly: {@code dV/dt = −(V − E_L)/τ_m + (I_syn + I_e)/C_m},
 * {@code dI_syn/dt = −I_syn/τ_syn}. Units: pF, ms, mV, pA. Each iteration (of {@code dt} ms):
 * <ol>
 *   <li>V takes the closed-form step {@code V ← E_L + P22·(V − E_L) + P21·I_syn + P20·I_e} (propagators
 *       {@code P22 = e^(−dt/τ_m)}, {@code P11 = e^(−dt/τ_syn)}, {@code P21 = τ_m·τ_syn/(C_m·(τ_syn − τ_m))·(P11 − P22)},
 *       {@code P20 = τ_m/C_m·(1 − P22)}, computed in double, applied in float32), except during the refractory
 *       period of {@code round(t_ref/dt)} iterations after a spike, when V stays at {@code V_reset};
 *   <li>{@code I_syn ← P11·I_syn + input}, where the input of this iteration is what the delayed synapses
 *       ({@link DelayedDelivery}) put into the group's {@link DelayedInput#INPUT}, the optional Poisson drive
 *       ({@code weight × Poisson(rate·dt)} per neuron) and the currents of ordinary CoNeX synapses ending at the
 *       group (nA, taken as a jump of {@code 1000 × I} pA);
 *   <li>{@code V ≥ V_th} spikes: V is set to {@code V_reset} and the refractory count starts.
 * </ol>
 * An input arriving in an iteration moves V from the next iteration on, as in NEST and Brian2. The future input is
 * as deep as the largest synapse delay into the group; it is saved with the network. Split over the group's neurons ({@link Partitioned}); every neuron's
 * draws depend on the seed, the neuron and the iteration only. Priority 260 (neuron dynamics); it fires by itself
 * (no {@code Fire} needed) and sets the group's threshold and reset.
 */
public final class IafPscExp extends Behavior<NeuronGroup> implements Partitioned<NeuronGroup>, Stateful {

    /** The longest refractory period in iterations (the counts are kept as exact float32 whole numbers). */
    public static final int MAX_REFRACTORY_STEPS = 1 << 24;

    private final float cm;
    private final float tauM;
    private final float tauSyn;
    private final float eL;
    private final float vTh;
    private final float vReset;
    private final float tRef;
    private final float iE;
    private final Fill initialV;
    private final float poissonRate;
    private final float poissonWeight;
    private final FutureInput.Form inputForm;

    private float p22;
    private float p21;
    private float p11;
    private float c;
    private float refractorySteps;
    private float[] iSyn;
    private float[] refractory;
    private FutureInput input;
    private PoissonDrive poisson;
    private long poissonKey;
    private PscExpKernels kernels;
    private Slot<SynapticCurrent>[] currents;

    private IafPscExp(Builder b) {
        super(Priorities.NEURON_DYNAMICS);
        this.cm = (float) b.cm;
        this.tauM = (float) b.tauM;
        this.tauSyn = (float) b.tauSyn;
        this.eL = (float) b.eL;
        this.vTh = (float) b.vTh;
        this.vReset = (float) b.vReset;
        this.tRef = (float) b.tRef;
        this.iE = (float) b.iE;
        this.initialV = b.initialV;
        this.poissonRate = (float) b.poissonRate;
        this.poissonWeight = (float) b.poissonWeight;
        this.inputForm = b.inputForm;
    }

    /** Named parameters with NEST's defaults; see {@link Builder}. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cm", (double) cm);
        m.put("tauM", (double) tauM);
        m.put("tauSyn", (double) tauSyn);
        m.put("eL", (double) eL);
        m.put("vTh", (double) vTh);
        m.put("vReset", (double) vReset);
        m.put("tRef", (double) tRef);
        m.put("iE", (double) iE);
        m.put("initialV", initialV == null ? "eL" : initialV.toString());
        m.put("poissonRate", (double) poissonRate);
        m.put("poissonWeight", (double) poissonWeight);
        m.put("inputForm", inputForm.name());
        return m;
    }

    @Override
    public void declare(NeuronGroup g, DataFlow flow) {
        for (SynapseGroup s : g.afferents()) {
            if (s.behavior(DelayedDelivery.class) == null) {
                flow.readsLatest(s, SynapseGroup.CURRENT).optional();
            }
        }
        flow.creates(g, DelayedInput.INPUT).reads(g, DelayedInput.INPUT).writes(g, DelayedInput.INPUT)
                .writes(g, NeuronGroup.VOLTAGE).writes(g, NeuronGroup.SPIKES);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void initialize(NeuronGroup g) {
        String who = name() + " on neurons " + g.name();
        double dt = g.network().dt();
        double e22 = StrictMath.exp(-dt / tauM);
        double e11 = StrictMath.exp(-dt / tauSyn);
        double p21d = tauM == tauSyn ? dt / cm * e22
                : (double) tauM * tauSyn / (cm * ((double) tauSyn - tauM)) * (e11 - e22);
        double p20 = tauM / (double) cm * (1 - e22);
        double steps = Math.rint(tRef / dt);
        if (steps > MAX_REFRACTORY_STEPS) {
            throw new IllegalArgumentException(who + ": tRef / dt (" + tRef + " / " + dt + " ms) = " + steps
                    + " iterations, more than " + MAX_REFRACTORY_STEPS);
        }
        float cc = (float) (eL * (1 - e22) + p20 * iE);
        if (!Float.isFinite((float) p21d) || !Float.isFinite(cc)) {
            throw new IllegalArgumentException(who + ": the propagators overflow float32 for cm " + cm + " pF, tauM "
                    + tauM + " ms, tauSyn " + tauSyn + " ms, iE " + iE + " pA at dt " + dt + " ms");
        }
        int depth = inputDepth(g);
        List<Slot<SynapticCurrent>> others = new ArrayList<>();
        for (SynapseGroup s : g.afferents()) {
            if (s.behavior(DelayedDelivery.class) == null) {
                others.add(s.slot(SynapseGroup.CURRENT));
            }
        }
        PoissonDrive drive = poissonRate > 0 ? new PoissonDrive(poissonRate * dt / 1000.0) : null;
        FutureInput r = FutureInput.of(who, g.size(), depth, inputForm, networkInputBytes(g.network()));
        float[] v = g.voltage();
        if (initialV == null) {
            Arrays.fill(v, eL);
        } else {
            initialV.fill(v, 0, v.length, g.network().random());
        }
        long key = 0;
        if (drive != null) {
            float[] draws = new float[3];
            g.network().random().uniform(draws, 0, 3);
            key = KeyedRandom.mix(g.network().seed() ^ KeyedRandom.mix(((long) (draws[0] * 0x1p24f) << 40)
                    ^ ((long) (draws[1] * 0x1p24f) << 20) ^ (long) (draws[2] * 0x1p24f)));
        }
        g.setFiring(vTh, vReset);
        p22 = (float) e22;
        p11 = (float) e11;
        p21 = (float) p21d;
        c = cc;
        refractorySteps = (float) steps;
        iSyn = new float[g.size()];
        refractory = new float[g.size()];
        input = r;
        poisson = drive;
        poissonKey = key;
        kernels = PscExpKernels.of(g.network().kernels());
        currents = others.toArray(new Slot[0]);
        g.put(DelayedInput.INPUT, r);
    }

    /** What the future inputs of every group with this model in {@code net} would take as rings, in bytes. */
    private static long networkInputBytes(io.conex4j.core.runtime.Network net) {
        long total = 0;
        for (NeuronGroup h : net.neuronGroups()) {
            if (h.behavior(IafPscExp.class) == null) {
                continue;
            }
            total += 4L * h.size() * inputDepth(h);
        }
        return total;
    }

    /** The iterations of future input group {@code g} needs: the largest delay of its delayed synapses, at least 1. */
    private static int inputDepth(NeuronGroup g) {
        int depth = 1;
        for (SynapseGroup s : g.afferents()) {
            DelayedSynapses d = s.get(DelayedInput.SYNAPSES);
            if (s.behavior(DelayedDelivery.class) != null && d != null) {
                depth = Math.max(depth, d.maxDelay());
            }
        }
        return depth;
    }

    @Override
    public NeuronGroup partitionGroup(NeuronGroup g) {
        return g;
    }

    /**
     * A sixteenth of the group's size: the update runs on vectors of 8 or 16 neurons, about as long as one synaptic
     * event takes to deliver, the unit of {@link DelayedDelivery#work}.
     */
    @Override
    public long work(NeuronGroup g) {
        return g.size() / 16 + 1;
    }

    @Override
    public void split(NeuronGroup g, int[] bounds) {
        input.split(bounds);
    }

    @Override
    public void forward(NeuronGroup g) {
        forward(g, 0, 0, g.size());
    }

    @Override
    public void forward(NeuronGroup g, int part, int from, int to) {
        if (from == to) {
            return;
        }
        long t = g.network().iteration();
        float[] in = input.take(part, t);
        int offset = input.offset(t);
        if (poisson != null) {
            poisson.add(in, offset, from, to, poissonKey, t, poissonWeight);
        }
        for (Slot<SynapticCurrent> slot : currents) {
            SynapticCurrent cur = slot.get();
            if (cur != null && !cur.isZero()) {
                float[] values = cur.values();
                for (int k = from; k < to; k++) {
                    in[offset + k] += 1000f * values[k];
                }
            }
        }
        kernels.step(g.voltage(), iSyn, refractory, in, offset, from, to, p22, p21, c, p11, vTh, vReset,
                refractorySteps, g.spikes());
    }

    /** The synaptic current of each neuron, pA; the live array. */
    public float[] synapticCurrent() {
        return iSyn;
    }

    /** The remaining refractory iterations of each neuron (whole numbers); the live array. */
    public float[] refractoryCounts() {
        return refractory;
    }

    @Override
    public void saveState(StateScope scope) {
        scope.put("iSyn", iSyn);
        scope.put("refractory", refractory);
        if (input.ring() != null) {
            scope.put("ring", input.ring().values());
        } else {
            InputQueue.Events e = input.queue().events();
            scope.put("queueCounts", e.counts());
            scope.put("queueTargets", e.targets());
            scope.put("queueAmounts", e.amounts());
        }
    }

    @Override
    public void restoreState(StateScope scope) {
        float[] i = scope.floats("iSyn", iSyn.length);
        float[] r = scope.floats("refractory", refractory.length);
        float[] ringValues = null;
        InputQueue.Events events = null;
        if (input.ring() != null) {
            ringValues = scope.floats("ring", input.ring().values().length);
        } else {
            int[] counts = scope.ints("queueCounts", input.depth());
            int[] targets = scope.ints("queueTargets", -1);
            events = new InputQueue.Events(counts, targets, scope.floats("queueAmounts", targets.length));
        }
        for (int k = 0; k < r.length; k++) {
            if (!(r[k] >= 0 && r[k] <= refractorySteps) || r[k] != Math.rint(r[k])) {
                throw scope.bad("refractory", "has " + r[k] + " for neuron " + k + "; allowed: whole numbers 0 to "
                        + (long) refractorySteps);
            }
        }
        if (events != null) {
            try {
                input.queue().restore(events);
            } catch (IllegalArgumentException e) {
                throw scope.bad("queueTargets", e.getMessage());
            }
        } else {
            System.arraycopy(ringValues, 0, input.ring().values(), 0, ringValues.length);
        }
        System.arraycopy(i, 0, iSyn, 0, i.length);
        System.arraycopy(r, 0, refractory, 0, r.length);
    }

    /**
     * The parameters of {@link IafPscExp} by name, each checked (as float32) when given; {@link #build()} checks the
     * whole ({@code vReset < vTh}). Defaults are NEST's: {@code cm} 250 pF, {@code tauM} 10 ms, {@code tauSyn} 2 ms,
     * {@code eL} −70 mV, {@code vTh} −55 mV, {@code vReset} −70 mV, {@code tRef} 2 ms, {@code iE} 0 pA, initial V
     * at {@code eL}, no Poisson drive.
     */
    public static final class Builder {
        private static final String WHO = "IafPscExp";
        private double cm = 250;
        private double tauM = 10;
        private double tauSyn = 2;
        private double eL = -70;
        private double vTh = -55;
        private double vReset = -70;
        private double tRef = 2;
        private double iE = 0;
        private Fill initialV;
        private double poissonRate = 0;
        private double poissonWeight = 0;
        private FutureInput.Form inputForm = FutureInput.Form.AUTO;

        private Builder() {
        }

        /** Membrane capacitance in pF (&gt; 0). */
        public Builder cm(double pF) {
            Check.positive(WHO, "cm", pF);
            cm = pF;
            return this;
        }

        /** Membrane time constant in ms (&gt; 0). */
        public Builder tauM(double ms) {
            Check.positive(WHO, "tauM", ms);
            tauM = ms;
            return this;
        }

        /** Synaptic time constant in ms (&gt; 0). */
        public Builder tauSyn(double ms) {
            Check.positive(WHO, "tauSyn", ms);
            tauSyn = ms;
            return this;
        }

        /** Resting potential in mV. */
        public Builder eL(double mV) {
            eL = Check.finite(WHO, "eL", mV);
            return this;
        }

        /** Threshold in mV (above vReset). */
        public Builder vTh(double mV) {
            vTh = Check.finite(WHO, "vTh", mV);
            return this;
        }

        /** Reset potential in mV. */
        public Builder vReset(double mV) {
            vReset = Check.finite(WHO, "vReset", mV);
            return this;
        }

        /** Refractory period in ms (&ge; 0), rounded to whole time steps. */
        public Builder tRef(double ms) {
            Check.nonNegative(WHO, "tRef", ms);
            tRef = ms;
            return this;
        }

        /** Constant input current (DC) in pA. */
        public Builder iE(double pA) {
            iE = Check.finite(WHO, "iE", pA);
            return this;
        }

        /** The initial membrane potential of each neuron in mV (e.g. {@code Fill.normal(-65, 5)}); default eL. */
        public Builder initialV(Fill mV) {
            if (mV == null) {
                throw new IllegalArgumentException(WHO + ": initialV must not be null");
            }
            initialV = mV;
            return this;
        }

        /**
         * Poisson drive: per neuron and iteration a Poisson count of mean {@code rateHz · dt} times {@code weightPa}
         * joins the synaptic current ({@code K} inputs of {@code ν} Hz are {@code rateHz = K·ν}).
         */
        public Builder poisson(double rateHz, double weightPa) {
            Check.nonNegative(WHO, "poisson rate", rateHz);
            Check.finite(WHO, "poisson weight", weightPa);
            poissonRate = rateHz;
            poissonWeight = weightPa;
            return this;
        }

        /**
         * How the delayed input waits for its iteration: {@link FutureInput.Form#AUTO} (default) picks the faster
         * form for the group's size; the results are the same in every form.
         */
        public Builder inputForm(FutureInput.Form form) {
            if (form == null) {
                throw new IllegalArgumentException(WHO + ": inputForm must not be null");
            }
            inputForm = form;
            return this;
        }

        /**
         * The model.
         *
         * @throws IllegalArgumentException unless vReset &lt; vTh (as float32)
         */
        public IafPscExp build() {
            Check.interval(WHO, "vReset", vReset, "vTh", vTh);
            return new IafPscExp(this);
        }
    }
}
