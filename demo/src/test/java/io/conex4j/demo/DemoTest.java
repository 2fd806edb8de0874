package io.conex4j.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conex4j.core.recording.SpikeRecorder;
import io.conex4j.core.runtime.Network;
import io.conex4j.core.storage.CscWeights;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
        for (String f : new String[] {"raster_exc.png", "raster_exc_last.png", "raster_input.png", "raster_inh.png",
                "rate_exc.png", "weights_input_exc.png", "spikes.npz", "weights_input_exc.npz", "spikes_exc.csv",
                "weights_input_exc.csv"}) {
            assertTrue(Files.size(dir.resolve(f)) > 0, f);
        }
    }

    @Test
    void theInhibitoryNeuronsFireAtDifferentTimes() {
        Network net = DemoNetwork.build(42);
        net.simulate(2000);
        SpikeRecorder r = net.neuronGroup("inh").behavior(SpikeRecorder.class);
        List<Set<Long>> trains = new ArrayList<>();
        for (int i = 0; i < DemoNetwork.INH; i++) {
            trains.add(new HashSet<>());
        }
        for (int k = 0; k < r.count(); k++) {
            trains.get(r.indices()[k]).add(r.iterations()[k]);
        }
        assertEquals(DemoNetwork.INH, new HashSet<>(trains).size(), "ten different spike trains");
        // How much two trains overlap (shared spike times / all their spike times), averaged over the pairs:
        // 1 for identical trains (as with equal weights), near 0 for independent sparse ones.
        double overlap = 0;
        int pairs = 0;
        for (int i = 0; i < DemoNetwork.INH; i++) {
            for (int j = i + 1; j < DemoNetwork.INH; j++) {
                Set<Long> both = new HashSet<>(trains.get(i));
                both.retainAll(trains.get(j));
                Set<Long> either = new HashSet<>(trains.get(i));
                either.addAll(trains.get(j));
                overlap += both.size() / (double) either.size();
                pairs++;
            }
        }
        assertTrue(overlap / pairs < 0.4, "mean overlap of the inh spike trains: " + overlap / pairs);
        for (Set<Long> t : trains) {
            assertTrue(t.size() > 20, "every inh neuron fires: " + t.size());
        }
    }

    @Test
    void theExcitatoryNeuronsLearnTheBars() {
        Network net = DemoNetwork.build(42);
        net.simulate(4000);
        CscWeights w = (CscWeights) net.synapseGroup("input_exc").weights();
        double selectivity = Demo.selectivity(w);
        // 0.25 is no preference among 4 bars; before learning it is 0.33 (random sparse weights).
        assertTrue(selectivity > 0.55, "selectivity after 4000 steps: " + selectivity);
        int[] perBar = new int[DemoNetwork.BARS];
        for (int b : Demo.preferredBars(w)) {
            perBar[b]++;
        }
        for (int b = 0; b < DemoNetwork.BARS; b++) {
            assertTrue(perBar[b] >= 4, "neurons preferring each bar: " + Arrays.toString(perBar));
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
