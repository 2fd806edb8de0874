package io.conex4j.core.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.conex4j.core.behaviors.neuron.NeuronAxon;
import io.conex4j.core.io.Json;
import io.conex4j.core.runtime.Network;
import io.conex4j.core.runtime.NeuronGroup;
import io.conex4j.core.runtime.SynapseGroup;
import io.conex4j.core.storage.CscWeights;
import io.conex4j.core.storage.Weights;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays runs recorded from the real CoNeX: builds each fixture's network, replays its random draws,
 * and compares the state after initialize and after every iteration with the fixture's tolerance
 * ({@code |a-e| <= 1e-6 + 1e-5*|e|} for float32, exact for bool and int). Every {@code *.json} in
 * {@code src/test/resources/conformance} runs, plus those in the folder named by the system property
 * {@code conex4j.conformance.dir}.
 */
class ConformanceTest {

    private static final double ABS = 1e-6;
    private static final double REL = 1e-5;

    @TestFactory
    Stream<DynamicTest> replaysEveryRecordedCoNeXRun() throws IOException, URISyntaxException {
        List<Path> files = new ArrayList<>(jsonFiles(Path.of(ConformanceTest.class.getResource("/conformance").toURI())));
        String extra = System.getProperty("conex4j.conformance.dir");
        if (extra != null && !extra.isBlank()) {
            files.addAll(jsonFiles(Path.of(extra)));
        }
        assertFalse(files.isEmpty(), "no conformance fixtures found");
        return files.stream().map(f -> {
            String name = f.getFileName().toString().replace(".json", "");
            return DynamicTest.dynamicTest(name, f.toUri(), () -> replay(f));
        });
    }

    private static List<Path> jsonFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("conformance folder " + dir + " does not exist");
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".json") && !p.getFileName().toString().equals("INDEX.json"))
                    .sorted().toList();
        }
    }

    static void replay(Path file) throws IOException {
        Map<?, ?> fx = (Map<?, ?>) Json.parse(Files.readString(file, StandardCharsets.UTF_8));
        ReplayRandom random = new ReplayRandom((List<?>) fx.get("rng_draws"));
        Network net = FixtureNetwork.build(fx, random);
        assertEquals(order(fx.get("execution_order")), order(net), "execution order");
        net.initialize();
        random.assertAllUsed();
        Map<?, ?> expected = (Map<?, ?>) fx.get("expected");
        compare(net, (Map<?, ?>) expected.get("after_initialize"), "after initialize");
        List<?> steps = (List<?>) expected.get("steps");
        assertEquals(((Number) fx.get("iterations")).intValue(), steps.size(), "iterations vs recorded steps");
        for (int i = 0; i < steps.size(); i++) {
            net.step();
            compare(net, (Map<?, ?>) steps.get(i), "after iteration " + (i + 1));
        }
    }

    private static List<String> order(Object json) {
        List<String> out = new ArrayList<>();
        for (Object o : (List<?>) json) {
            List<?> e = (List<?>) o;
            out.add(e.get(0) + " " + e.get(1) + " " + e.get(2));
        }
        return out;
    }

    private static List<String> order(Network net) {
        List<String> out = new ArrayList<>();
        for (Network.Entry e : net.schedule()) {
            out.add(e.behavior().priority() + " " + e.owner().name() + " " + e.behavior().name());
        }
        return out;
    }

    private static void compare(Network net, Map<?, ?> state, String when) {
        Map<?, ?> neurons = (Map<?, ?>) state.get("neurons");
        for (Map.Entry<?, ?> g : neurons.entrySet()) {
            NeuronGroup group = net.neuronGroup((String) g.getKey());
            for (Map.Entry<?, ?> f : ((Map<?, ?>) g.getValue()).entrySet()) {
                String where = when + ": " + group.name() + "." + f.getKey();
                Tensor t = Tensor.of(f.getValue());
                switch ((String) f.getKey()) {
                    case "spikes" -> bools(where, t, group.spikes());
                    case "spike_history" -> bools(where, t, ((NeuronAxon) group.axon()).historyNewestFirst());
                    default -> throw new AssertionError(where + ": unknown expected neuron field");
                }
            }
        }
        Map<?, ?> synapses = (Map<?, ?>) state.get("synapses");
        for (Map.Entry<?, ?> s : synapses.entrySet()) {
            SynapseGroup syn = net.synapseGroup((String) s.getKey());
            for (Map.Entry<?, ?> f : ((Map<?, ?>) s.getValue()).entrySet()) {
                String key = (String) f.getKey();
                String where = when + ": " + syn.name() + "." + key;
                Object v = f.getValue();
                switch (key) {
                    case "weights" -> weights(where, Tensor.of(v), syn.weights());
                    case "pre_spike" -> bools(where, Tensor.of(v), syn.get(SynapseGroup.PRE_SPIKE));
                    case "post_spike" -> bools(where, Tensor.of(v), syn.get(SynapseGroup.POST_SPIKE));
                    case "pre_trace" -> floats(where, Tensor.of(v), syn.get(SynapseGroup.PRE_TRACE));
                    case "post_trace" -> floats(where, Tensor.of(v), syn.get(SynapseGroup.POST_TRACE));
                    case "I" -> floats(where, Tensor.of(v), syn.get(SynapseGroup.CURRENT).values());
                    case "src_delay" -> ints(where, Tensor.of(v), syn.get(SynapseGroup.SRC_DELAY));
                    case "dst_delay" -> ints(where, Tensor.of(v), syn.get(SynapseGroup.DST_DELAY));
                    case "src_idx" -> ints(where, Tensor.of(v), ((CscWeights) syn.weights()).rowIdx());
                    case "dst_idx" -> ints(where, Tensor.of(v), ((CscWeights) syn.weights()).colIdx());
                    case "src_shape" -> assertEquals(List.of(v).toString(), List.of(intList(syn.get(SynapseGroup.SRC_SHAPE))).toString(), where);
                    case "dst_shape" -> assertEquals(List.of(v).toString(), List.of(intList(syn.get(SynapseGroup.DST_SHAPE))).toString(), where);
                    default -> throw new AssertionError(where + ": unknown expected synapse field");
                }
            }
        }
    }

    private static List<Long> intList(int[] a) {
        return Arrays.stream(a).mapToObj(i -> (long) i).toList();
    }

    private static void weights(String where, Tensor expected, Weights actual) {
        if (actual == null) {
            throw new AssertionError(where + ": no weights");
        }
        if (expected.csc() != null) {
            if (!(actual instanceof CscWeights c)) {
                throw new AssertionError(where + ": expected CSC weights, got " + actual);
            }
            CscWeights e = expected.csc();
            assertEquals(Arrays.toString(e.shape()), Arrays.toString(c.shape()), where + " shape");
            assertEquals(Arrays.toString(e.colPtr()), Arrays.toString(c.colPtr()), where + " ccol_indices");
            assertEquals(Arrays.toString(e.rowIdx()), Arrays.toString(c.rowIdx()), where + " row_indices");
            floats(where + " values", expected, c.values());
            return;
        }
        if (actual instanceof CscWeights) {
            throw new AssertionError(where + ": expected dense weights, got " + actual);
        }
        assertEquals(Arrays.toString(expected.shape()), Arrays.toString(actual.shape()), where + " shape");
        floats(where, expected, actual.values());
    }

    private static void floats(String where, Tensor expected, float[] actual) {
        if (actual == null) {
            throw new AssertionError(where + ": missing");
        }
        assertEquals(expected.data().length, actual.length, where + " length");
        for (int i = 0; i < actual.length; i++) {
            double e = (float) expected.data()[i];
            double a = actual[i];
            if (!(Math.abs(a - e) <= ABS + REL * Math.abs(e))) {
                throw new AssertionError(where + "[" + i + "]: expected " + (float) e + " but was " + (float) a
                        + " (diff " + Math.abs(a - e) + ")");
            }
        }
    }

    private static void bools(String where, Tensor expected, boolean[] actual) {
        if (actual == null) {
            throw new AssertionError(where + ": missing");
        }
        assertEquals(Arrays.toString(expected.bools()), Arrays.toString(actual), where);
    }

    private static void ints(String where, Tensor expected, int[] actual) {
        if (actual == null) {
            throw new AssertionError(where + ": missing");
        }
        assertEquals(Arrays.toString(expected.intData()), Arrays.toString(actual), where);
    }
}
