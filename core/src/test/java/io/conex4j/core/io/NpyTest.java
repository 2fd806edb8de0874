package io.conex4j.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The .npy/.npz writer against the format specification, and round trips. */
class NpyTest {

    @TempDir
    Path dir;

    @Test
    void bytesFollowTheFormatSpecification() {
        byte[] b = Npy.toBytes(NpyArray.of(new float[] {1f, -2.5f, 0.5f, 3f, 0f, 7f}, 2, 3));
        assertEquals((byte) 0x93, b[0]);
        assertEquals("NUMPY", new String(b, 1, 5, StandardCharsets.US_ASCII));
        assertEquals(1, b[6], "major version");
        assertEquals(0, b[7], "minor version");
        int headerLen = (b[8] & 0xFF) | (b[9] & 0xFF) << 8;
        assertEquals(0, (10 + headerLen) % 64, "data starts 64-byte aligned");
        String header = new String(b, 10, headerLen, StandardCharsets.US_ASCII);
        assertTrue(header.startsWith("{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }"), header);
        assertEquals('\n', header.charAt(header.length() - 1));
        assertEquals(10 + headerLen + 6 * 4, b.length);
        int bits = (b[10 + headerLen + 4] & 0xFF) | (b[10 + headerLen + 5] & 0xFF) << 8
                | (b[10 + headerLen + 6] & 0xFF) << 16 | (b[10 + headerLen + 7] & 0xFF) << 24;
        assertEquals(-2.5f, Float.intBitsToFloat(bits), "little-endian float32");
    }

    @Test
    void oneDimensionalShapeHasATrailingComma() {
        assertTrue(Npy.header(NpyArray.of(new int[] {1, 2, 3})).contains("'shape': (3,), }"));
        assertTrue(Npy.header(NpyArray.of(new boolean[] {true})).contains("'descr': '|b1'"));
    }

    @Test
    void everyDtypeRoundTrips() {
        assertArrayEquals(new float[] {1, 2}, Npy.read(Npy.toBytes(NpyArray.of(new float[] {1, 2})), "t").floats());
        assertArrayEquals(new int[] {-1, 7}, Npy.read(Npy.toBytes(NpyArray.of(new int[] {-1, 7})), "t").ints());
        assertArrayEquals(new long[] {1L << 40}, Npy.read(Npy.toBytes(NpyArray.of(new long[] {1L << 40})), "t").longs());
        assertArrayEquals(new double[] {0.1}, Npy.read(Npy.toBytes(NpyArray.of(new double[] {0.1})), "t").doubles());
        assertArrayEquals(new boolean[] {true, false},
                Npy.read(Npy.toBytes(NpyArray.of(new boolean[] {true, false})), "t").bools());
    }

    @Test
    void badBytesAreClearErrors() {
        byte[] b = Npy.toBytes(NpyArray.of(new float[] {1, 2, 3}));
        byte[] truncated = java.util.Arrays.copyOf(b, b.length - 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Npy.read(truncated, "f:w"));
        assertEquals("f:w: truncated data: 11 bytes for 3 elements of <f4", e.getMessage());
        byte[] magic = b.clone();
        magic[1] = 'X';
        assertEquals("f:w: wrong magic (not an .npy array)",
                assertThrows(IllegalArgumentException.class, () -> Npy.read(magic, "f:w")).getMessage());
    }

    @Test
    void npzRoundTripsAndLeavesNoTemporaryFiles() throws Exception {
        Map<String, NpyArray> m = new LinkedHashMap<>();
        m.put("w", NpyArray.of(new float[] {1, 2, 3, 4}, 2, 2));
        m.put("spikes", NpyArray.of(new boolean[] {true, false, true}));
        Path f = dir.resolve("a.npz");
        Npz.write(f, m);
        Map<String, NpyArray> back = Npz.read(f);
        assertArrayEquals(new float[] {1, 2, 3, 4}, back.get("w").floats());
        assertArrayEquals(new int[] {2, 2}, back.get("w").shape());
        assertArrayEquals(new boolean[] {true, false, true}, back.get("spikes").bools());
        try (var s = Files.list(dir)) {
            assertEquals(1, s.count(), "only the archive");
        }
    }

    @Test
    void numpyLoadsTheArchiveUnchangedWhenPythonIsAvailable() throws Exception {
        Map<String, NpyArray> m = new LinkedHashMap<>();
        m.put("w", NpyArray.of(new float[] {1.5f, 2, 3, 4, 5, 6}, 2, 3));
        m.put("i", NpyArray.of(new int[] {7, 8}));
        Path f = dir.resolve("b.npz");
        Npz.write(f, m);
        String script = "import numpy as np; d = np.load('" + f + "'); "
                + "print(d['w'].dtype, d['w'].shape, float(d['w'][0,0]), d['i'].dtype, int(d['i'].sum()))";
        String out = io.conex4j.core.testutil.Python.run(script);
        assertEquals("float32 (2, 3) 1.5 int32 15", out);
    }

    @Test
    void csvHasAHeaderAndOneLinePerSpike() throws Exception {
        Path f = dir.resolve("s.csv");
        Csv.spikes(f, new long[] {1, 3}, new int[] {4, 0});
        assertEquals("iteration,neuron\n1,4\n3,0\n", Files.readString(f));
        Path m = dir.resolve("m.csv");
        Csv.matrix(m, new float[] {1, 2.5f, 3, 4}, 2, 2);
        assertEquals("c0,c1\n1.0,2.5\n3.0,4.0\n", Files.readString(m));
    }
}
