package io.conex4j.dsl.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conex4j.core.runtime.Network;
import io.conex4j.dsl.Conex;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A modular JVM application ({@code src/test/resources/modular-app}: {@code module app { requires
 * io.conex4j.core; requires io.conex4j.dsl; }}) compiles against the packaged jars on the module path and
 * runs there. Runs after {@code package} (maven-failsafe-plugin), on the very jars Maven built and installs.
 */
class ModularAppIT {

    private static final Pattern SPIKES = Pattern.compile("spikes: input=(\\d+) exc=(\\d+)");

    @TempDir
    static Path work;

    private static Path coreJar;
    private static Path dslJar;
    private static Path classes;

    @BeforeAll
    static void compileTheApp() throws IOException {
        coreJar = jarOf(Network.class);
        dslJar = jarOf(Conex.class);
        Path src = work.resolve("src");
        for (String file : List.of("module-info.java", "app/Main.java")) {
            try (InputStream in = ModularAppIT.class.getResourceAsStream("/modular-app/" + file)) {
                assertTrue(in != null, "test resource modular-app/" + file);
                Files.createDirectories(src.resolve(file).getParent());
                Files.write(src.resolve(file), in.readAllBytes());
            }
        }
        classes = work.resolve("classes");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertTrue(javac != null, "the tests run on a JDK");
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            List<String> options = List.of("--module-path", modulePath(coreJar, dslJar),
                    "-d", classes.toString());
            boolean ok = javac.getTask(null, files, diagnostics, options, null,
                    files.getJavaFileObjects(src.resolve("module-info.java"), src.resolve("app/Main.java"))).call();
            assertTrue(ok, "javac --module-path " + modulePath(coreJar, dslJar) + ":\n" + diagnostics.getDiagnostics()
                    .stream().map(Object::toString).collect(Collectors.joining("\n")));
        }
    }

    /** The jar a class was loaded from: failsafe puts the packaged artifacts on the test class path. */
    private static Path jarOf(Class<?> c) {
        try {
            Path p = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
            assertTrue(Files.isRegularFile(p) && p.toString().endsWith(".jar"),
                    c.getName() + " must come from a packaged jar (run with mvn verify), not " + p);
            return p;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String modulePath(Path... entries) {
        List<String> s = new ArrayList<>();
        for (Path e : entries) {
            s.add(e.toString());
        }
        return String.join(File.pathSeparator, s);
    }

    @Test
    void theLibraryJarsAreAutomaticModulesWithStableNames() throws IOException {
        for (var e : Map.of(coreJar, "io.conex4j.core", dslJar, "io.conex4j.dsl").entrySet()) {
            assertEquals(e.getValue(), automaticModuleName(e.getKey()), "Automatic-Module-Name of " + e.getKey());
            ModuleDescriptor d = ModuleFinder.of(e.getKey()).findAll().iterator().next().descriptor();
            assertEquals(e.getValue(), d.name(), "module name of " + e.getKey());
            assertTrue(d.isAutomatic(), e.getKey() + " is an automatic module");
        }
        // The thin dsl jar holds only the DSL: core's packages come from the core jar (no split packages), and the
        // demo and the models of the reference networks live in their own artifact (conex4j-demo).
        Set<String> dslPackages = ModuleFinder.of(dslJar).findAll().iterator().next().descriptor().packages();
        assertEquals(Set.of("io.conex4j.dsl"), dslPackages, "packages of the thin dsl jar " + dslJar);
        try (JarFile f = new JarFile(dslJar.toFile())) {
            List<String> strays = f.stream().map(e -> e.getName())
                    .filter(n -> !n.endsWith("/") && !n.startsWith("META-INF/") && !n.matches("io/conex4j/dsl/[^/]+"))
                    .collect(Collectors.toList());
            assertTrue(strays.isEmpty(), "nothing but io/conex4j/dsl/* and META-INF in " + dslJar + ": " + strays);
        }
    }

    @Test
    void runsOnTheModulePathLikeOnTheClassPath() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = List.of(java, "--module-path", modulePath(classes, coreJar, dslJar),
                "--add-modules", "jdk.incubator.vector", "-m", "app/app.Main");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finishes");
        assertEquals(0, p.exitValue(), String.join(" ", cmd) + "\n" + out);
        System.out.println(out);

        assertTrue(out.contains("modules: app uses io.conex4j.core and io.conex4j.dsl"), out);
        // The Vector API kernels load reflectively from inside the automatic module io.conex4j.core.
        assertTrue(out.contains("kernels: panama"), out);
        Matcher m = SPIKES.matcher(out);
        assertTrue(m.find(), out);
        assertTrue(Long.parseLong(m.group(1)) > 0 && Long.parseLong(m.group(2)) > 0, "both groups spiked:\n" + out);

        // The same code on the class path, in this JVM (also on the Vector API kernels): the same network.
        String inProcess;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                ModularAppIT.class.getClassLoader())) {
            inProcess = (String) loader.loadClass("app.Main").getMethod("run").invoke(null);
        }
        assertTrue(inProcess.contains("kernels: panama"), inProcess);
        Matcher expected = SPIKES.matcher(inProcess);
        assertTrue(expected.find(), inProcess);
        assertEquals(expected.group(), m.group(), "spike counts on the module path and on the class path");
    }

    private static String automaticModuleName(Path jar) throws IOException {
        try (JarFile f = new JarFile(jar.toFile())) {
            return f.getManifest().getMainAttributes().getValue("Automatic-Module-Name");
        }
    }
}
