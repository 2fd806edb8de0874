package io.conex4j.demo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conex4j.demo.Demo;
import java.io.File;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo module's two jars, after {@code package} (maven-failsafe-plugin): the thin jar holds only the demo
 * and the reference models, under the module name {@code io.conex4j.demo}; {@code target/conex4j.jar} bundles
 * core, the DSL and the demo, runs the demo with {@code java -jar} and runs the example scripts with
 * {@code -cp}, as the README says.
 */
class RunnableJarIT {

    @TempDir
    Path dir;

    private static Path thinJar() throws URISyntaxException {
        Path p = Path.of(Demo.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertTrue(Files.isRegularFile(p) && p.toString().endsWith(".jar"),
                "the demo must come from its packaged jar (run with mvn verify), not " + p);
        return p;
    }

    private static Path runnableJar() throws URISyntaxException {
        Path jar = Path.of(System.getProperty("conex4j.it.shadedJar",
                thinJar().resolveSibling("conex4j.jar").toString()));
        assertTrue(Files.isRegularFile(jar), jar + " exists");
        return jar;
    }

    private static Attributes manifest(Path jar) throws IOException {
        try (JarFile f = new JarFile(jar.toFile())) {
            return f.getManifest().getMainAttributes();
        }
    }

    private static Set<String> packages(Path jar) {
        return ModuleFinder.of(jar).findAll().iterator().next().descriptor().packages();
    }

    @Test
    void theThinJarIsTheDemoModuleAndHoldsOnlyTheDemoAndTheModels() throws Exception {
        Path thin = thinJar();
        assertEquals("io.conex4j.demo", manifest(thin).getValue("Automatic-Module-Name"));
        ModuleDescriptor d = ModuleFinder.of(thin).findAll().iterator().next().descriptor();
        assertEquals("io.conex4j.demo", d.name());
        assertEquals(Set.of("io.conex4j.demo", "io.conex4j.demo.models"), d.packages());
    }

    @Test
    void theRunnableJarBundlesEverythingUnderItsOwnModuleName() throws Exception {
        Path jar = runnableJar();
        Attributes m = manifest(jar);
        assertEquals("io.conex4j.bundle", m.getValue("Automatic-Module-Name"),
                "not the name of any thin jar (core, dsl, demo), which it contains");
        assertEquals(Demo.class.getName(), m.getValue("Main-Class"));
        Set<String> p = packages(jar);
        for (String expected : List.of("io.conex4j.core.runtime", "io.conex4j.core.plot", "io.conex4j.dsl",
                "io.conex4j.demo", "io.conex4j.demo.models")) {
            assertTrue(p.contains(expected), expected + " in " + jar + ": " + p);
        }
        assertTrue(p.stream().allMatch(s -> s.startsWith("io.conex4j.")), "nothing but conex4j: " + p);
    }

    private static String run(List<String> cmd, File workDir) throws Exception {
        Process proc = new ProcessBuilder(cmd).directory(workDir).redirectErrorStream(true).start();
        String out = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(proc.waitFor(120, TimeUnit.SECONDS), "finishes");
        assertEquals(0, proc.exitValue(), String.join(" ", cmd) + "\n" + out);
        return out;
    }

    private static List<String> java() {
        return new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-modules", "jdk.incubator.vector"));
    }

    @Test
    void javaDashJarRunsTheDemo() throws Exception {
        List<String> cmd = java();
        cmd.addAll(List.of("-jar", runnableJar().toString(), "--steps", "60", "--out", "out"));
        String out = run(cmd, dir.toFile());
        assertTrue(out.contains("conex4j demo: 60 steps of 1.0 ms, seed 42, kernels panama"), out);
        for (String f : List.of("weights_input_exc.png", "raster_exc_last.png", "spikes.npz")) {
            assertTrue(Files.size(dir.resolve("out").resolve(f)) > 0, f);
        }
    }

    @Test
    void theExampleScriptsRunAgainstTheRunnableJar() throws Exception {
        Path root = Path.of("..").toAbsolutePath().normalize();
        List<String> cmd = java();
        cmd.addAll(List.of("-cp", runnableJar().toString(), root.resolve("examples/Demo.java").toString(), "50"));
        String out = run(cmd, dir.toFile());
        List<String> groups = out.lines().filter(l -> l.matches("(input|exc|inh): \\d+ spikes"))
                .collect(Collectors.toList());
        assertEquals(3, groups.size(), out);
    }
}
