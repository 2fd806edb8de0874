package io.conex4j.dsl;

import static io.conex4j.dsl.Numbers.num;

import io.conex4j.core.behaviors.learning.Conv2dSTDP;
import io.conex4j.core.behaviors.learning.Local2dSTDP;
import io.conex4j.core.behaviors.learning.One2OneSTDP;
import io.conex4j.core.behaviors.learning.SimpleSTDP;
import io.conex4j.core.behaviors.learning.StdpParams;
import io.conex4j.core.behaviors.psc.DelayedConnection;
import io.conex4j.core.behaviors.psc.DelayedDelivery;
import io.conex4j.core.connect.Connection;
import io.conex4j.core.behaviors.synapse.Conv2dDendriticInput;
import io.conex4j.core.behaviors.synapse.CurrentNormalization;
import io.conex4j.core.behaviors.synapse.Local2dDendriticInput;
import io.conex4j.core.behaviors.synapse.One2OneDendriticInput;
import io.conex4j.core.behaviors.synapse.PostTrace;
import io.conex4j.core.behaviors.synapse.PreTrace;
import io.conex4j.core.behaviors.synapse.SimpleDendriticInput;
import io.conex4j.core.behaviors.synapse.WeightClip;
import io.conex4j.core.behaviors.synapse.WeightNormalization;
import io.conex4j.core.runtime.Behavior;
import io.conex4j.core.runtime.Check;
import io.conex4j.core.runtime.Network;
import io.conex4j.core.runtime.Priorities;
import io.conex4j.core.runtime.SynapseGroup;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Describes one synapse group: weights, delays, how spikes become current (by default the dendritic input
 * matching the weights), traces, STDP, normalizations and clipping, as core behaviors with CoNeX's priorities;
 * the core network adds the spike catchers, delays and axons they need.
 */
public final class SynapsesBuilder {

    enum Input { AUTO, ONE2ONE, CONV2D, LOCAL2D }

    final String path;
    private final Problems problems;
    final String src;
    final String dst;
    String name;
    private boolean named;
    private final List<String> tags = new ArrayList<>();
    WeightsBuilder weights;
    DelaysBuilder delays;
    DelaysBuilder dstDelays;
    private Input input = Input.AUTO;
    private Behavior<? super SynapseGroup> customInput;
    private double currentCoef = 1;
    private int stride = 1;
    private int padding;
    private double tauPre = Double.NaN;
    private double tauPost = Double.NaN;
    private StdpBuilder stdp;
    private Double normalize;
    private int normalizeEvery = 1;
    private Double normalizeCurrent;
    private double clipMin = Double.NaN;
    private double clipMax = Double.NaN;
    private final List<Behavior<? super SynapseGroup>> custom = new ArrayList<>();
    private List<Behavior<? super SynapseGroup>> made;
    final Calls calls = new Calls();

    /** The verbs, as a structure description names them. */
    static final List<String> VERBS = List.of("name", "tags", "weights", "connect", "delays", "dstDelays",
            "currentCoef", "one2one", "conv2d", "local2d", "traces", "stdp", "normalize", "normalizeCurrent", "clip");
    private ConnectBuilder connect;
    private Connection connection;

    SynapsesBuilder(String src, String dst, Problems problems) {
        this(src, dst, "synapses " + src + "→" + dst, problems);
    }

    /** A builder reporting under {@code path}, e.g. a port's synapse settings checked before any synapse exists. */
    SynapsesBuilder(String src, String dst, String path, Problems problems) {
        this.src = src;
        this.dst = dst;
        this.name = src + "_" + dst;
        this.path = path;
        this.problems = problems;
    }

    /**
     * The group's name (default {@code src_dst}); needed when two groups join the same pair. Inside a column or
     * layer the name is scoped to it: {@code name("fb")} in layer l4 of column cc names the group {@code cc.l4.fb}.
     */
    public SynapsesBuilder name(String n) {
        if (n == null || n.isBlank()) {
            problems.add(path + ".name", "must not be blank");
        } else {
            calls.add("name", n);
            name = n;
            named = true;
        }
        return this;
    }

    /**
     * Extra tags, e.g. {@code "Distal"} or {@code "Apical"} for the dendrite the current reaches (see
     * {@code g.dendrites(...)}), or {@code "inh"} for a negative current.
     */
    public SynapsesBuilder tags(String... t) {
        if (t == null || Arrays.asList(t).contains(null)) {
            problems.add(path + ".tags", "= " + Arrays.toString(t) + ", must be tag strings, not null");
        } else {
            calls.add("tags", (Object[]) t);
            tags.addAll(Arrays.asList(t));
        }
        return this;
    }

    /** How the weights are made. */
    public SynapsesBuilder weights(Consumer<WeightsBuilder> cfg) {
        weights = new WeightsBuilder(path + ".weights", problems);
        if (cfg == null) {
            problems.add(path + ".weights", "needs a description (x -> ...), not null");
        } else {
            cfg.accept(weights);
            calls.add("weights", weights.calls);
        }
        return this;
    }

    /**
     * Synapses with one weight and one delay each, drawn by a connection rule (instead of {@link #weights}): they
     * deliver into the destination's queue of future input, so the destination needs a neuron model that takes it
     * ({@code g.iafPscExp(...)}). Learning, traces, normalization and clipping do not apply to them.
     */
    public SynapsesBuilder connect(Consumer<ConnectBuilder> cfg) {
        connect = new ConnectBuilder(path + ".connect", problems);
        if (cfg == null) {
            problems.add(path + ".connect", "needs a description (x -> ...), not null");
        } else {
            cfg.accept(connect);
            calls.add("connect", connect.calls);
        }
        return this;
    }

    /** Per-source-neuron delays in iterations. */
    public SynapsesBuilder delays(Consumer<DelaysBuilder> cfg) {
        delays = new DelaysBuilder(path + ".delays", problems);
        if (cfg == null) {
            problems.add(path + ".delays", "needs a description (x -> ...), not null");
        } else {
            cfg.accept(delays);
            calls.add("delays", delays.calls);
        }
        return this;
    }

    /** Per-destination-neuron delays in iterations (of the post-synaptic spikes seen by learning). */
    public SynapsesBuilder dstDelays(Consumer<DelaysBuilder> cfg) {
        dstDelays = new DelaysBuilder(path + ".dstDelays", problems);
        if (cfg == null) {
            problems.add(path + ".dstDelays", "needs a description (x -> ...), not null");
        } else {
            cfg.accept(dstDelays);
            calls.add("dstDelays", dstDelays.calls);
        }
        return this;
    }

    /** The coefficient of the delivered current (default 1). */
    public SynapsesBuilder currentCoef(Number coef) {
        calls.add("currentCoef", num(coef));
        problems.check(path + ".currentCoef", () -> Check.finite("synapses", "currentCoef", num(coef)));
        currentCoef = num(coef);
        return this;
    }

    /** One-to-one delivery with 1-D weights. */
    public SynapsesBuilder one2one() {
        calls.add("one2one");
        input = Input.ONE2ONE;
        return this;
    }

    /** Convolutional delivery with 4-D weights {@code (outCh, inCh, kH, kW)}. */
    public SynapsesBuilder conv2d(int strideValue, int paddingValue) {
        calls.add("conv2d", strideValue, paddingValue);
        return geometry(Input.CONV2D, strideValue, paddingValue);
    }

    /** Locally connected delivery with 3-D weights and a kernel shape. */
    public SynapsesBuilder local2d(int strideValue, int paddingValue) {
        calls.add("local2d", strideValue, paddingValue);
        return geometry(Input.LOCAL2D, strideValue, paddingValue);
    }

    private SynapsesBuilder geometry(Input kind, int s, int p) {
        if (s < 1 || p < 0) {
            problems.add(path + "." + kind.name().toLowerCase(Locale.ROOT), "stride = " + s
                    + " must be >= 1 and padding = " + p + " >= 0");
        }
        input = kind;
        stride = s;
        padding = p;
        return this;
    }

    /**
     * A custom behavior that computes the synapse current instead of the automatic dendritic input, e.g.
     * {@code new SimpleDendriticInput(coef, 450)} to deliver this iteration's spikes in the same iteration.
     */
    public SynapsesBuilder input(Behavior<? super SynapseGroup> b) {
        calls.undescribable("input", "a custom input behavior" + (b == null ? "" : " (" + b.name() + ")")
                + " is code, not data");
        if (b == null) {
            problems.add(path + ".input", "must not be null");
        } else {
            customInput = b;
        }
        return this;
    }

    /** Pre- and post-synaptic traces with these time constants (ms, &gt; 0). */
    public SynapsesBuilder traces(Number tauPreMs, Number tauPostMs) {
        calls.add("traces", num(tauPreMs), num(tauPostMs));
        problems.check(path + ".traces", () -> {
            Check.positive("traces", "tauPre", num(tauPreMs));
            Check.positive("traces", "tauPost", num(tauPostMs));
        });
        tauPre = num(tauPreMs);
        tauPost = num(tauPostMs);
        return this;
    }

    /** Trace STDP; needs {@link #traces}. */
    public SynapsesBuilder stdp(Consumer<StdpBuilder> cfg) {
        stdp = new StdpBuilder(path + ".stdp", problems);
        if (cfg == null) {
            problems.add(path + ".stdp", "needs a description (x -> ...), not null");
        } else {
            cfg.accept(stdp);
            calls.add("stdp", stdp.calls);
        }
        return this;
    }

    /** WeightNormalization to {@code norm} per destination, every iteration. */
    public SynapsesBuilder normalize(Number norm) {
        return normalize(norm, 1);
    }

    /**
     * WeightNormalization to {@code norm} per destination once per {@code everyIterations} (&ge; 1), at iterations
     * 1, 1 + every, ...: e.g. once per presentation, with the period of the dataset input.
     */
    public SynapsesBuilder normalize(Number norm, int everyIterations) {
        if (everyIterations == 1) {
            calls.add("normalize", num(norm));
        } else {
            calls.add("normalize", num(norm), everyIterations);
        }
        if (problems.check(path + ".normalize", () -> WeightNormalization.every(num(norm), everyIterations))) {
            normalize = num(norm);
            normalizeEvery = everyIterations;
        }
        return this;
    }

    /** CurrentNormalization to {@code norm} per destination. */
    public SynapsesBuilder normalizeCurrent(Number norm) {
        calls.add("normalizeCurrent", num(norm));
        if (problems.check(path + ".normalizeCurrent", () -> Check.finite("normalizeCurrent", "norm", num(norm)))) {
            normalizeCurrent = num(norm);
        }
        return this;
    }

    /** WeightClip into {@code [wMin, wMax]}. */
    public SynapsesBuilder clip(Number wMin, Number wMax) {
        calls.add("clip", num(wMin), num(wMax));
        if (problems.check(path + ".clip", () -> new WeightClip(num(wMin), num(wMax)))) {
            clipMin = num(wMin);
            clipMax = num(wMax);
        }
        return this;
    }

    /** A custom behavior at its own priority. */
    public SynapsesBuilder behavior(Behavior<? super SynapseGroup> b) {
        calls.undescribable("behavior", "a custom behavior" + (b == null ? "" : " (" + b.name() + ")")
                + " is code, not data");
        if (b == null) {
            problems.add(path + ".behavior", "must not be null");
        } else {
            custom.add(b);
        }
        return this;
    }

    /** A name given with {@link #name} is scoped to the structure: {@code prefix.name} (e.g. {@code cc.l4.fb}). */
    void scope(String prefix) {
        if (named) {
            name = prefix + "." + name;
        }
    }

    /** Replays one call of a structure description. */
    void replay(Replay r) {
        switch (r.verb) {
            case "name" -> name(r.arity(1).string(1));
            case "tags" -> tags(r.strings(1));
            case "weights" -> {
                Object c = r.arity(1).calls(1);
                weights(w -> Replay.each(c, path + ".weights", problems, w::replay));
            }
            case "connect" -> {
                Object c = r.arity(1).calls(1);
                connect(k -> Replay.each(c, path + ".connect", problems, k::replay));
            }
            case "delays" -> {
                Object c = r.arity(1).calls(1);
                delays(d -> Replay.each(c, path + ".delays", problems, d::replay));
            }
            case "dstDelays" -> {
                Object c = r.arity(1).calls(1);
                dstDelays(d -> Replay.each(c, path + ".dstDelays", problems, d::replay));
            }
            case "currentCoef" -> currentCoef(r.arity(1).num(1));
            case "one2one" -> r.arity(0).then(this::one2one);
            case "conv2d" -> conv2d(r.arity(2).integer(1), r.integer(2));
            case "local2d" -> local2d(r.arity(2).integer(1), r.integer(2));
            case "traces" -> traces(r.arity(2).num(1), r.num(2));
            case "stdp" -> {
                Object c = r.arity(1).calls(1);
                stdp(p -> Replay.each(c, path + ".stdp", problems, p::replay));
            }
            case "normalize" -> {
                if (r.arity(1, 2).count() == 1) {
                    normalize(r.num(1));
                } else {
                    normalize(r.num(1), r.integer(2));
                }
            }
            case "normalizeCurrent" -> normalizeCurrent(r.arity(1).num(1));
            case "clip" -> clip(r.arity(2).num(1), r.num(2));
            default -> throw Replay.unknown(r.verb, VERBS);
        }
    }

    boolean hasTraces() {
        return !Double.isNaN(tauPre);
    }

    void checkWhole(int srcSize, int dstSize) {
        if (connect != null) {
            checkConnect();
            return;
        }
        if (weights == null) {
            problems.add(path, "no weights; add .weights(w -> ...)");
        } else {
            weights.checkWhole(srcSize, dstSize);
        }
        if (stdp != null && !hasTraces()) {
            problems.add(path + ".stdp", "needs traces; add .traces(tauPre, tauPost)");
        }
        if (delays != null && delays.count() >= 0 && delays.count() != srcSize) {
            problems.add(path + ".delays", delays.count() + " explicit delays for " + srcSize + " source neurons");
        }
        if (dstDelays != null && dstDelays.count() >= 0 && dstDelays.count() != dstSize) {
            problems.add(path + ".dstDelays", dstDelays.count() + " explicit delays for " + dstSize
                    + " destination neurons");
        }
        if (weights != null && input == Input.AUTO) {
            int rank = weights.shape(srcSize, dstSize).length;
            if (rank != 2) {
                problems.add(path + ".weights", "rank-" + rank + " weights need one2one(), conv2d(...) or local2d(...)");
            }
        }
    }

    private void checkConnect() {
        connection = connect.build();
        List<String> extra = new ArrayList<>();
        if (weights != null) {
            extra.add("weights");
        }
        if (hasTraces()) {
            extra.add("traces");
        }
        if (stdp != null) {
            extra.add("stdp");
        }
        if (normalize != null) {
            extra.add("normalize");
        }
        if (normalizeCurrent != null) {
            extra.add("normalizeCurrent");
        }
        if (!Double.isNaN(clipMin)) {
            extra.add("clip");
        }
        if (input != Input.AUTO || customInput != null) {
            extra.add("a dendritic input (one2one, conv2d, local2d, input)");
        }
        if (!extra.isEmpty()) {
            problems.add(path + ".connect", "synapses with per-synapse delays take no " + String.join(", ", extra)
                    + "; give either connect(...) or weights(...)");
        }
    }

    /** The behaviors this description stands for, made once (checked, then attached). */
    List<Behavior<? super SynapseGroup>> builtIns() {
        if (made == null) {
            made = make();
        }
        return made;
    }

    private List<Behavior<? super SynapseGroup>> make() {
        List<Behavior<? super SynapseGroup>> b = new ArrayList<>();
        if (connect != null) {
            b.add(new DelayedConnection(connection));
            if (delays != null && delays.given()) {
                b.add(delays.build(false));
            }
            b.add(new DelayedDelivery());
            return b;
        }
        b.add(weights.build());
        if (delays != null && delays.given()) {
            b.add(delays.build(false));
        }
        if (dstDelays != null && dstDelays.given()) {
            b.add(dstDelays.build(true).priority(Priorities.DELAY_INIT + 1));
        }
        b.add(customInput != null ? customInput : switch (input) {
            case ONE2ONE -> new One2OneDendriticInput(currentCoef);
            case CONV2D -> new Conv2dDendriticInput(currentCoef, stride, padding);
            case LOCAL2D -> new Local2dDendriticInput(currentCoef, stride, padding);
            case AUTO -> new SimpleDendriticInput(currentCoef);
        });
        if (normalizeCurrent != null) {
            b.add(new CurrentNormalization(normalizeCurrent));
        }
        if (hasTraces()) {
            b.add(new PreTrace(tauPre));
            b.add(new PostTrace(tauPost));
        }
        if (stdp != null) {
            StdpParams p = stdp.build();
            b.add(switch (input) {
                case ONE2ONE -> new One2OneSTDP(p);
                case CONV2D -> new Conv2dSTDP(p);
                case LOCAL2D -> new Local2dSTDP(p);
                case AUTO -> new SimpleSTDP(p);
            });
        }
        if (normalize != null) {
            b.add(WeightNormalization.every(normalize, normalizeEvery));
        }
        if (!Double.isNaN(clipMin)) {
            b.add(new WeightClip(clipMin, clipMax));
        }
        return b;
    }

    List<Behavior<?>> behaviorsForCheck() {
        List<Behavior<?>> all = new ArrayList<>(builtIns());
        all.addAll(custom);
        return all;
    }

    SynapseGroup build(Network net) {
        SynapseGroup s = net.synapses(name, net.neuronGroup(src), net.neuronGroup(dst), tags.toArray(new String[0]));
        for (Behavior<? super SynapseGroup> b : builtIns()) {
            s.add(b);
        }
        for (Behavior<? super SynapseGroup> b : custom) {
            s.add(b);
        }
        return s;
    }
}
