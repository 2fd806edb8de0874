package io.conex4j.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conex4j.core.data.ImageDataset;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The IDX reader on files the test writes: MNIST-shaped images and labels, gzipped or not, and damaged ones. */
class IdxTest {

    @TempDir
    Path dir;

    private static byte[] idx(int type, int[] shape, byte[] values) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(b);
        out.writeShort(0);
        out.writeByte(type);
        out.writeByte(shape.length);
        for (int d : shape) {
            out.writeInt(d);
        }
        out.write(values);
        return b.toByteArray();
    }

    private Path write(String name, byte[] bytes, boolean gzip) throws IOException {
        Path f = dir.resolve(name);
        try (OutputStream out = gzip ? new GZIPOutputStream(Files.newOutputStream(f)) : Files.newOutputStream(f)) {
            out.write(bytes);
        }
        return f;
    }

    @Test
    void imagesAndLabelsReadBackScaledToUnitRange() throws IOException {
        byte[] pixels = new byte[3 * 2 * 2];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (byte) (i * 23);
        }
        for (boolean gzip : new boolean[] {false, true}) {
            Idx.Array images = Idx.read(write("img" + gzip, idx(0x08, new int[] {3, 2, 2}, pixels), gzip));
            assertArrayEquals(new int[] {3, 2, 2}, images.shape());
            assertEquals(3, images.count());
            assertEquals(4, images.itemSize());
            float[][] rows = Idx.images(images);
            assertEquals(253 / 255f, rows[2][3]);
            assertEquals(0f, rows[0][0]);
            assertEquals((byte) 230 & 0xff, images.values()[10]);
            int[] labels = Idx.labels(Idx.read(write("lab" + gzip, idx(0x08, new int[] {3}, new byte[] {7, 0, 9}), gzip)));
            assertArrayEquals(new int[] {7, 0, 9}, labels);
        }
    }

    @Test
    void imageAndLabelFilesMakeADatasetAndMismatchedCountsAreRefused() throws IOException {
        byte[] pixels = new byte[3 * 2 * 2];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (byte) (i * 23);
        }
        Path img = write("img", idx(0x08, new int[] {3, 2, 2}, pixels), true);
        ImageDataset d = Idx.dataset(img, write("lab", idx(0x08, new int[] {3}, new byte[] {7, 0, 9}), false));
        assertEquals(3, d.size());
        assertArrayEquals(Idx.images(Idx.read(img))[2], d.image(2));
        assertEquals(9, d.label(2));
        assertEquals(ImageDataset.UNLABELED, Idx.dataset(img).label(1));
        String m = assertThrows(IllegalArgumentException.class, () -> d.image(3)).getMessage();
        assertTrue(m.contains("index 3") && m.contains("[0, 3)"), m);
        Path two = write("lab2", idx(0x08, new int[] {2}, new byte[] {1, 2}), false);
        m = assertThrows(IllegalArgumentException.class, () -> Idx.dataset(img, two)).getMessage();
        assertTrue(m.contains("2 labels for the 3 images"), m);
        Path none = write("none", idx(0x08, new int[] {0, 2, 2}, new byte[0]), false);
        m = assertThrows(IllegalArgumentException.class, () -> Idx.dataset(none)).getMessage();
        assertTrue(m.contains("holds no image"), m);
    }

    @Test
    void damagedFilesAreNamedAndCostNoMoreThanTheirSize() throws IOException {
        String wrongType = assertThrows(IllegalArgumentException.class,
                () -> Idx.read(write("t", idx(0x0d, new int[] {1}, new byte[4]), false))).getMessage();
        assertTrue(wrongType.contains("IDX type 0xd is not supported; allowed: 0x08"), wrongType);
        String truncated = assertThrows(IllegalArgumentException.class,
                () -> Idx.read(write("s", idx(0x08, new int[] {60000, 28, 28}, new byte[100]), false))).getMessage();
        assertTrue(truncated.endsWith("shape [60000, 28, 28] needs 47040000 values but the file holds 100"), truncated);
        String huge = assertThrows(IllegalArgumentException.class,
                () -> Idx.read(write("h", idx(0x08, new int[] {65536, 65536}, new byte[0]), false))).getMessage();
        assertTrue(huge.contains("holds more values than one array"), huge);
        String extra = assertThrows(IllegalArgumentException.class,
                () -> Idx.read(write("e", idx(0x08, new int[] {2}, new byte[3]), false))).getMessage();
        assertTrue(extra.contains("data continues beyond the 2 values"), extra);
        String header = assertThrows(IllegalArgumentException.class,
                () -> Idx.read(write("x", new byte[] {0, 0, 8}, false))).getMessage();
        assertTrue(header.contains("ends before its header"), header);
        String notIdx = assertThrows(IllegalArgumentException.class,
                () -> Idx.read(write("n", new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0}, false))).getMessage();
        assertTrue(notIdx.contains("not an IDX file"), notIdx);
    }
}
