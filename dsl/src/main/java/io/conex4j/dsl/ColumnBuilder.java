package io.conex4j.dsl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Describes a cortical column (CoNeX's {@code CorticalColumn}): named layers ({@link #layer}), connections
 * between their populations ({@link #connect}, CoNeX's {@code CorticalLayerConnection}) and named input and
 * output ports, each mapping to populations of the column's layers, through which a
 * {@link NeocortexBuilder#synapsis synapsis} connects the column to others. Populations are addressed as
 * {@code layer.population} ({@code "l4.exc"}) inside the column and become the groups
 * {@code column.layer.population} ({@code cc.l4.exc}) of the network.
 *
 * <pre>{@code
 * c.column("cc", col -> col
 *         .layer("l4", l -> l.exc(40, g -> g.lif()).inh(10, g -> g.lif())
 *                 .synapses("exc", "inh", s -> s.weights(w -> w.uniform(0, 0.5))))
 *         .layer("l23", l -> l.exc(20, g -> g.lif()))
 *         .connect("l4.exc", "l23.exc", s -> s.weights(w -> w.uniform(0, 0.3)).traces(10, 10).stdp(p -> p.aPlus(0.01)))
 *         .inputPort("input", "l4.exc")
 *         .outputPort("output", "l23.exc"));
 * }</pre>
 */
public final class ColumnBuilder {

    /** The verbs, as a structure description names them. */
    static final List<String> VERBS = List.of("layer", "connect", "inputPort", "outputPort");

    private record Link(String from, String to, Consumer<SynapsesBuilder> cfg) {
    }

    private record PortRequest(boolean input, String name, String[] populations,
            Consumer<SynapsesBuilder> settings) {
    }

    final String name;
    final String path;
    private final NetworkBuilder net;
    final Calls calls = new Calls();
    private final Map<String, LayerBuilder> layers = new LinkedHashMap<>();
    private final List<Link> links = new ArrayList<>();
    private final List<PortRequest> portRequests = new ArrayList<>();
    final Map<String, List<Port>> inputPorts = new LinkedHashMap<>();
    final Map<String, List<Port>> outputPorts = new LinkedHashMap<>();

    ColumnBuilder(String name, NetworkBuilder net) {
        this.name = name;
        this.path = "column " + name;
        this.net = net;
    }

    /** A layer (e.g. {@code "l4"}, {@code "l23"}) with its populations and their synapses. */
    public ColumnBuilder layer(String layerName, Consumer<LayerBuilder> cfg) {
        String where = path + ".layer";
        if (!Names.check(net.problems, where, "layer", layerName)) {
            return this;
        }
        if (layers.containsKey(layerName)) {
            net.problems.add(where, "the layer name '" + layerName + "' is already used in " + path
                    + "; its layers: " + layers.keySet());
            return this;
        }
        if (cfg == null) {
            net.problems.add(where + " " + layerName, "needs a description (l -> ...), not null");
            return this;
        }
        LayerBuilder l = new LayerBuilder(name + "." + layerName, path + ".layer " + layerName, net);
        layers.put(layerName, l);
        cfg.accept(l);
        l.close();
        calls.add("layer", layerName, l.calls);
        return this;
    }

    /**
     * Synapses from population {@code from} to population {@code to} of this column's layers, each given as
     * {@code layer.population} (e.g. {@code "l4.exc", "l23.exc"}): a connection between layers (CoNeX's
     * {@code CorticalLayerConnection}) or inside one.
     */
    public ColumnBuilder connect(String from, String to, Consumer<SynapsesBuilder> cfg) {
        if (cfg == null) {
            net.problems.add(path + ".connect(" + from + ", " + to + ")", "needs a description (s -> ...), not null");
        } else {
            links.add(new Link(from, to, cfg));
        }
        return this;
    }

    /**
     * The input port {@code port} reaches the given populations ({@code layer.population}); calling it again
     * with the same name adds populations to the port.
     */
    public ColumnBuilder inputPort(String port, String... populations) {
        return port(true, port, populations);
    }

    /** The input port {@code port} reaches {@code population}, whose synapses through it get {@code settings} first. */
    public ColumnBuilder inputPort(String port, String population, Consumer<SynapsesBuilder> settings) {
        return port(true, port, population, settings);
    }

    /**
     * The output port {@code port} sends from the given populations ({@code layer.population}); calling it
     * again with the same name adds populations to the port.
     */
    public ColumnBuilder outputPort(String port, String... populations) {
        return port(false, port, populations);
    }

    /** The output port {@code port} sends from {@code population}, whose synapses get {@code settings} first. */
    public ColumnBuilder outputPort(String port, String population, Consumer<SynapsesBuilder> settings) {
        return port(false, port, population, settings);
    }

    private ColumnBuilder port(boolean input, String port, String[] populations) {
        String where = path + (input ? ".inputPort" : ".outputPort");
        if (!Names.check(net.problems, where, "port", port)) {
            return this;
        }
        if (populations == null || populations.length == 0) {
            net.problems.add(where + " " + port, "names no population; give at least one, e.g. \"l4.exc\"");
            return this;
        }
        portRequests.add(new PortRequest(input, port, populations.clone(), null));
        return this;
    }

    private ColumnBuilder port(boolean input, String port, String population, Consumer<SynapsesBuilder> settings) {
        String where = path + (input ? ".inputPort" : ".outputPort");
        if (!Names.check(net.problems, where, "port", port)) {
            return this;
        }
        if (settings == null) {
            net.problems.add(where + " " + port, "needs synapse settings (s -> ...), not null");
            return this;
        }
        portRequests.add(new PortRequest(input, port, new String[] {population}, settings));
        return this;
    }

    /** Replays one call of a structure description. */
    void replay(Replay r) {
        switch (r.verb) {
            case "layer" -> {
                Object c = r.arity(2).calls(2);
                String layerName = r.string(1);
                layer(layerName, l -> Replay.each(c, l.path, net.problems, l::replay));
            }
            case "connect" -> {
                Object c = r.arity(3).calls(3);
                connect(r.string(1), r.string(2), s -> Replay.each(c, s.path, net.problems, s::replay));
            }
            case "inputPort", "outputPort" -> {
                boolean input = r.verb.equals("inputPort");
                if (r.arity(2, 3).count() == 2) {
                    port(input, r.string(1), r.stringList(2));
                } else {
                    Object c = r.calls(3);
                    port(input, r.string(1), r.string(2), s -> Replay.each(c, s.path, net.problems, s::replay));
                }
            }
            default -> throw Replay.unknown(r.verb, VERBS);
        }
    }

    /** Checks the column once described, adds the connections (in the order given) and resolves the ports. */
    void close() {
        if (layers.isEmpty()) {
            net.problems.add(path, "has no layers; add col.layer(name, l -> ...)");
        }
        for (Link k : links) {
            String where = path + ".connect(" + k.from + ", " + k.to + ")";
            String src = find(where, k.from);
            String dst = find(where, k.to);
            if (src != null && dst != null) {
                net.synapses(src, dst, s -> {
                    k.cfg.accept(s);
                    s.scope(name);
                    calls.add("connect", k.from, k.to, s.calls);
                });
            }
        }
        for (PortRequest p : portRequests) {
            String verb = p.input ? "inputPort" : "outputPort";
            String where = path + "." + verb + " " + p.name;
            List<Port> entries = new ArrayList<>();
            for (String population : p.populations) {
                String full = find(where, population);
                if (full != null) {
                    entries.add(new Port(full, p.settings));
                }
            }
            if (entries.size() < p.populations.length) {
                continue;
            }
            if (p.settings != null) {
                SynapsesBuilder check = new SynapsesBuilder(entries.get(0).population(), "?", where, net.problems);
                p.settings.accept(check);
                calls.add(verb, p.name, p.populations[0], check.calls);
            } else {
                calls.add(verb, p.name, p.populations);
            }
            (p.input ? inputPorts : outputPorts).computeIfAbsent(p.name, k -> new ArrayList<>()).addAll(entries);
        }
    }

    /** The full group name of {@code layer.population}, or null with the problem recorded. */
    private String find(String where, String address) {
        String[] parts = address == null ? new String[0] : address.split("\\.", -1);
        if (parts.length != 2) {
            net.problems.add(where, "population = " + (address == null ? "null" : "\"" + address + "\"")
                    + ", must be layer.population, e.g. \"l4.exc\"");
            return null;
        }
        LayerBuilder l = layers.get(parts[0]);
        if (l == null) {
            net.problems.add(where, "unknown layer '" + parts[0] + "' in \"" + address + "\"; the column's layers: "
                    + layers.keySet());
            return null;
        }
        String full = l.populations.fullNames.get(parts[1]);
        if (full == null) {
            net.problems.add(where, "unknown population '" + parts[1] + "' in \"" + address + "\"; layer "
                    + parts[0] + "'s populations: " + l.populations.fullNames.keySet());
        }
        return full;
    }
}
