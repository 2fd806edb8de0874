package io.conex4j.demo;

import io.conex4j.core.runtime.Network;
import io.conex4j.dsl.Conex;

/**
 * The demo network, in the DSL: 200 Poisson inputs showing 4 bar patterns in turn → 40 LIF neurons through
 * sparse CSC synapses (density 0.25) with per-neuron delays, traces, hard-bounded STDP, current and weight
 * normalization and clipping, at most 2 of them firing per iteration (k-winners-take-all); the excitatory
 * layer drives 10 inhibitory neurons, each through its own random weights (so they fire at different times),
 * that inhibit it back, so that its neurons compete and specialize.
 *
 * <p>This is the one home of the description; {@code examples/Demo.java} spells the same description out as a
 * script, and a test checks that both build the same network (same schedule, same state after a run).
 */
public final class DemoNetwork {

    /** Input neurons. */
    public static final int INPUTS = 200;
    /** Excitatory neurons. */
    public static final int EXC = 40;
    /** Inhibitory neurons. */
    public static final int INH = 10;
    /** Bars the input shows in turn, each on {@code INPUTS / BARS} neighbouring inputs. */
    public static final int BARS = 4;
    /** Iterations each bar is shown. */
    public static final int PERIOD = 50;

    private DemoNetwork() {
    }

    /** Builds the demo network (seeded); its spike recorders grow with the run. */
    public static Network build(long seed) {
        return build(seed, "auto");
    }

    /** The same on the named kernels ({@code auto}, {@code scalar}, {@code panama}). */
    public static Network build(long seed, String kernels) {
        return Conex.network(n -> {
            n.dt(1.0).seed(seed).kernels(kernels);
            var input = n.neurons("input", INPUTS, g -> g
                    .behavior(new PatternInput(BARS, PERIOD, 60, 3))
                    .recordSpikes());
            var exc = n.neurons("exc", EXC, g -> g
                    .lif(l -> l.tau(20).threshold(-52).vReset(-65).vRest(-65).refractory(2))
                    .kwta(2)
                    .recordSpikes());
            var inh = n.neurons("inh", INH, g -> g
                    .tags("inh")
                    .lif(l -> l.tau(10).threshold(-55).vReset(-65).vRest(-65).refractory(1))
                    .recordSpikes());
            n.synapses(input, exc, s -> s
                    .weights(w -> w.uniform(0, 0.3).density(0.25))
                    .delays(d -> d.uniform(0, 5))
                    .currentCoef(40)
                    .normalizeCurrent(15)
                    .traces(20, 20)
                    .stdp(p -> p.aPlus(0.1).aMinus(0.04).hardBound(0, 1))
                    .normalize(8)
                    .clip(0, 1));
            n.synapses(exc, inh, s -> s
                    .weights(w -> w.uniform(0, 2))
                    .currentCoef(25));
            n.synapses(inh, exc, s -> s
                    .weights(w -> w.constant(1.0))
                    .currentCoef(3));
        });
    }
}
