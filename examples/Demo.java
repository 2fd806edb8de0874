// The demo network, described in the DSL: Poisson inputs show four bars in turn, a layer of LIF neurons learns
// them through sparse, delayed, plastic synapses, and an inhibitory population makes those neurons compete.
// The runnable jar (io.conex4j.demo.DemoNetwork) builds exactly this network; a test checks that both give the
// same schedule and the same state after a run. Run from the repository root after building:
//   java --add-modules jdk.incubator.vector -cp demo/target/conex4j.jar examples/Demo.java [steps] [seed]
import io.conex4j.core.recording.SpikeRecorder;
import io.conex4j.core.runtime.Network;
import io.conex4j.demo.PatternInput;
import io.conex4j.dsl.Conex;

public class Demo {
    public static void main(String[] args) {
        int steps = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 42;
        Network net = build(seed);
        net.simulate(steps);
        for (var g : net.neuronGroups()) {
            System.out.println(g.name() + ": " + g.behavior(SpikeRecorder.class).count() + " spikes");
        }
    }

    /** The network; its spike recorders grow with the run. */
    static Network build(long seed) {
        return Conex.network(n -> {
            n.dt(1.0).seed(seed);                              // 1 ms steps; every random draw from this seed

            // 200 inputs in 4 bars of 50. Bar 0, 1, 2, 3 is shown in turn, each for 50 ms: its inputs fire
            // at 60 Hz, all others at 3 Hz (PatternInput is a custom behavior of the demo, plugged in as is).
            var input = n.neurons("input", 200, g -> g
                    .behavior(new PatternInput(4, 50, 60, 3))
                    .recordSpikes());

            // 40 excitatory LIF neurons (mV, ms); at most the 2 with the highest potential fire per step.
            var exc = n.neurons("exc", 40, g -> g
                    .lif(l -> l.tau(20).threshold(-52).vReset(-65).vRest(-65).refractory(2))
                    .kwta(2)
                    .recordSpikes());

            // 10 faster inhibitory LIF neurons; the "inh" tag makes their synapses subtract current.
            var inh = n.neurons("inh", 10, g -> g
                    .tags("inh")
                    .lif(l -> l.tau(10).threshold(-55).vReset(-65).vRest(-65).refractory(1))
                    .recordSpikes());

            // The plastic pathway: a quarter of all input→exc pairs connected (stored as CSC) with weights from
            // U(0, 0.3) and per-input delays of 0..4 steps. A spike delivers 40 × its weight; a neuron's summed
            // current is scaled by 15 / (its weight sum). Pre/post traces (20 ms) drive STDP (bounds 0 and 1);
            // after every step each neuron's weights are rescaled to sum to 8 and clipped to [0, 1].
            n.synapses(input, exc, s -> s
                    .weights(w -> w.uniform(0, 0.3).density(0.25))
                    .delays(d -> d.uniform(0, 5))
                    .currentCoef(40)
                    .normalizeCurrent(15)
                    .traces(20, 20)
                    .stdp(p -> p.aPlus(0.1).aMinus(0.04).hardBound(0, 1))
                    .normalize(8)
                    .clip(0, 1));

            // Every exc neuron excites every inh neuron, each pair with its own random weight (mean 1), so the
            // inhibitory neurons integrate different mixtures of the layer and fire at different times.
            n.synapses(exc, inh, s -> s
                    .weights(w -> w.uniform(0, 2))
                    .currentCoef(25));

            // Every inh neuron inhibits every exc neuron equally: the layer's neurons compete for the bars.
            n.synapses(inh, exc, s -> s
                    .weights(w -> w.constant(1.0))
                    .currentCoef(3));
        });
    }
}
