package io.conex4j.core.behaviors.network;

import io.conex4j.core.runtime.Behavior;
import io.conex4j.core.runtime.Check;
import io.conex4j.core.runtime.DataFlow;
import io.conex4j.core.runtime.Network;
import io.conex4j.core.runtime.Priorities;
import io.conex4j.core.runtime.StateKey;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongToDoubleFunction;

/**
 * CoNeX's Payoff (priority 100): initialize sets the network's {@link #PAYOFF} to {@code initialPayoff}
 * (default 0). Without a function the payoff stays constant, as in CoNeX's base class; with one (or in a
 * subclass overriding {@link #payoff}) each iteration sets it, in double; a value that is not finite stops the
 * run with an error naming the iteration (it would turn the dopamine and every reward-modulated weight into NaN).
 */
public class Payoff extends Behavior<Network> {

    /** The network's payoff, a double array of length 1 (CoNeX keeps a Python float); saved. */
    public static final StateKey<double[]> PAYOFF = StateKey.of("payoff", double[].class, "add a Payoff");

    private final double initialPayoff;
    private final LongToDoubleFunction perIteration;
    private double[] payoff;

    /** A constant payoff of 0. */
    public Payoff() {
        this(0.0, null);
    }

    /** A constant payoff. */
    public Payoff(double initialPayoff) {
        this(initialPayoff, null);
    }

    /**
     * A payoff starting at {@code initialPayoff} and set every iteration to {@code perIteration} of the
     * network's iteration (as {@link Network#iteration()} reads during the step, from 1); null keeps it constant.
     */
    public Payoff(double initialPayoff, LongToDoubleFunction perIteration) {
        super(Priorities.INPUT);
        Check.finite("Payoff", "initialPayoff", initialPayoff);
        this.initialPayoff = initialPayoff;
        this.perIteration = perIteration;
    }

    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("initialPayoff", initialPayoff);
        return m;
    }

    @Override
    public void declare(Network n, DataFlow flow) {
        flow.creates(n, PAYOFF).writes(n, PAYOFF);
    }

    @Override
    public void initialize(Network n) {
        payoff = new double[] {initialPayoff};
        n.put(PAYOFF, payoff);
    }

    @Override
    public void forward(Network n) {
        double next = payoff(n, payoff[0]);
        if (!Double.isFinite(next)) {
            throw new IllegalArgumentException(name() + ": the payoff of iteration " + n.iteration() + " is " + next
                    + "; it must be finite (it feeds the dopamine and every reward-modulated weight)");
        }
        payoff[0] = next;
    }

    /** This iteration's payoff given the previous one; by default the function's value, or {@code previous}. */
    protected double payoff(Network n, double previous) {
        return perIteration == null ? previous : perIteration.applyAsDouble(n.iteration());
    }
}
