package io.conex4j.core.runtime;

import io.conex4j.core.kernels.KernelProvider;
import io.conex4j.core.kernels.Kernels;
import io.conex4j.core.random.RandomSource;
import io.conex4j.core.random.SeededRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A spiking network: its time step {@code dt} (ms), its seeded random source, its neuron and synapse
 * groups, and one schedule of behaviors.
 *
 * <p>Life cycle: create groups and attach behaviors, then {@link #initialize()} (two passes in schedule
 * order: ordinary behaviors, then those with {@link Behavior#initializeLast()}), then {@link #step()} or
 * {@link #simulate(int)}. Each step first increments {@link #iteration()}, then runs every enabled
 * behavior's {@code forward} in schedule order: by priority, ties in creation order of the owners (the
 * network itself first), then attachment order. The structure is frozen once initialized.
 */
public final class Network extends SimObject {

    private final float dt;
    private final long seed;
    private RandomSource random;
    private Kernels kernels;
    private final List<SimObject> objects = new ArrayList<>();
    private final List<NeuronGroup> neuronGroups = new ArrayList<>();
    private final List<SynapseGroup> synapseGroups = new ArrayList<>();
    private final Set<String> disabledTags = new HashSet<>();
    private List<Entry> schedule = List.of();
    private boolean[] enabled = new boolean[0];
    private boolean initialized;
    private long iteration;

    /** One scheduled behavior with its owner. */
    public record Entry(SimObject owner, Behavior<?> behavior) {
        @Override
        public String toString() {
            return "[" + behavior.priority() + ", " + owner.name() + ", " + behavior.name() + "]";
        }
    }

    /**
     * A network with time step {@code dt} in ms and a seed for all its random draws.
     *
     * @throws IllegalArgumentException if {@code dt} is not finite and &gt; 0
     */
    public Network(double dt, long seed) {
        this("network", dt, seed);
    }

    /** A named network; see {@link #Network(double, long)}. */
    public Network(String name, double dt, long seed) {
        super(name, 0);
        if (!(dt > 0) || !Double.isFinite(dt)) {
            throw new IllegalArgumentException("Network: dt (" + dt + ") must be finite and > 0 (ms)");
        }
        this.dt = (float) dt;
        this.seed = seed;
        this.random = new SeededRandom(seed);
        this.kernels = KernelProvider.get();
        objects.add(this);
    }

    @Override
    public Network network() {
        return this;
    }

    /** The time step in ms, as float32 (CoNeX's {@code network.dt}). */
    public float dt() {
        return dt;
    }

    /** The seed given at construction. */
    public long seed() {
        return seed;
    }

    /** The current iteration: 0 after initialize, then 1, 2, ... */
    public long iteration() {
        return iteration;
    }

    /** Sets the iteration counter (used when restoring a saved state). */
    public void setIteration(long iteration) {
        if (iteration < 0) {
            throw new IllegalArgumentException("Network: iteration (" + iteration + ") must be >= 0");
        }
        this.iteration = iteration;
    }

    /** The source of every random draw. */
    public RandomSource random() {
        return random;
    }

    /** Replaces the random source; only before {@link #initialize()}. */
    public Network random(RandomSource source) {
        checkMutable("replace the random source");
        this.random = Objects.requireNonNull(source, "source");
        return this;
    }

    /** The kernels used by this network's behaviors. */
    public Kernels kernels() {
        return kernels;
    }

    /** Uses the given kernels (e.g. {@code KernelProvider.scalar()}); only before {@link #initialize()}. */
    public Network kernels(Kernels k) {
        checkMutable("replace the kernels");
        this.kernels = Objects.requireNonNull(k, "kernels");
        return this;
    }

    /** A new neuron group of {@code size} neurons (1 x 1 x size). */
    public NeuronGroup neurons(String name, int size, String... tags) {
        return neurons(name, 1, 1, size, tags);
    }

    /** A new neuron group laid out as {@code depth x height x width} (channels, rows, columns). */
    public NeuronGroup neurons(String name, int depth, int height, int width, String... tags) {
        checkMutable("add neuron group " + name);
        checkUniqueName(name);
        NeuronGroup g = new NeuronGroup(this, name, objects.size(), depth, height, width, tags);
        objects.add(g);
        neuronGroups.add(g);
        return g;
    }

    /** A new synapse group from {@code src} to {@code dst}. */
    public SynapseGroup synapses(String name, NeuronGroup src, NeuronGroup dst, String... tags) {
        checkMutable("add synapse group " + name);
        checkUniqueName(name);
        Objects.requireNonNull(src, "src");
        Objects.requireNonNull(dst, "dst");
        if (src.network() != this || dst.network() != this) {
            throw new IllegalArgumentException("synapses " + name + ": source and destination must belong to network "
                    + name());
        }
        SynapseGroup s = new SynapseGroup(this, name, objects.size(), src, dst, tags);
        objects.add(s);
        synapseGroups.add(s);
        return s;
    }

    /** Attaches a network-level behavior. */
    public Network add(Behavior<? super Network> behavior) {
        attach(behavior);
        return this;
    }

    /** The neuron groups, in creation order. */
    public List<NeuronGroup> neuronGroups() {
        return Collections.unmodifiableList(neuronGroups);
    }

    /** The synapse groups, in creation order. */
    public List<SynapseGroup> synapseGroups() {
        return Collections.unmodifiableList(synapseGroups);
    }

    /** The neuron group called {@code name}. */
    public NeuronGroup neuronGroup(String name) {
        for (NeuronGroup g : neuronGroups) {
            if (g.name().equals(name)) {
                return g;
            }
        }
        throw new IllegalArgumentException("Network: no neuron group named '" + name + "'");
    }

    /** The synapse group called {@code name}. */
    public SynapseGroup synapseGroup(String name) {
        for (SynapseGroup s : synapseGroups) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        throw new IllegalArgumentException("Network: no synapse group named '" + name + "'");
    }

    /** Whether {@link #initialize()} has completed. */
    public boolean isInitialized() {
        return initialized;
    }

    /** The schedule: every behavior with its owner in execution order. */
    public List<Entry> schedule() {
        return initialized ? schedule : buildSchedule();
    }

    /**
     * Initializes every behavior in two passes over the schedule. On failure every group's state is
     * cleared and the exception is rethrown; the network can be fixed and initialized again.
     */
    public void initialize() {
        if (initialized) {
            throw new IllegalStateException("Network " + name() + " is already initialized");
        }
        List<Entry> s = buildSchedule();
        try {
            for (Entry e : s) {
                if (!e.behavior().initializeLast()) {
                    init(e);
                }
            }
            for (Entry e : s) {
                if (e.behavior().initializeLast()) {
                    init(e);
                }
            }
        } catch (RuntimeException ex) {
            for (SimObject o : objects) {
                o.clearState();
            }
            throw ex;
        }
        schedule = List.copyOf(s);
        enabled = new boolean[schedule.size()];
        refreshEnabled();
        iteration = 0;
        initialized = true;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void init(Entry e) {
        ((Behavior) e.behavior()).initialize(e.owner());
    }

    /** Runs one iteration. Initializes first if needed. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void step() {
        if (!initialized) {
            initialize();
        }
        iteration++;
        List<Entry> s = schedule;
        boolean[] on = enabled;
        for (int i = 0; i < on.length; i++) {
            if (on[i]) {
                Entry e = s.get(i);
                ((Behavior) e.behavior()).forward(e.owner());
            }
        }
    }

    /** Runs {@code iterations} steps. */
    public void simulate(int iterations) {
        simulate(iterations, null);
    }

    /** Runs {@code iterations} steps, telling {@code listener} (may be null) after each. */
    public void simulate(int iterations, ProgressListener listener) {
        if (iterations < 0) {
            throw new IllegalArgumentException("simulate: iterations (" + iterations + ") must be >= 0");
        }
        for (int i = 1; i <= iterations; i++) {
            step();
            if (listener != null) {
                listener.progress(i, iterations);
            }
        }
    }

    /**
     * Saves the whole state (weights, delays, traces, axon histories, neuron state, recorders, behaviors' own
     * state, the iteration and the random source) into one NumPy {@code .npz} archive, atomically; see
     * {@link io.conex4j.core.io.NetworkArchive}.
     */
    public void save(java.nio.file.Path path) throws java.io.IOException {
        io.conex4j.core.io.NetworkArchive.save(this, path);
    }

    /**
     * Restores a state saved by {@link #save} into this network, which must be initialized and built the same
     * way. Everything is validated first; on any error the network is left unchanged.
     */
    public void load(java.nio.file.Path path) throws java.io.IOException {
        if (!initialized) {
            initialize();
        }
        io.conex4j.core.io.NetworkArchive.load(this, path);
    }

    /** Enables or disables every behavior carrying {@code tag} (a behavior tag or its class name). */
    public Network setEnabled(String tag, boolean on) {
        if (on) {
            disabledTags.remove(tag);
        } else {
            disabledTags.add(tag);
        }
        refreshEnabled();
        return this;
    }

    private void refreshEnabled() {
        for (int i = 0; i < enabled.length; i++) {
            Behavior<?> b = schedule.get(i).behavior();
            boolean on = !disabledTags.contains(b.name());
            for (String t : b.tags()) {
                if (disabledTags.contains(t)) {
                    on = false;
                }
            }
            enabled[i] = on;
        }
    }

    private List<Entry> buildSchedule() {
        List<Entry> s = new ArrayList<>();
        for (SimObject o : objects) {
            for (Behavior<?> b : o.behaviors()) {
                s.add(new Entry(o, b));
            }
        }
        s.sort((a, b) -> Integer.compare(a.behavior().priority(), b.behavior().priority()));
        return s;
    }

    void checkMutable(String what) {
        if (initialized) {
            throw new IllegalStateException("Network " + name() + " is initialized; cannot " + what);
        }
    }

    private void checkUniqueName(String name) {
        for (SimObject o : objects) {
            if (o != this && o.name().equals(name)) {
                throw new IllegalArgumentException("Network: the name '" + name + "' is already used by " + o);
            }
        }
    }
}
