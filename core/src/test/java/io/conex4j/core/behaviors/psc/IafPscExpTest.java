package io.conex4j.core.behaviors.psc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conex4j.core.behaviors.neuron.SpikeTrainInput;
import io.conex4j.core.connect.Connection;
import io.conex4j.core.connect.Distribution;
import io.conex4j.core.kernels.KernelProvider;
import io.conex4j.core.recording.SpikeRecorder;
import io.conex4j.core.runtime.Fill;
import io.conex4j.core.runtime.Network;
import io.conex4j.core.runtime.NeuronGroup;
import io.conex4j.core.runtime.SynapseGroup;
import org.junit.jupiter.api.Test;

/** NEST's iaf_psc_exp: exact PSP, refractory clamp, DC steady state, Poisson drive, delays, kernels. */
class IafPscExpTest {

    /** pA of PSC per mV of PSP peak for C 250 pF, tauM 10 ms, tauSyn 0.5 ms (PD14.md: about 585.4). */
    private static double pscPerPsp() {
        double tauM = 10;
        double tauS = 0.5;
        double sub = 1.0 / (tauS - tauM);
        double pre = tauM * tauS / 250 * sub;
        double frac = Math.pow(tauM / tauS, sub);
        return 1.0 / (pre * (Math.pow(frac, tauM) - Math.pow(frac, tauS)));
    }

    private static IafPscExp.Builder pd14Neuron() {
        return IafPscExp.builder().cm(250).tauM(10).tauSyn(0.5).eL(-65).vTh(-50).vReset(-65).tRef(2);
    }

    /** One source spiking at the given times (ms) into one neuron through one synapse of weight w and a delay. */
    private static Network oneSynapse(double weight, double delayMs, IafPscExp.Builder neuron, float... spikeTimes) {
        Network net = new Network(0.1, 1);
        NeuronGroup pre = net.neurons("pre", 1);
        pre.add(new SpikeTrainInput(spikeTimes, new int[spikeTimes.length]));
        NeuronGroup post = net.neurons("post", 1);
        post.add(neuron.build()).add(new SpikeRecorder());
        SynapseGroup s = net.synapses("s", pre, post);
        s.add(new DelayedConnection(Connection.fixedTotalNumber(1).weights(Distribution.constant(weight))
                .delays(Distribution.constant(delayMs))));
        s.add(new DelayedDelivery());
        net.initialize();
        return net;
    }

    @Test
    void aPscOf0p15MvWorthMovesARestingNeuronBy0p150Mv() {
        assertEquals(585.4, pscPerPsp(), 0.05, "PD14.md's conversion");
        Network net = oneSynapse(0.15 * pscPerPsp(), 0.1, pd14Neuron(), 1.0f);
        float peak = Float.NEGATIVE_INFINITY;
        for (int t = 0; t < 300; t++) {
            net.step();
            peak = Math.max(peak, net.neuronGroup("post").voltage()[0]);
        }
        assertEquals(0.150, peak + 65, 0.0005, "peak PSP in mV");
    }

    @Test
    void theInputArrivesAfterTheDelayAndMovesVFromTheNextIterationOn() {
        // a spike of the source in iteration 10 (t = 1.0 ms), delay 1.5 ms = 15 iterations: it reaches I_syn in
        // iteration 25, and V leaves rest in iteration 26
        Network net = oneSynapse(100, 1.5, pd14Neuron(), 1.0f);
        int firstMove = -1;
        for (int t = 1; t <= 40; t++) {
            net.step();
            if (firstMove < 0 && net.neuronGroup("post").voltage()[0] != -65f) {
                firstMove = t;
            }
        }
        assertEquals(26, firstMove);
    }

    @Test
    void refractoryNeuronsHoldTheResetPotentialForTRefThenIntegrate() {
        Network net = new Network(0.1, 1);
        NeuronGroup g = net.neurons("g", 1);
        g.add(pd14Neuron().iE(1000).build()).add(new SpikeRecorder());
        net.initialize();
        float[] v = g.voltage();
        int spikeAt = -1;
        for (int t = 1; t <= 2000 && spikeAt < 0; t++) {
            net.step();
            if (g.spikes()[0]) {
                spikeAt = t;
            }
        }
        assertTrue(spikeAt > 0, "fires with 1 nA");
        for (int k = 1; k <= 20; k++) {
            net.step();
            assertEquals(-65f, v[0], "held at reset, iteration " + k + " after the spike");
        }
        net.step();
        assertTrue(v[0] > -65f, "integrates again after 2 ms");
        long[] it = SpikeRecorder.of(g).iterations();
        net.simulate(2000);
        it = SpikeRecorder.of(g).iterations();
        long isi = it[2] - it[1];
        assertEquals(isi, it[3] - it[2], "regular firing");
    }

    @Test
    void aSubthresholdDcSettlesAtELPlusIeTauOverC() {
        Network net = new Network(0.1, 1);
        NeuronGroup g = net.neurons("g", 3);
        g.add(pd14Neuron().iE(300).initialV(Fill.constant(-70)).build());
        net.simulate(2000);
        for (float x : g.voltage()) {
            assertEquals(-65 + 300 * 10 / 250.0, x, 1e-3);
        }
    }

    @Test
    void thePoissonDriveAddsCountsOfMeanRateTimesDt() {
        // no leak through the current within one step: tauSyn tiny is not allowed to vanish, so look at I_syn jumps:
        // with P11 = exp(-dt/tauSyn), I_syn(t) = P11 * I_syn(t-1) + w * count, so count = (I - P11 I_prev) / w
        Network net = new Network(0.1, 5);
        NeuronGroup g = net.neurons("g", 2000);
        IafPscExp m = pd14Neuron().vTh(1e6).poisson(16_800, 1).build();
        g.add(m);
        net.initialize();
        float p11 = (float) Math.exp(-0.1 / 0.5);
        double sum = 0;
        double sumSq = 0;
        int n = 0;
        float[] prev = m.synapticCurrent().clone();
        for (int t = 0; t < 100; t++) {
            net.step();
            float[] now = m.synapticCurrent();
            for (int k = 0; k < now.length; k++) {
                double c = Math.rint(now[k] - p11 * prev[k]);
                sum += c;
                sumSq += c * c;
                n++;
            }
            prev = now.clone();
        }
        double mean = sum / n;
        double var = sumSq / n - mean * mean;
        assertEquals(1.68, mean, 0.02, "lambda = 16800 Hz x 0.1 ms");
        assertEquals(1.68, var, 0.05, "Poisson: variance = mean");
    }

    @Test
    void bothKernelPathsGiveTheSameBits() {
        if (!KernelProvider.panamaAvailable()) {
            return;
        }
        float[][] v = new float[2][];
        int k = 0;
        for (String kernels : new String[] {"scalar", "panama"}) {
            Network net = new Network(0.1, 3).kernels(KernelProvider.byName(kernels));
            NeuronGroup a = net.neurons("a", 1000);
            a.add(pd14Neuron().iE(350).poisson(20_000, 20).initialV(Fill.normal(-60, 5)).build());
            SynapseGroup s = net.synapses("aa", a, a);
            s.add(new DelayedConnection(Connection.fixedTotalNumber(50_000)
                    .weights(Distribution.normal(30, 10)).delays(Distribution.uniform(0.1, 2))));
            s.add(new DelayedDelivery());
            net.simulate(500);
            v[k++] = a.voltage().clone();
        }
        assertArrayEquals(v[0], v[1]);
    }

    @Test
    void badParametersAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IafPscExp.builder().cm(0));
        assertTrue(e.getMessage().contains("IafPscExp: cm (0.0) must be finite and > 0"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> IafPscExp.builder().vTh(-80).build());
        assertTrue(e.getMessage().contains("vReset (-70.0) must be < vTh (-80.0)"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> IafPscExp.builder().poisson(-1, 1));
        assertTrue(e.getMessage().contains("poisson rate"), e.getMessage());
        Network net = new Network(0.1, 1);
        NeuronGroup a = net.neurons("a", 2);
        NeuronGroup b = net.neurons("b", 2);
        SynapseGroup s = net.synapses("ab", a, b);
        s.add(new DelayedConnection(Connection.fixedTotalNumber(4))).add(new DelayedDelivery());
        IllegalStateException missing = assertThrows(IllegalStateException.class, net::initialize);
        assertTrue(missing.getMessage().contains("neurons b have no input ring; give them a neuron model that takes"
                + " delayed input, such as IafPscExp"), missing.getMessage());
    }
}
