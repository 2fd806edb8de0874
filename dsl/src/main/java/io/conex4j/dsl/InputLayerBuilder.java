package io.conex4j.dsl;

import java.util.List;
import java.util.function.Consumer;

/**
 * Describes an input layer (CoNeX's {@code InputLayer}): a {@code sensory} population (tagged
 * {@code Sensory}) and optionally a {@code location} population (tagged {@code Location}), whose spikes come
 * from the input behaviors given to them (e.g. {@code g.spikeTrain(...)}, {@code g.poisson(...)} or a custom
 * dataset behavior). Each population is an output port of the layer: a synapsis from {@code "retina.sensory"}
 * connects the sensory population of input layer {@code retina}, the group {@code retina.sensory}.
 */
public final class InputLayerBuilder {

    /** The verbs, as a structure description names them. */
    static final List<String> VERBS = List.of("sensory", "location");

    final String path;
    private final NetworkBuilder net;
    final Populations populations;
    final Calls calls = new Calls();

    InputLayerBuilder(String name, NetworkBuilder net) {
        this.path = "input layer " + name;
        this.net = net;
        this.populations = new Populations(name, path, net);
    }

    /** The sensory population of {@code size} neurons. */
    public InputLayerBuilder sensory(int size, Consumer<NeuronsBuilder> cfg) {
        return sensory(1, 1, size, cfg);
    }

    /** The sensory population laid out as {@code depth x height x width}, e.g. {@code 1 x 28 x 28} for images. */
    public InputLayerBuilder sensory(int depth, int height, int width, Consumer<NeuronsBuilder> cfg) {
        populations.add(calls, "sensory", false, "sensory", depth, height, width, new String[] {"Sensory"}, cfg);
        return this;
    }

    /** The location population of {@code size} neurons. */
    public InputLayerBuilder location(int size, Consumer<NeuronsBuilder> cfg) {
        return location(1, 1, size, cfg);
    }

    /** The location population laid out as {@code depth x height x width}. */
    public InputLayerBuilder location(int depth, int height, int width, Consumer<NeuronsBuilder> cfg) {
        populations.add(calls, "location", false, "location", depth, height, width, new String[] {"Location"}, cfg);
        return this;
    }

    /** Replays one call of a structure description. */
    void replay(Replay r) {
        if (!VERBS.contains(r.verb)) {
            throw Replay.unknown(r.verb, VERBS);
        }
        Object c = r.arity(4).calls(4);
        Consumer<NeuronsBuilder> g = n -> Replay.each(c, "neurons " + n.name, net.problems, n::replay);
        if (r.verb.equals("sensory")) {
            sensory(r.integer(1), r.integer(2), r.integer(3), g);
        } else {
            location(r.integer(1), r.integer(2), r.integer(3), g);
        }
    }

    void close() {
        if (populations.fullNames.isEmpty()) {
            net.problems.add(path, "has no population; add in.sensory(...) or in.location(...)");
        }
    }
}
