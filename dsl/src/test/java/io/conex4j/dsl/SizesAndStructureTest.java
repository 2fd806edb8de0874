package io.conex4j.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.conex4j.core.behaviors.neuron.NeuronAxon;
import io.conex4j.core.behaviors.neuron.PoissonInput;
import io.conex4j.core.behaviors.neuron.SpikeTrainInput;
import io.conex4j.core.behaviors.synapse.DelayInitializer;
import io.conex4j.core.behaviors.synapse.WeightInitializer;
import io.conex4j.core.random.SeededRandom;
import io.conex4j.core.runtime.Fill;
import io.conex4j.core.runtime.Network;
import io.conex4j.core.runtime.NeuronGroup;
import io.conex4j.core.runtime.SynapseGroup;
import io.conex4j.core.storage.ConvGeometry;
import io.conex4j.core.storage.CscBuilder;
import io.conex4j.core.storage.CscWeights;
import io.conex4j.core.storage.DenseWeights;
import io.conex4j.core.storage.WeightArrays;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Sizes and structures that cannot work get an {@link IllegalArgumentException} naming the parameter and the limit,
 * before anything big is allocated: never an IndexOutOfBounds, NegativeArraySize, OutOfMemory or NullPointer
 * exception. One row per bad input, through core's public API or the DSL.
 */
class SizesAndStructureTest {

    private static final String ARRAY_LIMIT = "at most 2147483639 fit";

    /** One bad input, its description and the fragments its message must hold. */
    record Bad(String description, Executable input, List<String> fragments) {
        @Override
        public String toString() {
            return description;
        }
    }

    private static Bad core(String description, Executable input, String... fragments) {
        return new Bad("core " + description, input, List.of(fragments));
    }

    /** A core network with synapses "S" from "pre" to "post", initialized. */
    private static Bad coreSynapses(String description, int pre, int post, Consumer<SynapseGroup> synapse,
            String... fragments) {
        return core(description, () -> {
            Network net = new Network(1, 1);
            SynapseGroup s = net.synapses("S", net.neurons("pre", pre), net.neurons("post", post));
            synapse.accept(s);
            net.initialize();
        }, fragments);
    }

    /** A core network with one group "g" of {@code size} neurons, initialized. */
    private static Bad coreGroup(String description, int size, Consumer<NeuronGroup> group, String... fragments) {
        return core(description, () -> {
            Network net = new Network(1, 1);
            group.accept(net.neurons("g", size));
            net.initialize();
        }, fragments);
    }

    /** A DSL description that must give exactly one problem (validated, built and initialized). */
    private static Bad dsl(String description, Consumer<NetworkBuilder> d, String... fragments) {
        return new Bad("DSL " + description, () -> {
            NetworkDefinitionException e = assertThrows(NetworkDefinitionException.class, () -> Conex.network(d),
                    "the DSL accepted it");
            assertEquals(1, e.problems().size(), "exactly one problem: " + e.problems());
            throw new IllegalArgumentException(e.problems().get(0));
        }, List.of(fragments));
    }

    /** Groups "a" and "b" of the given sizes, "a" a Poisson source, "b" LIF, and synapses a→b. */
    private static Bad dslPair(String description, int a, int b, Consumer<SynapsesBuilder> s, String... fragments) {
        return dsl(description, n -> {
            var ga = n.neurons("a", a, g -> g.poisson(5));
            var gb = n.neurons("b", b, g -> g.lif());
            n.synapses(ga, gb, s);
        }, fragments);
    }

    static List<Bad> rows() {
        List<Bad> r = new ArrayList<>();
        // CSC structure: checked before an index is followed
        r.add(core("CSC colPtr beyond nnz", () -> new CscWeights(4, 2, new int[] {0, 5, 3}, new int[] {0, 1, 2},
                new float[] {1, 1, 1}), "colPtr[1] = 5", "beyond nnz=3", "[0, 3]"));
        r.add(core("CSC colPtr decreasing", () -> new CscWeights(4, 3, new int[] {0, 2, 1, 3}, new int[] {0, 1, 2},
                new float[] {1, 1, 1}), "colPtr decreases at column 1", "never decrease"));
        r.add(core("CSC colPtr of the wrong length", () -> new CscWeights(4, 2, new int[] {0, 1}, new int[] {0},
                new float[] {1}), "colPtr has 2 entries", "cols+1 = 3"));
        r.add(core("CSC colPtr not ending at nnz", () -> new CscWeights(4, 2, new int[] {0, 1, 2}, new int[] {0, 1, 2},
                new float[] {1, 1, 1}), "colPtr", "end at nnz=3", "0 .. 2"));
        r.add(core("CSC row index outside the rows", () -> new CscWeights(4, 2, new int[] {0, 2, 3},
                new int[] {0, 9, 1}, new float[] {1, 1, 1}), "row index 9", "outside [0, 4)"));
        r.add(core("CSC rows not ascending in a column", () -> new CscWeights(4, 2, new int[] {0, 2, 3},
                new int[] {2, 1, 0}, new float[] {1, 1, 1}), "rows in column 0", "strictly ascending"));
        r.add(core("CSC rowIdx and values of different lengths", () -> new CscWeights(4, 2, new int[] {0, 1, 3},
                new int[] {0, 1}, new float[] {1, 1, 1}), "rowIdx has 2 entries", "values has 3"));
        r.add(core("CSC rows + 1 beyond an array", () -> new CscWeights(Integer.MAX_VALUE, 2, new int[] {0, 0, 0},
                new int[0], new float[0]), "rows + 1", "2147483647", ARRAY_LIMIT));
        r.add(core("CSC cols + 1 beyond an array", () -> new CscWeights(2, Integer.MAX_VALUE, new int[] {0},
                new int[0], new float[0]), "cols + 1", ARRAY_LIMIT));
        r.add(core("CSC empty shape", () -> new CscWeights(0, 2, new int[] {0, 0, 0}, new int[0], new float[0]),
                "shape [0, 2]", "must be positive"));
        r.add(core("CSC build position outside", () -> CscBuilder.fromPositions(2, 2, new long[] {5}, new float[] {1}),
                "position 5", "outside [0, 4)"));
        r.add(core("CSC build duplicate position", () -> CscBuilder.fromPositions(2, 2, new long[] {1, 1},
                new float[] {1, 2}), "duplicate position", "row 0, column 1"));
        r.add(core("CSC build positions without values", () -> CscBuilder.fromPositions(2, 2, new long[] {0, 1},
                new float[] {1}), "2 positions", "1 values"));
        r.add(core("CSC build rows beyond an array", () -> CscBuilder.fromPositions(Integer.MAX_VALUE, 1,
                new long[0], new float[0]), "rows + 1", ARRAY_LIMIT));
        r.add(core("CSC arrays decoded from a file", () -> WeightArrays.decode(
                new CscWeights(4, 2, new int[] {0, 1, 2}, new int[] {0, 1}, new float[] {1, 1}),
                Map.of(".shape", new WeightArrays.Part(new int[] {4, 2}, new int[] {2}),
                        ".data", new WeightArrays.Part(new float[] {1, 1, 1}, new int[] {3}),
                        ".indices", new WeightArrays.Part(new int[] {0, 1, 2}, new int[] {3}),
                        ".indptr", new WeightArrays.Part(new int[] {0, 5, 3}, new int[] {3}))),
                ".indptr", "not a valid CSC structure", "colPtr[1] = 5"));
        // dense shapes: counted without overflow, before allocating
        r.add(core("dense shape overflowing a long", () -> DenseWeights.zeros(65536, 65536, 65536, 65536),
                "shape [65536, 65536, 65536, 65536]", "more than one Java array holds", ARRAY_LIMIT));
        r.add(core("dense shape beyond an array", () -> DenseWeights.zeros(100_000, 100_000), "10000000000 elements",
                ARRAY_LIMIT));
        r.add(core("dense shape with a zero dimension", () -> DenseWeights.zeros(0, 3), "shape [0, 3]",
                "every dimension must be >= 1"));
        r.add(core("dense shape of rank 0", () -> DenseWeights.zeros(), "rank 0", "allowed: 1 to 5"));
        r.add(core("dense data not matching the shape", () -> new DenseWeights(new float[5], 2, 3),
                "shape [2, 3] holds 6 values", "5 were given"));
        r.add(core("weightShape beyond an array", () -> WeightInitializer.mode(1).weightShape(100_000, 100_000),
                "weightShape [100000, 100000]", ARRAY_LIMIT));
        // groups and inputs
        r.add(core("PoissonInput of -1 neurons", () -> PoissonInput.uniform(-1, 5), "size (-1)", ">= 1"));
        r.add(core("PoissonInput of 0 neurons", () -> PoissonInput.uniform(0, 5), "size (0)", ">= 1"));
        r.add(core("neuron group beyond an array", () -> new Network(1, 1).neurons("big", 1, 100_000, 100_000),
                "neurons big", "1 x 100000 x 100000 = 10000000000 neurons", ARRAY_LIMIT));
        r.add(core("neuron group of negative size", () -> new Network(1, 1).neurons("neg", -1), "shape 1x1x-1",
                "must be positive"));
        r.add(coreGroup("Poisson rates for another group size", 4, g -> g.add(new PoissonInput(new float[3])),
                "PoissonInput on neurons g", "3 rates for 4 neurons"));
        r.add(core("spike train times without indices", () -> new SpikeTrainInput(new float[2], new int[1]),
                "2 times", "1 indices"));
        r.add(coreGroup("axon history beyond an array", 100_000, g -> g.add(new NeuronAxon(100_000)),
                "NeuronAxon on neurons g", "maxDelay (100000) x 100000 neurons", ARRAY_LIMIT, "maxDelay <= 21473"));
        r.add(core("fill of -1 values", () -> Fill.uniform().array(-1, new SeededRandom(1)), "number of values (-1)",
                ">= 0"));
        // weights of synapse groups
        r.add(coreSynapses("dense 100000 x 100000 weights", 100_000, 100_000,
                s -> s.add(WeightInitializer.mode("random").build()), "a dense 100000 x 100000 matrix",
                "10000000000 weights", ARRAY_LIMIT, "density < 1"));
        r.add(coreSynapses("sparse 100000 x 100000 weights at density 0.5", 100_000, 100_000,
                s -> s.add(WeightInitializer.mode("random").density(0.5).build()), "density (0.5)",
                "5000000000 non-zeros", ARRAY_LIMIT, "density <= 0.2147483639"));
        r.add(core("sparse 100000 x 100000 weights at density 0.1 (2^29 non-zeros and more)", () -> {
            long needed = 28L * 1_000_000_000;
            Assumptions.assumeTrue(Runtime.getRuntime().maxMemory() < needed, "a heap this large would hold them");
            Network net = new Network(1, 1);
            net.synapses("S", net.neurons("pre", 100_000), net.neurons("post", 100_000))
                    .add(WeightInitializer.mode("random").density(0.1).build());
            net.initialize();
        }, "WeightInitializer on synapses S", "1000000000 non-zeros", "of the heap are free", "-Xmx"));
        r.add(coreSynapses("explicit weights of another shape", 4, 3,
                s -> s.add(WeightInitializer.explicit(new DenseWeights(new float[6], 2, 3))), "weights of shape [2, 3]",
                "[source, destination] = [4, 3]"));
        r.add(coreSynapses("explicit delays for another group size", 4, 3,
                s -> s.add(DelayInitializer.explicit(1, 2, 3)), "3 explicit src delays", "neurons pre has 4"));
        // sampling and geometry
        r.add(core("sample beyond an array", () -> new SeededRandom(1).sample(1L << 40, Integer.MAX_VALUE),
                "k (2147483647)", ARRAY_LIMIT));
        r.add(core("sample more than the population", () -> new SeededRandom(1).sample(10, 11), "k (11)",
                "[0, population=10]"));
        r.add(core("convolution padding beyond an int", () -> new ConvGeometry(1, 10, 10, 1, 3, 3, 1, 1 << 30),
                "padding (1073741824)", "at most"));

        // DSL
        r.add(dsl("group of 100000 x 100000 x 1 neurons", n -> n.neurons("big", 100_000, 100_000, 1,
                g -> g.poisson(20)), "neurons big", "100000 x 100000 x 1 = 10000000000 neurons", ARRAY_LIMIT));
        r.add(dsl("synapses onto a group beyond an array", n -> {
            var a = n.neurons("a", 4, g -> g.poisson(20));
            var big = n.neurons("big", 100_000, 100_000, 1, g -> g.lif());
            n.synapses(a, big, s -> s.weights(w -> w.uniform()));
        }, "neurons big", ARRAY_LIMIT));
        r.add(dsl("group of negative size", n -> n.neurons("neg", 1, 1, -3, g -> g.lif()), "shape 1x1x-3",
                "must be positive"));
        r.add(dslPair("dense 100000 x 100000 weights", 100_000, 100_000, s -> s.weights(w -> w.uniform()),
                "initialize", "a dense 100000 x 100000 matrix", ARRAY_LIMIT, "density < 1"));
        r.add(dslPair("sparse weights beyond an array", 100_000, 100_000, s -> s.weights(w -> w.uniform()
                .density(0.5)), "initialize", "5000000000 non-zeros", ARRAY_LIMIT));
        r.add(dslPair("weight shape beyond an array", 4, 3, s -> s.weights(w -> w.uniform()
                .shape(65536, 65536, 65536, 65536).dense()).conv2d(1, 0), "weights.shape", ARRAY_LIMIT));
        r.add(dslPair("fitted axon beyond an array", 100, 3, s -> s.weights(w -> w.uniform())
                .delays(d -> d.uniform(0, 1e9)), "initialize", "NeuronAxon on neurons a", "history cells",
                ARRAY_LIMIT, "maxDelay <= 20849354"));
        r.add(dsl("poisson rates for another group size", n -> n.neurons("a", 4, g -> g.poisson(new float[3])),
                "a.poisson", "3 rates for 4 neurons"));
        r.add(dsl("poisson rates null", n -> n.neurons("a", 4, g -> g.poisson((float[]) null)), "a.poisson",
                "rates must not be null"));
        r.add(dsl("spike train times null", n -> n.neurons("a", 4, g -> g.spikeTrain(null, new int[0])),
                "a.spikeTrain", "times must not be null"));
        r.add(dsl("spike train indices null", n -> n.neurons("a", 4, g -> g.spikeTrain(new float[0], null)),
                "a.spikeTrain", "indices must not be null"));
        r.add(dsl("current profile null", n -> n.neurons("a", 4, g -> g.lif()
                .current((io.conex4j.core.behaviors.neuron.CurrentInput.Profile) null)), "a.current",
                "profile must not be null"));
        r.add(dslPair("explicit weights data null", 4, 3, s -> s.weights(w -> w.explicit(null, 4, 3)),
                "weights.explicit", "data must not be null"));
        r.add(dslPair("explicit weights of another shape", 4, 3, s -> s.weights(w -> w.explicit(new float[6], 2, 3)),
                "weights.explicit", "shape [2, 3]", "[source, destination] = [4, 3]"));
        r.add(dslPair("explicit delays for another group size", 4, 3, s -> s.weights(w -> w.uniform())
                .delays(d -> d.explicit(1, 2, 3)), "delays", "3 explicit delays for 4 source neurons"));
        r.add(dslPair("explicit delays null", 4, 3, s -> s.weights(w -> w.uniform())
                .delays(d -> d.explicit((int[]) null)), "delays.explicit", "delays must not be null"));
        r.add(dslPair("kernel shape of one dimension", 4, 3, s -> s.weights(w -> w.uniform().kernelShape(5)),
                "weights.kernelShape", "at least 2 positive dimensions"));
        return r;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void isAnIllegalArgumentNamingTheParameterAndTheLimit(Bad bad) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, bad.input(),
                "an IllegalArgumentException, nothing else");
        String message = e.getMessage();
        for (String fragment : bad.fragments()) {
            if (!message.contains(fragment)) {
                fail("the message of '" + bad.description() + "' lacks '" + fragment + "': " + message);
            }
        }
    }

    @Test
    void theTableCoversTheDslAndCore() {
        List<Bad> all = rows();
        long viaDsl = all.stream().filter(b -> b.description().startsWith("DSL ")).count();
        assertEquals(all.size(), all.stream().map(Bad::description).distinct().count(), "descriptions are unique");
        assertEquals(17, viaDsl, "rows through the DSL");
        assertEquals(37, all.size() - viaDsl, "rows through core's API");
        assertTrue(all.stream().allMatch(b -> b.fragments().size() >= 2), "every row names at least two fragments");
    }
}
