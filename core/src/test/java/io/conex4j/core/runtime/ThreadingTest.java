package io.conex4j.core.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the parallel runtime splits an iteration's partitioned work into parts. */
class ThreadingTest {

    /** A partitioned behavior of a given work per iteration (packing only looks at its group and work). */
    private static final class Work extends Behavior<NeuronGroup> implements WholeGroupPartitioned {
        private final long work;

        Work(long work) {
            super(Priorities.NEURON_DYNAMICS);
            this.work = work;
        }

        @Override
        public void forward(NeuronGroup g) {
        }

        @Override
        public long work(NeuronGroup g) {
            return work;
        }
    }

    private static Map<NeuronGroup, int[]> pack(int parts, long... works) {
        Network net = new Network(1.0, 1);
        Behavior<?>[] run = new Behavior<?>[works.length];
        SimObject[] owners = new SimObject[works.length];
        for (int i = 0; i < works.length; i++) {
            owners[i] = net.neurons("g" + i, 10 + i);
            run[i] = new Work(works[i]);
        }
        return Threading.packWhole(run, owners, parts);
    }

    @Test
    void groupsGoWholeIntoOnePartPerThreadWhenTheWorkBalances() {
        Map<NeuronGroup, int[]> b = pack(2, 50, 30, 20, 10);
        assertNotNull(b, "60 against 50 is within the slack of an even 55");
        long[] load = new long[2];
        long[] works = {50, 30, 20, 10};
        for (Map.Entry<NeuronGroup, int[]> e : b.entrySet()) {
            int[] bounds = e.getValue();
            int size = e.getKey().size();
            int whole = -1;
            for (int p = 0; p < 2; p++) {
                int n = bounds[p + 1] - bounds[p];
                assertEquals(true, n == 0 || n == size, "all or none of a group in a part");
                if (n == size) {
                    whole = p;
                }
            }
            load[whole] += works[Integer.parseInt(e.getKey().name().substring(1))];
        }
        assertArrayEquals(new long[] {60, 50}, load, "largest first, each into the least loaded part");
    }

    @Test
    void groupsAreSplitWhenWholeOnesCannotBalance() {
        assertNull(pack(2, 100, 10), "one group carries most of the work");
        assertNull(pack(4, 10, 10, 10), "fewer groups than parts");
    }

    /** A behavior that keeps whole-group state and checks it is never given part of its group. */
    private static final class WholeOnly extends Behavior<NeuronGroup> implements WholeGroupPartitioned {
        final java.util.concurrent.atomic.AtomicInteger whole = new java.util.concurrent.atomic.AtomicInteger();
        final java.util.concurrent.atomic.AtomicInteger partial = new java.util.concurrent.atomic.AtomicInteger();

        WholeOnly() {
            super(Priorities.NEURON_DYNAMICS);
        }

        @Override
        public void forward(NeuronGroup g) {
            whole.incrementAndGet();
        }

        @Override
        public void forward(NeuronGroup g, int part, int from, int to) {
            if (from == 0 && to == g.size()) {
                whole.incrementAndGet();
            } else if (from < to) {
                partial.incrementAndGet();
            }
        }

        @Override
        public long work(NeuronGroup g) {
            return 100_000;
        }
    }

    @Test
    void aBehaviorThatIsNotSplittableGetsItsWholeGroupOnceEveryIteration() {
        for (int groups = 1; groups <= 2; groups++) {
            Network net = new Network(1.0, 1).threads(2);
            WholeOnly[] b = new WholeOnly[groups];
            for (int i = 0; i < groups; i++) {
                b[i] = new WholeOnly();
                net.neurons("g" + i, 100).add(b[i]);
            }
            net.simulate(50);
            for (int i = 0; i < groups; i++) {
                assertEquals(50, b[i].whole.get(), groups + " group(s): once per iteration, whole");
                assertEquals(0, b[i].partial.get(), groups + " group(s): never a range of the group");
            }
        }
    }
}
