package io.conex4j.dsl;

import static io.conex4j.dsl.Numbers.num;

import io.conex4j.core.runtime.Network;
import io.conex4j.core.behaviors.neuron.AELIF;
import io.conex4j.core.behaviors.neuron.AdaptiveThreshold;
import io.conex4j.core.behaviors.neuron.CurrentInput;
import io.conex4j.core.behaviors.neuron.DatasetInput;
import io.conex4j.core.behaviors.neuron.ELIF;
import io.conex4j.core.behaviors.neuron.Fire;
import io.conex4j.core.behaviors.neuron.InherentNoise;
import io.conex4j.core.behaviors.neuron.Izhikevich;
import io.conex4j.core.behaviors.neuron.KWTA;
import io.conex4j.core.behaviors.neuron.LIF;
import io.conex4j.core.behaviors.neuron.NeuronAxon;
import io.conex4j.core.behaviors.neuron.PoissonInput;
import io.conex4j.core.behaviors.neuron.SimpleDendriteComputation;
import io.conex4j.core.behaviors.neuron.SpikeTrainInput;
import io.conex4j.core.data.ImageDataset;
import io.conex4j.core.data.SpikeDataset;
import io.conex4j.core.encoding.EncoderFactory;
import io.conex4j.core.encoding.Encoders;
import io.conex4j.core.behaviors.psc.IafPscExp;
import io.conex4j.core.recording.CapacityPolicy;
import io.conex4j.core.recording.SpikeRecorder;
import io.conex4j.core.recording.VariableRecorder;
import io.conex4j.core.runtime.Behavior;
import io.conex4j.core.runtime.Check;
import io.conex4j.core.runtime.Fill;
import io.conex4j.core.runtime.NeuronGroup;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Describes one neuron group: its dynamics (a LIF-family model or Izhikevich) or its spike source (Poisson,
 * spike train, a dataset of images or spike tensors), inputs, noise, competition, axon depth and recorders. Firing is added for the LIF family; the
 * dendrite structure and the axon are added by the core network where synapses need them.
 */
public final class NeuronsBuilder {

    private final String path;
    private final Problems problems;
    final String name;
    final int depth;
    final int height;
    final int width;
    private final List<String> tags = new ArrayList<>();
    private LIF lif;
    private Izhikevich izhikevich;
    private IafPscExp pscExp;
    private Behavior<NeuronGroup> source;
    private CurrentInput current;
    private InherentNoise noise;
    private KWTA kwta;
    private SimpleDendriteComputation dendrites;
    private AdaptiveThreshold adaptive;
    Integer axonDepth;
    private SpikeRecorder spikeRecorder;
    private VariableRecorder<NeuronGroup> voltageRecorder;
    private final List<Behavior<? super NeuronGroup>> custom = new ArrayList<>();
    private List<Behavior<? super NeuronGroup>> made;

    private double poissonRate = Double.NaN;
    final Calls calls = new Calls();

    /** The verbs, as a structure description names them. */
    static final List<String> VERBS = List.of("tags", "lif", "elif", "aelif", "izhikevich", "iafPscExp", "poisson",
            "spikeTrain", "current", "noise", "dendrites", "kwta", "adaptiveThreshold", "axon", "recordSpikes",
            "recordVoltage");

    NeuronsBuilder(String name, int depth, int height, int width, Problems problems) {
        this.path = "neurons " + name;
        this.problems = problems;
        this.name = name;
        this.depth = depth;
        this.height = height;
        this.width = width;
    }

    /** The number of neurons, computed without overflow (may exceed what one array holds; see {@link #fits()}). */
    long count() {
        return Check.product(depth, height, width);
    }

    /** Whether the group's arrays can hold its neurons. */
    boolean fits() {
        return count() <= Check.MAX_ARRAY_LENGTH;
    }

    /** The number of neurons, at most {@link Check#MAX_ARRAY_LENGTH} (a larger group is reported as a problem). */
    int size() {
        return (int) Math.min(count(), Check.MAX_ARRAY_LENGTH);
    }

    /** Extra tags, e.g. {@code "inh"} (negative currents from this group) or {@code "GABA"}. */
    public NeuronsBuilder tags(String... t) {
        if (t == null || Arrays.asList(t).contains(null)) {
            problems.add(path + ".tags", "= " + Arrays.toString(t) + ", must be tag strings, not null");
        } else {
            calls.add("tags", (Object[]) t);
            tags.addAll(Arrays.asList(t));
        }
        return this;
    }

    /** Tags the structure gives the group (not part of its description: the structure adds them again). */
    void structureTags(String... t) {
        tags.addAll(Arrays.asList(t));
    }

    private void oneDynamics(String what) {
        if (lif != null || izhikevich != null || pscExp != null || source != null || !Double.isNaN(poissonRate)) {
            problems.add(path + "." + what, "the group already has dynamics or a spike source; give only one");
        }
    }

    /** LIF dynamics (with firing) with core's defaults; see {@link LIF#builder()}. */
    public NeuronsBuilder lif() {
        return lif(l -> { });
    }

    /** LIF dynamics (with firing). */
    public NeuronsBuilder lif(Consumer<LifBuilder> cfg) {
        return lifFamily(LIF.builder(), "lif", cfg);
    }

    /** Exponential LIF dynamics (with firing). */
    public NeuronsBuilder elif(Consumer<LifBuilder> cfg) {
        return lifFamily(ELIF.builder(), "elif", cfg);
    }

    /** Adaptive exponential LIF dynamics (with firing). */
    public NeuronsBuilder aelif(Consumer<LifBuilder> cfg) {
        return lifFamily(AELIF.builder(), "aelif", cfg);
    }

    private NeuronsBuilder lifFamily(io.conex4j.core.behaviors.neuron.LifBuilder<? extends LIF> core, String what,
            Consumer<LifBuilder> cfg) {
        oneDynamics(what);
        LifBuilder b = new LifBuilder(path + "." + what, problems, core);
        if (cfg == null) {
            problems.add(path + "." + what, "needs a description (x -> ...), not null");
        } else {
            cfg.accept(b);
            calls.add(what, b.calls);
        }
        lif = b.build();
        if (lif == null) {
            lif = LIF.builder().build();
        }
        return this;
    }

    /** Izhikevich dynamics {@code (a, b, c, d)} with initial potential and recovery fills (null: defaults). */
    public NeuronsBuilder izhikevich(double a, double b, double c, double d, Fill initV, Fill initU) {
        oneDynamics("izhikevich");
        String v = initV == null ? null : Calls.mode(initV);
        String u = initU == null ? null : Calls.mode(initU);
        if ((initV != null && v == null) || (initU != null && u == null)) {
            calls.undescribable("izhikevich", "a function fill is code, not data; give a mode fill");
        } else {
            calls.add("izhikevich", a, b, c, d, v, u);
        }
        problems.check(path + ".izhikevich", () -> izhikevich = new Izhikevich(a, b, c, d, initV, initU));
        return this;
    }

    /**
     * NEST's {@code iaf_psc_exp}: leaky integrate-and-fire with an exponential post-synaptic current, integrated
     * exactly, with DC and Poisson drive (pF, ms, mV, pA); it takes the input of synapses made with
     * {@code s.connect(...)} and fires by itself.
     */
    public NeuronsBuilder iafPscExp(Consumer<IafPscExpBuilder> cfg) {
        oneDynamics("iafPscExp");
        IafPscExpBuilder b = new IafPscExpBuilder(path + ".iafPscExp", problems);
        if (cfg == null) {
            problems.add(path + ".iafPscExp", "needs a description (x -> ...), not null");
        } else {
            cfg.accept(b);
            calls.add("iafPscExp", b.calls);
        }
        pscExp = b.build();
        return this;
    }

    /** A Poisson source with the same rate (Hz; finite and &ge; 0 as a float32) for every neuron. */
    public NeuronsBuilder poisson(Number rateHz) {
        oneDynamics("poisson");
        calls.add("poisson", num(rateHz));
        // checked now, made with the other behaviors (no array of rates while the description is read)
        if (problems.check(path + ".poisson", () -> Check.nonNegative("PoissonInput", "rate", num(rateHz)))) {
            poissonRate = num(rateHz);
        }
        return this;
    }

    /** A Poisson source with one rate (Hz) per neuron. */
    public NeuronsBuilder poisson(float[] ratesHz) {
        oneDynamics("poisson");
        if (ratesHz == null) {
            problems.add(path + ".poisson", "rates must not be null");
            return this;
        }
        calls.add("poisson", (Object) ratesHz);
        if (fits() && ratesHz.length != size()) {
            problems.add(path + ".poisson", ratesHz.length + " rates for " + size() + " neurons");
            return this;
        }
        problems.check(path + ".poisson", () -> source = new PoissonInput(ratesHz));
        return this;
    }

    /** Replays spikes at the given times (ms) for the given neuron indices. */
    public NeuronsBuilder spikeTrain(float[] timesMs, int[] indices) {
        oneDynamics("spikeTrain");
        if (timesMs == null || indices == null) {
            problems.add(path + ".spikeTrain", (timesMs == null ? "times" : "indices") + " must not be null");
            return this;
        }
        calls.add("spikeTrain", timesMs, indices);
        problems.check(path + ".spikeTrain", () -> source = new SpikeTrainInput(timesMs, indices));
        return this;
    }

    /**
     * Presents the images of {@code dataset}, encoded by {@code encoder} (see {@link Encoders}), sample after
     * sample; {@code schedule} sets core's {@link DatasetInput.Builder} (the instance duration is required), e.g.
     * {@code g.images(digits, Encoders.poisson(0.3), d -> d.instanceDuration(50).silentInterval(10))}.
     */
    public NeuronsBuilder images(ImageDataset dataset, EncoderFactory encoder, Consumer<DatasetInput.Builder> schedule) {
        oneDynamics("images");
        calls.undescribable("images", "a dataset is an object, not data (as in CoNeX, whose input layers are not saved)");
        problems.check(path + ".images", () -> source = scheduled(DatasetInput.images(dataset, encoder), schedule));
        return this;
    }

    /**
     * Presents the spike tensors of {@code dataset} as they are, sample after sample; {@code schedule} sets core's
     * {@link DatasetInput.Builder} (the instance duration is required).
     */
    public NeuronsBuilder spikeTensors(SpikeDataset dataset, Consumer<DatasetInput.Builder> schedule) {
        oneDynamics("spikeTensors");
        calls.undescribable("spikeTensors", "a dataset is an object, not data (as in CoNeX, whose input layers are not"
                + " saved)");
        problems.check(path + ".spikeTensors", () -> source = scheduled(DatasetInput.spikes(dataset), schedule));
        return this;
    }

    private static DatasetInput scheduled(DatasetInput.Builder b, Consumer<DatasetInput.Builder> schedule) {
        if (schedule == null) {
            throw new IllegalArgumentException("the schedule must be given (at least d -> d.instanceDuration(n))");
        }
        schedule.accept(b);
        return b.build();
    }

    /** A constant external current in nA. */
    public NeuronsBuilder current(Number nA) {
        calls.add("current", num(nA));
        problems.check(path + ".current", () -> current = CurrentInput.constant(num(nA)));
        return this;
    }

    /** A time-varying external current in nA. */
    public NeuronsBuilder current(CurrentInput.Profile profile) {
        calls.undescribable("current", "a current profile is code, not data");
        if (profile == null) {
            problems.add(path + ".current", "profile must not be null");
        } else {
            current = new CurrentInput(profile);
        }
        return this;
    }

    /** Uniform [0, 1) membrane noise times {@code scaleMv} each iteration. */
    public NeuronsBuilder noise(Number scaleMv) {
        calls.add("noise", num(scaleMv));
        problems.check(path + ".noise", () -> noise = new InherentNoise(num(scaleMv)));
        return this;
    }

    /**
     * How the dendrites make the input current: a decay {@code iTau}, and the distal and apical dendrites'
     * provocativeness or gain (CoNeX's SimpleDendriteComputation). Without it the current is the proximal
     * (untagged) synapses' sum of this iteration.
     */
    public NeuronsBuilder dendrites(Consumer<DendritesBuilder> cfg) {
        DendritesBuilder d = new DendritesBuilder(path + ".dendrites", problems);
        if (cfg == null) {
            problems.add(path + ".dendrites", "needs a description (d -> ...), not null");
            return this;
        }
        cfg.accept(d);
        calls.add("dendrites", d.calls);
        dendrites = d.build();
        return this;
    }

    /**
     * Diehl and Cook's adaptive threshold ({@link AdaptiveThreshold}): each spike raises the neuron's threshold by
     * {@code thetaPlusMv}, which decays back with {@code tauThetaMs}.
     */
    public NeuronsBuilder adaptiveThreshold(Number thetaPlusMv, Number tauThetaMs) {
        calls.add("adaptiveThreshold", num(thetaPlusMv), num(tauThetaMs));
        problems.check(path + ".adaptiveThreshold",
                () -> adaptive = new AdaptiveThreshold(num(thetaPlusMv), num(tauThetaMs)));
        return this;
    }

    /** At most {@code k} spikes per iteration (k winners take all). */
    public NeuronsBuilder kwta(int k) {
        calls.add("kwta", k);
        problems.check(path + ".kwta", () -> kwta = new KWTA(k));
        return this;
    }

    /**
     * The axon keeps {@code maxDelay} iterations (delays 0 .. maxDelay-1); without it the network fits the axon to
     * the largest delay of the synapses that read the group.
     */
    public NeuronsBuilder axon(int maxDelay) {
        calls.add("axon", maxDelay);
        if (maxDelay < 1) {
            problems.add(path + ".axon", "= " + maxDelay + ", must be >= 1");
        } else {
            axonDepth = maxDelay;
        }
        return this;
    }

    /** Records every spike; the recorder grows as the run goes (read it with {@code SpikeRecorder.of(group)}). */
    public NeuronsBuilder recordSpikes() {
        calls.add("recordSpikes");
        spikeRecorder = new SpikeRecorder();
        return this;
    }

    /** Records up to {@code maxSpikes} spikes and fails, naming the iteration, when more come. */
    public NeuronsBuilder recordSpikes(int maxSpikes) {
        calls.add("recordSpikes", maxSpikes);
        problems.check(path + ".recordSpikes", () -> spikeRecorder = new SpikeRecorder(maxSpikes, CapacityPolicy.FAIL));
        return this;
    }

    /** Records up to {@code maxSpikes} spikes; at the bound it fails or stops (marking the recording truncated). */
    public NeuronsBuilder recordSpikes(int maxSpikes, CapacityPolicy atBound) {
        calls.add("recordSpikes", maxSpikes, atBound);
        problems.check(path + ".recordSpikes", () -> spikeRecorder = new SpikeRecorder(maxSpikes, atBound));
        return this;
    }

    /** Records the membrane potential every {@code every} iterations, growing as the run goes. */
    public NeuronsBuilder recordVoltage(int every) {
        calls.add("recordVoltage", every);
        problems.check(path + ".recordVoltage",
                () -> voltageRecorder = new VariableRecorder<>("voltage", NeuronGroup::voltage, every));
        return this;
    }

    /** Records the membrane potential every {@code every} iterations, at most {@code maxRecords} times (then fails). */
    public NeuronsBuilder recordVoltage(int every, int maxRecords) {
        calls.add("recordVoltage", every, maxRecords);
        problems.check(path + ".recordVoltage",
                () -> voltageRecorder = new VariableRecorder<>("voltage", NeuronGroup::voltage, every, maxRecords));
        return this;
    }

    /** A custom behavior, at its own priority. */
    public NeuronsBuilder behavior(Behavior<? super NeuronGroup> b) {
        calls.undescribable("behavior", "a custom behavior" + (b == null ? "" : " (" + b.name() + ")")
                + " is code, not data");
        if (b == null) {
            problems.add(path + ".behavior", "must not be null");
        } else {
            custom.add(b);
        }
        return this;
    }

    /** Replays one call of a structure description. */
    void replay(Replay r) {
        switch (r.verb) {
            case "tags" -> tags(r.strings(1));
            case "lif" -> {
                Object c = r.arity(1).calls(1);
                lif(l -> Replay.each(c, path + ".lif", problems, l::replay));
            }
            case "elif" -> {
                Object c = r.arity(1).calls(1);
                elif(l -> Replay.each(c, path + ".elif", problems, l::replay));
            }
            case "aelif" -> {
                Object c = r.arity(1).calls(1);
                aelif(l -> Replay.each(c, path + ".aelif", problems, l::replay));
            }
            case "iafPscExp" -> {
                Object c = r.arity(1).calls(1);
                iafPscExp(p -> Replay.each(c, path + ".iafPscExp", problems, p::replay));
            }
            case "izhikevich" -> {
                String v = r.arity(6).stringOrNull(5);
                String u = r.stringOrNull(6);
                izhikevich(r.num(1), r.num(2), r.num(3), r.num(4), v == null ? null : Fill.parse(v),
                        u == null ? null : Fill.parse(u));
            }
            case "poisson" -> {
                if (r.arity(1).isList(1)) {
                    poisson(r.floats(1));
                } else {
                    poisson(r.num(1));
                }
            }
            case "spikeTrain" -> spikeTrain(r.arity(2).floats(1), r.ints(2));
            case "current" -> current(r.arity(1).num(1));
            case "noise" -> noise(r.arity(1).num(1));
            case "dendrites" -> {
                Object c = r.arity(1).calls(1);
                dendrites(d -> Replay.each(c, path + ".dendrites", problems, d::replay));
            }
            case "kwta" -> kwta(r.arity(1).integer(1));
            case "adaptiveThreshold" -> adaptiveThreshold(r.arity(2).num(1), r.num(2));
            case "axon" -> axon(r.arity(1).integer(1));
            case "recordSpikes" -> {
                switch (r.arity(0, 1, 2).count()) {
                    case 0 -> recordSpikes();
                    case 1 -> recordSpikes(r.integer(1));
                    default -> recordSpikes(r.integer(1), r.enumValue(2, CapacityPolicy.class));
                }
            }
            case "recordVoltage" -> {
                if (r.arity(1, 2).count() == 1) {
                    recordVoltage(r.integer(1));
                } else {
                    recordVoltage(r.integer(1), r.integer(2));
                }
            }
            default -> throw Replay.unknown(r.verb, VERBS);
        }
    }

    boolean hasDynamics() {
        return lif != null || izhikevich != null || pscExp != null;
    }

    List<Behavior<?>> behaviorsForCheck() {
        List<Behavior<?>> all = new ArrayList<>(builtIns());
        all.addAll(custom);
        return all;
    }

    /** The behaviors this description stands for, made once (checked, then attached). */
    private List<Behavior<? super NeuronGroup>> builtIns() {
        if (made == null) {
            made = make();
        }
        return made;
    }

    private List<Behavior<? super NeuronGroup>> make() {
        List<Behavior<? super NeuronGroup>> b = new ArrayList<>();
        if (dendrites != null) {
            b.add(dendrites);
        }
        if (current != null) {
            b.add(current);
        }
        if (lif != null) {
            b.add(lif);
        }
        if (noise != null) {
            b.add(noise);
        }
        if (kwta != null) {
            b.add(kwta);
        }
        if (lif != null) {
            b.add(new Fire());
        }
        if (adaptive != null) {
            b.add(adaptive);
        }
        if (izhikevich != null) {
            b.add(izhikevich);
        }
        if (pscExp != null) {
            b.add(pscExp);
        }
        if (!Double.isNaN(poissonRate)) {
            problems.check(path + ".poisson", () -> source = PoissonInput.uniform(size(), poissonRate));
        }
        if (source != null) {
            b.add(source);
        }
        if (axonDepth != null) {
            b.add(new NeuronAxon(axonDepth));
        }
        if (spikeRecorder != null) {
            b.add(spikeRecorder);
        }
        if (voltageRecorder != null) {
            b.add(voltageRecorder);
        }
        return b;
    }

    NeuronGroup build(Network net) {
        NeuronGroup g = net.neurons(name, depth, height, width, tags.toArray(new String[0]));
        for (Behavior<? super NeuronGroup> b : builtIns()) {
            g.add(b);
        }
        for (Behavior<? super NeuronGroup> b : custom) {
            g.add(b);
        }
        return g;
    }
}
