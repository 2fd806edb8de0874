package io.conex4j.dsl;

import io.conex4j.core.io.Json;
import io.conex4j.core.runtime.Network;
import io.conex4j.core.runtime.NeuronGroup;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A network built from CoNeX's structures by {@link Conex#neocortex}: the initialized {@link #network()}, whose
 * groups are named by their path ({@code cc.l4.exc}, {@code retina.sensory}); the structures and their ports;
 * and the description, which {@link #describe()} writes as JSON for {@link Conex#neocortex(String)}.
 */
public final class Neocortex {

    private final Network network;
    private final Calls calls;
    private final Map<String, Structure> structures;

    Neocortex(Network network, Calls calls, Map<String, Structure> structures) {
        this.network = network;
        this.calls = calls;
        this.structures = new LinkedHashMap<>(structures);
    }

    /** The built and initialized network. */
    public Network network() {
        return network;
    }

    /** The names of the columns (replicas included), input and output layers, in the order described. */
    public List<String> structures() {
        return List.copyOf(structures.keySet());
    }

    /** The names of the columns (replicas included), in the order described. */
    public List<String> columns() {
        return structures.values().stream().filter(Structure::isColumn).map(s -> s.name).toList();
    }

    /** The neuron group at {@code path}, e.g. {@code "cc.l4.exc"}. */
    public NeuronGroup neurons(String path) {
        return network.neuronGroup(path);
    }

    /** The groups an input port reaches, e.g. {@code inputPort("cc.input")}. */
    public List<NeuronGroup> inputPort(String address) {
        return groups(address, true);
    }

    /** The groups an output port sends from, e.g. {@code outputPort("cc.output")}. */
    public List<NeuronGroup> outputPort(String address) {
        return groups(address, false);
    }

    private List<NeuronGroup> groups(String address, boolean input) {
        String kind = input ? "input" : "output";
        int dot = address == null ? -1 : address.indexOf('.');
        Structure s = dot < 0 ? null : structures.get(address.substring(0, dot));
        if (s == null) {
            throw new IllegalArgumentException(kind + " port " + address + ": must be structure.port with a structure"
                    + " of " + structures.keySet());
        }
        Map<String, List<Port>> ports = input ? s.inputPorts : s.outputPorts;
        List<Port> p = ports.get(address.substring(dot + 1));
        if (p == null) {
            throw new IllegalArgumentException(kind + " port " + address + ": " + s.kind + " " + s.name + " has no "
                    + kind + " port '" + address.substring(dot + 1) + "'; its " + kind + " ports: " + ports.keySet());
        }
        List<NeuronGroup> out = new ArrayList<>(p.size());
        for (Port e : p) {
            out.add(network.neuronGroup(e.population()));
        }
        return out;
    }

    /**
     * The description as JSON ({@code {"format": "conex4j-neocortex", "version": 1, "calls": [...]}}, one call
     * {@code [verb, arguments...]} per line, nested descriptions indented), which
     * {@link Conex#neocortex(String)} builds into the same network.
     *
     * @throws IllegalStateException listing every part that is code rather than data (a custom behavior, a
     *     function fill, a current profile, a dataset), each with the path of the column, layer and population it
     *     belongs to, which JSON cannot hold
     */
    public String describe() {
        List<String> code = calls.undescribable("neocortex");
        if (!code.isEmpty()) {
            throw new IllegalStateException("cannot describe this neocortex as JSON; " + code.size()
                    + (code.size() == 1 ? " part is" : " parts are") + " code, not data:\n  " + String.join("\n  ", code));
        }
        StringBuilder sb = new StringBuilder();
        sb.append("{\n  \"format\": ").append(Json.write(NeocortexBuilder.FORMAT)).append(",\n  \"version\": ")
                .append(NeocortexBuilder.VERSION).append(",\n  \"calls\": ");
        writeCalls(sb, calls.toJson(), "  ");
        return sb.append("\n}\n").toString();
    }

    private static final int LINE = 110;

    /** Writes a list of calls, one per line, a call's nested list of calls indented below it when too long. */
    private static void writeCalls(StringBuilder sb, List<Object> list, String indent) {
        if (list.isEmpty()) {
            sb.append("[]");
            return;
        }
        sb.append("[\n");
        for (int i = 0; i < list.size(); i++) {
            List<?> call = (List<?>) list.get(i);
            String inner = indent + "  ";
            String flat = Json.write(call);
            sb.append(inner);
            Object last = call.get(call.size() - 1);
            if (inner.length() + flat.length() <= LINE || !isCalls(last)) {
                sb.append(flat);
            } else {
                sb.append('[');
                for (int a = 0; a < call.size() - 1; a++) {
                    sb.append(Json.write(call.get(a))).append(", ");
                }
                @SuppressWarnings("unchecked")
                List<Object> nested = (List<Object>) last;
                writeCalls(sb, nested, inner);
                sb.append(']');
            }
            sb.append(i + 1 < list.size() ? ",\n" : "\n");
        }
        sb.append(indent).append(']');
    }

    /** Whether a JSON value is a non-empty list of calls ({@code [verb, ...]} lists). */
    private static boolean isCalls(Object o) {
        return o instanceof List<?> l && !l.isEmpty()
                && l.stream().allMatch(c -> c instanceof List<?> cl && !cl.isEmpty() && cl.get(0) instanceof String);
    }
}
