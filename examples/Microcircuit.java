// The cortical microcircuit of Potjans & Diesmann (2014), "PD14", in the DSL: 77,169 iaf_psc_exp neurons in eight
// populations (L2/3, L4, L5, L6, excitatory and inhibitory) and about 0.3 billion synapses, each with its own
// weight and delay, dt = 0.1 ms; background input as a DC current or as one Poisson count per neuron and step.
// Below full scale the populations shrink to floor(scale * N), the synapses to round(K * scale^2), the weights grow
// by 1/sqrt(scale) and a DC current makes up for the lost input (at scale < 0.25 use --drive poisson: the DC drive
// falls below threshold there and the network goes silent). The numbers come from io.conex4j.demo.models.Pd14.
//   java --add-modules jdk.incubator.vector -cp demo/target/conex4j.jar examples/Microcircuit.java \
//        [--scale 0.1] [--duration 1000] [--warmup 500] [--drive poisson|dc] [--threads N] [--seed 12345] [--picture FILE]
// Full scale needs about 4 GB of heap: java -Xmx6g ... --scale 1 --drive dc
import io.conex4j.core.connect.Distribution;
import io.conex4j.core.plot.PopulationPlot;
import io.conex4j.core.recording.SpikeHash;
import io.conex4j.core.recording.SpikeRecorder;
import io.conex4j.core.runtime.Fill;
import io.conex4j.core.runtime.Network;
import io.conex4j.core.runtime.NeuronGroup;
import io.conex4j.demo.models.Pd14;
import io.conex4j.dsl.Conex;
import io.conex4j.dsl.GroupRef;
import java.nio.file.Path;
import java.util.List;

public class Microcircuit {
    public static void main(String[] args) throws Exception {
        double scale = 0.1;
        double duration = 1000;
        double warmup = 500;
        Pd14.Drive drive = Pd14.Drive.POISSON;
        int threads = 0;
        long seed = 12345;
        Path picture = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            String v = args[i + 1];
            switch (args[i]) {
                case "--scale" -> scale = Double.parseDouble(v);
                case "--duration" -> duration = Double.parseDouble(v);
                case "--warmup" -> warmup = Double.parseDouble(v);
                case "--drive" -> drive = Pd14.Drive.valueOf(v.toUpperCase(java.util.Locale.ROOT));
                case "--threads" -> threads = Integer.parseInt(v);
                case "--seed" -> seed = Long.parseLong(v);
                case "--picture" -> picture = Path.of(v);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Pd14.Scaled m = Pd14.at(scale, drive);
        int nThreads = threads;
        long nSeed = seed;

        long t0 = System.nanoTime();
        Network net = Conex.network(n -> {
            n.dt(Pd14.DT).seed(nSeed);
            if (nThreads > 0) {
                n.threads(nThreads);
            }
            GroupRef[] pop = new GroupRef[8];
            for (int p = 0; p < 8; p++) {
                int q = p;
                // iaf_psc_exp: C 250 pF, tau_m 10 ms, tau_syn 0.5 ms, E_L = V_reset = -65 mV, V_th = -50 mV, 2 ms refractory
                pop[p] = n.neurons(Pd14.POPULATIONS[p], m.neurons(p), g -> g
                        .iafPscExp(c -> c.cm(Pd14.C_M).tauM(Pd14.TAU_M).tauSyn(Pd14.TAU_SYN).eL(Pd14.E_L)
                                .vTh(Pd14.V_TH).vReset(Pd14.V_RESET).tRef(Pd14.T_REF)
                                .dc(m.dc(q))                                              // pA
                                .initialV(Fill.normal(Pd14.V0_MEAN[q], Pd14.V0_STD[q]))   // mV
                                .poisson(m.poissonRate(q), m.poissonWeight()))           // Hz per neuron, pA
                        .recordSpikes());
            }
            for (int s = 0; s < 8; s++) {           // by source: a spiking neuron's synapses lie together
                for (int t = 0; t < 8; t++) {
                    long k = m.synapses(t, s);
                    if (k == 0) {
                        continue;
                    }
                    // K pairs drawn with replacement; weight normal(mean, 0.1 |mean|) clipped at 0 (pA);
                    // delay normal(1.5 or 0.75 ms, half the mean), never below one step
                    Distribution w = m.weights(t, s);
                    Distribution d = m.delays(s);
                    n.synapses(pop[s], pop[t], c -> c.connect(r -> r.fixedTotalNumber(k).weights(w).delays(d)));
                }
            }
        });
        double build = (System.nanoTime() - t0) / 1e9;
        System.out.printf("PD14 microcircuit: scale %s, %s drive, %,d neurons, %,d synapses, built in %.1f s%n", scale,
                drive.name().toLowerCase(java.util.Locale.ROOT), m.totalNeurons(), m.totalSynapses(), build);

        int warmSteps = (int) Math.round(warmup / Pd14.DT);
        int steps = (int) Math.round(duration / Pd14.DT);
        long t1 = System.nanoTime();
        net.simulate(warmSteps + steps);
        double sim = (System.nanoTime() - t1) / 1e9;
        System.out.printf("simulated %.0f ms warm-up + %.0f ms in %.2f s (real-time factor %.2f) on %d threads%n",
                warmup, duration, sim, sim / ((warmup + duration) / 1000), net.threads());

        List<NeuronGroup> groups = net.neuronGroups();
        long from = warmSteps + 1L;
        long to = (long) warmSteps + steps;
        int firing = 0;
        System.out.println("population  neurons  rate (Hz)  reference at full scale (Hz)");
        for (int p = 0; p < 8; p++) {
            NeuronGroup g = groups.get(p);
            int c = SpikeHash.count(List.of(g), from, to);
            firing += c > 0 ? 1 : 0;
            System.out.printf("%-10s  %7d  %9.3f  %.3f%n", g.name(), g.size(), c / (g.size() * duration / 1000),
                    Pd14.REFERENCE_RATE[p]);
        }
        System.out.printf("populations firing: %d of 8; %d spikes, spike hash %016x%n", firing,
                SpikeHash.count(groups, from, to), SpikeHash.of(groups, from, to));

        if (picture != null) {
            long[][] it = new long[8][];
            int[][] idx = new int[8][];
            int[] sizes = new int[8];
            for (int p = 0; p < 8; p++) {
                SpikeRecorder r = SpikeRecorder.of(groups.get(p));
                it[p] = r.iterations();
                idx[p] = r.indices();
                sizes[p] = groups.get(p).size();
            }
            long last = to;
            long first = Math.max(from, last - 1999);   // the last 200 ms in the raster
            PopulationPlot.summary(picture, String.format("PD14 microcircuit, scale %s, %s drive",
                    scale, drive.name().toLowerCase(java.util.Locale.ROOT)), Pd14.POPULATIONS, sizes, it, idx,
                    Pd14.DT, first, last, from, to, 150, scale == 1 ? Pd14.REFERENCE_RATE : null);
            // the raster shows the last 200 ms, the rate boxes the whole measured part
            System.out.println("picture: " + picture);
        }
    }
}
