package io.conex4j.dsl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conex4j.core.connect.Distribution;
import io.conex4j.core.io.Json;
import io.conex4j.core.io.NetworkArchive;
import io.conex4j.core.io.Npz;
import io.conex4j.core.runtime.Network;
import io.conex4j.core.runtime.Fill;
import io.conex4j.core.runtime.NeuronGroup;
import io.conex4j.core.storage.FutureInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Neocortex#describe()} writes the description as JSON and {@link Conex#neocortex(String)} builds it back:
 * the same description, the same schedule and the same bits (every saved array and the manifest) after a run.
 */
class NeocortexJsonTest {

    @TempDir
    Path dir;

    @Test
    void theDescribedNetworkRebuildsFromItsJsonBitForBit() throws IOException {
        Neocortex a = Conex.neocortex(NeocortexTest.twoColumns(11));
        String json = a.describe();
        Neocortex b = Conex.neocortex(json);
        assertEquals(json, b.describe(), "describing the rebuilt network gives the same JSON");
        assertSameRun(a.network(), b.network(), 200, "twoColumns");
        assertTrue(json.contains("[\"replicate\",\"cc\",1]"), json);
        assertTrue(json.contains("[\"column\", \"cc\", ["), json);
    }

    @Test
    void anyDescribedStructureRebuildsFromItsJsonBitForBit() throws IOException {
        String fixed = System.getProperty("conex4j.seed");
        SplittableRandom seeds = new SplittableRandom(0x5EED_CAFEL);
        int cases = fixed != null ? 1 : 40;
        for (int i = 0; i < cases; i++) {
            long seed = fixed != null ? Long.parseLong(fixed) : seeds.nextLong();
            try {
                Neocortex a = Conex.neocortex(randomStructure(new SplittableRandom(seed)));
                String json = a.describe();
                Neocortex b = Conex.neocortex(json);
                assertEquals(json, b.describe());
                assertSameRun(a.network(), b.network(), 60, "case " + i);
            } catch (Throwable t) {
                String msg = "case " + i + " with seed " + seed + " failed (rerun with -Dconex4j.seed=" + seed
                        + "): " + t.getMessage();
                System.err.println(msg);
                throw new AssertionError(msg, t);
            }
        }
    }

    private void assertSameRun(Network a, Network b, int steps, String what) throws IOException {
        assertEquals(schedule(a), schedule(b), what + ": schedule");
        long spikes = 0;
        for (int t = 0; t < steps; t++) {
            a.step();
            b.step();
            for (NeuronGroup g : a.neuronGroups()) {
                spikes += g.spikeCount();
                assertArrayEquals(g.spikes(), b.neuronGroup(g.name()).spikes(), what + ": " + g.name() + " t=" + t);
            }
        }
        assertTrue(spikes > 0, what + ": something fired");
        Path fa = dir.resolve("a.npz");
        Path fb = dir.resolve("b.npz");
        NetworkArchive.save(a, fa);
        NetworkArchive.save(b, fb);
        Map<String, byte[]> ea = Npz.readEntries(fa);
        Map<String, byte[]> eb = Npz.readEntries(fb);
        assertEquals(ea.keySet(), eb.keySet(), what + ": archive entries");
        for (String k : ea.keySet()) {
            assertArrayEquals(ea.get(k), eb.get(k), what + ": " + k);
        }
        Files.delete(fa);
        Files.delete(fb);
    }

    private static List<String> schedule(Network n) {
        return n.schedule().stream().map(e -> e.owner().name() + ":" + e.behavior()).toList();
    }

    /** A random structure using every describable verb the generator knows, from one seed. */
    static Consumer<NeocortexBuilder> randomStructure(SplittableRandom r) {
        return c -> {
            c.dt(r.nextBoolean() ? 1 : 0.5).seed(r.nextLong());
            int inputs = 6 + r.nextInt(20);
            var in = c.inputLayer("in", l -> {
                if (r.nextBoolean()) {
                    l.sensory(inputs, g -> g.poisson(40 + r.nextInt(60)));
                } else {
                    float[] rates = new float[inputs];
                    for (int i = 0; i < inputs; i++) {
                        rates[i] = (float) (r.nextDouble() * 120);
                    }
                    l.sensory(1, 1, inputs, g -> g.poisson(rates).recordSpikes());
                }
                if (r.nextInt(4) == 0) {
                    l.location(3, g -> g.spikeTrain(new float[] {1, 2, 5}, new int[] {0, 2, 1}));
                }
            });
            int columns = 1 + r.nextInt(2);
            List<StructureRef> cols = new ArrayList<>();
            for (int k = 0; k < columns; k++) {
                int layers = 1 + r.nextInt(3);
                boolean[] inh = new boolean[layers];
                for (int j = 0; j < layers; j++) {
                    inh[j] = r.nextBoolean();
                }
                long colSeed = r.nextLong();
                cols.add(c.column("c" + k, col -> {
                    SplittableRandom cr = new SplittableRandom(colSeed);
                    for (int j = 0; j < layers; j++) {
                        int jj = j;
                        col.layer("l" + j, l -> {
                            l.exc(3 + cr.nextInt(12), g -> neurons(cr, g));
                            if (inh[jj]) {
                                l.inh(2 + cr.nextInt(5), g -> neurons(cr, g));
                                l.synapses("exc", "inh", s -> synapses(cr, s));
                                if (cr.nextBoolean()) {
                                    l.synapses("inh", "exc", s -> synapses(cr, s));
                                }
                            }
                            if (cr.nextInt(3) == 0) {
                                l.population("extra", 1, 2, 3, g -> neurons(cr, g));
                            }
                        });
                    }
                    for (int j = 0; j + 1 < layers; j++) {
                        col.connect("l" + j + ".exc", "l" + (j + 1) + ".exc", s -> synapses(cr, s));
                    }
                    if (cr.nextBoolean()) {
                        col.inputPort("input", "l0.exc");
                    } else {
                        // drawn outside the settings, which the DSL may run more than once
                        String dendrite = cr.nextBoolean() ? "Distal" : "Apical";
                        col.inputPort("input", "l0.exc", s -> s.tags(dendrite));
                    }
                    col.outputPort("output", "l" + (layers - 1) + ".exc");
                }));
            }
            if (r.nextBoolean()) {
                cols.addAll(c.replicate(cols.get(0), 1 + r.nextInt(2)));
            }
            var out = c.outputLayer("out", l -> l.representation(2 + r.nextInt(5), g -> neurons(r, g)));
            for (StructureRef col : cols) {
                c.synapsis(in.port("sensory"), col.port("input"), s -> synapses(r, s).currentCoef(20));
                c.synapsis(col.port("output"), out.port("representation"), s -> synapses(r, s));
            }
        };
    }

    private static void neurons(SplittableRandom r, NeuronsBuilder g) {
        switch (r.nextInt(5)) {
            case 0 -> g.lif();
            case 1 -> g.lif(p -> p.tau(5 + r.nextInt(20)).r(1 + r.nextDouble() * 20).threshold(-55)
                    .vReset(-70).vRest(-65).refractory(r.nextInt(3)));
            case 2 -> g.elif(p -> p.tau(10).r(5).delta(2).thetaRh(-56));
            case 3 -> g.aelif(p -> p.tau(10).r(5).alpha(0.1).beta(0.5).wTau(50));
            default -> g.izhikevich(0.02, 0.2, -65, 8, null, null);
        }
        if (r.nextInt(3) == 0) {
            g.current(r.nextDouble() * 3);
        }
        if (r.nextInt(3) == 0) {
            g.noise(0.5 + r.nextDouble());
        }
        if (r.nextInt(4) == 0) {
            g.dendrites(d -> d.iTau(1 + r.nextInt(4)).distalGain(r.nextDouble()).apicalGain(0.5));
        }
        if (r.nextInt(4) == 0) {
            g.tags("marked");
        }
        if (r.nextInt(3) == 0) {
            g.recordSpikes();
        } else if (r.nextInt(3) == 0) {
            g.recordVoltage(1 + r.nextInt(4));
        }
    }

    private static SynapsesBuilder synapses(SplittableRandom r, SynapsesBuilder s) {
        boolean sparse = r.nextInt(3) == 0;
        s.weights(w -> {
            switch (r.nextInt(4)) {
                case 0 -> w.uniform(0, 0.2 + r.nextDouble());
                case 1 -> w.normal(0.3, 0.1);
                case 2 -> w.constant(0.1 + r.nextDouble());
                default -> w.mode("uniform(0, 0.7)");
            }
            if (sparse) {
                w.density(0.3 + r.nextDouble() * 0.6);
            }
            if (r.nextInt(4) == 0) {
                w.scale(0.5 + r.nextDouble());
            }
        });
        if (r.nextInt(3) == 0) {
            s.delays(d -> d.uniform(0, 1 + r.nextInt(4)));
        } else if (r.nextInt(4) == 0) {
            s.delays(d -> d.constant(r.nextInt(3)));
        }
        if (r.nextBoolean()) {
            s.traces(5 + r.nextInt(20), 5 + r.nextInt(20));
            if (r.nextBoolean()) {
                s.stdp(p -> p.aPlus(0.01 * r.nextDouble()).aMinus(0.01 * r.nextDouble()).softBound(0, 1));
            } else {
                s.stdp(p -> p.aPlus(0.02).hardBound(0, 2));
            }
        }
        if (r.nextInt(3) == 0) {
            s.normalize(1 + r.nextInt(5));
        }
        if (r.nextInt(3) == 0) {
            s.clip(0, 1.5);
        }
        if (r.nextInt(4) == 0) {
            s.normalizeCurrent(2);
        }
        return s.currentCoef(5 + r.nextInt(20));
    }

    @Test
    void codeInADescriptionIsNamedWhenDescribingIt() {
        Neocortex cortex = Conex.neocortex(c -> {
            c.column("cc", col -> col.layer("l4", l -> l.exc(5, g -> g.lif())));
            c.column("dd", col -> col
                    .layer("l4", l -> l.exc(5, g -> g.lif().behavior(new io.conex4j.core.recording.SpikeRecorder()))
                            .synapses("exc", "exc", s -> s.weights(w -> w.mode(io.conex4j.core.runtime.Fill.function(i -> i))))));
        });
        IllegalStateException e = assertThrows(IllegalStateException.class, cortex::describe);
        assertTrue(e.getMessage().contains("neocortex.column dd.layer l4.exc.behavior: a custom behavior (SpikeRecorder)"
                + " is code, not data"), e.getMessage());
        assertTrue(e.getMessage().contains("neocortex.column dd.layer l4.synapses(exc, exc).weights.mode: a function"
                + " fill is code"), e.getMessage());
        assertTrue(e.getMessage().startsWith("cannot describe this neocortex as JSON; 2 parts are code"), e.getMessage());
    }

    @Test
    void theMicrocircuitVerbsRebuildFromTheirJsonBitForBit() throws IOException {
        Neocortex a = Conex.neocortex(c -> c.dt(0.1).seed(21).column("cc", col -> col.layer("l4", l -> l
                .exc(60, g -> g.iafPscExp(p -> p.cm(250).tauM(10).tauSyn(0.5).eL(-65).vTh(-50).vReset(-65).tRef(2)
                        .dc(300).initialV(Fill.normal(-58, 10)).poisson(8_000, 87.8).inputForm(FutureInput.Form.QUEUE))
                        .recordSpikes())
                .inh(20, g -> g.iafPscExp(p -> p.tauSyn(0.5).eL(-65).vTh(-50).vReset(-65).dc(400)).recordSpikes())
                .synapses("exc", "inh", s -> s.connect(k -> k.fixedTotalNumber(300).multapses(true)
                        .weights(Distribution.normal(87.8, 8.78).min(0)).delays(Distribution.normal(1.5, 0.75).min(0.1))))
                .synapses("inh", "exc", s -> s.connect(k -> k.fixedInDegree(3).weight(-351.2).delay(0.8)))
                .synapses("exc", "exc", s -> s.connect(k -> k.probability(0.1).autapses(false)
                        .weights(Distribution.uniform(10, 20).max(15)).delays(Distribution.constant(1)))))));
        String json = a.describe();
        assertTrue(json.contains("[\"iafPscExp\", ["), json);
        assertTrue(json.contains("[\"weights\",[[\"normal\",87.8,8.78],[\"min\",0]]]"), json);
        Neocortex b = Conex.neocortex(json);
        assertEquals(json, b.describe(), "describing the rebuilt network gives the same JSON");
        assertSameRun(a.network(), b.network(), 300, "microcircuit verbs");
        long spikes = 0;
        for (NeuronGroup g : b.network().neuronGroups()) {
            spikes += io.conex4j.core.recording.SpikeRecorder.of(g).count();
        }
        assertTrue(spikes > 0, "the rebuilt network fires");
    }

    @Test
    void aFunctionFillOfTheMicrocircuitNeuronIsNamedAsCode() {
        Neocortex cortex = Conex.neocortex(c -> c.column("cc", col -> col.layer("l4", l -> l
                .exc(5, g -> g.iafPscExp(p -> p.tauSyn(0.5).initialV(Fill.function(i -> -60 - i)))))));
        IllegalStateException e = assertThrows(IllegalStateException.class, cortex::describe);
        assertTrue(e.getMessage().contains("iafPscExp.initialV: a function fill is code, not data"), e.getMessage());
    }

    @Test
    void aDescribedDistributionThatIsNotOneIsAProblemNamingIt() {
        String json = "{\"format\": \"conex4j-neocortex\", \"version\": 1, \"calls\": [[\"column\", \"cc\", [[\"layer\", \"l4\","
                + " [[\"exc\", 1, 1, 5, [[\"iafPscExp\", [[\"tauSyn\", 0.5]]]]], [\"synapses\", \"exc\", \"exc\", [[\"connect\","
                + " [[\"fixedTotalNumber\", 10], [\"weights\", [[\"min\", 0]]]]]]]]]]]]}";
        NetworkDefinitionException e = assertThrows(NetworkDefinitionException.class, () -> Conex.neocortex(json));
        assertTrue(e.getMessage().contains("connect.weights.min: give the kind (constant, uniform or normal) before min"),
                e.getMessage());
    }

    @Test
    void aDescriptionThatIsNotOneIsRejectedWithWhatWasExpected() {
        assertProblem("{\"format\": \"conex4j-neocortex\", \"version\": 1, \"calls\": [[\"dt\", 1]]",
                "load: not a structure description: JSON: ");
        assertProblem("{\"format\": \"other\"}", "load: not a structure description: the JSON must be an object"
                + " with \"format\": \"conex4j-neocortex\"");
        assertProblem("{\"format\": \"conex4j-neocortex\", \"version\": 2, \"calls\": []}",
                "load: version = 2, this build reads version 1");
        assertProblem("{\"format\": \"conex4j-neocortex\", \"version\": 1, \"calls\": [], \"extra\": 1}",
                "load: unknown key \"extra\"; allowed: format, version, calls");
        assertProblem(describe("[[\"colum\", \"cc\", []]]"),
                "load.calls.colum: unknown verb 'colum'; allowed: dt, seed, column, replicate, inputLayer,"
                        + " outputLayer, synapsis");
        assertProblem(describe("[[\"dt\", \"fast\"]]"), "load.calls.dt: argument 1 = \"fast\", must be a number");
        assertProblem(describe("[[\"dt\", 1, 2]]"), "load.calls.dt: 2 arguments, allowed: [1]");
        assertProblem(describe("[[\"column\", \"cc\", [[\"layer\", \"l4\", [[\"exc\", 1, 1, 5, [[\"lif\", "
                + "[[\"taux\", 3]]]]]]]]]]"),
                "neurons cc.l4.exc.lif.taux: unknown verb 'taux'; allowed: tau, r, threshold, vReset, vRest,"
                        + " refractory, delta, thetaRh, alpha, beta, wTau");
        assertProblem(describe("[[\"column\", \"cc\", [[\"layer\", \"l4\", [[\"exc\", 1, 1, 5, [[\"lif\", "
                + "[[\"tau\", -3]]]]]]]]]]"), "neurons cc.l4.exc.lif.tau: ");
        assertProblem(describe("[7]"), "load.calls[0]: = 7, must be a call [verb, arguments...]");
    }

    private static String describe(String calls) {
        return "{\"format\": \"conex4j-neocortex\", \"version\": 1, \"calls\": " + calls + "}";
    }

    private static void assertProblem(String json, String expected) {
        NetworkDefinitionException e = assertThrows(NetworkDefinitionException.class, () -> Conex.neocortex(json));
        assertTrue(e.problems().stream().anyMatch(p -> p.startsWith(expected)), expected + " in " + e.problems());
    }

    @Test
    void theJsonIsPlainJsonThatAnyReaderParses() {
        String json = Conex.neocortex(NeocortexTest.twoColumns(1)).describe();
        Object root = Json.parse(json);
        assertTrue(root instanceof Map<?, ?> m && m.get("calls") instanceof List<?>, json);
    }
}
