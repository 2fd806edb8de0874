package io.conex4j.core.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Once warmed up, a step of a network using every synapse behavior allocates nothing on the heap. Measured in a
 * child JVM ({@link SteadyStateAllocationProbe}) with the same module flags, so that what other tests ran in this
 * JVM cannot change what the JIT compiles.
 */
class SteadyStateAllocationTest {

    @Test
    void forwardAllocatesNothingInSteadyState() throws IOException, InterruptedException {
        assumeTrue(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean,
                "needs HotSpot's allocation counter");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()) {
            cmd.add("--add-modules");
            cmd.add("jdk.incubator.vector");
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), SteadyStateAllocationProbe.class.getName()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the probe finishes");
        assertEquals(0, p.exitValue(), out);
        String line = out.lines().filter(l -> l.startsWith("least=")).findFirst().orElseThrow(
                () -> new AssertionError("no result from the probe:\n" + out));
        long least = Long.parseLong(line.substring("least=".length()));
        assertTrue(least < 1024, "every round of 500 steps allocated; the least was " + least + " bytes\n" + out);
    }
}
