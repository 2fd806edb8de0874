package io.conex4j.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conex4j.core.data.ImageDataset;
import io.conex4j.core.data.SyntheticDigits;
import io.conex4j.core.io.MnistJson;
import io.conex4j.core.io.Npz;
import io.conex4j.core.kernels.KernelProvider;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Diehl and Cook's network: {@code examples/DiehlCook.java} and {@link DiehlCook} give the same result, and the same
 * seed gives the same accuracy and the same weights, bit for bit, on every kernel path and thread count (and the
 * recorded ones on every JDK).
 */
class DiehlCookTest {

    @TempDir
    Path dir;

    private static MnistJson.Digits synthetic(int perClass) {
        ImageDataset d = SyntheticDigits.draw(perClass, 7);
        float[][] images = new float[d.size()][];
        int[] labels = new int[d.size()];
        for (int k = 0; k < d.size(); k++) {
            images[k] = d.image(k);
            labels[k] = d.label(k);
        }
        return new MnistJson.Digits(images, labels);
    }

    /** FNV-1a over the bits of the input weights and the thresholds. */
    private static long hash(DiehlCook.Result r) {
        long h = 0xcbf29ce484222325L;
        for (float w : r.net().synapseGroup("input_exc").weights().values()) {
            h = (h ^ Float.floatToRawIntBits(w)) * 0x100000001b3L;
        }
        for (float t : r.net().neuronGroup("exc").thresholds()) {
            h = (h ^ Float.floatToRawIntBits(t)) * 0x100000001b3L;
        }
        return h;
    }

    @Test
    void theSameSeedGivesTheSameAccuracyAndWeightsOnEveryKernelPath() {
        ImageDataset digits = synthetic(10).dataset();
        List<String> paths = new ArrayList<>(List.of("scalar"));
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()) {
            paths.add("panama");
        }
        for (String kernels : paths) {
            for (int threads : new int[] {1, 2}) {
                DiehlCook.Result r = DiehlCook.run(digits, 12, 80, 20, 3, kernels, threads, null);
                assertEquals(KernelProvider.byName(kernels).name(), r.net().kernels().name());
                assertEquals(threads, r.net().threads());
                assertEquals("0x47d4cdd951dceaff at 0.3500", String.format(Locale.ROOT, "0x%016x at %.4f", hash(r),
                        r.confusion().accuracy()), "weights, thresholds and accuracy on the " + kernels + " kernels, "
                        + threads + " threads, JDK " + Runtime.version().feature());
            }
        }
    }

    @Test
    void theExampleScriptGivesWhatTheBenchmarkGives() throws Exception {
        Path data = dir.resolve("digits");
        MnistJson.write(data, synthetic(8));
        Path out = dir.resolve("script");
        Path root = Path.of("..").toAbsolutePath().normalize();
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path")));
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()) {
            cmd.addAll(List.of("--add-modules", "jdk.incubator.vector"));
        }
        cmd.addAll(List.of(root.resolve("examples").resolve("DiehlCook.java").toString(), "--data", data.toString(),
                "--neurons", "10", "--train", "60", "--test", "20", "--seed", "5", "--out", out.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), printed);

        DiehlCook.Result r = DiehlCook.run(MnistJson.read(data).dataset(), 10, 60, 20, 5, "auto", 0, null);
        Matcher m = Pattern.compile("(?s)(true\\\\predicted.*?accuracy \\d+ / \\d+ = [0-9.]+)").matcher(printed);
        assertTrue(m.find(), printed);
        assertEquals(r.confusion().format(), m.group(1), "the same confusion matrix");
        Path bench = dir.resolve("bench");
        java.nio.file.Files.createDirectories(bench);
        DiehlCook.writeOutputs(r, bench);
        Map<String, byte[]> a = Npz.readEntries(out.resolve(DiehlCook.STATE_NPZ));
        Map<String, byte[]> b = Npz.readEntries(bench.resolve(DiehlCook.STATE_NPZ));
        assertEquals(b.keySet(), a.keySet());
        for (String k : a.keySet()) {
            if (!k.equals("manifest.json")) {
                assertArrayEquals(b.get(k), a.get(k), k);
            }
        }
    }
}
