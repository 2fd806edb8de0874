package io.conex4j.core.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
