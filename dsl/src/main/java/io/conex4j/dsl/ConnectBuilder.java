package io.conex4j.dsl;

import io.conex4j.core.connect.Connection;
import io.conex4j.core.connect.Distribution;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Synapses with one delay each, drawn by a connection rule (core's {@link Connection}, where the rules, defaults
 * and checks live): one of {@link #fixedTotalNumber}, {@link #fixedInDegree}, {@link #fixedOutDegree},
 * {@link #probability}, then optionally autapses, multapses, weights (in the unit of the destination's input, pA for
 * {@code iafPscExp}) and delays (ms, rounded to time steps, at least one step). The destination needs a neuron model
 * that takes delayed input ({@code g.iafPscExp(...)}). The calls are kept as data (a distribution as its kind and
 * numbers, then its clip bounds), so that a structure description holds them.
 */
public final class ConnectBuilder {

    private final String path;
    private final Problems problems;
    private Connection connection;
    private boolean ruleGiven;
    private boolean failed;
    final Calls calls = new Calls();

    /** The verbs, as a structure description names them. */
    static final List<String> VERBS = List.of("fixedTotalNumber", "fixedInDegree", "fixedOutDegree", "probability",
            "autapses", "multapses", "weights", "weight", "delays", "delay");
    private static final List<String> DISTRIBUTION_VERBS = List.of("constant", "uniform", "normal", "min", "max");

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
        calls.add("fixedTotalNumber", n);
        return rule("fixedTotalNumber", () -> Connection.fixedTotalNumber(n));
    }

    /** {@code k} sources drawn for every target. */
    public ConnectBuilder fixedInDegree(int k) {
        calls.add("fixedInDegree", k);
        return rule("fixedInDegree", () -> Connection.fixedInDegree(k));
    }

    /** {@code k} targets drawn for every source. */
    public ConnectBuilder fixedOutDegree(int k) {
        calls.add("fixedOutDegree", k);
        return rule("fixedOutDegree", () -> Connection.fixedOutDegree(k));
    }

    /** Every pair connected with probability {@code p} in [0, 1]. */
    public ConnectBuilder probability(Number p) {
        if (p != null) {
            calls.add("probability", p.doubleValue());
        }
        return rule("probability", () -> Connection.pairwiseBernoulli(Numbers.num(p)));
    }

    /** Whether a neuron may connect to itself when source and destination are one group (default true). */
    public ConnectBuilder autapses(boolean allowed) {
        calls.add("autapses", allowed);
        return then("autapses", c -> c.autapses(allowed));
    }

    /** Whether a pair may get several synapses (default true, except for probability). */
    public ConnectBuilder multapses(boolean allowed) {
        calls.add("multapses", allowed);
        return then("multapses", c -> c.multapses(allowed));
    }

    /** Each synapse's weight from {@code d}, e.g. {@code Distribution.normal(87.8, 8.78).min(0)} (default 1). */
    public ConnectBuilder weights(Distribution d) {
        if (d == null) {
            problems.add(path + ".weights", "must not be null");
            return this;
        }
        calls.add("weights", describe(d));
        return then("weights", c -> c.weights(d));
    }

    /** The same weight for every synapse. */
    public ConnectBuilder weight(Number w) {
        if (w != null) {
            calls.add("weight", w.doubleValue());
        }
        return then("weight", c -> c.weights(Distribution.constant(Numbers.num(w))));
    }

    /** Each synapse's delay in ms from {@code d}, e.g. {@code Distribution.normal(1.5, 0.75).min(0.1)}. */
    public ConnectBuilder delays(Distribution ms) {
        if (ms == null) {
            problems.add(path + ".delays", "must not be null");
            return this;
        }
        calls.add("delays", describe(ms));
        return then("delays", c -> c.delays(ms));
    }

    /** The same delay in ms for every synapse (default one time step). */
    public ConnectBuilder delay(Number ms) {
        if (ms != null) {
            calls.add("delay", ms.doubleValue());
        }
        return then("delay", c -> c.delays(Distribution.constant(Numbers.num(ms))));
    }

    /** Replays one call of a structure description. */
    void replay(Replay r) {
        switch (r.verb) {
            case "fixedTotalNumber" -> fixedTotalNumber(r.arity(1).longInt(1));
            case "fixedInDegree" -> fixedInDegree(r.arity(1).integer(1));
            case "fixedOutDegree" -> fixedOutDegree(r.arity(1).integer(1));
            case "probability" -> probability(r.arity(1).num(1));
            case "autapses" -> autapses(r.arity(1).bool(1));
            case "multapses" -> multapses(r.arity(1).bool(1));
            case "weights" -> weights(distribution(r.arity(1).calls(1), path + ".weights"));
            case "weight" -> weight(r.arity(1).num(1));
            case "delays" -> delays(distribution(r.arity(1).calls(1), path + ".delays"));
            case "delay" -> delay(r.arity(1).num(1));
            default -> throw Replay.unknown(r.verb, VERBS);
        }
    }

    /** A distribution as calls: its kind with its numbers, then {@code ["min", lo]} and {@code ["max", hi]} if clipped. */
    private static Calls describe(Distribution d) {
        Map<String, Object> p = d.parameters();
        Calls c = new Calls();
        switch ((String) p.get("kind")) {
            case "constant" -> c.add("constant", p.get("value"));
            case "uniform" -> c.add("uniform", p.get("lo"), p.get("hi"));
            default -> c.add("normal", p.get("mean"), p.get("std"));
        }
        if (p.containsKey("min")) {
            c.add("min", p.get("min"));
        }
        if (p.containsKey("max")) {
            c.add("max", p.get("max"));
        }
        return c;
    }

    /** The distribution that {@link #describe} wrote, or null (with the problems recorded). */
    private Distribution distribution(Object described, String where) {
        Distribution[] d = new Distribution[1];
        Replay.each(described, where, problems, c -> {
            switch (c.verb) {
                case "constant" -> d[0] = Distribution.constant(c.arity(1).num(1));
                case "uniform" -> d[0] = Distribution.uniform(c.arity(2).num(1), c.num(2));
                case "normal" -> d[0] = Distribution.normal(c.arity(2).num(1), c.num(2));
                case "min", "max" -> {
                    if (d[0] == null) {
                        throw new IllegalArgumentException("give the kind (constant, uniform or normal) before "
                                + c.verb);
                    }
                    double bound = c.arity(1).num(1);
                    d[0] = c.verb.equals("min") ? d[0].min(bound) : d[0].max(bound);
                }
                default -> throw Replay.unknown(c.verb, DISTRIBUTION_VERBS);
            }
        });
        return d[0];
    }

    /** The connection, or null (with a problem recorded) when no valid rule was given. */
    Connection build() {
        if (connection == null && !failed) {
            problems.add(path, "no rule; give fixedTotalNumber, fixedInDegree, fixedOutDegree or probability");
        }
        return connection;
    }
}
