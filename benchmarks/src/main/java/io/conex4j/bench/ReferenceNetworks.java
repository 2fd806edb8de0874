package io.conex4j.bench;

import io.conex4j.core.behaviors.synapse.SimpleDendriticInput;
import io.conex4j.core.connect.Distribution;
import io.conex4j.core.recording.SpikeRecorder;
import io.conex4j.core.runtime.Fill;
import io.conex4j.core.runtime.Network;
import io.conex4j.core.runtime.NeuronGroup;
import io.conex4j.core.storage.FutureInput;
import io.conex4j.dsl.Conex;
import io.conex4j.dsl.GroupRef;
import io.conex4j.demo.models.CubaLIF;
import io.conex4j.demo.models.IzhikevichStdp;
import io.conex4j.demo.models.NoisyCurrent;
import io.conex4j.demo.models.OneStepStdp;
import io.conex4j.demo.models.Pd14;
import io.conex4j.demo.models.SimpleLifNeuron;

/**
 * The three reference networks of the peer comparison (BENCHMARKS.md), built with the DSL exactly as the scripts in {@code examples/}
 * build them (a test checks that both give the same spikes).
 */
public final class ReferenceNetworks {

    /** A built network and how many iterations it is run for. */
    public record Model(String name, Network net, int steps) {

        /** Total spikes recorded so far, over all groups. */
        public long spikes() {
            long total = 0;
            for (NeuronGroup g : net.neuronGroups()) {
                total += g.behavior(SpikeRecorder.class).count();
            }
            return total;
        }
    }

    private ReferenceNetworks() {
    }

    /** By name: {@code simple-lif}, {@code izhikevich} or {@code cuba}, at full size. */
    public static Model byName(String name, long seed) {
        return switch (name) {
            case "simple-lif" -> simpleLif(7500, 100, seed);
            case "izhikevich" -> izhikevich(2500, 300, seed);
            case "cuba" -> cuba(1.0, 10_000, seed);
            default -> throw new IllegalArgumentException("network: '" + name
                    + "' is not a reference network; allowed: simple-lif, izhikevich, cuba");
        };
    }

    /** PymoNNtorch's Simple LIF: {@code n} neurons all-to-all, one-step STDP. */
    public static Model simpleLif(int n, int steps, long seed) {
        return simpleLif(n, steps, seed, "auto");
    }

    /** The same on the named kernels ({@code auto}, {@code scalar}, {@code panama}). */
    public static Model simpleLif(int n, int steps, long seed, String kernels) {
        Network net = Conex.network(b -> {
            b.dt(1.0).seed(seed).kernels(kernels);
            var lif = b.neurons("lif", n, g -> g.behavior(new SimpleLifNeuron(6.1, 0.9)).axon(2)
                    .recordSpikes(n * steps));
            b.synapses(lif, lif, s -> s
                    .weights(w -> w.uniform(0, 1.0 / n))
                    .behavior(new OneStepStdp(0.001)));
        });
        return new Model("simple-lif", net, steps);
    }

    /** PymoNNtorch's Izhikevich network: {@code n} neurons all-to-all, trace STDP. */
    public static Model izhikevich(int n, int steps, long seed) {
        return izhikevich(n, steps, seed, "auto");
    }

    /** The same on the named kernels. */
    public static Model izhikevich(int n, int steps, long seed, String kernels) {
        Network net = Conex.network(b -> {
            b.dt(1.0).seed(seed).kernels(kernels);
            var izh = b.neurons("izh", n, g -> g
                    .izhikevich(0.02, 0.04, -65, 2, Fill.normal(-65, 7), Fill.normal(12, 7))
                    .behavior(new NoisyCurrent(15, 1))
                    .recordSpikes(n * steps));
            b.synapses(izh, izh, s -> s
                    .weights(w -> w.uniform())
                    .input(new SimpleDendriticInput(1.0 / n, 450))
                    .behavior(new IzhikevichStdp(0.01, 0.012, 20, 0, 1)));
        });
        return new Model("izhikevich", net, steps);
    }

    /** Brian2's CUBA: 4,000 × {@code scale} LIF neurons, 2 % / scale connectivity, dt 0.1 ms. */
    public static Model cuba(double scale, int steps, long seed) {
        return cuba(scale, steps, seed, "auto");
    }

    /** The same on the named kernels. */
    public static Model cuba(double scale, int steps, long seed, String kernels) {
        int ne = (int) (3200 * scale);
        int ni = (int) (800 * scale);
        Network net = Conex.network(b -> {
            b.dt(0.1).seed(seed).kernels(kernels);
            var exc = b.neurons("exc", ne, g -> g.behavior(cubaNeuron()).recordSpikes(ne * steps / 50 + 1000));
            var inh = b.neurons("inh", ni, g -> g.tags("inh").behavior(cubaNeuron())
                    .recordSpikes(ni * steps / 50 + 1000));
            for (GroupRef src : new GroupRef[] {exc, inh}) {
                for (GroupRef dst : new GroupRef[] {exc, inh}) {
                    b.synapses(src, dst, s -> s
                            .weights(w -> w.constant(1.0).density(0.02 / scale))
                            .currentCoef(src == exc ? 1.62 : 9.0));
                }
            }
        });
        return new Model("cuba", net, steps);
    }

    /**
     * The cortical microcircuit of Potjans and Diesmann (2014) at {@code scale} with the given background drive, as
     * {@code examples/Microcircuit.java} describes it: eight populations of {@code iaf_psc_exp} neurons (spikes
     * recorded), the fixed-total-number connections with normal weights and delays, dt 0.1 ms. {@code threads} 0
     * leaves the choice to the network.
     */
    public static Network pd14(double scale, Pd14.Drive drive, long seed, int threads) {
        return pd14(scale, drive, seed, threads, "auto");
    }

    /** The same on the named kernels. */
    public static Network pd14(double scale, Pd14.Drive drive, long seed, int threads, String kernels) {
        return pd14(scale, drive, seed, threads, kernels, FutureInput.Form.AUTO);
    }

    /** The same with the given form of the future input (the results do not depend on it). */
    public static Network pd14(double scale, Pd14.Drive drive, long seed, int threads, String kernels,
            FutureInput.Form form) {
        Pd14.Scaled m = Pd14.at(scale, drive);
        return Conex.network(n -> {
            n.dt(Pd14.DT).seed(seed).kernels(kernels);
            if (threads > 0) {
                n.threads(threads);
            }
            GroupRef[] pop = new GroupRef[8];
            for (int p = 0; p < 8; p++) {
                int q = p;
                pop[p] = n.neurons(Pd14.POPULATIONS[p], m.neurons(p), g -> g
                        .iafPscExp(c -> c.cm(Pd14.C_M).tauM(Pd14.TAU_M).tauSyn(Pd14.TAU_SYN).eL(Pd14.E_L)
                                .vTh(Pd14.V_TH).vReset(Pd14.V_RESET).tRef(Pd14.T_REF).dc(m.dc(q))
                                .initialV(Fill.normal(Pd14.V0_MEAN[q], Pd14.V0_STD[q]))
                                .poisson(m.poissonRate(q), m.poissonWeight()).inputForm(form))
                        .recordSpikes());
            }
            for (int s = 0; s < 8; s++) {           // by source: a spiking neuron's synapses lie together
                for (int t = 0; t < 8; t++) {
                    long k = m.synapses(t, s);
                    if (k == 0) {
                        continue;
                    }
                    Distribution w = m.weights(t, s);
                    Distribution d = m.delays(s);
                    n.synapses(pop[s], pop[t], c -> c.connect(r -> r.fixedTotalNumber(k).weights(w).delays(d)));
                }
            }
        });
    }

    private static CubaLIF cubaNeuron() {
        return new CubaLIF(20, 5, 10, -49, -50, -60, 5);
    }
}
