// PymoNNtorch's Izhikevich benchmark network (as measured in the project's peer comparison), in the DSL: N neurons all-to-all,
// a, b, c, d = 0.02, 0.04, -65, 2, drive 15 + Normal(0, 1), synaptic scale 1/N, trace STDP (A+ 0.01, A- 0.012,
// tau 20). Reference: 8,310 ± 58 spikes in 300 steps for N = 2,500.
//   java --add-modules jdk.incubator.vector -cp demo/target/conex4j.jar examples/Izhikevich.java [N] [steps] [seed]
import io.conex4j.core.behaviors.synapse.SimpleDendriticInput;
import io.conex4j.core.recording.SpikeRecorder;
import io.conex4j.core.runtime.Fill;
import io.conex4j.core.runtime.Network;
import io.conex4j.dsl.Conex;
import io.conex4j.demo.models.IzhikevichStdp;
import io.conex4j.demo.models.NoisyCurrent;

public class Izhikevich {
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2500;
        int steps = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        Network net = Conex.network(b -> {
            b.dt(1.0).seed(seed);
            var izh = b.neurons("izh", n, g -> g
                    .izhikevich(0.02, 0.04, -65, 2, Fill.normal(-65, 7), Fill.normal(12, 7))
                    .behavior(new NoisyCurrent(15, 1))
                    .recordSpikes(n * steps));
            b.synapses(izh, izh, s -> s
                    .weights(w -> w.uniform())
                    // this iteration's spikes, delivered before the STDP update (priority 450 < 500)
                    .input(new SimpleDendriticInput(1.0 / n, 450))
                    .behavior(new IzhikevichStdp(0.01, 0.012, 20, 0, 1)));
        });
        long start = System.nanoTime();
        net.simulate(steps);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("Izhikevich: N=%d, %d steps, %d spikes, %.3f s%n", n, steps,
                net.neuronGroup("izh").behavior(SpikeRecorder.class).count(), seconds);
    }
}
