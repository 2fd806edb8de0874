package io.conex4j.core.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a network spreads an iteration over threads. The schedule is cut into phases: a run of consecutive
 * {@link Partitioned} behaviors whose declared state does not cross between partition groups (except reads of
 * earlier iterations of a {@linkplain StateKey#history history}, such as the axon) runs on every thread at once (thread {@code p} takes part {@code p} of each, in schedule order), every other behavior runs alone on the
 * stepping thread. With one thread the network steps as it always does. The number of threads is the one given, or
 * the system property {@value #PROPERTY}, or, automatically, every processor when the partitioned work of an
 * iteration is large enough to repay the synchronization ({@value #AUTO_WORK} operations, about the microcircuit at
 * half scale), one otherwise.
 *
 * <p>Parts: when whole partition groups can be packed into one part per thread with no part more than
 * {@link #WHOLE_GROUP_SLACK} times an even share of the work ({@link Partitioned#work}), each group goes whole into
 * one part; otherwise the neurons are split into {@value #PARTS_PER_THREAD} parts per thread. Thread {@code i} runs
 * parts {@code i}, {@code i + threads}, ... every iteration, so each part's state stays in one processor's cache. The
 * network plans once more {@value #REPLAN_AFTER} iterations after its first plan, by the work the behaviors have
 * measured meanwhile (the synapses spikes reached, for the delayed delivery). Where a neuron falls never changes a
 * result.
 */
final class Threading {

    /** System property with the default number of threads of every network (a positive integer, or {@code auto}). */
    static final String PROPERTY = "conex4j.threads";
    /** Partitioned work per iteration from which the automatic choice uses every processor. */
    static final long AUTO_WORK = 40_000;
    /** Neuron bounds are multiples of this (64 bytes of floats), so that parts do not share cache lines. */
    private static final int ALIGN = 16;
    /** Parts per thread when groups are split into ranges of neurons. */
    static final int PARTS_PER_THREAD = 2;

    /** Iterations after the first plan at which the network plans again, by the work measured meanwhile. */
    static final long REPLAN_AFTER = 1000;
    /** The most a thread's whole groups may exceed an even share of the work and still be kept whole. */
    static final double WHOLE_GROUP_SLACK = 1.1;

    private final Network net;
    private long replanAt = -1;
    private boolean replanned;
    private int requested;
    private Behavior<?>[] plannedFor;
    private int resolved = 1;
    private Object[] items;
    private StepPool pool;
    private final List<Split> splits = new ArrayList<>();

    Threading(Network net) {
        this.net = net;
    }

    /** {@code n} threads (&ge; 1), or 0 for the automatic choice. */
    void request(int n) {
        requested = n;
        plannedFor = null;
        replanAt = -1;
        replanned = false;
    }

    /** The requested count (0 = automatic). */
    int requested() {
        return requested;
    }

    /**
     * The count in use: as requested, else the automatic choice of the last plan, else (before the first step) the
     * most the automatic choice may take.
     */
    int current() {
        if (requested > 0) {
            return requested;
        }
        if (plannedFor != null) {
            return resolved;
        }
        Integer p = property();
        return p != null ? p : processors();
    }

    /** The thread count the system property gives, or null when it is unset or {@code auto}. */
    private static Integer property() {
        String prop = System.getProperty(PROPERTY);
        if (prop == null || prop.isBlank() || prop.trim().equalsIgnoreCase("auto")) {
            return null;
        }
        try {
            int n = Integer.parseInt(prop.trim());
            if (n >= 1 && n <= Network.MAX_THREADS) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(PROPERTY + ": '" + prop + "' must be auto or a whole number from 1 to "
                + Network.MAX_THREADS);
    }

    /**
     * Makes the plan for the coming iteration of {@code run} when it has none (or the time to plan again has come).
     * Called before the iteration begins: when it fails, the network is as it was, every behavior in one part.
     */
    void prepare(Behavior<?>[] run, SimObject[] owners, DataFlow flow) {
        long coming = net.iteration() + 1;
        if (replanAt >= 0 && coming >= replanAt && plannedFor == run && items != null) {
            // the partitioned behaviors have measured their work by now: split by it (the results do not change)
            plannedFor = null;
            replanned = true;
        }
        if (plannedFor != run) {
            plan(run, owners, flow, coming);
        }
    }

    /**
     * Runs the iteration {@link #prepare} planned in parallel phases; returns false when it runs on one thread (the
     * caller steps then).
     */
    boolean step() {
        if (items == null) {
            return false;
        }
        for (Object item : items) {
            if (item instanceof Phase ph) {
                pool.run(ph, ph.parts);
            } else {
                ((Serial) item).run();
            }
        }
        return true;
    }

    private void plan(Behavior<?>[] run, SimObject[] owners, DataFlow flow, long coming) {
        int n = replanned ? resolved : choose(run, owners);
        boolean again = replanned;
        replanned = false;
        unsplit();
        // the workers stay when their number does (new threads would start with empty caches)
        if (pool != null && pool.threads() != n) {
            endWorkers();
        }
        if (again) {
            replanAt = -1;
        }
        plannedFor = run;
        resolved = n;
        if (n == 1) {
            endWorkers();
            return;
        }
        Map<Behavior<?>, List<DataFlow.Use>> uses = new IdentityHashMap<>();
        if (flow != null) {
            for (DataFlow.Use u : flow.uses()) {
                uses.computeIfAbsent(u.by().behavior(), k -> new ArrayList<>()).add(u);
            }
        }
        Map<NeuronGroup, int[]> bounds = packWhole(run, owners, n);
        int parts = n;
        if (bounds == null) {
            parts = n * PARTS_PER_THREAD;
            bounds = assign(run, owners, parts);
        }
        if (!again) {
            replanAt = coming + REPLAN_AFTER;
        }
        try {
            splitIntoPhases(run, owners, uses, bounds, parts);
        } catch (RuntimeException | Error e) {
            // the network is left as it was: every behavior in one part, no plan (the next step plans again)
            try {
                unsplit();
            } catch (RuntimeException | Error undo) {
                e.addSuppressed(undo);
            } finally {
                endWorkers();
            }
            throw e;
        }
        if (pool == null && items != null) {
            pool = new StepPool(net.name(), n);
        }
    }

    /**
     * Splits the partitioned behaviors of {@code run} by {@code bounds} and cuts the schedule into phases; sets the
     * plan's items, or releases the threads when nothing is shared.
     */
    private void splitIntoPhases(Behavior<?>[] run, SimObject[] owners, Map<Behavior<?>, List<DataFlow.Use>> uses,
            Map<NeuronGroup, int[]> bounds, int parts) {
        List<Object> out = new ArrayList<>();
        PhaseBuilder phase = new PhaseBuilder();
        for (int i = 0; i < run.length; i++) {
            if (run[i] instanceof Partitioned<?> p && (p.splittable() || whole(bounds.get(group(p, owners[i]))))) {
                NeuronGroup g = group(p, owners[i]);
                int[] b = bounds.get(g);
                Member m = new Member(run[i], owners[i], g, b, uses.getOrDefault(run[i], List.of()));
                if (phase.conflicts(m)) {
                    out.add(phase.build(parts));
                    phase = new PhaseBuilder();
                }
                phase.add(m);
                split(p, owners[i], b);
            } else {
                if (!phase.isEmpty()) {
                    out.add(phase.build(parts));
                    phase = new PhaseBuilder();
                }
                out.add(new Serial(run[i], owners[i]));
            }
        }
        if (!phase.isEmpty()) {
            out.add(phase.build(parts));
        }
        if (out.stream().noneMatch(x -> x instanceof Phase)) {
            // nothing to share: step as on one thread
            release();
            plannedFor = run;
            return;
        }
        items = out.toArray();
    }

    /**
     * The plan of the last step as text: the thread count, then each phase the threads run part by part and each
     * behavior that runs alone on the stepping thread, in order (names counted when repeated), then the parts of each
     * partition group; or that the network steps on one thread.
     */
    String describe() {
        StringBuilder b = new StringBuilder();
        if (plannedFor == null) {
            return b.append("not planned (the next step plans)\n").toString();
        }
        if (items == null) {
            return b.append("1 thread\n").toString();
        }
        long phases = Arrays.stream(items).filter(x -> x instanceof Phase).count();
        b.append(resolved).append(" threads, ").append(phases).append(phases == 1 ? " phase" : " phases")
                .append(" per step (the threads meet at the end of each)\n");
        Map<NeuronGroup, int[]> parts = new LinkedHashMap<>();
        for (Object item : items) {
            if (item instanceof Phase ph) {
                b.append("  phase:");
                Map<String, Integer> names = new LinkedHashMap<>();
                for (int i = 0; i < ph.behaviors.length; i++) {
                    names.merge(((Behavior<?>) ph.behaviors[i]).name(), 1, Integer::sum);
                    parts.put(group(ph.behaviors[i], ph.owners[i]), ph.bounds[i]);
                }
                names.forEach((n, c) -> b.append(' ').append(n).append(c > 1 ? " x" + c : ""));
                b.append('\n');
            } else {
                Serial s = (Serial) item;
                b.append("  alone: ").append(s.behavior().name()).append(" on ").append(s.owner().name()).append('\n');
            }
        }
        parts.forEach((g, bounds) -> b.append("  ").append(g.name()).append(": ")
                .append(Arrays.toString(bounds)).append('\n'));
        return b.toString();
    }

    /** Puts every split back to one part and ends the workers. */
    void release() {
        unsplit();
        endWorkers();
    }

    /**
     * Puts every split back to one part; the network has no plan then. A behavior whose return to one part fails
     * (out of heap, say) stays listed, and the first failure is thrown (with the others suppressed): the next step
     * plans again, which begins here, so the network never steps with a behavior left in several parts.
     */
    private void unsplit() {
        items = null;
        plannedFor = null;
        Throwable failed = null;
        for (Iterator<Split> it = splits.iterator(); it.hasNext();) {
            try {
                it.next().reset();
                it.remove();
            } catch (RuntimeException | Error e) {
                if (failed == null) {
                    failed = e;
                } else {
                    failed.addSuppressed(e);
                }
            }
        }
        if (failed instanceof RuntimeException re) {
            throw re;
        }
        if (failed != null) {
            throw (Error) failed;
        }
    }

    private void endWorkers() {
        if (pool != null) {
            pool.close();
            pool = null;
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void split(Partitioned p, SimObject owner, int[] b) {
        // recorded first: a split that fails halfway is undone with the others
        splits.add(new Split(p, owner));
        p.split(owner, b);
    }

    /** One behavior's split, to be undone. */
    private record Split(Partitioned<?> p, SimObject owner) {
        @SuppressWarnings({"unchecked", "rawtypes"})
        void reset() {
            NeuronGroup g = ((Partitioned) p).partitionGroup(owner);
            ((Partitioned) p).split(owner, new int[] {0, g.size()});
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static NeuronGroup group(Partitioned p, SimObject owner) {
        return p.partitionGroup(owner);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private int choose(Behavior<?>[] run, SimObject[] owners) {
        if (requested > 0) {
            return requested;
        }
        Integer prop = property();
        if (prop != null) {
            return prop;
        }
        int cpus = processors();
        if (cpus <= 1) {
            return 1;
        }
        long work = 0;
        for (int i = 0; i < run.length; i++) {
            if (run[i] instanceof Partitioned p) {
                work += p.work(owners[i]);
            }
        }
        return work >= AUTO_WORK ? cpus : 1;
    }

    /**
     * The processors the JVM may use. (A processor that another process keeps busy does not stall the steps: the
     * stepping thread takes over a part that its worker has not started in time, see {@link StepPool}.)
     */
    static int processors() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /** The partition groups, largest work first, and each group's work per iteration. */
    private record GroupWork(List<NeuronGroup> order, Map<NeuronGroup, Long> work, long total) {

        @SuppressWarnings({"unchecked", "rawtypes"})
        static GroupWork of(Behavior<?>[] run, SimObject[] owners) {
            Map<NeuronGroup, Long> work = new IdentityHashMap<>();
            List<NeuronGroup> order = new ArrayList<>();
            long total = 0;
            for (int i = 0; i < run.length; i++) {
                if (run[i] instanceof Partitioned p) {
                    NeuronGroup g = p.partitionGroup(owners[i]);
                    long w = Math.max(1, p.work(owners[i]));
                    if (!work.containsKey(g)) {
                        order.add(g);
                    }
                    work.merge(g, w, Long::sum);
                    total += w;
                }
            }
            order.sort((a, b) -> Long.compare(work.get(b), work.get(a)));
            return new GroupWork(order, work, total);
        }
    }

    /** Puts group {@code g} whole into the part with the least load so far; returns that part. */
    private static int intoLeastLoaded(NeuronGroup g, long[] load, Map<NeuronGroup, int[]> out) {
        int least = 0;
        for (int p = 1; p < load.length; p++) {
            if (load[p] < load[least]) {
                least = p;
            }
        }
        int[] b = new int[load.length + 1];
        for (int p = least + 1; p <= load.length; p++) {
            b[p] = g.size();
        }
        out.put(g, b);
        return least;
    }

    /**
     * The bounds of every partition group: a group whose partitioned work is at most a part's fair share goes whole
     * into the part with the least work so far (largest groups first), so that its synapses' rows are read whole, not
     * a slice per part (reading a row costs mostly its first cache miss); a larger group is split into ranges over all
     * parts. Which part a neuron falls in never changes a result.
     */
    static Map<NeuronGroup, int[]> assign(Behavior<?>[] run, SimObject[] owners, int parts) {
        GroupWork gw = GroupWork.of(run, owners);
        double share = (double) gw.total() / parts;
        long[] load = new long[parts];
        Map<NeuronGroup, int[]> out = new IdentityHashMap<>();
        for (NeuronGroup g : gw.order()) {
            long w = gw.work().get(g);
            if (w > share) {
                out.put(g, bounds(g.size(), parts));
                for (int p = 0; p < parts; p++) {
                    load[p] += w / parts;
                }
            } else {
                load[intoLeastLoaded(g, load, out)] += w;
            }
        }
        return out;
    }

    /**
     * Whole partition groups packed into one part per thread (largest work first, each into the part with the least
     * so far), when no part then exceeds an even share by more than {@link #WHOLE_GROUP_SLACK}; null otherwise. A
     * group whole in one part has its synapses' rows read by one thread, whole, and nothing else to share.
     */
    static Map<NeuronGroup, int[]> packWhole(Behavior<?>[] run, SimObject[] owners, int parts) {
        GroupWork gw = GroupWork.of(run, owners);
        if (gw.order().size() < parts) {
            return null;
        }
        long[] load = new long[parts];
        Map<NeuronGroup, int[]> out = new IdentityHashMap<>();
        for (NeuronGroup g : gw.order()) {
            load[intoLeastLoaded(g, load, out)] += gw.work().get(g);
        }
        long most = 0;
        for (long l : load) {
            most = Math.max(most, l);
        }
        return most <= WHOLE_GROUP_SLACK * gw.total() / parts ? out : null;
    }

    /** Whether each part has all of a group or none of it. */
    private static boolean whole(int[] bounds) {
        int size = bounds[bounds.length - 1];
        for (int p = 0; p + 1 < bounds.length; p++) {
            int n = bounds[p + 1] - bounds[p];
            if (n != 0 && n != size) {
                return false;
            }
        }
        return true;
    }

    /** {@code parts} ranges over {@code size} neurons, bounds at multiples of {@value #ALIGN}. */
    static int[] bounds(int size, int parts) {
        int[] b = new int[parts + 1];
        for (int p = 1; p < parts; p++) {
            long at = (long) size * p / parts;
            b[p] = (int) Math.min(size, Math.max(b[p - 1], at / ALIGN * ALIGN));
        }
        b[parts] = size;
        return b;
    }

    /** A piece of state: a key on an object (both compared by identity). */
    private record State(SimObject on, StateKey<?> key) {
    }

    /** A use of a piece of state by a member of a phase, split over the member's partition group. */
    private record Held(NeuronGroup group, DataFlow.Use use) {
    }

    /** The members of a phase being formed, with their uses by piece of state. */
    private static final class PhaseBuilder {
        private final List<Member> members = new ArrayList<>();
        private final Map<State, List<Held>> uses = new HashMap<>();

        /**
         * Whether {@code m} must start a new phase: it reads or writes state that a member split over another group
         * writes (or writes state such a member reads).
         */
        boolean conflicts(Member m) {
            for (DataFlow.Use a : m.uses()) {
                for (Held h : uses.getOrDefault(new State(a.on(), a.key()), List.of())) {
                    if (h.group() != m.group() && (writes(a) || writes(h.use())) && !historyRead(a, h.use())) {
                        return true;
                    }
                }
            }
            return false;
        }

        void add(Member m) {
            members.add(m);
            for (DataFlow.Use a : m.uses()) {
                uses.computeIfAbsent(new State(a.on(), a.key()), k -> new ArrayList<>()).add(new Held(m.group(), a));
            }
        }

        boolean isEmpty() {
            return members.isEmpty();
        }

        Phase build(int parts) {
            return new Phase(members.toArray(new Member[0]), parts);
        }
    }

    /**
     * Whether one of the two reads the previous iterations of a history that the other writes: the reader addresses
     * earlier iterations, which the writer leaves alone ({@link StateKey#history}), so both may run at once.
     */
    private static boolean historyRead(DataFlow.Use a, DataFlow.Use b) {
        return a.key().keepsHistory()
                && (writes(a) && b.access() == DataFlow.Access.READS_PREVIOUS
                        || writes(b) && a.access() == DataFlow.Access.READS_PREVIOUS);
    }

    private static boolean writes(DataFlow.Use u) {
        return u.access() == DataFlow.Access.WRITES;
    }

    /** A behavior that runs alone on the stepping thread. */
    private record Serial(Behavior<?> behavior, SimObject owner) {
        @SuppressWarnings({"unchecked", "rawtypes"})
        void run() {
            ((Behavior) behavior).forward(owner);
        }
    }

    /** One partitioned behavior in a phase, with the bounds of its partition group. */
    private record Member(Behavior<?> behavior, SimObject owner, NeuronGroup group, int[] bounds,
            List<DataFlow.Use> uses) {
    }

    /**
     * Partitioned behaviors run together: thread p runs part p of each, in order, skipping the members that have no
     * neurons in that part (a group kept whole in another part).
     */
    private static final class Phase implements StepPool.Task {
        private final int parts;
        private final Partitioned<?>[] behaviors;
        private final SimObject[] owners;
        private final int[][] bounds;
        /** Per part, the members with neurons in it, in schedule order. */
        private final int[][] inPart;
        /** A sum of read-ahead values that no network reaches in practice. */
        private static final long UNREAD = 0x5eed_0f_5eed_0fL;

        Phase(Member[] members, int parts) {
            this.parts = parts;
            behaviors = new Partitioned<?>[members.length];
            owners = new SimObject[members.length];
            bounds = new int[members.length][];
            for (int i = 0; i < members.length; i++) {
                behaviors[i] = (Partitioned<?>) members[i].behavior();
                owners[i] = members[i].owner();
                bounds[i] = members[i].bounds();
            }
            inPart = new int[parts][];
            for (int p = 0; p < parts; p++) {
                int n = 0;
                int[] list = new int[members.length];
                for (int i = 0; i < members.length; i++) {
                    if (bounds[i][p] < bounds[i][p + 1]) {
                        list[n++] = i;
                    }
                }
                inPart[p] = Arrays.copyOf(list, n);
            }
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public void run(int part) {
            long read = 0;
            for (int i : inPart[part]) {
                read += ((Partitioned) behaviors[i]).readAhead(owners[i], part);
            }
            if (read == UNREAD) {
                // never true in practice; the test keeps the reads
                Thread.onSpinWait();
            }
            for (int i : inPart[part]) {
                int[] b = bounds[i];
                ((Partitioned) behaviors[i]).forward(owners[i], part, b[part], b[part + 1]);
            }
        }
    }
}
