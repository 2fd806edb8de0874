// The CUBA network (Brian2 examples/CUBA.py; Vogels & Abbott 2005), in the DSL: 3,200 excitatory and 800
// inhibitory current-based LIF neurons, exact integration, 2 % random connectivity, dt = 0.1 ms.
// Reference: 21,600–23,800 spikes in 1 s (10,000 steps).
//   java --add-modules jdk.incubator.vector -cp demo/target/conex4j.jar examples/Cuba.java [steps] [seed] [scale]
import io.conex4j.core.recording.SpikeRecorder;
import io.conex4j.core.runtime.Network;
import io.conex4j.dsl.Conex;
import io.conex4j.demo.models.CubaLIF;

public class Cuba {
    public static void main(String[] args) {
        int steps = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
        double scale = args.length > 2 ? Double.parseDouble(args[2]) : 1.0;
        int ne = (int) (3200 * scale);
        int ni = (int) (800 * scale);
        Network net = Conex.network(b -> {
            b.dt(0.1).seed(seed);
            var exc = b.neurons("exc", ne, g -> g.behavior(cuba()).recordSpikes(ne * steps / 50 + 1000));
            var inh = b.neurons("inh", ni, g -> g.tags("inh").behavior(cuba()).recordSpikes(ni * steps / 50 + 1000));
            for (var src : new io.conex4j.dsl.GroupRef[] {exc, inh}) {
                for (var dst : new io.conex4j.dsl.GroupRef[] {exc, inh}) {
                    // we = 1.62 mV per excitatory spike, wi = -9 mV per inhibitory spike (the "inh" tag gives the sign)
                    b.synapses(src, dst, s -> s
                            .weights(w -> w.constant(1.0).density(0.02 / scale))
                            .currentCoef(src == exc ? 1.62 : 9.0));
                }
            }
        });
        long start = System.nanoTime();
        net.simulate(steps);
        double seconds = (System.nanoTime() - start) / 1e9;
        long spikes = 0;
        for (var g : net.neuronGroups()) {
            spikes += g.behavior(SpikeRecorder.class).count();
        }
        System.out.printf("CUBA: %d neurons, %d steps of 0.1 ms, %d spikes, %.3f s%n", ne + ni, steps, spikes, seconds);
    }

    static CubaLIF cuba() {
        return new CubaLIF(20, 5, 10, -49, -50, -60, 5);
    }
}
