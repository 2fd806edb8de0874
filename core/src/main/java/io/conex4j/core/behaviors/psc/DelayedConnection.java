package io.conex4j.core.behaviors.psc;

import io.conex4j.core.connect.Connection;
import io.conex4j.core.random.KeyedRandom;
import io.conex4j.core.runtime.Behavior;
import io.conex4j.core.runtime.DataFlow;
import io.conex4j.core.runtime.Priorities;
import io.conex4j.core.runtime.StateScope;
import io.conex4j.core.runtime.Stateful;
import io.conex4j.core.runtime.SynapseGroup;
import io.conex4j.core.storage.DelayedSynapses;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Makes a synapse group's {@link DelayedInput#SYNAPSES} at initialize by a {@link Connection} (rule, weights,
 * delays in ms, rounded to time steps). The draws come from one 64-bit key taken from the network's random source
 * and are spread over {@link io.conex4j.core.runtime.Network#threads()} threads without changing a bit. Saves the
 * weights with the network (the structure is checked on load), whether or not the delivery has interleaved the rows
 * with those of other synapses. Priority 3 (as the weight initializer).
 */
public final class DelayedConnection extends Behavior<SynapseGroup> implements Stateful {

    private final Connection connection;
    private SynapseGroup owner;

    /** Connects by {@code connection}. */
    public DelayedConnection(Connection connection) {
        super(Priorities.WEIGHT_INIT);
        if (connection == null) {
            throw new IllegalArgumentException("DelayedConnection: connection must not be null");
        }
        this.connection = connection;
    }

    /** The connection rule and distributions. */
    public Connection connection() {
        return connection;
    }

    @Override
    public Map<String, Object> parameters() {
        return new LinkedHashMap<>(connection.parameters());
    }

    @Override
    public void declare(SynapseGroup s, DataFlow flow) {
        flow.creates(s, DelayedInput.SYNAPSES);
    }

    @Override
    public void initialize(SynapseGroup s) {
        float[] draws = new float[3];
        s.network().random().uniform(draws, 0, 3);
        long key = KeyedRandom.mix(s.network().seed() ^ KeyedRandom.mix(((long) (draws[0] * 0x1p24f) << 40)
                ^ ((long) (draws[1] * 0x1p24f) << 20) ^ (long) (draws[2] * 0x1p24f)));
        String who = "DelayedConnection on synapses " + s.name();
        DelayedSynapses made = connection.build(who, s.src().size(), s.dst().size(), s.src() == s.dst(),
                s.network().dt(), key, s.network().threads());
        owner = s;
        s.put(DelayedInput.SYNAPSES, made);
    }

    @Override
    public void saveState(StateScope scope) {
        DelayedSynapses synapses = owner.get(DelayedInput.SYNAPSES);
        scope.put("weights", synapses.weightsInOrder());
        scope.put("rowPtr", synapses.rowPtr());
        scope.put("targets", synapses.targets());
        scope.put("delays", synapses.delays());
    }

    /** Checks that the saved synapses have this network's structure, then restores their weights. */
    @Override
    public void restoreState(StateScope scope) {
        DelayedSynapses synapses = owner.get(DelayedInput.SYNAPSES);
        int n = synapses.size();
        if (!Arrays.equals(scope.ints("rowPtr", synapses.rows() + 1), synapses.rowPtr())) {
            throw scope.bad("rowPtr", "differs from the synapses this network drew; the archive comes from a network"
                    + " built differently");
        }
        if (!Arrays.equals(scope.ints("targets", n), synapses.targets())) {
            throw scope.bad("targets", "differ from the synapses this network drew");
        }
        if (!Arrays.equals(scope.ints("delays", n), synapses.delays())) {
            throw scope.bad("delays", "differ from the synapses this network drew");
        }
        synapses.setWeightsInOrder(scope.floats("weights", n));
    }
}
