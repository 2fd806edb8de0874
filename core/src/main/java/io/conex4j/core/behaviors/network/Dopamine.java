package io.conex4j.core.behaviors.network;

import io.conex4j.core.runtime.Behavior;
import io.conex4j.core.runtime.Check;
import io.conex4j.core.runtime.DataFlow;
import io.conex4j.core.runtime.Network;
import io.conex4j.core.runtime.StateKey;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CoNeX's Dopamine (priority 120): the concentration {@code d} starts at {@code initialDopamine} when given,
 * else at the payoff at initialize (so a {@link Payoff} must run earlier), and each iteration
 * {@code d <- d + (-d / tauDopamine + payoff)} in double, one step per iteration (dt is not used).
 * {@code tauDopamine} is required and must be positive (CoNeX's default 0 divides by zero).
 */
public class Dopamine extends Behavior<Network> {

    /** CoNeX's priority of Dopamine. */
    public static final int PRIORITY = 120;
    /** The network's dopamine concentration, a double array of length 1; saved. */
    public static final StateKey<double[]> DOPAMINE = StateKey.of("dopamine_concentration", double[].class,
            "add a Dopamine(tauDopamine) to the network");

    private final double tauDopamine;
    private final double initialDopamine;
    private double[] d;
    private double[] payoff;

    /** Starting at the payoff at initialize. */
    public Dopamine(double tauDopamine) {
        this(tauDopamine, Double.NaN);
    }

    /**
     * Starting at {@code initialDopamine} (NaN: the payoff at initialize). Both values must be finite as float32,
     * the precision in which the reward rules multiply the dopamine into the weights.
     */
    public Dopamine(double tauDopamine, double initialDopamine) {
        super(PRIORITY);
        if (!(tauDopamine >= Float.MIN_NORMAL) || !Float.isFinite((float) tauDopamine)) {
            throw new IllegalArgumentException("Dopamine: tauDopamine must be finite and > 0 as a float32 ("
                    + Float.MIN_NORMAL + " to " + Float.MAX_VALUE + " iterations; CoNeX's default 0 divides by zero),"
                    + " got " + tauDopamine);
        }
        if (!Double.isNaN(initialDopamine)) {
            Check.finite("Dopamine", "initialDopamine", initialDopamine);
        }
        this.tauDopamine = tauDopamine;
        this.initialDopamine = initialDopamine;
    }

    /** The time constant, in iterations. */
    public double tauDopamine() {
        return tauDopamine;
    }

    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tauDopamine", tauDopamine);
        if (!Double.isNaN(initialDopamine)) {
            m.put("initialDopamine", initialDopamine);
        }
        return m;
    }

    @Override
    public void declare(Network n, DataFlow flow) {
        flow.reads(n, Payoff.PAYOFF).creates(n, DOPAMINE).writes(n, DOPAMINE);
    }

    @Override
    public void initialize(Network n) {
        payoff = n.require(Payoff.PAYOFF, name());
        d = new double[] {Double.isNaN(initialDopamine) ? payoff[0] : initialDopamine};
        n.put(DOPAMINE, d);
    }

    @Override
    public void forward(Network n) {
        double v = d[0];
        d[0] = v + (-v / tauDopamine + payoff[0]);
    }
}
