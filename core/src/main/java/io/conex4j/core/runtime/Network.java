package io.conex4j.core.runtime;

import io.conex4j.core.kernels.KernelProvider;
import io.conex4j.core.kernels.Kernels;
import io.conex4j.core.random.RandomSource;
import io.conex4j.core.random.SeededRandom;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A spiking network: its time step {@code dt} (ms), its seeded random source, its neuron and synapse
 * groups, and one schedule of behaviors.
 *
 * <p>Life cycle: create groups and attach behaviors, then {@link #initialize()} (two passes in schedule
 * order: ordinary behaviors, then those with {@link Behavior#initializeLast()}), then {@link #step()} or
 * {@link #simulate(int)}. Each step first increments {@link #iteration()}, then runs every enabled
 * behavior's {@code forward} in schedule order: by priority, ties in creation order of the owners (the
 * network itself first), then attachment order. The structure is frozen once initialized.
 *
 * <p>Threading: a network is used by one thread at a time; a second thread that steps it while it runs
 * gets an {@link IllegalStateException}. Separate networks may run in parallel threads.
 * {@code io.conex4j.core.io.NetworkArchive} saves and restores a network's state.
 */
public final class Network extends SimObject {

    private float dt;
    private final long seed;
    private RandomSource random;
    private Kernels kernels;
    private final List<SimObject> objects = new ArrayList<>();
    private final List<NeuronGroup> neuronGroups = new ArrayList<>();
    private final List<SynapseGroup> synapseGroups = new ArrayList<>();
    private final Set<String> disabledTags = new HashSet<>();
    private List<Entry> schedule = List.of();
    private boolean[] enabled = new boolean[0];
    /** The enabled behaviors that do something per step, in schedule order, and their owners. */
    private Behavior<?>[] active = new Behavior<?>[0];
    private SimObject[] activeOwners = new SimObject[0];
    private boolean initialized;
    private long iteration;
    private DataFlow dataFlow;
    private final AtomicReference<Thread> busy = new AtomicReference<>();
    private final Threading threading = new Threading(this);

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
        this.dt = checkDt(dt);
        this.seed = seed;
        this.random = new SeededRandom(seed);
        this.kernels = KernelProvider.get();
        objects.add(this);
    }

    /**
     * {@code dt} as stored (float32), checked: finite and &gt; 0 as a float32.
     *
     * @throws IllegalArgumentException naming the value and the allowed range
     */
    public static float checkDt(double dt) {
        float stored = (float) dt;
        if (!(stored >= Float.MIN_NORMAL) || !Float.isFinite(stored)) {
            throw new IllegalArgumentException("Network: dt (" + dt + ") must be finite and > 0 (ms)"
                    + (dt > 0 && Double.isFinite(dt) ? " as a float32 (" + Float.MIN_NORMAL + " to " + Float.MAX_VALUE
                            + ")" : ""));
        }
        return stored;
    }

    @Override
    public Network network() {
        return this;
    }

    /**
     * The time step in ms, as float32 (CoNeX's {@code network.dt}). Behaviors read it on every use, so a change
     * ({@link #setDt}) takes effect at the next use.
     */
    public float dt() {
        return dt;
    }

    /**
     * Changes the time step (ms), at initialize (CoNeX's TimeResolution) or between and during steps (a behavior
     * that varies dt); the models and traces read it on every use. A network archive saves and restores it.
     *
     * @throws IllegalArgumentException unless {@code dt} is finite and &gt; 0 as a float32
     */
    public void setDt(double dt) {
        this.dt = checkDt(dt);
    }

    /** The seed given at construction. */
    public long seed() {
        return seed;
    }

    /** The data flow resolved at initialize (set before the behaviors initialize; null before). */
    public DataFlow dataFlow() {
        return dataFlow;
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
        this.random = Check.notNull("Network", "source", source);
        return this;
    }

    /** The kernels used by this network's behaviors. */
    public Kernels kernels() {
        return kernels;
    }

    /** Uses the given kernels (e.g. {@code KernelProvider.scalar()}); only before {@link #initialize()}. */
    public Network kernels(Kernels k) {
        checkMutable("replace the kernels");
        this.kernels = Check.notNull("Network", "kernels", k);
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
        Check.notNull("Network", "src", src);
        Check.notNull("Network", "dst", dst);
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
     * Initializes the network: resolves the declared data flow ({@link Behavior#declare}: adds the standard
     * behaviors that reads name when nothing provides their state, checks that every read state has a
     * provider and that writers run in the declared order), then initializes every behavior in two passes
     * over the schedule. On failure the behaviors it added are removed, every group's state is cleared and
     * the random source is put back, so fixing the cause and initializing again gives the same network as a
     * fresh build; the exception is rethrown.
     */
    public void initialize() {
        if (initialized) {
            throw new IllegalStateException("Network " + name() + " is already initialized");
        }
        long[] randomBefore = random.hasState() ? random.state() : null;
        float dtBefore = dt;
        List<Added> added = new ArrayList<>();
        try {
            DataFlow flow = resolve(added);
            List<Entry> s = flow.schedule();
            checkOrder(s, flow);
            dataFlow = flow;
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
            schedule = List.copyOf(s);
        } catch (RuntimeException | Error ex) {
            dataFlow = null;
            for (SimObject o : objects) {
                o.clearState();
            }
            for (Added a : added) {
                a.owner().detach(a.behavior());
            }
            if (randomBefore != null) {
                random.restore(randomBefore);
            }
            dt = dtBefore;
            throw ex;
        }
        enabled = new boolean[schedule.size()];
        refreshEnabled();
        iteration = 0;
        initialized = true;
    }

    private record Added(SimObject owner, Behavior<?> behavior) {
    }

    /** Collects the declarations, adding providers and consumers until nothing is missing. */
    private DataFlow resolve(List<Added> added) {
        for (int round = 0; ; round++) {
            DataFlow flow = collect(buildSchedule());
            Map<StateId, DataFlow.Use> providers = new HashMap<>();
            Map<StateId, DataFlow.Use> readers = new HashMap<>();
            for (DataFlow.Use u : flow.uses()) {
                if (u.access().provides()) {
                    providers.putIfAbsent(id(u), u);
                } else {
                    readers.putIfAbsent(id(u), u);
                }
            }
            List<String> missing = new ArrayList<>();
            boolean grew = false;
            for (DataFlow.Use u : flow.uses()) {
                StateId id = id(u);
                if (u.access().isRead() && !u.optional() && !providers.containsKey(id) && !u.on().isBuiltIn(u.key())) {
                    if (u.provider() != null) {
                        grew |= attachOnce(u.on(), u.provider().get(), added);
                        providers.put(id, u);
                    } else {
                        missing.add(u.by().behavior().name() + " on " + u.by().owner().name() + " reads "
                                + u.state() + " but no behavior creates or writes it"
                                + (u.key().hint() == null ? "" : "; " + u.key().hint()));
                    }
                }
                if (u.consumer() != null && !readers.containsKey(id)) {
                    grew |= attachOnce(u.consumerOwner(), u.consumer().get(), added);
                    readers.put(id, u);
                }
            }
            if (!missing.isEmpty()) {
                throw new IllegalStateException("Network " + name() + ": " + String.join("; ", missing));
            }
            if (!grew) {
                return flow;
            }
            if (round > objects.size() + 16) {
                throw new IllegalStateException("Network " + name() + ": the standard behaviors keep adding"
                        + " each other; last added " + added.get(added.size() - 1).behavior().name());
            }
        }
    }

    /** A piece of state: an object and a key (both compared by identity). */
    private record StateId(SimObject on, StateKey<?> key) {
    }

    private static StateId id(DataFlow.Use u) {
        return new StateId(u.on(), u.key());
    }

    /** Attaches {@code b} unless a behavior of the same class is already on {@code owner}. */
    private static boolean attachOnce(SimObject owner, Behavior<?> b, List<Added> added) {
        for (Behavior<?> existing : owner.behaviors()) {
            if (existing.getClass() == b.getClass()) {
                return false;
            }
        }
        owner.attach(b);
        added.add(new Added(owner, b));
        return true;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static DataFlow collect(List<Entry> s) {
        DataFlow flow = new DataFlow(s);
        for (Entry e : s) {
            flow.begin(e);
            ((Behavior) e.behavior()).declare(e.owner(), flow);
        }
        flow.begin(null);
        return flow;
    }

    /** Every same-iteration read after its writers, every previous-iteration read before them. */
    private void checkOrder(List<Entry> s, DataFlow flow) {
        Map<Entry, Integer> position = new IdentityHashMap<>();
        for (int i = 0; i < s.size(); i++) {
            position.put(s.get(i), i);
        }
        List<String> problems = new ArrayList<>();
        for (DataFlow.Use r : flow.uses()) {
            if (r.access() != DataFlow.Access.READS && r.access() != DataFlow.Access.READS_PREVIOUS) {
                continue;
            }
            for (DataFlow.Use w : flow.uses()) {
                if (w.access() != DataFlow.Access.WRITES || w.by() == r.by() || w.on() != r.on() || w.key() != r.key()) {
                    continue;
                }
                boolean before = position.get(w.by()) < position.get(r.by());
                if (r.access() == DataFlow.Access.READS && !before) {
                    problems.add(r.by() + " reads this iteration's " + r.state() + " but " + w.by()
                            + " writes it later in the iteration");
                } else if (r.access() == DataFlow.Access.READS_PREVIOUS && before) {
                    problems.add(r.by() + " reads the previous iteration's " + r.state() + " but " + w.by()
                            + " writes it earlier in the iteration");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Network " + name() + ": behaviors run in an order their data flow"
                    + " forbids (change a priority): " + String.join("; ", problems));
        }
    }

    /**
     * How the last step ran on threads, as text: the thread count, the phases the threads ran part by part (each
     * ends with the threads meeting) and the behaviors that ran alone on the stepping thread, in order, then the
     * neuron bounds of each part of every partition group; before the first step, that no plan exists yet.
     */
    public String describeThreads() {
        return "threads of network " + name() + ": " + threading.describe();
    }

    /**
     * The schedule as text, one behavior a line ({@code priority owner behavior} with what it writes and reads),
     * then every data edge between behaviors, marked {@code same iteration} or {@code next iteration} (a value
     * read in the iteration after it was written, like the spikes a dendritic input takes from the catcher).
     * Before {@link #initialize()} only the declared behaviors are shown, without the ones initialize adds.
     */
    public String describeSchedule() {
        List<Entry> s = schedule();
        DataFlow flow = initialized ? dataFlow : collect(s);
        Map<Entry, Integer> position = new IdentityHashMap<>();
        for (int i = 0; i < s.size(); i++) {
            position.put(s.get(i), i);
        }
        StringBuilder b = new StringBuilder("schedule of network ").append(name()).append(" (dt ").append(dt)
                .append(" ms)\n");
        for (Entry e : s) {
            StringBuilder w = new StringBuilder();
            StringBuilder r = new StringBuilder();
            for (DataFlow.Use u : flow.uses()) {
                if (u.by() == e) {
                    StringBuilder into = u.access().provides() ? w : r;
                    into.append(into.length() == 0 ? "" : ", ").append(u.state())
                            .append(u.access() == DataFlow.Access.CREATES ? " (init)" : "")
                            .append(u.access() == DataFlow.Access.READS_PREVIOUS ? " (previous)" : "");
                }
            }
            b.append(String.format("  %5d  %-16s %-24s", e.behavior().priority(), e.owner().name(), e.behavior().name()));
            if (w.length() > 0) {
                b.append("  writes ").append(w);
            }
            if (r.length() > 0) {
                b.append("  reads ").append(r);
            }
            b.append('\n');
        }
        b.append("edges:\n");
        for (DataFlow.Use r : flow.uses()) {
            if (!r.access().isRead()) {
                continue;
            }
            for (DataFlow.Use w : flow.uses()) {
                if (w.access() == DataFlow.Access.WRITES && w.by() != r.by() && w.on() == r.on() && w.key() == r.key()) {
                    boolean same = position.get(w.by()) < position.get(r.by());
                    b.append("  ").append(r.state()).append(": ").append(w.by()).append(" -> ").append(r.by())
                            .append(same ? "  same iteration" : "  next iteration").append('\n');
                }
            }
        }
        return b.toString();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void init(Entry e) {
        ((Behavior) e.behavior()).initialize(e.owner());
    }

    /**
     * Runs one iteration. Initializes first if needed.
     *
     * @throws IllegalStateException if another thread is stepping this network (one network is used by one
     *     thread at a time; independent networks may run in parallel threads)
     */
    public void step() {
        enter();
        try {
            stepOnce();
        } finally {
            busy.set(null);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void stepOnce() {
        if (!initialized) {
            initialize();
        }
        Behavior[] run = active;
        SimObject[] owners = activeOwners;
        threading.prepare(run, owners, dataFlow);
        iteration++;
        if (threading.step()) {
            return;
        }
        for (int i = 0; i < run.length; i++) {
            run[i].forward(owners[i]);
        }
    }

    /** An action run with the network to itself; see {@link #exclusively}. */
    @FunctionalInterface
    public interface Exclusive<E extends Exception> {
        /** The action. */
        void run() throws E;
    }

    /**
     * Runs {@code action} with the network to itself, like a step: another thread stepping, saving or loading
     * the network at the same time gets an {@link IllegalStateException} (used by the archive's save and load).
     */
    public <E extends Exception> void exclusively(Exclusive<E> action) throws E {
        enter();
        try {
            action.run();
        } finally {
            busy.set(null);
        }
    }

    private void enter() {
        Thread me = Thread.currentThread();
        if (!busy.compareAndSet(null, me)) {
            Thread other = busy.get();
            throw new IllegalStateException("Network " + name() + " is being run by thread '"
                    + (other == null ? "?" : other.getName()) + "' and cannot be run by '" + me.getName()
                    + "' at the same time; use one network from one thread at a time (separate networks may run"
                    + " in parallel)");
        }
    }

    /**
     * Runs each iteration on {@code n} threads (1 to {@value #MAX_THREADS}): {@link Partitioned} behaviors share
     * their work, everything else runs on the stepping thread; the results are the same, bit for bit, for every
     * {@code n}. The default is automatic (the system property {@code conex4j.threads} overrides it): every
     * processor when the partitioned work of an iteration repays the synchronization (the microcircuit from about
     * half scale), one thread otherwise. May change between runs.
     *
     * @throws IllegalArgumentException if {@code n} is not between 1 and {@value #MAX_THREADS}
     */
    public Network threads(int n) {
        checkThreads("Network " + name() + ": threads", n);
        enter();
        try {
            threading.request(n);
        } finally {
            busy.set(null);
        }
        return this;
    }

    /** The most threads a network runs on. */
    public static final int MAX_THREADS = 1024;

    /**
     * Returns {@code n} if it is a thread count a network can run on (1 to {@value #MAX_THREADS}).
     *
     * @param what what the count is, as in messages, e.g. {@code "network.threads"}
     * @throws IllegalArgumentException naming {@code what}, the count and the allowed range otherwise
     */
    public static int checkThreads(String what, int n) {
        if (n < 1 || n > MAX_THREADS) {
            throw new IllegalArgumentException(what + " (" + n + ") must be 1 to " + MAX_THREADS);
        }
        return n;
    }

    /**
     * The number of threads: as given to {@link #threads(int)} (or by {@code conex4j.threads}), else the automatic
     * choice the last step made, else, before the first step, the most the automatic choice may take (the
     * processors). Builders that work in parallel (connection rules) use this many threads.
     */
    public int threads() {
        return threading.current();
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
        enter();
        try {
            for (int i = 1; i <= iterations; i++) {
                stepOnce();
                if (listener != null) {
                    listener.progress(i, iterations);
                }
            }
        } finally {
            busy.set(null);
        }
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
        List<Behavior<?>> run = new ArrayList<>();
        List<SimObject> owners = new ArrayList<>();
        for (int i = 0; i < enabled.length; i++) {
            Entry e = schedule.get(i);
            if (enabled[i] && hasForward(e.behavior())) {
                run.add(e.behavior());
                owners.add(e.owner());
            }
        }
        active = run.toArray(new Behavior<?>[0]);
        activeOwners = owners.toArray(new SimObject[0]);
    }

    /** Whether the behavior's class overrides {@code forward} (initializers and the like do nothing per step). */
    private static boolean hasForward(Behavior<?> b) {
        for (Class<?> c = b.getClass(); c != Behavior.class; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.getName().equals("forward") && m.getParameterCount() == 1 && !m.isBridge()) {
                    return true;
                }
            }
        }
        return false;
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

    /** The network in one line: name, dt, seed, groups, behaviors, iteration and kernels. */
    @Override
    public String toString() {
        long neurons = 0;
        for (NeuronGroup g : neuronGroups) {
            neurons += g.size();
        }
        int behaviorCount = 0;
        for (SimObject o : objects) {
            behaviorCount += o.behaviors().size();
        }
        return "Network(" + name() + ": dt " + dt + " ms, seed " + seed + ", " + neuronGroups.size() + " neuron groups ("
                + neurons + " neurons), " + synapseGroups.size() + " synapse groups, " + behaviorCount + " behaviors, "
                + (initialized ? "iteration " + iteration : "not initialized") + ", " + kernels.name() + " kernels)";
    }

    private void checkUniqueName(String name) {
        for (SimObject o : objects) {
            if (o != this && o.name().equals(name)) {
                throw new IllegalArgumentException("Network: the name '" + name + "' is already used by " + o);
            }
        }
    }
}
