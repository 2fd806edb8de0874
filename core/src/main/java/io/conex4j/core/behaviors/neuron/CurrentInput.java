package io.conex4j.core.behaviors.neuron;

import io.conex4j.core.runtime.Behavior;
import io.conex4j.core.runtime.DataFlow;
import io.conex4j.core.runtime.Check;
import io.conex4j.core.runtime.NeuronGroup;
import io.conex4j.core.runtime.Priorities;
import java.util.Map;

/**
 * An external input current (nA) into a neuron group: constant, or a function of the iteration and the
 * neuron index. Runs after the dendrites (priority 250): it adds to the current when another behavior (such as
 * a {@link SimpleDendriteComputation}) writes it earlier in the iteration, and sets it otherwise.
 */
public final class CurrentInput extends Behavior<NeuronGroup> {

    /** A current as a function of the iteration (1, 2, ...) and the neuron index, in nA. */
    @FunctionalInterface
    public interface Profile {
        /** The current of neuron {@code i} in iteration {@code t}. */
        float current(long t, int i);
    }

    private final Profile profile;
    private final float constant;
    private boolean add;

    /** A constant current (nA, finite as a float32) into every neuron. */
    public static CurrentInput constant(double nA) {
        float c = Check.finite("CurrentInput", "current", nA);
        return new CurrentInput((t, i) -> c, c);
    }

    /** A time-varying current. */
    public CurrentInput(Profile profile) {
        this(profile, Float.NaN);
    }

    private CurrentInput(Profile profile, float constant) {
        super(Priorities.CURRENT_INPUT);
        this.profile = Check.notNull("CurrentInput", "profile", profile);
        this.constant = constant;
    }

    /** The constant current in nA, or {@code "profile"} for a time-varying one. */
    @Override
    public Map<String, Object> parameters() {
        return Float.isNaN(constant) ? Map.of("current", "profile") : Map.of("current", (double) constant);
    }

    @Override
    public void declare(NeuronGroup g, DataFlow flow) {
        flow.writes(g, NeuronGroup.CURRENT);
    }

    @Override
    public void initialize(NeuronGroup g) {
        add = g.network().dataFlow().writtenBefore(g, NeuronGroup.CURRENT, this);
    }

    @Override
    public void forward(NeuronGroup g) {
        float[] current = g.current();
        long t = g.network().iteration();
        for (int i = 0; i < current.length; i++) {
            float c = profile.current(t, i);
            current[i] = add ? current[i] + c : c;
        }
    }
}
