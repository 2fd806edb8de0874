package app;

import io.conex4j.core.kernels.KernelProvider;
import io.conex4j.core.recording.SpikeRecorder;
import io.conex4j.core.runtime.Network;
import io.conex4j.dsl.Conex;

/** Builds a small network with the DSL, runs it and prints where conex4j came from and the spike counts. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.out.print(run());
    }

    /** The whole output; also called in-process by the test, on the class path, to compare. */
    public static String run() {
        Network net = Conex.network(n -> {
            n.dt(1.0).seed(7);
            var input = n.neurons("input", 100, g -> g.poisson(50).recordSpikes(100_000));
            var exc = n.neurons("exc", 20, g -> g
                    .lif(l -> l.tau(20).threshold(-52).vReset(-65).vRest(-65))
                    .recordSpikes(100_000));
            n.synapses(input, exc, s -> s
                    .weights(w -> w.uniform(0, 30).density(0.2))
                    .delays(d -> d.uniform(0, 3))
                    .traces(20, 20)
                    .stdp(p -> p.aPlus(0.01).aMinus(0.012).softBound(0, 30)));
        });
        net.simulate(200);
        return "modules: " + Main.class.getModule().getName() + " uses " + Network.class.getModule().getName()
                + " and " + Conex.class.getModule().getName() + "\n"
                + "kernels: " + KernelProvider.get().name() + "\n"
                + "spikes: input=" + count(net, "input") + " exc=" + count(net, "exc") + "\n";
    }

    private static long count(Network net, String group) {
        return net.neuronGroup(group).behavior(SpikeRecorder.class).count();
    }
}
