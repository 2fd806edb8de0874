package io.conex4j.core.testutil;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** Runs a Python snippet for interoperability tests; skips the test when python3 or a module is missing. */
public final class Python {

    private Python() {
    }

    /** The snippet's output (stdout and stderr), trimmed. */
    public static String run(String script) throws Exception {
        Process p;
        try {
            p = new ProcessBuilder("python3", "-c", script).redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            Assumptions.abort("python3 not available");
            return "";
        }
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "python3 finishes");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        Assumptions.assumeFalse(out.contains("No module named"), "python module missing: " + out);
        return out;
    }
}
