package io.conex4j.core.behaviors.psc;

import io.conex4j.core.behaviors.neuron.NeuronAxon;
import io.conex4j.core.runtime.Axon;
import io.conex4j.core.runtime.Behavior;
import io.conex4j.core.runtime.Network;
import io.conex4j.core.runtime.DataFlow;
import io.conex4j.core.runtime.NeuronGroup;
import io.conex4j.core.runtime.Partitioned;
import io.conex4j.core.runtime.Priorities;
import io.conex4j.core.runtime.Slot;
import io.conex4j.core.runtime.SynapseGroup;
import io.conex4j.core.storage.Capacity;
import io.conex4j.core.storage.DelayedSynapses;
import io.conex4j.core.storage.FutureInput;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Event-driven delivery over synapses with per-synapse delays: each iteration, for every source that spiked in the
 * previous iteration (read from the source group's {@link Axon}; with CoNeX's per-neuron source delays
 * ({@link SynapseGroup#SRC_DELAY}, from a {@code DelayInitializer}), {@code srcDelay[i]} iterations earlier still,
 * so the two delays add), adds each synapse's weight to the destination's {@link DelayedInput#INPUT} of the iteration
 * {@code delay} iterations after the spike. A delay of 1 reaches the destination's neuron model in the
 * iteration right after the spike. The weights carry their sign; a source or synapse tagged {@code inh} or
 * {@code GABA} flips it, as for CoNeX's dendritic inputs. Split over the destination's neurons
 * ({@link Partitioned}); each target's inputs are added in one order (the spiking sources by source delay, then
 * index, then each row in order) whatever the split. Priority 180; it must run before the source's axon (380). It
 * reads the source's spikes by iteration ({@link Axon#spikesOf}), so on several threads it shares a phase with the
 * axons: one barrier per iteration.
 */
public final class DelayedDelivery extends Behavior<SynapseGroup> implements Partitioned<SynapseGroup> {

    /** Firing rate assumed for the work estimate of the automatic thread count before any is measured, in Hz. */
    private static final double ASSUMED_RATE_HZ = 5;
    /** Iterations from which the work estimate is the measured one. */
    private static final long MEASURED_AFTER = 500;
    /** Spacing of the per-part counters (longs), so that parts on different threads do not share a cache line. */
    private static final int PAD = 8;

    private Axon axon;
    private Slot<FutureInput> input;
    private DelayedSynapses synapses;
    private DelayedSynapses.Split split;
    private int[][] slotOf;
    private int[][] sources;
    private int[][] scratch;
    private boolean negate;
    /** Synapses reached per part (spaced {@value #PAD} apart) in the first {@value #MEASURED_AFTER} iterations. */
    private long[] reached;
    private long since;
    /** Per-neuron source delays (null when all are 0), and the distinct ones, ascending. */
    private int[] srcDelay;
    private int[] distinctDelays;

    /** At the standard priority of dendritic inputs (180). */
    public DelayedDelivery() {
        super(Priorities.DENDRITIC_INPUT);
    }

    @Override
    public Map<String, Object> parameters() {
        return Map.of();
    }

    @Override
    public void declare(SynapseGroup s, DataFlow flow) {
        flow.readsLatest(s, DelayedInput.SYNAPSES)
                .readsLatest(s, SynapseGroup.SRC_DELAY).optional()
                .readsPrevious(s.src(), NeuronGroup.AXON).orAdd(NeuronAxon::fitted)
                .readsLatest(s.dst(), DelayedInput.INPUT)
                .writes(s.dst(), DelayedInput.INPUT);
    }

    /** Initialized after the neuron models and axons, so that the future input and the axon exist and can be checked. */
    @Override
    public boolean initializeLast() {
        return true;
    }

    @Override
    public void initialize(SynapseGroup s) {
        String who = name() + " on synapses " + s.name();
        interleaveWithSiblings(s);
        DelayedSynapses d = s.require(DelayedInput.SYNAPSES, who);
        if (d.rows() != s.src().size() || d.cols() != s.dst().size()) {
            throw new IllegalStateException(who + ": synapses of " + d.rows() + " x " + d.cols() + " for groups of "
                    + s.src().size() + " and " + s.dst().size() + " neurons");
        }
        Axon a = s.src().axon();
        if (a == null) {
            throw new IllegalStateException(who + ": neurons " + s.src().name() + " have no axon; add a NeuronAxon");
        }
        int[] delays = s.get(SynapseGroup.SRC_DELAY);
        int[] distinct = null;
        if (delays != null) {
            if (delays.length != s.src().size()) {
                throw new IllegalStateException(who + ": " + delays.length + " source delays for " + s.src().size()
                        + " neurons");
            }
            boolean[] seen = new boolean[a.depth()];
            for (int i = 0; i < delays.length; i++) {
                if (delays[i] < 0 || delays[i] >= a.depth()) {
                    throw new IllegalArgumentException(who + ": source delay of neuron " + i + " is " + delays[i]
                            + "; allowed: 0 to " + (a.depth() - 1) + " (the axon of " + s.src().name() + " keeps "
                            + a.depth() + " iterations)");
                }
                seen[delays[i]] = true;
            }
            distinct = new int[0];
            for (int x = 0; x < seen.length; x++) {
                if (seen[x]) {
                    distinct = Arrays.copyOf(distinct, distinct.length + 1);
                    distinct[distinct.length - 1] = x;
                }
            }
            if (distinct.length == 1 && distinct[0] == 0) {
                distinct = null;
            }
        }
        FutureInput r = s.dst().get(DelayedInput.INPUT);
        check(s, d, r);
        synapses = d;
        negate = s.inhibitory();
        axon = a;
        srcDelay = distinct == null ? null : delays;
        distinctDelays = distinct;
        input = s.dst().slot(DelayedInput.INPUT);
        reached = null;
        since = s.network().iteration();
        split(s, new int[] {0, s.dst().size()});
    }

    /**
     * Interleaves the rows of this synapse group's synapses with those of the other delayed synapses from the same
     * source group (of the same storage types), in schedule order, so that a spiking neuron's synapses into every
     * group lie together in memory; the first delivery of a source group to initialize does it for all of them.
     */
    private static void interleaveWithSiblings(SynapseGroup s) {
        DelayedSynapses mine = s.get(DelayedInput.SYNAPSES);
        if (mine == null || mine.interleaved()) {
            return;
        }
        List<SynapseGroup> siblings = new ArrayList<>();
        List<DelayedSynapses> synapses = new ArrayList<>();
        for (Network.Entry e : s.network().schedule()) {
            if (e.behavior() instanceof DelayedDelivery && e.owner() instanceof SynapseGroup g && g.src() == s.src()) {
                DelayedSynapses d = g.get(DelayedInput.SYNAPSES);
                if (d != null && !d.interleaved() && d.rows() == mine.rows()
                        && d.bytesPerSynapse() == mine.bytesPerSynapse() && !siblings.contains(g)) {
                    siblings.add(g);
                    synapses.add(d);
                }
            }
        }
        if (siblings.size() < 2) {
            return;
        }
        List<DelayedSynapses> views = DelayedSynapses.interleave(synapses);
        for (int k = 0; k < siblings.size(); k++) {
            siblings.get(k).put(DelayedInput.SYNAPSES, views.get(k));
        }
    }

    @Override
    public NeuronGroup partitionGroup(SynapseGroup s) {
        return s.dst();
    }

    @Override
    public void split(SynapseGroup s, int[] bounds) {
        int parts = bounds.length - 1;
        // scratch only for the parts with neurons of the destination: the others never run
        int used = 0;
        for (int p = 0; p < parts; p++) {
            used += bounds[p] < bounds[p + 1] ? 1 : 0;
        }
        int lists = srcDelay == null ? 1 : 2;
        Capacity.fitsInHeap(name() + " on synapses " + s.name(), "the spike lists of " + used + " parts (threads)",
                4L * used * (synapses.maxDelay() + 1 + (long) lists * s.src().size()) + 8L * parts * PAD);
        DelayedSynapses.Split sp = synapses.split(bounds);
        s.dst().get(DelayedInput.INPUT).split(bounds);
        int[][] base = new int[parts][];
        int[][] src = new int[parts][];
        int[][] tmp = srcDelay == null ? null : new int[parts][];
        for (int p = 0; p < parts; p++) {
            if (bounds[p] < bounds[p + 1]) {
                base[p] = new int[synapses.maxDelay() + 1];
                src[p] = new int[s.src().size()];
                if (tmp != null) {
                    tmp[p] = new int[s.src().size()];
                }
            }
        }
        long[] counts = new long[parts * PAD];
        counts[0] = reachedSoFar();
        reached = counts;
        split = sp;
        slotOf = base;
        sources = src;
        scratch = tmp;
    }

    /**
     * The synapses that spikes reach per iteration (measured over the first {@value #MEASURED_AFTER} iterations,
     * assumed at 5 Hz before), plus a sixteenth of the destination's neurons.
     */
    @Override
    public long work(SynapseGroup s) {
        long iterations = s.network().iteration() - since;
        long perStep;
        if (iterations >= MEASURED_AFTER) {
            perStep = reachedSoFar() / MEASURED_AFTER;
        } else {
            perStep = (long) (synapses.size() * ASSUMED_RATE_HZ * s.network().dt() / 1000.0);
        }
        return perStep + s.dst().size() / 16;
    }

    /** The synapses reached so far, over all parts. */
    private long reachedSoFar() {
        long sum = 0;
        if (reached != null) {
            for (long c : reached) {
                sum += c;
            }
        }
        return sum;
    }

    @Override
    public void forward(SynapseGroup s) {
        forward(s, 0, 0, s.dst().size());
    }

    @Override
    public long readAhead(SynapseGroup s, int part) {
        long t = s.network().iteration();
        if (srcDelay == null) {
            return axon.readAheadSpikesOf(t - 1);
        }
        long sum = 0;
        for (int d : distinctDelays) {
            sum += axon.readAheadSpikesOf(t - 1 - d);
        }
        return sum;
    }

    @Override
    public void forward(SynapseGroup s, int part, int from, int to) {
        if (from == to) {
            return;
        }
        int[] list = sources[part];
        int count;
        long t = s.network().iteration();
        // by iteration: the source's axon may be recording this iteration on another thread meanwhile
        if (srcDelay == null) {
            count = axon.spikesOf(t - 1, list);
        } else {
            count = 0;
            int[] tmp = scratch[part];
            for (int d : distinctDelays) {
                int c = axon.spikesOf(t - 1 - d, tmp);
                for (int q = 0; q < c; q++) {
                    if (srcDelay[tmp[q]] == d) {
                        list[count++] = tmp[q];
                    }
                }
            }
        }
        if (count == 0) {
            return;
        }
        FutureInput in = input.get();
        int[] positions = slotOf[part];
        in.positions(t - 1, positions);
        // on one thread, the first group from this source to deliver the iteration's spikes reads ahead the rows of
        // all (interleaved, they lie together); on several, or not interleaved, each delivery reads its own
        boolean readAhead = srcDelay == null && split.parts() == 1 && synapses.readAhead(list, count, t - 1);
        synapses.deliver(list, count, split, part, negate, in, positions, !readAhead);
        if (t - since <= MEASURED_AFTER) {
            long n = 0;
            for (int q = 0; q < count; q++) {
                n += synapses.rowEnd(list[q]) - synapses.rowStart(list[q]);
            }
            reached[part * PAD] += n;
        }
    }

    private void check(SynapseGroup s, DelayedSynapses d, FutureInput r) {
        if (r == null) {
            throw new IllegalStateException(name() + " on synapses " + s.name() + ": neurons " + s.dst().name()
                    + " have no future input; give them a neuron model that takes delayed input, such as IafPscExp"
                    + " (in the DSL: g.iafPscExp(...))");
        }
        if (r.size() != s.dst().size() || r.depth() < d.maxDelay()) {
            throw new IllegalStateException(name() + " on synapses " + s.name() + ": neurons " + s.dst().name()
                    + " have a future input of " + r.depth() + " iterations for " + r.size() + " neurons; the"
                    + " synapses need " + d.maxDelay() + " iterations for " + s.dst().size() + " neurons");
        }
    }
}
