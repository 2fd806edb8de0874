package io.conex4j.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conex4j.core.io.NetworkArchive;
import io.conex4j.core.io.Npz;
import io.conex4j.core.runtime.Network;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code examples/Demo.java} spells out the demo's DSL description; {@link DemoNetwork} is its home. The
 * script, compiled here against the test class path, must build the same network: the same schedule, and
 * after a run the same state in every array the network archive holds (weights, delays, traces, voltages,
 * recorded spikes, random source) and the same manifest.
 */
class DemoScriptTest {

    @TempDir
    Path dir;

    /** The script's {@code build(seed)}, compiled from {@code examples/Demo.java}. */
    private Method scriptBuild(URLClassLoader[] keep) throws Exception {
        Path script = Path.of("..").toAbsolutePath().normalize().resolve("examples/Demo.java");
        assertTrue(Files.isRegularFile(script), script + " exists");
        Path classes = Files.createDirectory(dir.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertTrue(javac != null, "the tests run on a JDK");
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            List<String> options = List.of("-cp", System.getProperty("java.class.path"), "-d", classes.toString(),
                    "--add-modules", "jdk.incubator.vector", "-nowarn");
            boolean ok = javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjects(script))
                    .call();
            assertTrue(ok, "javac " + script + ":\n" + diagnostics.getDiagnostics().stream().map(Object::toString)
                    .collect(Collectors.joining("\n")));
        }
        keep[0] = new URLClassLoader(new URL[] {classes.toUri().toURL()}, DemoScriptTest.class.getClassLoader());
        Method build = keep[0].loadClass("Demo").getDeclaredMethod("build", long.class);
        build.setAccessible(true);
        return build;
    }

    private Map<String, byte[]> runAndSave(Network net, int steps, String name) throws IOException {
        net.simulate(steps);
        Path file = dir.resolve(name + ".npz");
        NetworkArchive.save(net, file);
        return Npz.readEntries(file);
    }

    @Test
    void theScriptBuildsTheSameNetworkAsTheDemo() throws Exception {
        URLClassLoader[] loader = new URLClassLoader[1];
        Method build = scriptBuild(loader);
        try {
            for (long seed : new long[] {42, 7}) {
                int steps = 400;
                Network fromScript = (Network) build.invoke(null, seed);
                Network fromDemo = DemoNetwork.build(seed);
                assertEquals(fromDemo.describeSchedule(), fromScript.describeSchedule(), "schedule, seed " + seed);
                Map<String, byte[]> expected = runAndSave(fromDemo, steps, "demo-" + seed);
                Map<String, byte[]> actual = runAndSave(fromScript, steps, "script-" + seed);
                assertEquals(expected.keySet(), actual.keySet(), "arrays in the archive, seed " + seed);
                assertTrue(expected.size() > 20, "a whole network's state: " + expected.keySet());
                // The arrays first (a difference names the state that differs), the manifest with its checksums last.
                List<String> entries = expected.keySet().stream()
                        .sorted(Comparator.comparing((String e) -> e.equals("manifest.json")).thenComparing(e -> e))
                        .collect(Collectors.toList());
                for (String entry : entries) {
                    assertArrayEquals(expected.get(entry), actual.get(entry), entry + " after " + steps
                            + " steps, seed " + seed);
                }
            }
        } finally {
            loader[0].close();
        }
    }
}
