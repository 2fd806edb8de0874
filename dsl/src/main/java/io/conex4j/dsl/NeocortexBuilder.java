package io.conex4j.dsl;

import io.conex4j.core.io.Json;
import io.conex4j.core.runtime.Network;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Describes a network as CoNeX's structures (its {@code Neocortex}): cortical columns of named layers of
 * populations ({@link #column}), copies of a column ({@link #replicate}), input and output layers
 * ({@link #inputLayer}, {@link #outputLayer}) and synapses between the ports of two structures
 * ({@link #synapsis}). Populations become neuron groups named by their path, {@code column.layer.population}
 * ({@code cc.l4.exc}) or {@code layer.population} ({@code retina.sensory}); the neuron and synapse settings
 * are the DSL's {@link NeuronsBuilder} and {@link SynapsesBuilder}, checked as they are given.
 *
 * <p>Every call is recorded as data, so the built {@link Neocortex} can {@link Neocortex#describe() describe}
 * itself as JSON, and {@link #load} (or {@link Conex#neocortex(String)}) builds the same network from that
 * JSON: same groups, synapses, behaviors and parameters, and the same bits after any number of steps.
 */
public final class NeocortexBuilder {

    /** The format name written in a description's JSON. */
    public static final String FORMAT = "conex4j-neocortex";

    /** The version of the description's JSON this build writes and reads. */
    public static final int VERSION = 1;

    /** The verbs, as a structure description names them. */
    static final List<String> VERBS = List.of("dt", "seed", "column", "replicate", "inputLayer", "outputLayer",
            "synapsis");

    /** The largest number of copies {@link #replicate} makes in one call. */
    public static final int MAX_COPIES = 10_000;

    final NetworkBuilder net = new NetworkBuilder();
    final Calls calls = new Calls();
    final Map<String, Structure> structures = new LinkedHashMap<>();

    NeocortexBuilder() {
    }

    /** The time step in ms (&gt; 0 as a float32); default 1 ms. */
    public NeocortexBuilder dt(Number ms) {
        calls.add("dt", Numbers.num(ms));
        net.dt(ms);
        return this;
    }

    /** The seed of every random draw; default 0. */
    public NeocortexBuilder seed(long s) {
        calls.add("seed", s);
        net.seed(s);
        return this;
    }

    /**
     * The kernels to use ({@code "auto"}, {@code "scalar"} or {@code "panama"}); not part of the description,
     * since both give the same bits.
     */
    public NeocortexBuilder kernels(String name) {
        net.kernels(name);
        return this;
    }

    /** A cortical column; its groups are named {@code name.layer.population}. */
    public StructureRef column(String name, Consumer<ColumnBuilder> cfg) {
        ColumnBuilder col = addColumn("column", name, cfg);
        if (col != null) {
            calls.add("column", name, col.calls);
        }
        return new StructureRef(name);
    }

    private ColumnBuilder addColumn(String verb, String name, Consumer<ColumnBuilder> cfg) {
        if (!newName(verb, "column", name)) {
            return null;
        }
        if (cfg == null) {
            net.problems.add("column " + name, "needs a description (col -> ...), not null");
            return null;
        }
        ColumnBuilder col = new ColumnBuilder(name, net);
        cfg.accept(col);
        col.close();
        Structure s = new Structure(name, "column", cfg);
        s.inputPorts.putAll(col.inputPorts);
        s.outputPorts.putAll(col.outputPorts);
        structures.put(name, s);
        return col;
    }

    /**
     * {@code copies} copies of column {@code column}, named {@code column_1} ... {@code column_copies}: the
     * same layers, populations, synapses and ports, described by running the column's description again, so
     * each copy has its own behaviors and state, and draws its own random values (the network's seeded random
     * source, in build order: the same seed gives the same copies).
     */
    public List<StructureRef> replicate(String column, int copies) {
        String where = "replicate(" + column + ", " + copies + ")";
        Structure s = structures.get(column);
        if (s == null || !s.isColumn()) {
            net.problems.add(where, "column = \"" + column + "\" is " + (s == null ? "unknown" : "an " + s.kind)
                    + "; columns described before it: " + columnNames());
            return List.of();
        }
        if (copies < 1 || copies > MAX_COPIES) {
            net.problems.add(where, "copies = " + copies + ", must be in [1, " + MAX_COPIES + "]");
            return List.of();
        }
        calls.add("replicate", column, copies);
        List<StructureRef> refs = new ArrayList<>(copies);
        for (int k = 1; k <= copies; k++) {
            String name = column + "_" + k;
            addColumn("replicate", name, s.source);
            refs.add(new StructureRef(name));
        }
        return refs;
    }

    /** {@code copies} copies of {@code column}; see {@link #replicate(String, int)}. */
    public List<StructureRef> replicate(StructureRef column, int copies) {
        return replicate(column == null ? null : column.name(), copies);
    }

    /** An input layer; its populations are its output ports ({@code name.sensory}, {@code name.location}). */
    public StructureRef inputLayer(String name, Consumer<InputLayerBuilder> cfg) {
        if (!newName("inputLayer", "input layer", name)) {
            return new StructureRef(name);
        }
        if (cfg == null) {
            net.problems.add("input layer " + name, "needs a description (in -> ...), not null");
            return new StructureRef(name);
        }
        InputLayerBuilder b = new InputLayerBuilder(name, net);
        cfg.accept(b);
        b.close();
        Structure s = new Structure(name, "input layer", null);
        b.populations.fullNames.forEach((pop, full) -> s.outputPorts.put(pop, List.of(new Port(full, null))));
        structures.put(name, s);
        calls.add("inputLayer", name, b.calls);
        return new StructureRef(name);
    }

    /** An output layer; its populations are its input ports ({@code name.representation}, {@code name.motor}). */
    public StructureRef outputLayer(String name, Consumer<OutputLayerBuilder> cfg) {
        if (!newName("outputLayer", "output layer", name)) {
            return new StructureRef(name);
        }
        if (cfg == null) {
            net.problems.add("output layer " + name, "needs a description (out -> ...), not null");
            return new StructureRef(name);
        }
        OutputLayerBuilder b = new OutputLayerBuilder(name, net);
        cfg.accept(b);
        b.close();
        Structure s = new Structure(name, "output layer", null);
        b.populations.fullNames.forEach((pop, full) -> s.inputPorts.put(pop, List.of(new Port(full, null))));
        structures.put(name, s);
        calls.add("outputLayer", name, b.calls);
        return new StructureRef(name);
    }

    /**
     * Synapses from the output port {@code from} to the input port {@code to} (CoNeX's {@code Synapsis}), both
     * given as {@code structure.port} ({@code "retina.sensory"}, {@code "cc.input"}): one synapse group for
     * every population of the first port and every population of the second, each with the ports' synapse
     * settings and then {@code cfg} (so {@code cfg}'s settings win).
     */
    public NeocortexBuilder synapsis(String from, String to, Consumer<SynapsesBuilder> cfg) {
        String where = "synapsis(" + from + ", " + to + ")";
        List<Port> src = port(where, "from", from, false);
        List<Port> dst = port(where, "to", to, true);
        if (cfg == null) {
            net.problems.add(where, "needs a description (s -> ...), not null");
            return this;
        }
        if (src == null || dst == null) {
            return this;
        }
        Calls[] own = new Calls[1];
        for (Port a : src) {
            for (Port b : dst) {
                net.synapses(a.population(), b.population(), s -> {
                    if (a.settings() != null) {
                        a.settings().accept(s);
                    }
                    if (b.settings() != null) {
                        b.settings().accept(s);
                    }
                    int mark = s.calls.size();
                    cfg.accept(s);
                    if (own[0] == null) {
                        own[0] = s.calls.from(mark);
                    }
                });
            }
        }
        calls.add("synapsis", from, to, own[0]);
        return this;
    }

    /** The populations of port {@code address}, or null with the problem recorded. */
    private List<Port> port(String where, String parameter, String address, boolean input) {
        String[] parts = address == null ? new String[0] : address.split("\\.", -1);
        String kind = input ? "input" : "output";
        if (parts.length != 2) {
            net.problems.add(where, parameter + " = " + (address == null ? "null" : "\"" + address + "\"")
                    + ", must be structure.port, e.g. \"cc." + kind + "\"");
            return null;
        }
        Structure s = structures.get(parts[0]);
        if (s == null) {
            net.problems.add(where, parameter + " = \"" + address + "\": unknown structure '" + parts[0]
                    + "'; structures described before the synapsis: " + structures.keySet());
            return null;
        }
        Map<String, List<Port>> ports = input ? s.inputPorts : s.outputPorts;
        List<Port> p = ports.get(parts[1]);
        if (p == null) {
            net.problems.add(where, parameter + " = \"" + address + "\": " + s.kind + " " + s.name + " has no "
                    + kind + " port '" + parts[1] + "'; its " + kind + " ports: " + ports.keySet());
        }
        return p;
    }

    /**
     * Adds the structures of a description written by {@link Neocortex#describe()} to this one, as if its
     * calls were made here; a malformed description or a call that does not fit is a problem of this one.
     */
    public NeocortexBuilder load(String json) {
        Object root;
        try {
            root = Json.parse(json == null ? "null" : json);
        } catch (IllegalArgumentException e) {
            net.problems.add("load", "not a structure description: " + e.getMessage());
            return this;
        }
        if (!(root instanceof Map<?, ?> m) || !FORMAT.equals(m.get("format"))) {
            net.problems.add("load", "not a structure description: the JSON must be an object with \"format\": \""
                    + FORMAT + "\"");
            return this;
        }
        if (!(m.get("version") instanceof Long v) || v != VERSION) {
            net.problems.add("load", "version = " + m.get("version") + ", this build reads version " + VERSION);
            return this;
        }
        for (Object key : m.keySet()) {
            if (!List.of("format", "version", "calls").contains(key)) {
                net.problems.add("load", "unknown key \"" + key + "\"; allowed: format, version, calls");
            }
        }
        Replay.each(m.get("calls"), "load.calls", net.problems, this::replay);
        return this;
    }

    private void replay(Replay r) {
        switch (r.verb) {
            case "dt" -> dt(r.arity(1).num(1));
            case "seed" -> seed(r.arity(1).longInt(1));
            case "column" -> {
                Object c = r.arity(2).calls(2);
                column(r.string(1), col -> Replay.each(c, col.path, net.problems, col::replay));
            }
            case "replicate" -> replicate(r.arity(2).string(1), r.integer(2));
            case "inputLayer" -> {
                Object c = r.arity(2).calls(2);
                inputLayer(r.string(1), in -> Replay.each(c, in.path, net.problems, in::replay));
            }
            case "outputLayer" -> {
                Object c = r.arity(2).calls(2);
                outputLayer(r.string(1), out -> Replay.each(c, out.path, net.problems, out::replay));
            }
            case "synapsis" -> {
                Object c = r.arity(3).calls(3);
                synapsis(r.string(1), r.string(2), s -> Replay.each(c, s.path, net.problems, s::replay));
            }
            default -> throw Replay.unknown(r.verb, VERBS);
        }
    }

    private boolean newName(String verb, String what, String name) {
        if (!Names.check(net.problems, verb, what, name)) {
            return false;
        }
        Structure other = structures.get(name);
        if (other != null) {
            net.problems.add(verb + " " + name, "the name '" + name + "' is already used by " + other.kind + " "
                    + name + "; structures: " + structures.keySet());
            return false;
        }
        return true;
    }

    private List<String> columnNames() {
        return structures.values().stream().filter(Structure::isColumn).map(s -> s.name).toList();
    }

    List<String> problems() {
        return net.problems();
    }

    Neocortex build() {
        Network network = net.build();
        return new Neocortex(network, calls, structures);
    }
}
