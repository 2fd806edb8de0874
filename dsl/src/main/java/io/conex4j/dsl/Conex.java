package io.conex4j.dsl;

import io.conex4j.core.runtime.Check;
import io.conex4j.core.io.NetworkArchive;
import io.conex4j.core.runtime.Network;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Entry point of the conex4j DSL: describe a network with nested builders, get it validated, built and
 * initialized.
 *
 * <pre>{@code
 * Network net = Conex.network(n -> {
 *     n.dt(1.0).seed(42);
 *     var input = n.neurons("input", 200, g -> g.poisson(20).recordSpikes(10_000));   // Hz; up to 10,000 spikes
 *     var exc = n.neurons("exc", 40, g -> g
 *             .lif(l -> l.tau(20).r(100).threshold(-52).vReset(-65).vRest(-65))     // ms, MOhm, mV
 *             .recordSpikes(10_000));
 *     n.synapses(input, exc, s -> s
 *             .weights(w -> w.uniform(0, 0.3).density(0.1))                         // CSC below density 1
 *             .delays(d -> d.uniform(0, 4))                                          // 0..3 iterations
 *             .traces(20, 20)                                                        // ms
 *             .stdp(p -> p.aPlus(0.01).aMinus(0.012).softBound(0, 1))
 *             .normalize(5.0)                                                        // weights into a neuron sum to 5
 *             .clip(0, 1));
 * });
 * net.simulate(1_000);                                                               // 1,000 steps of 1 ms
 * int inputSpikes = net.neuronGroup("input").behavior(SpikeRecorder.class).count();
 * int excSpikes = net.neuronGroup("exc").behavior(SpikeRecorder.class).count();
 * System.out.println("input: " + inputSpikes + " spikes, exc: " + excSpikes + " spikes");
 * }</pre>
 *
 * <p>It prints {@code input: 3954 spikes, exc: 419 spikes} (with {@code normalize(1.0)} and the default
 * membrane resistance of 1 MOhm the layer would stay silent). {@code SpikeRecorder} is
 * {@code io.conex4j.core.recording.SpikeRecorder}.
 */
public final class Conex {

    private Conex() {
    }

    /**
     * Describes, validates, builds and initializes a network.
     *
     * @throws NetworkDefinitionException listing every problem of the description
     */
    public static Network network(Consumer<NetworkBuilder> description) {
        Check.notNull("Conex", "description", description);
        NetworkBuilder b = new NetworkBuilder();
        description.accept(b);
        return b.build();
    }

    /**
     * Describes and builds a network, then restores the state saved at {@code path} (see
     * {@link NetworkArchive#save}) into it, to continue a run.
     *
     * @throws IllegalArgumentException naming the file and the array if the archive is invalid or was saved
     *     from a differently built network
     */
    public static Network restore(Path path, Consumer<NetworkBuilder> description)
            throws IOException {
        Network net = network(description);
        NetworkArchive.load(net, path);
        return net;
    }

    /**
     * Describes a network as CoNeX's structures (cortical columns of layers of populations, ports, input and
     * output layers), validates, builds and initializes it.
     *
     * @throws NetworkDefinitionException listing every problem of the description
     */
    public static Neocortex neocortex(Consumer<NeocortexBuilder> description) {
        Check.notNull("Conex", "description", description);
        NeocortexBuilder b = new NeocortexBuilder();
        description.accept(b);
        return b.build();
    }

    /**
     * Builds the network a JSON description written by {@link Neocortex#describe()} stands for: the same groups,
     * synapses, behaviors and parameters, and the same bits after any number of steps.
     *
     * @throws NetworkDefinitionException listing every problem of the description (malformed JSON included)
     */
    public static Neocortex neocortex(String json) {
        return neocortex(c -> c.load(json));
    }

    /** Describes and validates a network without building it; returns the list of problems (empty if none). */
    public static List<String> validate(Consumer<NetworkBuilder> description) {
        NetworkBuilder b = new NetworkBuilder();
        description.accept(b);
        return b.problems();
    }
}
