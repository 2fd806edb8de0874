// PymoNNtorch's "Simple LIF with one-step STDP" benchmark network (as measured in the project's peer comparison), in the DSL:
// N neurons all-to-all (self-connections included), W ~ U[0,1)/N, threshold 6.1, decay 0.9, uniform noise,
// one-step STDP (+0.001, clipped to [0, 1]). Reference: 5,667 ± 17 spikes (PymoNNtorch, 5 seeds; 5,525–5,799 over all its runs) in 100 steps for N = 7,500.
//   java --add-modules jdk.incubator.vector -cp demo/target/conex4j.jar examples/SimpleLif.java [N] [steps] [seed]
import io.conex4j.core.runtime.Network;
import io.conex4j.dsl.Conex;
import io.conex4j.demo.models.OneStepStdp;
import io.conex4j.demo.models.SimpleLifNeuron;

public class SimpleLif {
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 7500;
        int steps = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        Network net = Conex.network(b -> {
            b.dt(1.0).seed(seed);
            var lif = b.neurons("lif", n, g -> g.behavior(new SimpleLifNeuron(6.1, 0.9)).axon(2).recordSpikes(n * steps));
            b.synapses(lif, lif, s -> s
                    .weights(w -> w.uniform(0, 1.0 / n))
                    .behavior(new OneStepStdp(0.001)));
        });
        long start = System.nanoTime();
        net.simulate(steps);
        double seconds = (System.nanoTime() - start) / 1e9;
        var rec = net.neuronGroup("lif").behavior(io.conex4j.core.recording.SpikeRecorder.class);
        System.out.printf("Simple LIF: N=%d, %d steps, %d spikes, %.3f s%n", n, steps, rec.count(), seconds);
    }
}
