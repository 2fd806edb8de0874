package io.conex4j.core.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conex4j.core.testutil.ChildJvm;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The provider's choice. Surefire runs the suite twice: with {@code jdk.incubator.vector} (Panama
 * expected) and without it, with {@code conex4j.test.expectKernels=scalar} (the fallback expected).
 */
class KernelProviderTest {

    @Test
    void choosesWhatTheJvmSupports() {
        boolean expectScalar = "scalar".equals(System.getProperty("conex4j.test.expectKernels"));
        if (expectScalar) {
            assertEquals("scalar", KernelProvider.get().name(), KernelProvider.reason());
            assertFalse(KernelProvider.panamaAvailable());
            assertTrue(KernelProvider.reason().contains("jdk.incubator.vector"), KernelProvider.reason());
            IllegalStateException e = assertThrows(IllegalStateException.class, KernelProvider::panama);
            assertTrue(e.getMessage().contains("--add-modules jdk.incubator.vector"), e.getMessage());
        } else {
            assertTrue(KernelProvider.panamaAvailable(), "this execution runs with jdk.incubator.vector");
            assertEquals("panama", KernelProvider.get().name(), KernelProvider.reason());
        }
    }

    @Test
    void byNameRejectsUnknownNames() {
        assertEquals("scalar", KernelProvider.byName("SCALAR").name());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> KernelProvider.byName("gpu"));
        assertEquals("kernels: 'gpu' is not a kernel implementation; allowed: auto, scalar, panama", e.getMessage());
    }

    private static boolean panamaExpected() {
        return !"scalar".equals(System.getProperty("conex4j.test.expectKernels"));
    }

    @Test
    void anExplicitPanamaRequestWithoutTheModuleSaysHowToFixIt() {
        if (panamaExpected()) {
            assertEquals("panama", KernelProvider.choose("panama").kernels().name());
            return;
        }
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> KernelProvider.choose("panama"));
        assertEquals("conex4j kernels: panama asked for but unavailable (jdk.incubator.vector not in the boot layer);"
                + " add --add-modules jdk.incubator.vector to the java command, or use conex4j.kernels=auto or scalar",
                e.getMessage());
    }

    @Test
    void theScalarFallbackSaysHowToGetTheVectorKernels() {
        KernelProvider.Choice auto = KernelProvider.choose("auto");
        if (panamaExpected()) {
            assertEquals("panama", auto.kernels().name());
        } else {
            assertEquals("scalar", auto.kernels().name());
            assertEquals("jdk.incubator.vector not in the boot layer; add --add-modules jdk.incubator.vector for the"
                    + " Vector API kernels", auto.reason());
        }
        assertEquals("conex4j.kernels: 'fast' is not a kernel implementation; allowed: auto, scalar, panama",
                assertThrows(IllegalArgumentException.class, () -> KernelProvider.choose("fast")).getMessage());
    }

    /** A JVM started without the module and with conex4j.kernels=panama: the same clear error on every call. */
    @Test
    void aJvmAskingForPanamaWithoutTheModuleGetsAClearErrorOnEveryCall() throws Exception {
        String out = ChildJvm.run(KernelProviderProbe.class, List.of("-Dconex4j.kernels=panama"));
        String expected = "java.lang.IllegalStateException: conex4j kernels: panama asked for but unavailable"
                + " (jdk.incubator.vector not in the boot layer); add --add-modules jdk.incubator.vector to the java"
                + " command, or use conex4j.kernels=auto or scalar";
        assertEquals("call 1: " + expected + "\ncall 2: " + expected + "\n[exit 0]", out);
    }

    /** A JVM started without the module: scalar kernels and one INFO message that says how to get Panama. */
    @Test
    void aJvmWithoutTheModuleLogsOneFallbackMessage() throws Exception {
        String out = ChildJvm.run(KernelProviderProbe.class, List.of("-Duser.language=en", "-Duser.country=US"));
        assertTrue(out.endsWith("call 1: scalar\ncall 2: scalar\n[exit 0]"), out);
        long messages = out.lines().filter(l -> l.contains("conex4j kernels:")).count();
        assertEquals(1, messages, out);
        assertTrue(out.contains("INFO: conex4j kernels: scalar (jdk.incubator.vector not in the boot layer; add"
                + " --add-modules jdk.incubator.vector for the Vector API kernels)"), out);
    }
}
