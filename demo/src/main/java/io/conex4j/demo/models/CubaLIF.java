package io.conex4j.demo.models;

import io.conex4j.core.runtime.Behavior;
import io.conex4j.core.runtime.DataFlow;
import io.conex4j.core.runtime.NeuronGroup;
import io.conex4j.core.runtime.Priorities;
import io.conex4j.core.runtime.Slot;
import io.conex4j.core.runtime.StateScope;
import io.conex4j.core.runtime.Stateful;
import io.conex4j.core.runtime.SynapseGroup;
import io.conex4j.core.runtime.SynapticCurrent;
import java.util.ArrayList;
import java.util.List;

/**
 * The LIF neuron of the CUBA benchmark (Brette et al. 2007; Vogels and Abbott 2005), in mV and ms:
 * {@code taum·dv/dt = ge + gi − (v − El)}, {@code taue·dge/dt = −ge}, {@code taui·dgi/dt = −gi}, solved
 * exactly over each step; threshold {@code v > vt}, reset {@code vr}, {@code refractory} ms during which v is
 * held (the conductances keep decaying). Each iteration the currents of the afferent synapses (delivered for
 * the previous iteration's spikes) are added to {@code ge}, or to {@code gi} when the source is tagged
 * {@code inh}, so the group needs no dendrite structure. Initial {@code v} uniform in [vr, vt). Priority 340.
 */
public final class CubaLIF extends Behavior<NeuronGroup> implements Stateful {

    private final double taum;
    private final double taue;
    private final double taui;
    private final float el;
    private final float vt;
    private final float vr;
    private final float refractory;
    private float em;
    private float ee;
    private float ei;
    private float ce;
    private float ci;
    private float[] ge;
    private float[] gi;
    private int[] refractoryQueue;
    private float[] refractoryFrom;
    private int[] scratch;
    private int queueHead;
    private int queueSize;
    private SynapseGroup[] excIn;
    private SynapseGroup[] inhIn;
    private Slot<SynapticCurrent>[] excInput;
    private Slot<SynapticCurrent>[] inhInput;

    /** The benchmark uses taum 20, taue 5, taui 10 ms, El −49, Vt −50, Vr −60 mV, refractory 5 ms. */
    public CubaLIF(double taum, double taue, double taui, double el, double vt, double vr, double refractory) {
        super(Priorities.FIRE);
        if (taue == taum || taui == taum) {
            throw new IllegalArgumentException("CubaLIF: taue (" + taue + ") and taui (" + taui
                    + ") must differ from taum (" + taum + ") for the exact solution");
        }
        this.taum = taum;
        this.taue = taue;
        this.taui = taui;
        this.el = (float) el;
        this.vt = (float) vt;
        this.vr = (float) vr;
        this.refractory = (float) refractory;
    }

    @Override
    public void initialize(NeuronGroup g) {
        double dt = g.network().dt();
        double m = StrictMath.exp(-dt / taum);
        double e = StrictMath.exp(-dt / taue);
        double i = StrictMath.exp(-dt / taui);
        em = (float) m;
        ee = (float) e;
        ei = (float) i;
        ce = (float) (taue / (taue - taum) * (e - m));
        ci = (float) (taui / (taui - taum) * (i - m));
        int n = g.size();
        ge = new float[n];
        gi = new float[n];
        refractoryQueue = new int[n];
        scratch = new int[n];
        refractoryFrom = new float[n];
        queueHead = 0;
        queueSize = 0;
        float[] v = g.voltage();
        g.network().random().uniform(v, 0, n);
        for (int k = 0; k < n; k++) {
            v[k] = vr + v[k] * (vt - vr);
        }
        List<SynapseGroup> exc = new ArrayList<>();
        List<SynapseGroup> inh = new ArrayList<>();
        for (SynapseGroup s : g.afferents()) {
            (s.inhibitory() ? inh : exc).add(s);
        }
        excIn = exc.toArray(new SynapseGroup[0]);
        inhIn = inh.toArray(new SynapseGroup[0]);
        excInput = inputs(excIn);
        inhInput = inputs(inhIn);
    }

    @SuppressWarnings("unchecked")
    private static Slot<SynapticCurrent>[] inputs(SynapseGroup[] in) {
        Slot<SynapticCurrent>[] d = new Slot[in.length];
        for (int k = 0; k < in.length; k++) {
            d[k] = in[k].slot(SynapseGroup.CURRENT);
        }
        return d;
    }

    @Override
    public void declare(NeuronGroup g, DataFlow flow) {
        for (SynapseGroup s : g.afferents()) {
            flow.readsLatest(s, SynapseGroup.CURRENT).optional();
        }
        flow.writes(g, NeuronGroup.VOLTAGE).writes(g, NeuronGroup.SPIKES);
    }

    @Override
    public void forward(NeuronGroup g) {
        for (int k = 0; k < excIn.length; k++) {
            add(ge, excInput[k].get());
        }
        for (int k = 0; k < inhIn.length; k++) {
            add(gi, inhInput[k].get());
        }
        float now = (float) (g.network().iteration() * (double) g.network().dt());
        float[] v = g.voltage();
        boolean[] spikes = g.spikes();
        int n = v.length;
        // 1. Every neuron takes the exact step (a branch-free loop the JIT vectorizes)...
        for (int k = 0; k < n; k++) {
            float e = ge[k];
            float i = gi[k];
            v[k] = el + (v[k] - el) * em + e * ce + i * ci;
            ge[k] = e * ee;
            gi[k] = i * ei;
        }
        // 2. ...then the few refractory ones (spiked within the last `refractory` ms, oldest first) are held at
        // the reset value, which is exactly "not integrated": their v has been vr since their spike.
        while (queueSize > 0 && now - refractoryFrom[queueHead] > refractory) {
            queueHead = queueHead + 1 == n ? 0 : queueHead + 1;
            queueSize--;
        }
        for (int q = 0, at = queueHead; q < queueSize; q++, at = at + 1 == n ? 0 : at + 1) {
            v[refractoryQueue[at]] = vr;
        }
        // 3. Threshold and reset.
        int fired = g.network().kernels().fire(v, vt, true, vr, spikes, scratch);
        for (int f = 0; f < fired; f++) {
            int tail = queueHead + queueSize;
            if (tail >= n) {
                tail -= n;
            }
            refractoryQueue[tail] = scratch[f];
            refractoryFrom[tail] = now;
            queueSize++;
        }
    }

    @Override
    public void saveState(StateScope scope) {
        scope.put("ge", ge);
        scope.put("gi", gi);
        int[] queue = new int[queueSize];
        float[] from = new float[queueSize];
        for (int q = 0, at = queueHead; q < queueSize; q++, at = at + 1 == ge.length ? 0 : at + 1) {
            queue[q] = refractoryQueue[at];
            from[q] = refractoryFrom[at];
        }
        scope.put("refractoryQueue", queue);
        scope.put("refractoryFrom", from);
    }

    @Override
    public void restoreState(StateScope scope) {
        float[] e = scope.floats("ge", ge.length);
        float[] i = scope.floats("gi", gi.length);
        int[] queue = scope.ints("refractoryQueue", -1);
        float[] from = scope.floats("refractoryFrom", queue.length);
        if (queue.length > ge.length) {
            throw scope.bad("refractoryQueue", "is longer than the group");
        }
        for (int k : queue) {
            if (k < 0 || k >= ge.length) {
                throw scope.bad("refractoryQueue", "has neuron " + k + " outside the group");
            }
        }
        System.arraycopy(e, 0, ge, 0, e.length);
        System.arraycopy(i, 0, gi, 0, i.length);
        System.arraycopy(queue, 0, refractoryQueue, 0, queue.length);
        System.arraycopy(from, 0, refractoryFrom, 0, from.length);
        queueHead = 0;
        queueSize = queue.length;
    }

    private static void add(float[] g, SynapticCurrent input) {
        if (input == null || input.isZero()) {
            return;
        }
        float[] current = input.values();
        for (int k = 0; k < g.length; k++) {
            g[k] += current[k];
        }
    }
}
