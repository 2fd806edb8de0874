package io.conex4j.dsl;

import io.conex4j.core.connect.Connection;
import io.conex4j.core.connect.Distribution;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Synapses with one delay each, drawn by a connection rule (core's {@link Connection}, where the rules, defaults
 * and checks live): one of {@link #fixedTotalNumber}, {@link #fixedInDegree}, {@link #fixedOutDegree},
 * {@link #probability}, then optionally autapses, multapses, weights (in the unit of the destination's input, pA for
 * {@code iafPscExp}) and delays (ms, rounded to time steps, at least one step). The destination needs a neuron model
 * that takes delayed input ({@code g.iafPscExp(...)}).
 */
public final class ConnectBuilder {

    private final String path;
    private final Problems problems;
    private Connection connection;
    private boolean ruleGiven;
    private boolean failed;

    ConnectBuilder(String path, Problems problems) {
        this.path = path;
        this.problems = problems;
    }

    private ConnectBuilder rule(String what, Supplier<Connection> make) {
        if (ruleGiven) {
            problems.add(path + "." + what, "a rule is already given; give one");
        }
        ruleGiven = true;
        failed |= !problems.check(path + "." + what, () -> connection = make.get());
        return this;
    }

    private ConnectBuilder then(String what, UnaryOperator<Connection> change) {
        if (connection == null) {
            if (!failed) {
                problems.add(path + "." + what, "give the rule first (fixedTotalNumber, fixedInDegree,"
                        + " fixedOutDegree or probability)");
            }
            failed = true;
            return this;
        }
        problems.check(path + "." + what, () -> connection = change.apply(connection));
        return this;
    }

    /** {@code n} (source, target) pairs drawn uniformly with replacement (autapses and multapses included). */
    public ConnectBuilder fixedTotalNumber(long n) {
        return rule("fixedTotalNumber", () -> Connection.fixedTotalNumber(n));
    }

    /** {@code k} sources drawn for every target. */
    public ConnectBuilder fixedInDegree(int k) {
        return rule("fixedInDegree", () -> Connection.fixedInDegree(k));
    }

    /** {@code k} targets drawn for every source. */
    public ConnectBuilder fixedOutDegree(int k) {
        return rule("fixedOutDegree", () -> Connection.fixedOutDegree(k));
    }

    /** Every pair connected with probability {@code p} in [0, 1]. */
    public ConnectBuilder probability(Number p) {
        return rule("probability", () -> Connection.pairwiseBernoulli(Numbers.num(p)));
    }

    /** Whether a neuron may connect to itself when source and destination are one group (default true). */
    public ConnectBuilder autapses(boolean allowed) {
        return then("autapses", c -> c.autapses(allowed));
    }

    /** Whether a pair may get several synapses (default true, except for probability). */
    public ConnectBuilder multapses(boolean allowed) {
        return then("multapses", c -> c.multapses(allowed));
    }

    /** Each synapse's weight from {@code d}, e.g. {@code Distribution.normal(87.8, 8.78).min(0)} (default 1). */
    public ConnectBuilder weights(Distribution d) {
        if (d == null) {
            problems.add(path + ".weights", "must not be null");
            return this;
        }
        return then("weights", c -> c.weights(d));
    }

    /** The same weight for every synapse. */
    public ConnectBuilder weight(Number w) {
        return then("weight", c -> c.weights(Distribution.constant(Numbers.num(w))));
    }

    /** Each synapse's delay in ms from {@code d}, e.g. {@code Distribution.normal(1.5, 0.75).min(0.1)}. */
    public ConnectBuilder delays(Distribution ms) {
        if (ms == null) {
            problems.add(path + ".delays", "must not be null");
            return this;
        }
        return then("delays", c -> c.delays(ms));
    }

    /** The same delay in ms for every synapse (default one time step). */
    public ConnectBuilder delay(Number ms) {
        return then("delay", c -> c.delays(Distribution.constant(Numbers.num(ms))));
    }

    /** The connection, or null (with a problem recorded) when no valid rule was given. */
    Connection build() {
        if (connection == null && !failed) {
            problems.add(path, "no rule; give fixedTotalNumber, fixedInDegree, fixedOutDegree or probability");
        }
        return connection;
    }
}
