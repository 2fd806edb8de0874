package io.conex4j.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Entry size limits of {@link Npz} and {@link Npy}: zip bombs, lying headers and declared sizes. */
class NpzLimitsTest {

    private static final long MIB = 1 << 20;
    private static final long BOMB_BYTES = 200 * MIB;

    @TempDir
    Path dir;

    /** The {@code .npy} header of a float32 array of the given shape. */
    private static byte[] npyHeader(String shape) {
        String dict = "{'descr': '<f4', 'fortran_order': False, 'shape': " + shape + ", }";
        int pad = (64 - (10 + dict.length() + 1) % 64) % 64;
        byte[] h = (dict + " ".repeat(pad) + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[10 + h.length];
        out[0] = (byte) 0x93;
        System.arraycopy("NUMPY".getBytes(StandardCharsets.US_ASCII), 0, out, 1, 5);
        out[6] = 1;
        out[8] = (byte) h.length;
        out[9] = (byte) (h.length >>> 8);
        System.arraycopy(h, 0, out, 10, h.length);
        return out;
    }

    /** An .npz whose entry {@code w.npy} is the header then 200 MiB of zeros, deflated to about 200 KiB. */
    private Path bomb(String name, String shape) throws IOException {
        Path f = dir.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(f))) {
            zip.putNextEntry(new ZipEntry("w.npy"));
            zip.write(npyHeader(shape));
            byte[] zeros = new byte[(int) MIB];
            for (long written = 0; written < BOMB_BYTES; written += zeros.length) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertTrue(Files.size(f) < 2 * MIB, "the bomb is small: " + Files.size(f));
        return f;
    }

    /** Runs {@code read}, which must fail, and checks that it allocated far less than the inflated size. */
    private static IllegalArgumentException failsWithoutInflating(Supplier<Object> read) {
        var bean = ManagementFactory.getThreadMXBean();
        var mx = bean instanceof com.sun.management.ThreadMXBean m ? m : null;
        long before = mx == null ? 0 : mx.getCurrentThreadAllocatedBytes();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, read::get);
        if (mx != null) {
            long allocated = mx.getCurrentThreadAllocatedBytes() - before;
            assertTrue(allocated < 32 * MIB, "allocated " + allocated + " bytes for a 200 MiB bomb");
        }
        return e;
    }

    private static Supplier<Object> unchecked(IoCall call) {
        return () -> {
            try {
                return call.run();
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        };
    }

    @FunctionalInterface
    private interface IoCall {
        Object run() throws IOException;
    }

    @Test
    void aBombWhoseHeaderClaimsItsSizeFailsOnTheHeader() throws Exception {
        Path f = bomb("claims.npz", "(52428800,)");
        IllegalArgumentException e = failsWithoutInflating(unchecked(() -> Npz.read(f, MIB)));
        long needs = npyHeader("(52428800,)").length + BOMB_BYTES;
        assertEquals(f + ":w.npy: shape [52428800] of <f4 needs " + needs + " bytes, more than the limit of 1048576",
                e.getMessage());
    }

    @Test
    void aBombBehindASmallHeaderFailsOnceItInflatesPastTheLimit() throws Exception {
        Path f = bomb("lies.npz", "(10,)");
        String expected = f + ": entry 'w.npy' inflates to more than its limit of 1048576 bytes (a zip bomb or a"
                + " corrupted archive)";
        assertEquals(expected, failsWithoutInflating(unchecked(() -> Npz.read(f, MIB))).getMessage());
        assertEquals(expected, failsWithoutInflating(unchecked(() -> Npz.readEntries(f, name -> MIB))).getMessage());
    }

    @Test
    void aDeclaredSizeAboveTheLimitFailsBeforeReading() throws Exception {
        Path f = dir.resolve("stored.npz");
        byte[] data = new byte[(int) (2 * MIB)];
        CRC32 crc = new CRC32();
        crc.update(data);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(f))) {
            ZipEntry e = new ZipEntry("big.npy");
            e.setMethod(ZipEntry.STORED);
            e.setSize(data.length);
            e.setCompressedSize(data.length);
            e.setCrc(crc.getValue());
            zip.putNextEntry(e);
            zip.write(data);
            zip.closeEntry();
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Npz.readEntries(f, n -> MIB));
        assertEquals(f + ": entry 'big.npy' declares 2097152 bytes, more than the limit of 1048576", e.getMessage());
    }

    @Test
    void eachEntryHasItsOwnLimitAndTheExactSizeIsAllowed() throws Exception {
        Map<String, NpyArray> m = new LinkedHashMap<>();
        m.put("a", NpyArray.of(new float[] {1, 2, 3}));
        m.put("b", NpyArray.of(new int[100]));
        Path f = dir.resolve("two.npz");
        Npz.write(f, m);
        long aSize = Npy.toBytes(m.get("a")).length;
        long bSize = Npy.toBytes(m.get("b")).length;
        Map<String, NpyArray> back = Npz.read(f, name -> name.equals("a.npy") ? aSize : bSize);
        assertArrayEquals(new float[] {1, 2, 3}, back.get("a").floats());
        assertEquals(100, back.get("b").ints().length);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Npz.read(f, name -> name.equals("a.npy") ? aSize : bSize - 1));
        assertEquals(f + ":b.npy: shape [100] of <i4 needs " + bSize + " bytes, more than the limit of " + (bSize - 1),
                e.getMessage());
        assertEquals(f + ": entry 'a.npy' inflates to more than its limit of " + (aSize - 1) + " bytes (a zip bomb or a"
                + " corrupted archive)", assertThrows(IllegalArgumentException.class,
                        () -> Npz.readEntries(f, name -> name.equals("a.npy") ? aSize - 1 : bSize)).getMessage());
        assertEquals(aSize, Npz.readEntries(f, name -> name.equals("a.npy") ? aSize : bSize).get("a.npy").length);
    }

    @Test
    void npyFromAStreamChecksTheHeaderBeforeAllocating() throws Exception {
        byte[] header = npyHeader("(1000000000, 2)");
        IllegalArgumentException e = failsWithoutInflating(unchecked(
                () -> Npy.read(new ByteArrayInputStream(header), 4096, "huge")));
        assertEquals("huge: shape [1000000000, 2] of <f4 needs " + (header.length + 8_000_000_000L)
                + " bytes, more than the limit of 4096", e.getMessage());
        byte[] good = Npy.toBytes(NpyArray.of(new float[] {4, 5}));
        byte[] trailing = java.util.Arrays.copyOf(good, good.length + 3);
        assertEquals("t: trailing data: 11 bytes for 2 elements of <f4", assertThrows(IllegalArgumentException.class,
                () -> Npy.read(new ByteArrayInputStream(trailing), 1 << 20, "t")).getMessage());
        assertArrayEquals(new float[] {4, 5}, Npy.read(new ByteArrayInputStream(good), good.length, "g").floats());
    }

    @Test
    void theDefaultLimitGrowsWithTheFile() throws Exception {
        Path small = dir.resolve("s.npz");
        Files.write(small, new byte[10]);
        assertEquals(MIB, Npz.defaultEntryLimit(small));
        Path big = dir.resolve("b.npz");
        try (OutputStream out = Files.newOutputStream(big)) {
            out.write(new byte[100 * 1024]);
        }
        assertEquals(100 * 1024 * 1100L, Npz.defaultEntryLimit(big));
        Path huge = dir.resolve("h.npz");
        try (var ch = java.nio.channels.FileChannel.open(huge, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            ch.write(java.nio.ByteBuffer.wrap(new byte[1]), 3 * MIB - 1);
        }
        assertEquals(Npz.MAX_ENTRY_BYTES, Npz.defaultEntryLimit(huge), "capped at the longest array");
    }
}
