package io.conex4j.core.behaviors.psc;

import io.conex4j.core.behaviors.synapse.PreSpikeCatcher;
import io.conex4j.core.runtime.Behavior;
import io.conex4j.core.runtime.DataFlow;
import io.conex4j.core.runtime.NeuronGroup;
import io.conex4j.core.runtime.Partitioned;
import io.conex4j.core.runtime.Priorities;
import io.conex4j.core.runtime.Slot;
import io.conex4j.core.runtime.SpikeList;
import io.conex4j.core.runtime.SynapseGroup;
import io.conex4j.core.storage.DelayedSynapses;
import io.conex4j.core.storage.InputRing;
import java.util.Map;

/**
 * Event-driven delivery over synapses with per-synapse delays: each iteration, for every source caught spiking in
 * the previous iteration (through the synapse's {@link PreSpikeCatcher}, so CoNeX's per-neuron source delays add
 * to the synapse's own), adds each synapse's weight into the destination's {@link DelayedInput#RING} at the row of
 * the iteration {@code delay} iterations after the spike. A delay of 1 reaches the destination's neuron model in the
 * iteration right after the spike. The weights carry their sign; a source or synapse tagged {@code inh} or
 * {@code GABA} flips it, as for CoNeX's dendritic inputs. Split over the destination's neurons
 * ({@link Partitioned}); each target's inputs are added in one order whatever the split. Priority 180.
 */
public final class DelayedDelivery extends Behavior<SynapseGroup> implements Partitioned<SynapseGroup> {

    /** Firing rate assumed for the work estimate of the automatic thread count, in Hz. */
    private static final double ASSUMED_RATE_HZ = 5;

    private Slot<SpikeList> spiking;
    private Slot<InputRing> ring;
    private DelayedSynapses synapses;
    private DelayedSynapses.Split split;
    private int[][] rowBase;
    private float factor;
    private InputRing checkedRing;

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
                .readsPrevious(s, SynapseGroup.PRE_SPIKING).orAdd(PreSpikeCatcher::new)
                .readsLatest(s.dst(), DelayedInput.RING)
                .writes(s.dst(), DelayedInput.RING);
    }

    /** Initialized after the neuron models, so that the destination's ring exists and can be checked. */
    @Override
    public boolean initializeLast() {
        return true;
    }

    @Override
    public void initialize(SynapseGroup s) {
        DelayedSynapses d = s.require(DelayedInput.SYNAPSES, name() + " on synapses " + s.name());
        if (d.rows() != s.src().size() || d.cols() != s.dst().size()) {
            throw new IllegalStateException(name() + " on synapses " + s.name() + ": synapses of " + d.rows() + " x "
                    + d.cols() + " for groups of " + s.src().size() + " and " + s.dst().size() + " neurons");
        }
        synapses = d;
        factor = s.inhibitory() ? -1f : 1f;
        spiking = s.slot(SynapseGroup.PRE_SPIKING);
        ring = s.dst().slot(DelayedInput.RING);
        checkedRing = null;
        check(s, ring.get());
        split(s, new int[] {0, s.dst().size()});
    }

    @Override
    public NeuronGroup partitionGroup(SynapseGroup s) {
        return s.dst();
    }

    @Override
    public void split(SynapseGroup s, int[] bounds) {
        DelayedSynapses.Split sp = synapses.split(bounds);
        int[][] scratch = new int[bounds.length - 1][synapses.maxDelay() + 1];
        split = sp;
        rowBase = scratch;
    }

    @Override
    public long work(SynapseGroup s) {
        return (long) (synapses.size() * ASSUMED_RATE_HZ * s.network().dt() / 1000.0) + s.dst().size() / 16;
    }

    @Override
    public void forward(SynapseGroup s) {
        forward(s, 0, 0, s.dst().size());
    }

    @Override
    public void forward(SynapseGroup s, int part, int from, int to) {
        SpikeList list = spiking.get();
        int count = list.count();
        if (count == 0) {
            return;
        }
        InputRing r = ring.get();
        if (r != checkedRing) {
            check(s, r);
        }
        int[] base = rowBase[part];
        // the caught spikes are the previous iteration's; a delay of d lands d iterations after them
        r.rowOffsets(s.network().iteration() - 1, base);
        synapses.deliver(list.indices(), count, split, part, factor, r.values(), base);
    }

    private void check(SynapseGroup s, InputRing r) {
        if (r == null) {
            throw new IllegalStateException(name() + " on synapses " + s.name() + ": neurons " + s.dst().name()
                    + " have no input ring; give them a neuron model that takes delayed input, such as IafPscExp"
                    + " (in the DSL: g.iafPscExp(...))");
        }
        if (r.size() != s.dst().size() || r.depth() < synapses.maxDelay()) {
            throw new IllegalStateException(name() + " on synapses " + s.name() + ": neurons " + s.dst().name()
                    + " have an input ring of " + r.depth() + " iterations x " + r.size() + " neurons; the synapses"
                    + " need " + synapses.maxDelay() + " iterations x " + s.dst().size() + " neurons");
        }
        checkedRing = r;
    }
}
