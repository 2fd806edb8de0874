package io.conex4j.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The memory probe measures both thread counts in every round and rejects bad options by name. */
class MemoryProbeTest {

    @Test
    void everyRoundHasAPositiveRateForOneAndTwoThreadsAndTheirRatio() {
        MemoryProbe.Round[] rounds = MemoryProbe.measure(1, 512, 3, 1 << 20);
        assertEquals(3, rounds.length);
        for (MemoryProbe.Round r : rounds) {
            assertTrue(r.oneThread() > 0 && Double.isFinite(r.oneThread()), r.toString());
            assertTrue(r.twoThreads() > 0 && Double.isFinite(r.twoThreads()), r.toString());
            assertEquals(r.twoThreads() / r.oneThread(), r.ratio(), 1e-12);
        }
    }

    @Test
    void theCommandPrintsAResultLineWithBothRates() {
        PrintStream out = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            NetworkBench.main(new String[] {"memory", "--mb", "2", "--block", "1024", "--rounds", "1"});
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        } finally {
            System.setOut(out);
        }
        String[] lines = buf.toString(StandardCharsets.UTF_8).strip().split("\n");
        String last = lines[lines.length - 1];
        assertTrue(last.startsWith("RESULT {\"probe\": \"memory\", \"mb_per_thread\": 2, \"block_bytes\": 1024,"), last);
        assertTrue(last.contains("\"one_thread_gb_s\": ") && last.contains("\"two_vs_one\": "), last);
    }

    @Test
    void badOptionsAreRejectedNamingTheOptionAndWhatIsAllowed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NetworkBench.main(new String[] {"memory", "--block", "100"}));
        assertTrue(e.getMessage().contains("--block 100") && e.getMessage().contains("multiple of 64"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> NetworkBench.main(new String[] {"memory", "--mb", "lots"}));
        assertTrue(e.getMessage().contains("--mb 'lots'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> NetworkBench.main(new String[] {"memory", "--threads", "2"}));
        assertTrue(e.getMessage().contains("--threads") && e.getMessage().contains("--rounds"), e.getMessage());
    }
}
