package io.conex4j.core.conformance;

import io.conex4j.core.runtime.DataFlow;
import io.conex4j.core.runtime.SynapticCurrent;
import io.conex4j.core.runtime.Behavior;
import io.conex4j.core.runtime.Network;
import io.conex4j.core.runtime.NeuronGroup;
import io.conex4j.core.runtime.SynapseGroup;
import java.util.Arrays;

/** The recording harness's data injectors (make_fixtures.py), reimplemented for the replay. */
final class HarnessDrivers {

    private HarnessDrivers() {
    }

    /** CoNeX's TimeResolution: in conex4j dt is fixed when the network is made; this checks it. */
    static final class TimeResolution extends Behavior<Network> {
        private final float dt;

        TimeResolution(int priority, double dt) {
            super(priority);
            this.dt = (float) dt;
        }

        @Override
        public void initialize(Network n) {
            if (n.dt() != dt) {
                throw new AssertionError("TimeResolution dt " + dt + " != network dt " + n.dt());
            }
        }
    }

    /** {@code spikes = table[iteration-1]}; all false at initialize. */
    static final class SpikeDriver extends Behavior<NeuronGroup> {
        private final Tensor table;

        SpikeDriver(int priority, Tensor table) {
            super(priority);
            this.table = table;
        }

        @Override
        public void initialize(NeuronGroup g) {
            if (table.shape()[1] != g.size()) {
                throw new AssertionError("SpikeDriver table width " + table.shape()[1] + " != group size " + g.size());
            }
            Arrays.fill(g.spikes(), false);
        }

        @Override
        public void forward(NeuronGroup g) {
            int row = (int) g.network().iteration() - 1;
            boolean[] s = g.spikes();
            for (int i = 0; i < s.length; i++) {
                s[i] = table.data()[row * s.length + i] != 0;
            }
        }
    }

    /** {@code W += deltas[iteration-1]}, in place, on the stored values. */
    static final class WeightDeltaDriver extends Behavior<SynapseGroup> {
        private final Tensor deltas;

        WeightDeltaDriver(int priority, Tensor deltas) {
            super(priority);
            this.deltas = deltas;
        }

        @Override
        public void forward(SynapseGroup s) {
            float[] w = s.weights().values();
            int row = (int) s.network().iteration() - 1;
            for (int i = 0; i < w.length; i++) {
                w[i] += (float) deltas.data()[row * w.length + i];
            }
        }
    }

    /** {@code I = table[iteration-1]}; zeros at initialize. */
    static final class CurrentDriver extends Behavior<SynapseGroup> {
        private final Tensor table;

        CurrentDriver(int priority, Tensor table) {
            super(priority);
            this.table = table;
        }

        @Override
        public void declare(SynapseGroup s, DataFlow flow) {
            flow.creates(s, SynapseGroup.CURRENT).writes(s, SynapseGroup.CURRENT);
        }

        @Override
        public void initialize(SynapseGroup s) {
            s.put(SynapseGroup.CURRENT, new SynapticCurrent(s.dst().size()));
        }

        @Override
        public void forward(SynapseGroup s) {
            int row = (int) s.network().iteration() - 1;
            float[] current = s.get(SynapseGroup.CURRENT).accumulate();
            for (int i = 0; i < current.length; i++) {
                current[i] = (float) table.data()[row * current.length + i];
            }
        }
    }
}
