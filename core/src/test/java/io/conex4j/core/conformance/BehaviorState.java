package io.conex4j.core.conformance;

import io.conex4j.core.behaviors.neuron.ActivityBaseHomeostasis;
import io.conex4j.core.runtime.Behavior;
import io.conex4j.core.runtime.Network;
import java.util.Map;

/**
 * A fixture's {@code behavior_state}: state CoNeX keeps on the behavior object rather than on the group,
 * {@code "<priority>:<owner>:<Class>": {field: value}}.
 */
final class BehaviorState {

    private BehaviorState() {
    }

    /** The behavior a fixture names as {@code "<priority>:<owner>:<Class>"}. */
    static Behavior<?> find(Network net, String id) {
        String[] parts = id.split(":", 3);
        for (Network.Entry e : net.schedule()) {
            if (String.valueOf(e.behavior().priority()).equals(parts[0]) && e.owner().name().equals(parts[1])
                    && e.behavior().name().equals(parts[2])) {
                return e.behavior();
            }
        }
        throw new AssertionError("no behavior " + id + " in the schedule");
    }

    static void check(Network net, Map<?, ?> state, String when) {
        for (Map.Entry<?, ?> e : state.entrySet()) {
            Behavior<?> b = find(net, (String) e.getKey());
            for (Map.Entry<?, ?> f : ((Map<?, ?>) e.getValue()).entrySet()) {
                String where = when + ": " + e.getKey() + "." + f.getKey();
                if (b instanceof ActivityBaseHomeostasis h && f.getKey().equals("activities")) {
                    ConformanceTest.floats(where, Tensor.of(f.getValue()), h.activities());
                } else if (b instanceof ActivityBaseHomeostasis h && f.getKey().equals("updating_rate")) {
                    ConformanceTest.closeDouble(where, ((Number) f.getValue()).doubleValue(), h.updatingRate());
                } else {
                    throw new AssertionError(where + ": conex4j's " + b.name() + " has no state mapped for it");
                }
            }
        }
    }
}
