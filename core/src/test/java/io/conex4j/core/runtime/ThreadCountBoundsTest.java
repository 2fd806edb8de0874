package io.conex4j.core.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conex4j.core.behaviors.psc.DelayedInput;
import io.conex4j.core.storage.FutureInput;
import org.junit.jupiter.api.Test;

/**
 * Thread counts a network cannot run on are refused by name, and a plan for several threads that fails while the
 * behaviors are being split leaves the network as it was: every behavior in one part, the same results.
 */
class ThreadCountBoundsTest {

    @Test
    void threadCountsOutsideOneTo1024AreRefusedWithTheValueAndTheRange() {
        Network net = new Network(0.1, 1);
        for (int bad : new int[] {0, -3, Network.MAX_THREADS + 1, Integer.MAX_VALUE}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> net.threads(bad));
            assertEquals("Network network: threads (" + bad + ") must be 1 to 1024", e.getMessage());
        }
        assertEquals(Network.MAX_THREADS, net.threads(Network.MAX_THREADS).threads());
    }

    @Test
    void aThreadCountPropertyAboveTheLimitIsRefusedByName() {
        String before = System.getProperty(Threading.PROPERTY);
        System.setProperty(Threading.PROPERTY, "5000");
        try {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new Network(0.1, 1).threads());
            assertEquals(Threading.PROPERTY + ": '5000' must be auto or a whole number from 1 to 1024",
                    e.getMessage());
        } finally {
            if (before == null) {
                System.clearProperty(Threading.PROPERTY);
            } else {
                System.setProperty(Threading.PROPERTY, before);
            }
        }
    }

    /** A partitioned behavior, run after every other, whose split into several parts fails (as if out of memory). */
    private static final class FailingSplit extends Behavior<NeuronGroup> implements Partitioned<NeuronGroup> {
        int splits;
        /** How many more returns to one part fail. */
        int failingReturns;

        FailingSplit() {
            super(900);
        }

        @Override
        public NeuronGroup partitionGroup(NeuronGroup g) {
            return g;
        }

        @Override
        public void split(NeuronGroup g, int[] bounds) {
            splits++;
            if (bounds.length > 2) {
                throw new IllegalArgumentException("FailingSplit: no room for " + (bounds.length - 1) + " parts");
            }
            if (failingReturns > 0) {
                failingReturns--;
                throw new IllegalStateException("FailingSplit: cannot go back to one part yet");
            }
        }

        @Override
        public void forward(NeuronGroup g) {
        }

        @Override
        public void forward(NeuronGroup g, int part, int from, int to) {
        }
    }

    /** The test network (queue form, so that a split moves pending events) with {@code f} on group e. */
    private static Network withFailingSplit(long seed, FailingSplit f) {
        Network net = ThreadCountDeterminismTest.mixed(seed, FutureInput.Form.QUEUE);
        net.neuronGroup("e").add(f);
        return net;
    }

    /** Steps {@code net} on {@code threads} threads, which must fail in the split of {@link FailingSplit}. */
    private static IllegalArgumentException failingPlan(Network net, int threads) {
        long before = net.iteration();
        net.threads(threads);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> net.simulate(300));
        assertTrue(e.getMessage().startsWith("FailingSplit: no room for "), e.getMessage());
        assertEquals(before, net.iteration(), "no step ran");
        return e;
    }

    /** The state hash of the test network after {@code steps} steps on one thread, never split. */
    private static long straightHash(long seed, int steps) {
        Network straight = withFailingSplit(seed, new FailingSplit());
        straight.threads(1).simulate(steps);
        return ThreadCountDeterminismTest.stateHash(straight);
    }

    @Test
    void aPlanThatFailsWhileSplittingLeavesEveryBehaviorInOnePartAndTheResultsUntouched() {
        FailingSplit f = new FailingSplit();
        Network failing = withFailingSplit(7, f);
        failing.threads(1).simulate(300);
        failingPlan(failing, 3);
        // the deliveries and neuron models split before it are back in one part: the queue holds its pending
        // events in one part, and stepping on one thread gives the same bits as a network that never tried
        assertEquals(1, failing.neuronGroup("i").get(DelayedInput.INPUT).queue().parts());
        assertTrue(failing.neuronGroup("i").get(DelayedInput.INPUT).queue().pending() > 0, "events wait");
        assertTrue(f.splits >= 2, "split into parts, then back into one");
        failing.threads(1).simulate(300);
        assertEquals(straightHash(7, 600), ThreadCountDeterminismTest.stateHash(failing));
    }

    @Test
    void aReturnToOnePartThatFailsIsTriedAgainBeforeTheNetworkStepsOnOneThread() {
        FailingSplit f = new FailingSplit();
        Network failing = withFailingSplit(9, f);
        failing.threads(1).simulate(200);
        f.failingReturns = 2;
        IllegalArgumentException e = failingPlan(failing, 2);
        assertEquals("FailingSplit: cannot go back to one part yet", e.getSuppressed()[0].getMessage());
        // the next step tries the return again first (it fails once more), then plans again (the split fails
        // again): no step runs meanwhile, on one thread or on two
        IllegalStateException again = assertThrows(IllegalStateException.class, () -> failing.simulate(200));
        assertEquals("FailingSplit: cannot go back to one part yet", again.getMessage());
        assertEquals(200, failing.iteration(), "no step ran");
        assertEquals(0, failingPlan(failing, 2).getSuppressed().length, "back in one part");
        failing.threads(1).simulate(200);
        assertEquals(straightHash(9, 400), ThreadCountDeterminismTest.stateHash(failing));
    }
}
