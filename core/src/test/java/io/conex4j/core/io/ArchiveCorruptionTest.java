package io.conex4j.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conex4j.core.runtime.Network;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thousands of corrupted variants of a valid archive (truncations, flipped bytes, edited bytes in headers and
 * in the manifest): each either loads a network identical to the saved one or fails with an
 * IllegalArgumentException naming the file, leaving the network unchanged; never another exception, an
 * OutOfMemoryError or a hang.
 */
class ArchiveCorruptionTest {

    @TempDir
    Path dir;

    @Test
    void everyCorruptedVariantLoadsIdenticallyOrFailsCleanly() throws Exception {
        Network saved = ArchiveNets.build(8, 4);
        saved.simulate(40);
        Path good = dir.resolve("good.npz");
        NetworkArchive.save(saved, good);
        Map<String, String> savedState = NetworkArchiveTest.fingerprint(saved);
        byte[] bytes = Files.readAllBytes(good);
        Network target = ArchiveNets.build(9, 4);
        target.simulate(3);
        Map<String, String> before = NetworkArchiveTest.fingerprint(target);
        long seed = Long.getLong("conex4j.seed", 20261126L);
        SplittableRandom r = new SplittableRandom(seed);
        Path bad = dir.resolve("bad.npz");
        int loaded = 0;
        int rejected = 0;
        for (int variant = 0; variant < 2000; variant++) {
            byte[] b = corrupt(bytes, r);
            Files.write(bad, b);
            try {
                NetworkArchive.load(target, bad);
                assertEquals(savedState, NetworkArchiveTest.fingerprint(target),
                        "variant " + variant + " (seed " + seed + ") loaded but differs from the saved network");
                loaded++;
                target = ArchiveNets.build(9, 4);
                target.simulate(3);
            } catch (IllegalArgumentException e) {
                assertTrue(e.getMessage() != null && e.getMessage().contains(bad.toString()),
                        "variant " + variant + " (seed " + seed + "): the message names the file: " + e.getMessage());
                assertEquals(before, NetworkArchiveTest.fingerprint(target),
                        "variant " + variant + " (seed " + seed + ") left the network changed");
                rejected++;
            }
        }
        assertEquals(2000, loaded + rejected);
        assertTrue(rejected > 1000, "most corruptions are detected: " + rejected + " (the rest touched no data and loaded identically)");
        assertFalse(Files.exists(dir.resolve("bad.npz.tmp")));
    }

    private static byte[] corrupt(byte[] good, SplittableRandom r) {
        byte[] b = good.clone();
        switch (r.nextInt(4)) {
            case 0 -> b = java.util.Arrays.copyOf(b, r.nextInt(b.length));
            case 1 -> {
                int flips = 1 + r.nextInt(4);
                for (int k = 0; k < flips; k++) {
                    int at = r.nextInt(b.length);
                    b[at] ^= (byte) (1 << r.nextInt(8));
                }
            }
            case 2 -> {
                // An edited header: overwrite bytes near the start of a zip entry or the central directory.
                int anchor = r.nextBoolean() ? r.nextInt(Math.min(200, b.length)) : b.length - 1 - r.nextInt(Math.min(400, b.length));
                for (int k = 0; k < 1 + r.nextInt(6); k++) {
                    int at = Math.min(b.length - 1, anchor + k);
                    b[at] = (byte) r.nextInt(256);
                }
            }
            default -> {
                int at = r.nextInt(b.length);
                b[at] = (byte) (r.nextBoolean() ? 0 : 0xFF);
            }
        }
        return b;
    }
}
