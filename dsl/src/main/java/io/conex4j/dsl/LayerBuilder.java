package io.conex4j.dsl;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Describes one layer of a cortical column (CoNeX's {@code Layer}/{@code CorticalLayer}): named populations,
 * each a neuron group called {@code column.layer.population} ({@code cc.l4.exc}), and the synapses between
 * them. {@link #exc} and {@link #inh} are the cortical layer's excitatory and inhibitory populations (tagged
 * {@code exc} and {@code inh}; currents from an {@code inh} group are negative).
 *
 * <pre>{@code
 * col.layer("l4", l -> l
 *         .exc(40, g -> g.lif(p -> p.tau(10).r(5)))
 *         .inh(10, g -> g.lif(p -> p.tau(10).r(5)))
 *         .synapses("exc", "inh", s -> s.weights(w -> w.uniform(0, 0.5)))
 *         .synapses("inh", "exc", s -> s.weights(w -> w.uniform(0, 0.5))));
 * }</pre>
 */
public final class LayerBuilder {

    /** The verbs, as a structure description names them. */
    static final List<String> VERBS = List.of("population", "exc", "inh", "synapses");

    private record Link(String from, String to, Consumer<SynapsesBuilder> cfg) {
    }

    final String path;
    private final NetworkBuilder net;
    final Populations populations;
    final Calls calls = new Calls();
    private final List<Link> links = new ArrayList<>();

    LayerBuilder(String fullName, String path, NetworkBuilder net) {
        this.path = path;
        this.net = net;
        this.populations = new Populations(fullName, path, net);
    }

    /** A population of {@code size} neurons. */
    public LayerBuilder population(String name, int size, Consumer<NeuronsBuilder> cfg) {
        return population(name, 1, 1, size, cfg);
    }

    /** A population laid out as {@code depth x height x width} (channels, rows, columns). */
    public LayerBuilder population(String name, int depth, int height, int width, Consumer<NeuronsBuilder> cfg) {
        populations.add(calls, "population", true, name, depth, height, width, new String[0], cfg);
        return this;
    }

    /** The excitatory population {@code exc} of {@code size} neurons (tagged {@code exc}). */
    public LayerBuilder exc(int size, Consumer<NeuronsBuilder> cfg) {
        return exc(1, 1, size, cfg);
    }

    /** The excitatory population {@code exc}, laid out as {@code depth x height x width}. */
    public LayerBuilder exc(int depth, int height, int width, Consumer<NeuronsBuilder> cfg) {
        populations.add(calls, "exc", false, "exc", depth, height, width, new String[] {"exc"}, cfg);
        return this;
    }

    /** The inhibitory population {@code inh} of {@code size} neurons (tagged {@code inh}: its currents are negative). */
    public LayerBuilder inh(int size, Consumer<NeuronsBuilder> cfg) {
        return inh(1, 1, size, cfg);
    }

    /** The inhibitory population {@code inh}, laid out as {@code depth x height x width}. */
    public LayerBuilder inh(int depth, int height, int width, Consumer<NeuronsBuilder> cfg) {
        populations.add(calls, "inh", false, "inh", depth, height, width, new String[] {"inh"}, cfg);
        return this;
    }

    /** Synapses from population {@code from} to population {@code to} of this layer (e.g. {@code "exc", "inh"}). */
    public LayerBuilder synapses(String from, String to, Consumer<SynapsesBuilder> cfg) {
        if (cfg == null) {
            net.problems.add(path + ".synapses(" + from + ", " + to + ")", "needs a description (s -> ...), not null");
        } else {
            links.add(new Link(from, to, cfg));
        }
        return this;
    }

    /** Replays one call of a structure description. */
    void replay(Replay r) {
        switch (r.verb) {
            case "population" -> {
                Object c = r.arity(5).calls(5);
                population(r.string(1), r.integer(2), r.integer(3), r.integer(4), g -> replayGroup(c, g));
            }
            case "exc" -> {
                Object c = r.arity(4).calls(4);
                exc(r.integer(1), r.integer(2), r.integer(3), g -> replayGroup(c, g));
            }
            case "inh" -> {
                Object c = r.arity(4).calls(4);
                inh(r.integer(1), r.integer(2), r.integer(3), g -> replayGroup(c, g));
            }
            case "synapses" -> {
                Object c = r.arity(3).calls(3);
                synapses(r.string(1), r.string(2), s -> Replay.each(c, s.path, net.problems, s::replay));
            }
            default -> throw Replay.unknown(r.verb, VERBS);
        }
    }

    private void replayGroup(Object calls, NeuronsBuilder g) {
        Replay.each(calls, "neurons " + g.name, net.problems, g::replay);
    }

    /** Checks the layer once described, and adds its synapses (in the order given). */
    void close() {
        if (populations.fullNames.isEmpty()) {
            net.problems.add(path, "has no populations; add l.exc(...), l.inh(...) or l.population(...)");
        }
        for (Link k : links) {
            String where = path + ".synapses(" + k.from + ", " + k.to + ")";
            String src = find(where, k.from);
            String dst = find(where, k.to);
            if (src != null && dst != null) {
                net.synapses(src, dst, s -> {
                    k.cfg.accept(s);
                    s.scope(populations.owner);
                    calls.add("synapses", k.from, k.to, s.calls);
                });
            }
        }
    }

    private String find(String where, String population) {
        String full = populations.fullNames.get(population);
        if (full == null) {
            net.problems.add(where, "unknown population '" + population + "'; the layer's populations: "
                    + populations.fullNames.keySet());
        }
        return full;
    }
}
