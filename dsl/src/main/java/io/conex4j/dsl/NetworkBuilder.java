package io.conex4j.dsl;

import io.conex4j.core.kernels.KernelProvider;
import io.conex4j.core.kernels.Kernels;
import io.conex4j.core.runtime.Behavior;
import io.conex4j.core.runtime.Check;
import io.conex4j.core.runtime.Network;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Describes a whole network: time step, seed, neuron groups and synapse groups. Values are checked as they
 * are given; {@link Conex#network} then checks the whole description (unknown groups, weight shapes,
 * delays beyond an axon, STDP without traces, conflicting priorities) and throws one
 * {@link NetworkDefinitionException} listing every problem.
 */
public final class NetworkBuilder {

    final Problems problems = new Problems();
    private double dt = 1.0;
    private long seed = 0;
    private Kernels kernels;
    private int threads;
    private final Map<String, NeuronsBuilder> groups = new LinkedHashMap<>();
    private final List<SynapsesBuilder> synapses = new ArrayList<>();
    private final List<Behavior<? super Network>> custom = new ArrayList<>();

    NetworkBuilder() {
    }

    /** The time step in ms (&gt; 0 as a float32); default 1 ms. */
    public NetworkBuilder dt(Number ms) {
        if (ms == null) {
            problems.add("network.dt", "must not be null");
        } else if (problems.check("network.dt", () -> Network.checkDt(ms.doubleValue()))) {
            dt = ms.doubleValue();
        }
        return this;
    }

    /** The seed of every random draw; default 0. */
    public NetworkBuilder seed(long s) {
        seed = s;
        return this;
    }

    /** The kernels to use ({@code "auto"}, {@code "scalar"} or {@code "panama"}); default auto. */
    public NetworkBuilder kernels(String name) {
        problems.check("network.kernels", () -> kernels = KernelProvider.byName(name));
        return this;
    }

    /**
     * Runs each iteration on {@code n} threads (1 to {@value Network#MAX_THREADS}) with the same results for every
     * {@code n}; default automatic (every processor for networks whose partitioned work repays it); see
     * {@link Network#threads(int)}.
     */
    public NetworkBuilder threads(int n) {
        problems.check("network.threads", () -> threads = Network.checkThreads("Network: threads", n));
        return this;
    }

    /** A flat group of {@code size} neurons. */
    public GroupRef neurons(String name, int size, Consumer<NeuronsBuilder> cfg) {
        return neurons(name, 1, 1, size, cfg);
    }

    /** A group laid out as {@code depth x height x width} (channels, rows, columns). */
    public GroupRef neurons(String name, int depth, int height, int width, Consumer<NeuronsBuilder> cfg) {
        String path = "neurons " + name;
        if (name == null || name.isBlank()) {
            problems.add("neurons", "a group needs a name");
            return new GroupRef("?", 0);
        }
        if (groups.containsKey(name)) {
            problems.add(path, "the name is already used");
        }
        if (depth < 1 || height < 1 || width < 1) {
            problems.add(path, "shape " + depth + "x" + height + "x" + width + " must be positive");
            depth = Math.max(depth, 1);
            height = Math.max(height, 1);
            width = Math.max(width, 1);
        }
        NeuronsBuilder b = new NeuronsBuilder(name, depth, height, width, problems);
        if (!b.fits()) {
            problems.add(path, "size " + depth + " x " + height + " x " + width + " = " + b.count()
                    + " neurons is more than one Java array holds; at most " + Check.MAX_ARRAY_LENGTH + " fit");
        }
        if (cfg == null) {
            problems.add(path, "needs a description (x -> ...), not null");
        } else {
            cfg.accept(b);
        }
        groups.putIfAbsent(name, b);
        return new GroupRef(name, b.size());
    }

    /** Synapses from {@code src} to {@code dst}. */
    public NetworkBuilder synapses(GroupRef src, GroupRef dst, Consumer<SynapsesBuilder> cfg) {
        return synapses(src.name(), dst.name(), cfg);
    }

    /** Synapses from a group handle to a group given by name. */
    public NetworkBuilder synapses(GroupRef src, String dst, Consumer<SynapsesBuilder> cfg) {
        return synapses(src.name(), dst, cfg);
    }

    /** Synapses from a group given by name to a group handle. */
    public NetworkBuilder synapses(String src, GroupRef dst, Consumer<SynapsesBuilder> cfg) {
        return synapses(src, dst.name(), cfg);
    }

    /** Synapses between groups given by name. */
    public NetworkBuilder synapses(String src, String dst, Consumer<SynapsesBuilder> cfg) {
        SynapsesBuilder s = new SynapsesBuilder(src, dst, problems);
        if (cfg == null) {
            problems.add(s.path, "needs a description (x -> ...), not null");
        } else {
            cfg.accept(s);
        }
        synapses.add(s);
        return this;
    }

    /** A custom network-level behavior. */
    public NetworkBuilder behavior(Behavior<? super Network> b) {
        if (b == null) {
            problems.add("network.behavior", "must not be null");
        } else {
            custom.add(b);
        }
        return this;
    }

    List<String> problems() {
        checkWhole();
        return problems.all();
    }

    private void checkWhole() {
        Set<String> names = new HashSet<>(groups.keySet());
        Set<String> synapseNames = new HashSet<>();
        for (SynapsesBuilder s : synapses) {
            boolean known = true;
            for (String g : new String[] {s.src, s.dst}) {
                if (!groups.containsKey(g)) {
                    problems.add(s.path, "unknown neuron group '" + g + "'; known: " + groups.keySet());
                    known = false;
                }
            }
            if (!synapseNames.add(s.name) || names.contains(s.name)) {
                problems.add(s.path, "the name '" + s.name + "' is already used; give .name(...)");
            }
            if (!known) {
                continue;
            }
            NeuronsBuilder src = groups.get(s.src);
            NeuronsBuilder dst = groups.get(s.dst);
            if (!src.fits() || !dst.fits()) {
                continue; // the group's size is already reported
            }
            s.checkWhole(src.size(), dst.size());
            checkDelays(s.path + ".delays", s.delays, src);
            checkDelays(s.path + ".dstDelays", s.dstDelays, dst);
            if (problems.isEmpty()) {
                checkPriorities(s.path, s.behaviorsForCheck());
            }
        }
        if (problems.isEmpty()) {
            for (NeuronsBuilder g : groups.values()) {
                checkPriorities("neurons " + g.name, g.behaviorsForCheck());
            }
        }
    }

    /** Delays against an axon depth the description fixes ({@code axon(...)}); fitted axons hold any delay. */
    private void checkDelays(String path, DelaysBuilder d, NeuronsBuilder g) {
        if (d == null || g.axonDepth == null) {
            return;
        }
        int axon = g.axonDepth;
        if (d.max() >= axon) {
            problems.add(path, "delays up to " + d.max() + " exceed the axon of " + g.name + " (" + axon
                    + " iterations: delays 0.." + (axon - 1) + "); raise its axon(...) or lower the delays");
        }
    }

    private void checkPriorities(String path, List<Behavior<?>> behaviors) {
        // Built-in behaviors have distinct priorities; a custom one on the same object must not tie with another,
        // or their order would depend on the order they were added. Recorders only read, so they may tie.
        Map<Integer, Behavior<?>> seen = new HashMap<>();
        for (Behavior<?> b : behaviors) {
            if (b.tags().contains("recorder")) {
                continue;
            }
            Behavior<?> other = seen.putIfAbsent(b.priority(), b);
            if (other != null && other != b) {
                problems.add(path, "behaviors " + other.name() + " and " + b.name() + " both run at priority "
                        + b.priority() + "; give one of them another priority");
            }
        }
    }

    Network build() {
        List<String> all = problems();
        if (!all.isEmpty()) {
            throw new NetworkDefinitionException(all);
        }
        Network net = new Network(dt, seed);
        if (kernels != null) {
            net.kernels(kernels);
        }
        if (threads > 0) {
            net.threads(threads);
        }
        try {
            // groups that each fit an array may still not fit the heap together
            for (Behavior<? super Network> b : custom) {
                net.add(b);
            }
            for (NeuronsBuilder g : groups.values()) {
                g.build(net);
            }
            for (SynapsesBuilder s : synapses) {
                s.build(net);
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new NetworkDefinitionException(List.of("build: " + e.getMessage()));
        }
        try {
            net.initialize();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new NetworkDefinitionException(List.of("initialize: " + e.getMessage()));
        }
        return net;
    }
}
