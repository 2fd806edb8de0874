package io.conex4j.core.conformance;

import io.conex4j.core.behaviors.network.Payoff;
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

    /** {@code I = table[iteration-1]} on a neuron group (CoNeX's SimpleDendriteComputation slot, 240); zeros at initialize. */
    static final class NeuronCurrentDriver extends Behavior<NeuronGroup> {
        private final Tensor table;

        NeuronCurrentDriver(int priority, Tensor table) {
            super(priority);
            this.table = table;
        }

        @Override
        public void declare(NeuronGroup g, DataFlow flow) {
            flow.writes(g, NeuronGroup.CURRENT);
        }

        @Override
        public void initialize(NeuronGroup g) {
            if (table.shape()[1] != g.size()) {
                throw new AssertionError("NeuronCurrentDriver table width " + table.shape()[1] + " != group size "
                        + g.size());
            }
            Arrays.fill(g.current(), 0f);
        }

        @Override
        public void forward(NeuronGroup g) {
            int row = (int) g.network().iteration() - 1;
            float[] current = g.current();
            for (int i = 0; i < current.length; i++) {
                current[i] = (float) table.data()[row * current.length + i];
            }
        }
    }

    /** CoNeX's Payoff with {@code payoff = table[iteration-1]} (a double) each iteration; the harness's PayoffDriver. */
    static final class PayoffDriver extends Payoff {
        private final double[] table;

        PayoffDriver(double initialPayoff, double[] table) {
            super(initialPayoff);
            this.table = table;
        }

        @Override
        protected double payoff(Network n, double previous) {
            return table[(int) n.iteration() - 1];
        }
    }

    /** {@code network.dt = table[iteration-1]} (priority 2): dt changing during a run. */
    static final class DtSchedule extends Behavior<Network> {
        private final double[] table;

        DtSchedule(int priority, double[] table) {
            super(priority);
            this.table = table;
        }

        @Override
        public void forward(Network n) {
            n.setDt(table[(int) n.iteration() - 1]);
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
