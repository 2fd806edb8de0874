package io.conex4j.core.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conex4j.core.behaviors.neuron.NeuronAxon;
import io.conex4j.core.behaviors.neuron.PoissonInput;
import io.conex4j.core.behaviors.synapse.WeightInitializer;
import io.conex4j.core.random.SeededRandom;
import io.conex4j.core.storage.DenseWeights;
import io.conex4j.core.testutil.ChildJvm;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Allocations that fit an array but not the heap are refused before they are made, with an
 * IllegalArgumentException naming what was asked, the bytes needed, the bytes free and the -Xmx to give; run in a
 * child JVM with a 96 MiB heap, so that the limit is the same on every machine.
 */
class HeapLimitTest {

    /** The cases, each too big for a 96 MiB heap and small enough for one array. */
    static Map<String, Runnable> cases() {
        Map<String, Runnable> m = new LinkedHashMap<>();
        m.put("neuron group of 50 million", () -> new Network(1, 1).neurons("big", 50_000_000));
        m.put("dense weights 8000 x 8000", () -> {
            Network net = new Network(1, 1);
            net.synapses("S", net.neurons("a", 8000), net.neurons("b", 8000))
                    .add(WeightInitializer.mode("random").build());
            net.initialize();
        });
        m.put("sparse weights 100000 x 100000 at density 0.1", () -> {
            Network net = new Network(1, 1);
            net.synapses("S", net.neurons("a", 100_000), net.neurons("b", 100_000))
                    .add(WeightInitializer.mode("random").density(0.1).build());
            net.initialize();
        });
        m.put("axon of 1000 iterations x 100000 neurons", () -> {
            Network net = new Network(1, 1);
            net.neurons("g", 100_000).add(new NeuronAxon(1000));
            net.initialize();
        });
        m.put("Poisson rates of 30 million neurons", () -> PoissonInput.uniform(30_000_000, 5));
        m.put("fill of 50 million values", () -> Fill.uniform().array(50_000_000, new SeededRandom(1)));
        m.put("dense zeros 6000 x 6000", () -> DenseWeights.zeros(6000, 6000));
        return m;
    }

    /** Runs every case and prints one line each: the case, then the exception class and message (or "no error"). */
    public static void main(String[] args) {
        for (Map.Entry<String, Runnable> c : cases().entrySet()) {
            String result;
            try {
                c.getValue().run();
                result = "no error";
            } catch (Throwable t) {
                result = t.getClass().getName() + ": " + t.getMessage();
            }
            System.out.println(c.getKey() + " => " + result.replace('\n', ' '));
        }
    }

    @Test
    void allocationsBeyondTheFreeHeapAreRefusedWithAMessage() throws Exception {
        String out = ChildJvm.run(HeapLimitTest.class, List.of("-Xmx96m", "-XX:+UseSerialGC"));
        List<String> lines = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (line.contains(" => ")) {
                lines.add(line);
            }
        }
        assertEquals(cases().size(), lines.size(), out);
        for (String line : lines) {
            String result = line.substring(line.indexOf(" => ") + 4);
            assertTrue(result.startsWith("java.lang.IllegalArgumentException: "), line);
            for (String fragment : List.of(" would take ", " MiB (", "bytes) but only ", "of the heap are free",
                    "maximum heap", "-Xmx")) {
                assertTrue(result.contains(fragment), "'" + fragment + "' in " + line);
            }
        }
        assertTrue(out.endsWith("[exit 0]"), out);
    }
}
