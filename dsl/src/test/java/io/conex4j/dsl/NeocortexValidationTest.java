package io.conex4j.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Bad structure descriptions: each problem names where it is, the parameter and its value, and what is allowed
 * (the known layers, populations, ports or structures); all problems come back together, nothing is built.
 */
class NeocortexValidationTest {

    private static final Consumer<NeuronsBuilder> LIF = g -> g.lif();

    /** A column cc: layers l4 (exc, inh) and l23 (exc); ports input (l4.exc) and output (l23.exc). */
    private static ColumnBuilder column(ColumnBuilder col) {
        return col.layer("l4", l -> l.exc(4, LIF).inh(2, LIF))
                .layer("l23", l -> l.exc(3, LIF))
                .inputPort("input", "l4.exc")
                .outputPort("output", "l23.exc");
    }

    private static Consumer<SynapsesBuilder> dense() {
        return s -> s.weights(w -> w.uniform(0, 0.5));
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("an unknown layer in connect",
                        (Consumer<NeocortexBuilder>) c -> c.column("cc", col -> column(col)
                                .connect("l4.exc", "l5.exc", dense())),
                        "column cc.connect(l4.exc, l5.exc): unknown layer 'l5' in \"l5.exc\"; the column's layers:"
                                + " [l4, l23]"),
                Arguments.of("an unknown population in connect",
                        (Consumer<NeocortexBuilder>) c -> c.column("cc", col -> column(col)
                                .connect("l4.exc", "l23.inh", dense())),
                        "column cc.connect(l4.exc, l23.inh): unknown population 'inh' in \"l23.inh\"; layer l23's"
                                + " populations: [exc]"),
                Arguments.of("a population address without a layer",
                        (Consumer<NeocortexBuilder>) c -> c.column("cc", col -> column(col).inputPort("in2", "exc")),
                        "column cc.inputPort in2: population = \"exc\", must be layer.population, e.g. \"l4.exc\""),
                Arguments.of("an unknown population in a layer's synapses",
                        (Consumer<NeocortexBuilder>) c -> c.column("cc", col -> col
                                .layer("l4", l -> l.exc(4, LIF).synapses("exc", "inh", dense()))),
                        "column cc.layer l4.synapses(exc, inh): unknown population 'inh'; the layer's populations:"
                                + " [exc]"),
                Arguments.of("an unknown output port",
                        (Consumer<NeocortexBuilder>) c -> {
                            c.column("cc", col -> column(col));
                            c.column("cd", col -> column(col));
                            c.synapsis("cc.out", "cd.input", dense());
                        },
                        "synapsis(cc.out, cd.input): from = \"cc.out\": column cc has no output port 'out'; its output"
                                + " ports: [output]"),
                Arguments.of("an input port used as an output port",
                        (Consumer<NeocortexBuilder>) c -> {
                            c.column("cc", col -> column(col));
                            c.synapsis("cc.input", "cc.input", dense());
                        },
                        "synapsis(cc.input, cc.input): from = \"cc.input\": column cc has no output port 'input'"),
                Arguments.of("an unknown structure",
                        (Consumer<NeocortexBuilder>) c -> {
                            c.column("cc", col -> column(col));
                            c.synapsis("cc.output", "cx.input", dense());
                        },
                        "synapsis(cc.output, cx.input): to = \"cx.input\": unknown structure 'cx'; structures"
                                + " described before the synapsis: [cc]"),
                Arguments.of("a port address that is no address",
                        (Consumer<NeocortexBuilder>) c -> {
                            c.column("cc", col -> column(col));
                            c.synapsis("cc", "cc.input", dense());
                        },
                        "synapsis(cc, cc.input): from = \"cc\", must be structure.port, e.g. \"cc.output\""),
                Arguments.of("an output layer has no output port",
                        (Consumer<NeocortexBuilder>) c -> {
                            c.column("cc", col -> column(col));
                            c.outputLayer("out", o -> o.representation(3, LIF));
                            c.synapsis("out.representation", "cc.input", dense());
                        },
                        "synapsis(out.representation, cc.input): from = \"out.representation\": output layer out has"
                                + " no output port 'representation'; its output ports: []"),
                Arguments.of("a duplicate column",
                        (Consumer<NeocortexBuilder>) c -> {
                            c.column("cc", col -> column(col));
                            c.inputLayer("cc", in -> in.sensory(3, g -> g.poisson(10)));
                        },
                        "inputLayer cc: the name 'cc' is already used by column cc; structures: [cc]"),
                Arguments.of("a duplicate layer",
                        (Consumer<NeocortexBuilder>) c -> c.column("cc", col -> column(col).layer("l4", l -> l.exc(2, LIF))),
                        "column cc.layer: the layer name 'l4' is already used in column cc; its layers: [l4, l23]"),
                Arguments.of("a duplicate population",
                        (Consumer<NeocortexBuilder>) c -> c.column("cc", col -> col
                                .layer("l4", l -> l.exc(4, LIF).population("exc", 3, LIF))),
                        "column cc.layer l4.population: the population name 'exc' is already used in column cc.layer"
                                + " l4; its populations: [exc]"),
                Arguments.of("a name with a dot",
                        (Consumer<NeocortexBuilder>) c -> c.column("c.c", col -> column(col)),
                        "column: column name = \"c.c\", must not contain '.' or ','"),
                Arguments.of("a blank layer name",
                        (Consumer<NeocortexBuilder>) c -> c.column("cc", col -> column(col).layer(" ", l -> { })),
                        "column cc.layer: layer name = \" \", must be a non-blank name"),
                Arguments.of("a replica of an unknown column",
                        (Consumer<NeocortexBuilder>) c -> {
                            c.column("cc", col -> column(col));
                            c.replicate("cx", 2);
                        },
                        "replicate(cx, 2): column = \"cx\" is unknown; columns described before it: [cc]"),
                Arguments.of("a replica of an input layer",
                        (Consumer<NeocortexBuilder>) c -> {
                            c.inputLayer("in", i -> i.sensory(3, g -> g.poisson(10)));
                            c.replicate("in", 2);
                        },
                        "replicate(in, 2): column = \"in\" is an input layer; columns described before it: []"),
                Arguments.of("no copies",
                        (Consumer<NeocortexBuilder>) c -> {
                            c.column("cc", col -> column(col));
                            c.replicate("cc", 0);
                        },
                        "replicate(cc, 0): copies = 0, must be in [1, 10000]"),
                Arguments.of("a replica whose name is taken",
                        (Consumer<NeocortexBuilder>) c -> {
                            c.column("cc", col -> column(col));
                            c.column("cc_1", col -> column(col));
                            c.replicate("cc", 1);
                        },
                        "replicate cc_1: the name 'cc_1' is already used by column cc_1; structures: [cc, cc_1]"),
                Arguments.of("an empty column",
                        (Consumer<NeocortexBuilder>) c -> c.column("cc", col -> { }),
                        "column cc: has no layers; add col.layer(name, l -> ...)"),
                Arguments.of("an empty layer",
                        (Consumer<NeocortexBuilder>) c -> c.column("cc", col -> col.layer("l4", l -> { })),
                        "column cc.layer l4: has no populations; add l.exc(...), l.inh(...) or l.population(...)"),
                Arguments.of("a port without populations",
                        (Consumer<NeocortexBuilder>) c -> c.column("cc", col -> column(col).outputPort("x")),
                        "column cc.outputPort x: names no population; give at least one, e.g. \"l4.exc\""),
                Arguments.of("a null description",
                        (Consumer<NeocortexBuilder>) c -> c.column("cc", col -> column(col).connect("l4.exc",
                                "l23.exc", null)),
                        "column cc.connect(l4.exc, l23.exc): needs a description (s -> ...), not null"),
                Arguments.of("bad values inside a population, with its path",
                        (Consumer<NeocortexBuilder>) c -> c.column("cc", col -> col
                                .layer("l4", l -> l.exc(4, g -> g.lif(p -> p.tau(-1))))),
                        "neurons cc.l4.exc.lif.tau: "),
                Arguments.of("bad port settings, with the port's path",
                        (Consumer<NeocortexBuilder>) c -> c.column("cc", col -> column(col)
                                .inputPort("fb", "l23.exc", s -> s.currentCoef(Double.NaN))),
                        "column cc.inputPort fb.currentCoef: "));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRejectedWithWhereWhatAndWhatIsAllowed(String name, Consumer<NeocortexBuilder> description,
            String expected) {
        NetworkDefinitionException e = assertThrows(NetworkDefinitionException.class,
                () -> Conex.neocortex(description));
        assertTrue(e.problems().stream().anyMatch(p -> p.startsWith(expected)),
                "expected a problem starting with\n  " + expected + "\ngot\n  " + String.join("\n  ", e.problems()));
    }

    @Test
    void allProblemsComeBackTogether() {
        NetworkDefinitionException e = assertThrows(NetworkDefinitionException.class, () -> Conex.neocortex(c -> {
            c.dt(-1);
            c.column("cc", col -> column(col).connect("l4.exc", "l9.exc", dense()));
            c.synapsis("cc.output", "zz.input", dense());
        }));
        assertEquals(3, e.problems().size(), e.getMessage());
        assertEquals(List.of("network.dt", "column cc.connect(l4.exc, l9.exc)", "synapsis(cc.output, zz.input)"),
                e.problems().stream().map(p -> p.substring(0, p.indexOf(": "))).toList());
    }
}
