package io.conex4j.dsl;

import java.util.List;
import java.util.function.Consumer;

/**
 * Describes an output layer (CoNeX's {@code OutputLayer}): a {@code representation} population (tagged
 * {@code Representation}) and optionally a {@code motor} population (tagged {@code Motor}). Each population is
 * an input port of the layer: a synapsis to {@code "out.representation"} reaches the group
 * {@code out.representation}.
 */
public final class OutputLayerBuilder {

    /** The verbs, as a structure description names them. */
    static final List<String> VERBS = List.of("representation", "motor");

    final String path;
    private final NetworkBuilder net;
    final Populations populations;
    final Calls calls = new Calls();

    OutputLayerBuilder(String name, NetworkBuilder net) {
        this.path = "output layer " + name;
        this.net = net;
        this.populations = new Populations(name, path, net);
    }

    /** The representation population of {@code size} neurons. */
    public OutputLayerBuilder representation(int size, Consumer<NeuronsBuilder> cfg) {
        return representation(1, 1, size, cfg);
    }

    /** The representation population laid out as {@code depth x height x width}. */
    public OutputLayerBuilder representation(int depth, int height, int width, Consumer<NeuronsBuilder> cfg) {
        populations.add(calls, "representation", false, "representation", depth, height, width,
                new String[] {"Representation"}, cfg);
        return this;
    }

    /** The motor population of {@code size} neurons. */
    public OutputLayerBuilder motor(int size, Consumer<NeuronsBuilder> cfg) {
        return motor(1, 1, size, cfg);
    }

    /** The motor population laid out as {@code depth x height x width}. */
    public OutputLayerBuilder motor(int depth, int height, int width, Consumer<NeuronsBuilder> cfg) {
        populations.add(calls, "motor", false, "motor", depth, height, width, new String[] {"Motor"}, cfg);
        return this;
    }

    /** Replays one call of a structure description. */
    void replay(Replay r) {
        if (!VERBS.contains(r.verb)) {
            throw Replay.unknown(r.verb, VERBS);
        }
        Object c = r.arity(4).calls(4);
        Consumer<NeuronsBuilder> g = n -> Replay.each(c, "neurons " + n.name, net.problems, n::replay);
        if (r.verb.equals("representation")) {
            representation(r.integer(1), r.integer(2), r.integer(3), g);
        } else {
            motor(r.integer(1), r.integer(2), r.integer(3), g);
        }
    }

    void close() {
        if (populations.fullNames.isEmpty()) {
            net.problems.add(path, "has no population; add out.representation(...) or out.motor(...)");
        }
    }
}
