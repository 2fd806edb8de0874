package io.conex4j.core.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plots are real PNGs with content where the data is. */
class PlotsTest {

    @TempDir
    Path dir;

    private static int nonWhite(BufferedImage img, int x0, int y0, int x1, int y1) {
        int n = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                if ((img.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void rasterDrawsADotPerSpikeInsideThePlotArea() throws Exception {
        Path f = dir.resolve("raster.png");
        Plots.raster(f, "raster", new long[] {10, 50}, new int[] {0, 9}, 10, 100, 1.0);
        BufferedImage img = ImageIO.read(f.toFile());
        assertEquals(Chart.WIDTH, img.getWidth());
        int inside = nonWhite(img, Chart.LEFT + 2, Chart.TOP + 2, Chart.WIDTH - Chart.RIGHT - 2,
                Chart.HEIGHT - Chart.BOTTOM - 2);
        assertTrue(inside > 4 && inside < 200, "two small dots, got " + inside + " pixels");
    }

    @Test
    void heatmapFillsThePlotAreaAndHasAColourBar() throws Exception {
        Path f = dir.resolve("w.png");
        float[] w = new float[20 * 30];
        for (int i = 0; i < w.length; i++) {
            w[i] = i;
        }
        Plots.heatmap(f, "weights", w, 20, 30);
        BufferedImage img = ImageIO.read(f.toFile());
        int area = (Chart.WIDTH - Chart.LEFT - 120 - 4) * (Chart.HEIGHT - Chart.TOP - Chart.BOTTOM - 4);
        int inside = nonWhite(img, Chart.LEFT + 2, Chart.TOP + 2, Chart.WIDTH - 120 - 2, Chart.HEIGHT - Chart.BOTTOM - 2);
        assertTrue(inside > area * 0.95, "the matrix covers the plot area");
        assertTrue(nonWhite(img, Chart.WIDTH - 100, Chart.TOP, Chart.WIDTH - 78, Chart.TOP + 100) > 1000, "colour bar");
        assertThrows(IllegalArgumentException.class, () -> Plots.heatmap(f, "bad", new float[3], 2, 2));
    }

    @Test
    void ratePlotDrawsALine() throws Exception {
        Path f = dir.resolve("rate.png");
        Plots.rate(f, "rate", new long[] {1, 2, 2, 40, 80}, 10, 100, 1.0, 10);
        BufferedImage img = ImageIO.read(f.toFile());
        assertTrue(nonWhite(img, Chart.LEFT + 2, Chart.TOP + 2, Chart.WIDTH - Chart.RIGHT - 2,
                Chart.HEIGHT - Chart.BOTTOM - 2) > 200);
    }

    @Test
    void centroidOrderPutsColumnsFedByTheFirstRowsFirstAndEmptyColumnsLast() {
        // 4 rows x 4 columns: column 0 is fed by row 3, column 1 by rows 0 and 1, column 2 by nothing,
        // column 3 by row 2; negative weights count by magnitude.
        float[] w = {
            0, 1, 0, 0,
            0, 1, 0, 0,
            0, 0, 0, -2,
            5, 0, 0, 0};
        assertArrayEquals(new int[] {1, 3, 0, 2}, Plots.orderByCentroid(w, 4, 4));
    }

    @Test
    void rowBandOrderGroupsColumnsByTheirStrongestBand() {
        // 6 rows in 3 bands of 2; columns: 0 -> band 2, 1 -> band 0 (row 1), 2 -> band 0 (row 0),
        // 3 -> band 1 despite a centroid in band 1.5 overall, 4 -> nothing.
        float[] w = {
            0, 0, 1, 0, 0,
            0, 1, 0, 0, 0,
            0, 0, 0, 3, 0,
            0, 0, 0, 0, 0,
            1, 0, 0, 0, 0,
            0, 0, 0, 2, 0};
        assertArrayEquals(new int[] {2, 1, 3, 0, 4}, Plots.orderByRowBand(w, 6, 5, 3));
        assertArrayEquals(new int[] {2, 1, 3, 0, 4}, Plots.orderByCentroid(w, 6, 5));
        // One band per row: the argmax row.
        assertArrayEquals(new int[] {2, 1, 3, 0, 4}, Plots.orderByRowBand(w, 6, 5, 6));
        // Column 1 prefers band 0 (row 1) but has a little in band 2 (row 5): its centroid (2.9) lies beyond
        // column 0's (row 2, band 1), yet by band it comes first.
        float[] v = {
            0, 0,
            0, 1,
            1, 0,
            0, 0,
            0, 0,
            0, 0.9f};
        assertArrayEquals(new int[] {1, 0}, Plots.orderByRowBand(v, 6, 2, 3));
        assertArrayEquals(new int[] {0, 1}, Plots.orderByCentroid(v, 6, 2));
        assertThrows(IllegalArgumentException.class, () -> Plots.orderByRowBand(w, 6, 5, 7));
        assertThrows(IllegalArgumentException.class, () -> Plots.orderByCentroid(w, 5, 5));
    }

    @Test
    void orderedHeatmapDrawsTheColumnsInTheGivenOrder() throws Exception {
        // Column j holds the value j in every row: in reverse order the leftmost column is the brightest.
        int rows = 10;
        int cols = 8;
        float[] w = new float[rows * cols];
        for (int i = 0; i < w.length; i++) {
            w[i] = i % cols;
        }
        int[] reverse = {7, 6, 5, 4, 3, 2, 1, 0};
        Path plain = dir.resolve("plain.png");
        Path ordered = dir.resolve("ordered.png");
        Plots.heatmap(plain, "w", w, rows, cols);
        Plots.heatmap(ordered, "w", w, rows, cols, reverse);
        int y = Chart.TOP + 100;
        int left = Chart.LEFT + 10;
        int right = Chart.WIDTH - 120 - 10;
        BufferedImage a = ImageIO.read(plain.toFile());
        BufferedImage b = ImageIO.read(ordered.toFile());
        assertEquals(Plots.colour(0).getRGB(), a.getRGB(left, y));
        assertEquals(Plots.colour(1).getRGB(), a.getRGB(right, y));
        assertEquals(Plots.colour(1).getRGB(), b.getRGB(left, y));
        assertEquals(Plots.colour(0).getRGB(), b.getRGB(right, y));
        assertThrows(IllegalArgumentException.class, () -> Plots.heatmap(ordered, "w", w, rows, cols,
                new int[] {0, 1, 2, 3, 4, 5, 6, 6}));
        assertThrows(IllegalArgumentException.class, () -> Plots.heatmap(ordered, "w", w, rows, cols, new int[3]));
    }

    @Test
    void theRasterSwitchesToARateImageWhenMarksWouldMergeIntoBands() {
        int w = Chart.WIDTH - Chart.LEFT - Chart.RIGHT;
        int h = Chart.HEIGHT - Chart.TOP - Chart.BOTTOM;
        // The demo's 40 excitatory neurons: 1,579 spikes in 4,000 steps stay a raster (7 % of each row inked),
        // 10,778 spikes in 20,000 steps would ink half of each row.
        assertFalse(Plots.needsRateImage(1579, 40, 4000, w, h));
        assertTrue(Plots.needsRateImage(10_778, 40, 20_000, w, h));
        // 7,500 neurons: rows overlap, so far fewer spikes already fill the picture.
        assertTrue(Plots.needsRateImage(100_000, 7500, 100, w, h));
        assertFalse(Plots.needsRateImage(1000, 7500, 100, w, h));
    }

    /** Whether the picture has the colour bar of a rate image (a raster has marks or white there). */
    private static boolean hasColourBar(BufferedImage img) {
        int h = Chart.HEIGHT - Chart.TOP - Chart.BOTTOM;
        for (int y = 10; y < h - 10; y += 20) {
            if (img.getRGB(Chart.WIDTH - 89, Chart.TOP + y) != Plots.colour(1 - y / (double) (h - 1)).getRGB()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void aDenseRasterBecomesARateImageOfTheSameData() throws Exception {
        int neurons = 20;
        int steps = 5000;
        // Neuron i fires every (i + 2) iterations: about 20 % of a row inked or more, a rate image.
        int n = 0;
        for (int i = 0; i < neurons; i++) {
            n += steps / (i + 2);
        }
        long[] it = new long[n];
        int[] idx = new int[n];
        int k = 0;
        for (int i = 0; i < neurons; i++) {
            for (int t = i + 2; t <= steps; t += i + 2) {
                it[k] = t;
                idx[k++] = i;
            }
        }
        Path dense = dir.resolve("dense.png");
        Plots.raster(dense, "dense", it, idx, neurons, steps, 1.0);
        BufferedImage img = ImageIO.read(dense.toFile());
        assertTrue(hasColourBar(img), "a rate image with its colour bar");
        // Neuron 0 (500 Hz) is the brightest row, neuron 19 (48 Hz) a dark one: the bottom row is yellow.
        int x = Chart.LEFT + 200;
        int plotH = Chart.HEIGHT - Chart.TOP - Chart.BOTTOM;
        Color bottom = new Color(img.getRGB(x, Chart.TOP + plotH - 3));
        Color top = new Color(img.getRGB(x, Chart.TOP + 3));
        assertEquals(Plots.colour(1), bottom);
        assertTrue(top.getRed() + top.getGreen() < 200, "a dark top row, got " + top);
        // Reversed order: neuron 0 on top.
        int[] reverse = new int[neurons];
        for (int i = 0; i < neurons; i++) {
            reverse[i] = neurons - 1 - i;
        }
        Plots.raster(dense, "dense", it, idx, neurons, 1, steps, 1.0, reverse);
        img = ImageIO.read(dense.toFile());
        assertEquals(Plots.colour(1), new Color(img.getRGB(x, Chart.TOP + 3)));
        // The same spikes in a 100-step window are few enough for marks: no colour bar.
        Plots.raster(dense, "window", it, idx, neurons, 4901, 5000, 1.0, null);
        assertFalse(hasColourBar(ImageIO.read(dense.toFile())));
        Plots.raster(dense, "sparse", new long[] {10, 50}, new int[] {0, 9}, 10, 100, 1.0);
        assertFalse(hasColourBar(ImageIO.read(dense.toFile())));
    }

    @Test
    void rasterRejectsSpikesOutsideTheGroupAndBadOrders() {
        Path f = dir.resolve("bad.png");
        assertThrows(IllegalArgumentException.class,
                () -> Plots.raster(f, "r", new long[] {1}, new int[] {10}, 10, 100, 1.0));
        assertThrows(IllegalArgumentException.class,
                () -> Plots.raster(f, "r", new long[] {1, 2}, new int[] {1}, 10, 100, 1.0));
        assertThrows(IllegalArgumentException.class,
                () -> Plots.raster(f, "r", new long[] {1}, new int[] {1}, 2, 1, 100, 1.0, new int[] {1, 1}));
        assertThrows(IllegalArgumentException.class,
                () -> Plots.raster(f, "r", new long[] {1}, new int[] {1}, 2, 50, 10, 1.0, null));
    }

    @Test
    void receptiveFieldsShowEachNeuronsWeightsAsItsOwnTileOnOneColourScale() throws Exception {
        int h = 3;
        int w = 4;
        int neurons = 5;
        float[] weights = new float[h * w * neurons];
        for (int j = 0; j < neurons; j++) {
            weights[(2 * j) * neurons + j] = 1f; // neuron j: weight 1 at pixel 2j, 0 elsewhere
        }
        weights[11 * neurons + 4] = 0.5f;
        Path f = dir.resolve("fields.png");
        Plots.receptiveFields(f, "fields", weights, h * w, neurons, h, w);
        BufferedImage img = ImageIO.read(f.toFile());
        int cols = Plots.fieldColumns(neurons);
        int scale = Plots.fieldScale(cols, w);
        assertEquals(3, cols);
        assertEquals(8, scale);
        for (int j = 0; j < neurons; j++) {
            for (int p = 0; p < h * w; p++) {
                int x = Plots.FIELDS_LEFT + (j % cols) * (w * scale + 1) + (p % w) * scale + scale / 2;
                int y = Plots.FIELDS_TOP + (j / cols) * (h * scale + 1) + (p / w) * scale + scale / 2;
                float v = weights[p * neurons + j];
                assertEquals(Plots.colour(Math.round(v * 255) / 255.0).getRGB(), img.getRGB(x, y),
                        "neuron " + j + ", pixel " + p + " (256 colours from the smallest to the largest weight)");
            }
        }
    }

    @Test
    void receptiveFieldsRefuseSizesThatDoNotMatch() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Plots.receptiveFields(dir.resolve("x.png"), "x", new float[10], 6, 2, 2, 3));
        assertEquals("receptiveFields: 6 sources x 2 neurons as 2 x 3 images do not match 10 weights; need sources"
                + " = height * width >= 1 and sources * neurons weights", e.getMessage());
        float[] nan = new float[12];
        nan[7] = Float.NaN;
        assertEquals("receptiveFields: weight 7 is NaN", assertThrows(IllegalArgumentException.class,
                () -> Plots.receptiveFields(dir.resolve("x.png"), "x", nan, 6, 2, 2, 3)).getMessage());
        assertFalse(java.nio.file.Files.exists(dir.resolve("x.png")));
    }
}
