package io.conex4j.dsl.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo: options, summary and output files. */
class DemoTest {

    @TempDir
    Path dir;

    @Test
    void writesTheSummaryPicturesAndData() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Demo.run(Demo.parse(new String[] {"--steps", "300", "--seed", "3", "--out", dir.toString()}),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(ByteArrayOutputStream.nullOutputStream()));
        String s = out.toString(StandardCharsets.UTF_8);
        assertTrue(s.contains("conex4j demo: 300 steps of 1.0 ms, seed 3"), s);
        assertTrue(s.contains("selectivity"), s);
        for (String f : new String[] {"raster_exc.png", "raster_input.png", "rate_exc.png", "weights_input_exc.png",
                "spikes.npz", "weights_input_exc.npz", "spikes_exc.csv", "weights_input_exc.csv"}) {
            assertTrue(Files.size(dir.resolve(f)) > 0, f);
        }
    }

    @Test
    void savedTrainingContinuesExactlyWithLoad() throws Exception {
        PrintStream quiet = new PrintStream(ByteArrayOutputStream.nullOutputStream());
        Path saved = dir.resolve("trained.npz");
        Demo.run(Demo.parse(new String[] {"--steps", "150", "--out", dir.resolve("a").toString(), "--save",
                saved.toString()}), quiet, quiet);
        var resumed = Demo.run(Demo.parse(new String[] {"--steps", "150", "--out", dir.resolve("b").toString(),
                "--load", saved.toString()}), quiet, quiet);
        var straight = Demo.run(Demo.parse(new String[] {"--steps", "300", "--out", dir.resolve("c").toString()}),
                quiet, quiet);
        assertEquals(300, resumed.iteration());
        org.junit.jupiter.api.Assertions.assertArrayEquals(straight.synapseGroup("input_exc").weights().values(),
                resumed.synapseGroup("input_exc").weights().values());
    }

    @Test
    void rejectsBadOptionsAndExplainsHelp() {
        assertEquals("--steps needs a whole number, got 'many'",
                assertThrows(IllegalArgumentException.class, () -> Demo.parse(new String[] {"--steps", "many"}))
                        .getMessage());
        assertEquals("unknown option '--fast'",
                assertThrows(IllegalArgumentException.class, () -> Demo.parse(new String[] {"--fast"}))
                        .getMessage());
        assertNull(Demo.parse(new String[] {"--help"}));
    }
}
