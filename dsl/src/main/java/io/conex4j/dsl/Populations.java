package io.conex4j.dsl;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The named populations of one layer (a cortical layer, an input or an output layer): each becomes a neuron
 * group called {@code owner.name} (e.g. {@code cc.l4.exc}) in the network being described.
 */
final class Populations {

    final String owner;
    private final String path;
    private final NetworkBuilder net;
    /** Short name to the group's full name, in declaration order. */
    final Map<String, String> fullNames = new LinkedHashMap<>();

    Populations(String owner, String path, NetworkBuilder net) {
        this.owner = owner;
        this.path = path;
        this.net = net;
    }

    /**
     * Adds population {@code name} and records the call {@code [verb, (name,) depth, height, width, calls]}
     * ({@code withName}: whether the verb takes the name, as {@code population} does and {@code exc} does not).
     */
    void add(Calls record, String verb, boolean withName, String name, int depth, int height, int width,
            String[] tags, Consumer<NeuronsBuilder> cfg) {
        String where = path + "." + verb;
        if (!Names.check(net.problems, where, "population", name)) {
            return;
        }
        if (fullNames.containsKey(name)) {
            net.problems.add(where, "the population name '" + name + "' is already used in " + path
                    + "; its populations: " + fullNames.keySet());
            return;
        }
        if (cfg == null) {
            net.problems.add(where, "needs a description (g -> ...), not null");
            return;
        }
        String full = owner + "." + name;
        fullNames.put(name, full);
        net.neurons(full, depth, height, width, g -> {
            g.structureTags(tags);
            cfg.accept(g);
            if (withName) {
                record.add(verb, name, depth, height, width, g.calls);
            } else {
                record.add(verb, depth, height, width, g.calls);
            }
        });
    }
}
