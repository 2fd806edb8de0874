package io.conex4j.core.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The schedule and life cycle of a network. */
class NetworkTest {

    private static final class Log<T extends SimObject> extends Behavior<T> {
        private final List<String> log;
        private final String label;
        private final boolean last;

        Log(List<String> log, String label, int priority, boolean last, String... tags) {
            super(priority, tags);
            this.log = log;
            this.label = label;
            this.last = last;
        }

        @Override
        public boolean initializeLast() {
            return last;
        }

        @Override
        public void initialize(T owner) {
            log.add("init " + label);
        }

        @Override
        public void forward(T owner) {
            log.add("fwd " + label + "@" + owner.network().iteration());
        }
    }

    @Test
    void runsByPriorityThenCreationOrderWithInitializeLastInASecondPass() {
        List<String> log = new ArrayList<>();
        Network net = new Network(1, 0);
        NeuronGroup a = net.neurons("a", 1);
        NeuronGroup b = net.neurons("b", 1);
        b.add(new Log<>(log, "b340", 340, false));
        a.add(new Log<>(log, "a340", 340, false));
        a.add(new Log<>(log, "a420last", 420, true));
        a.add(new Log<>(log, "a10", 10, false));
        net.add(new Log<>(log, "net340", 340, false));
        net.initialize();
        assertEquals(List.of("init a10", "init net340", "init a340", "init b340", "init a420last"), log);
        log.clear();
        net.step();
        assertEquals(List.of("fwd a10@1", "fwd net340@1", "fwd a340@1", "fwd b340@1", "fwd a420last@1"), log);
    }

    @Test
    void behaviorsCanBeDisabledByTagOrClassName() {
        List<String> log = new ArrayList<>();
        Network net = new Network(1, 0);
        NeuronGroup a = net.neurons("a", 1);
        a.add(new Log<>(log, "x", 1, false, "learning"));
        a.add(new Log<>(log, "y", 2, false));
        net.initialize();
        net.setEnabled("learning", false);
        net.step();
        net.setEnabled("learning", true);
        net.step();
        assertEquals(List.of("init x", "init y", "fwd y@1", "fwd x@2", "fwd y@2"), log);
    }

    @Test
    void simulateReportsProgressAndCountsIterations() {
        Network net = new Network(0.5, 0);
        List<Integer> seen = new ArrayList<>();
        net.simulate(3, (done, total) -> seen.add(done * 10 + total));
        assertEquals(List.of(13, 23, 33), seen);
        assertEquals(3, net.iteration());
        assertEquals(0.5f, net.dt());
    }

    @Test
    void structureIsFrozenAfterInitialize() {
        Network net = new Network(1, 0);
        net.initialize();
        assertThrows(IllegalStateException.class, () -> net.neurons("late", 3));
        assertThrows(IllegalStateException.class, net::initialize);
    }

    @Test
    void namesAreUnique() {
        Network net = new Network(1, 0);
        net.neurons("a", 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> net.neurons("a", 2));
        assertEquals("Network: the name 'a' is already used by NeuronGroup(a)", e.getMessage());
    }

    @Test
    void userStateIsTypedPerObject() {
        StateKey<float[]> key = StateKey.of("eligibility", float[].class);
        Network net = new Network(1, 0);
        NeuronGroup a = net.neurons("a", 2);
        a.put(key, new float[] {1, 2});
        assertArrayEquals(new float[] {1, 2}, a.get(key));
    }
}
