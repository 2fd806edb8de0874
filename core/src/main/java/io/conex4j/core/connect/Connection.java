package io.conex4j.core.connect;

import io.conex4j.core.storage.DelayedSynapses;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How to connect a source group to a destination group with synapses that each have a weight and a delay: a rule
 * (NEST's names), whether self-connections (autapses, only when source and destination are one group) and several
 * synapses between one pair (multapses) are allowed, and the distributions of weights and delays (ms).
 *
 * <ul>
 *   <li>{@link #fixedTotalNumber}: {@code n} (source, target) pairs drawn uniformly with replacement (needs
 *       multapses; the cortical microcircuit's rule);
 *   <li>{@link #fixedInDegree}: each target gets {@code k} sources drawn uniformly;
 *   <li>{@link #fixedOutDegree}: each source gets {@code k} targets drawn uniformly;
 *   <li>{@link #pairwiseBernoulli}: each pair is connected with probability {@code p}.
 * </ul>
 *
 * Defaults: autapses and multapses allowed, weight 1, delay one time step. A delay is rounded to the nearest whole
 * number of time steps ({@code floor(d / dt + 0.5)}) and must come out between 1 and
 * {@value DelayedSynapses#MAX_DELAY} steps: a distribution that can draw below half a step is an error (clip it,
 * e.g. {@code normal(1.5, 0.75).min(dt)}). Immutable: every setter returns a new connection.
 */
public final class Connection {

    /** The rules. */
    public enum Rule {
        /** A fixed number of pairs in total. */
        FIXED_TOTAL_NUMBER,
        /** A fixed number of sources per target. */
        FIXED_IN_DEGREE,
        /** A fixed number of targets per source. */
        FIXED_OUT_DEGREE,
        /** Every pair independently with a probability. */
        PAIRWISE_BERNOULLI
    }

    private final Rule rule;
    private final long count;
    private final double probability;
    private final boolean autapses;
    private final boolean multapses;
    private final Distribution weights;
    private final Distribution delays;

    private Connection(Rule rule, long count, double probability, boolean autapses, boolean multapses,
            Distribution weights, Distribution delays) {
        this.rule = rule;
        this.count = count;
        this.probability = probability;
        this.autapses = autapses;
        this.multapses = multapses;
        this.weights = weights;
        this.delays = delays;
    }

    /** {@code n} (&ge; 0) pairs drawn uniformly with replacement. */
    public static Connection fixedTotalNumber(long n) {
        if (n < 0) {
            throw new IllegalArgumentException("Connection fixedTotalNumber: n (" + n + ") must be >= 0");
        }
        return new Connection(Rule.FIXED_TOTAL_NUMBER, n, Double.NaN, true, true, Distribution.constant(1), null);
    }

    /** {@code k} (&ge; 0) sources for every target. */
    public static Connection fixedInDegree(int k) {
        if (k < 0) {
            throw new IllegalArgumentException("Connection fixedInDegree: k (" + k + ") must be >= 0");
        }
        return new Connection(Rule.FIXED_IN_DEGREE, k, Double.NaN, true, true, Distribution.constant(1), null);
    }

    /** {@code k} (&ge; 0) targets for every source. */
    public static Connection fixedOutDegree(int k) {
        if (k < 0) {
            throw new IllegalArgumentException("Connection fixedOutDegree: k (" + k + ") must be >= 0");
        }
        return new Connection(Rule.FIXED_OUT_DEGREE, k, Double.NaN, true, true, Distribution.constant(1), null);
    }

    /** Each pair with probability {@code p} in [0, 1]. */
    public static Connection pairwiseBernoulli(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("Connection pairwiseBernoulli: p (" + p + ") must be in [0, 1]");
        }
        return new Connection(Rule.PAIRWISE_BERNOULLI, -1, p, true, false, Distribution.constant(1), null);
    }

    /** Whether a neuron may connect to itself (when source and destination are one group); default true. */
    public Connection autapses(boolean allowed) {
        return new Connection(rule, count, probability, allowed, multapses, weights, delays);
    }

    /**
     * Whether one pair may get several synapses; default true. Fixed total number needs them; pairwise Bernoulli
     * never makes them.
     *
     * @throws IllegalArgumentException when forbidding them for a fixed total number
     */
    public Connection multapses(boolean allowed) {
        if (!allowed && rule == Rule.FIXED_TOTAL_NUMBER) {
            throw new IllegalArgumentException("Connection fixedTotalNumber: draws pairs with replacement, so it"
                    + " needs multapses; use fixedInDegree, fixedOutDegree or pairwiseBernoulli for distinct pairs");
        }
        if (allowed && rule == Rule.PAIRWISE_BERNOULLI) {
            throw new IllegalArgumentException("Connection pairwiseBernoulli: connects each pair at most once;"
                    + " multapses cannot be allowed");
        }
        return new Connection(rule, count, probability, autapses, allowed, weights, delays);
    }

    /** The weight of each synapse (in the unit of the input it feeds; pA for IafPscExp). */
    public Connection weights(Distribution d) {
        if (d == null) {
            throw new IllegalArgumentException("Connection: weights must not be null");
        }
        return new Connection(rule, count, probability, autapses, multapses, d, delays);
    }

    /** The delay of each synapse in ms; default one time step. */
    public Connection delays(Distribution ms) {
        if (ms == null) {
            throw new IllegalArgumentException("Connection: delays must not be null");
        }
        return new Connection(rule, count, probability, autapses, multapses, weights, ms);
    }

    /** The rule. */
    public Rule rule() {
        return rule;
    }

    /** The count of the rule (total, in- or out-degree); -1 for pairwise Bernoulli. */
    public long count() {
        return count;
    }

    /** The probability of pairwise Bernoulli (NaN for the other rules). */
    public double probability() {
        return probability;
    }

    /** Whether autapses are allowed. */
    public boolean autapses() {
        return autapses;
    }

    /** Whether multapses are allowed. */
    public boolean multapses() {
        return multapses;
    }

    /** The weight distribution. */
    public Distribution weights() {
        return weights;
    }

    /** The delay distribution in ms, or null for one time step. */
    public Distribution delays() {
        return delays;
    }

    /** The parameters by name (rule, count or p, autapses, multapses, weights, delays). */
    public Map<String, Object> parameters() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rule", rule.name().toLowerCase(java.util.Locale.ROOT));
        if (rule == Rule.PAIRWISE_BERNOULLI) {
            m.put("p", probability);
        } else {
            m.put(rule == Rule.FIXED_TOTAL_NUMBER ? "n" : "k", count);
        }
        m.put("autapses", autapses);
        m.put("multapses", multapses);
        m.put("weights", weights.toString());
        m.put("delays", delays == null ? "one step" : delays + " ms");
        return m;
    }

    /**
     * Draws the synapses from {@code nSrc} sources to {@code nTgt} targets ({@code sameGroup}: source and
     * destination are one group, so autapses apply), time step {@code dt} ms. The draws depend on {@code key} only,
     * not on {@code threads} (how many threads draw them): the same key gives the same synapses, bit for bit.
     *
     * @param who names the synapses in error messages
     * @throws IllegalArgumentException naming {@code who} for impossible requests (more distinct partners than
     *     exist, delays that round below one step or beyond the maximum, weights that overflow float32, more
     *     synapses than one array or the heap holds)
     */
    public DelayedSynapses build(String who, int nSrc, int nTgt, boolean sameGroup, double dt, long key, int threads) {
        return new Connector(this, who, nSrc, nTgt, sameGroup, dt, key, threads).build();
    }

    @Override
    public String toString() {
        return "Connection" + parameters();
    }
}
