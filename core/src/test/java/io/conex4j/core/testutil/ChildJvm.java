package io.conex4j.core.testutil;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts a main class of the test classpath in a new JVM (this JVM's {@code java}, no extra modules), for tests
 * of what happens at JVM start or when a process dies.
 */
public final class ChildJvm {

    private ChildJvm() {
    }

    /** Starts {@code main} with the given JVM options and arguments; stderr goes into stdout. */
    public static Process start(Class<?> main, List<String> jvmOptions, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(main.getName());
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).start();
    }

    /** Runs {@code main} to its end and returns everything it printed. */
    public static String run(Class<?> main, List<String> jvmOptions, String... args) throws Exception {
        Process p = start(main, jvmOptions, args);
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();
        return out + "[exit " + code + "]";
    }
}
