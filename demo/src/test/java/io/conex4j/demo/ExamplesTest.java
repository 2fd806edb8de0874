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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every script in {@code examples/} runs with the JDK's single-file launcher, with few steps. */
class ExamplesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "Demo.java, 200, 'exc: (\\d+) spikes'",
        "SimpleLif.java, 1000 40 3, 'Simple LIF: N=1000, 40 steps, (\\d+) spikes'",
        "Cuba.java, 300 1 0.25, 'CUBA: 1000 neurons, 300 steps of 0.1 ms, (\\d+) spikes'",
        "Izhikevich.java, 400 50 2, 'Izhikevich: N=400, 50 steps, (\\d+) spikes'",
        "Microcircuit.java, --scale 0.1 --drive poisson --warmup 100 --duration 200, 'populations firing: (8) of 8'"})
    void runsWithTheSingleFileLauncher(String script, String args, String expected) throws Exception {
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
        cmd.addAll(List.of(args.split(" ")));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).directory(new File(root.toString())).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finishes");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), out);
        Matcher m = Pattern.compile(expected).matcher(out);
        assertTrue(m.find(), "output matches " + expected + ":\n" + out);
        assertTrue(Long.parseLong(m.group(1)) > 0, "some spikes:\n" + out);
    }
}
