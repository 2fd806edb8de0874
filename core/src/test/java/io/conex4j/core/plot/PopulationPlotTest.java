package io.conex4j.core.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The population picture: a thinned raster on the left, rate boxes on the right. */
class PopulationPlotTest {

    @TempDir
    Path dir;

    private static int blue(BufferedImage img, int x0, int y0, int x1, int y1) {
        int n = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int rgb = img.getRGB(x, y);
                int r = (rgb >> 16) & 0xFF;
                int b = rgb & 0xFF;
                if (b > 120 && r < 100) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void theRasterShowsOnlyTheThinnedNeuronsAndTheBoxesTheRates() throws Exception {
        Path f = dir.resolve("pop.png");
        // population E: 1000 neurons, each spiking once; only every 10th neuron is drawn (100 per population)
        long[] it = new long[1000];
        int[] idx = new int[1000];
        for (int i = 0; i < 1000; i++) {
            it[i] = 1 + i % 100;
            idx[i] = i;
        }
        PopulationPlot.summary(f, "test", new String[] {"E", "I"}, new int[] {1000, 10},
                new long[][] {it, new long[0]}, new int[][] {idx, new int[0]}, 1.0, 1, 100, 1, 100, 100,
                new double[] {10, 1});
        BufferedImage img = ImageIO.read(f.toFile());
        assertEquals(PopulationPlot.WIDTH, img.getWidth());
        int thinned = blue(img, 81, 61, 879, 689);
        int boxes = blue(img, 961, 61, 1369, 689);
        assertTrue(boxes > 50, "a blue box for E, got " + boxes);
        Path all = dir.resolve("all.png");
        PopulationPlot.summary(all, "test", new String[] {"E", "I"}, new int[] {1000, 10},
                new long[][] {it, new long[0]}, new int[][] {idx, new int[0]}, 1.0, 1, 100, 1, 100, 1000, null);
        int every = blue(ImageIO.read(all.toFile()), 81, 61, 879, 689);
        assertTrue(thinned > 100 && every > 3 * thinned, "every 10th neuron drawn (" + thinned + " blue pixels), all"
                + " drawn (" + every + ")");
    }

    @Test
    void quantilesInterpolateBetweenRanks() {
        double[] s = {0, 10, 20, 30};
        assertEquals(0, PopulationPlot.quantile(s, 0), 1e-12);
        assertEquals(15, PopulationPlot.quantile(s, 0.5), 1e-12);
        assertEquals(30, PopulationPlot.quantile(s, 1), 1e-12);
    }

    @Test
    void badInputIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PopulationPlot.summary(
                dir.resolve("x.png"), "t", new String[] {"E"}, new int[] {5}, new long[][] {{3}}, new int[][] {{7}},
                1.0, 1, 10, 1, 10, 5, null));
        assertTrue(e.getMessage().contains("spike 0 of E is of neuron 7, outside its 5 neurons"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> PopulationPlot.summary(dir.resolve("x.png"), "t",
                new String[] {"E", "I"}, new int[] {5}, new long[][] {{3}}, new int[][] {{1}}, 1.0, 1, 10, 1, 10, 5,
                null));
        assertTrue(e.getMessage().contains("2 names, 1 sizes"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> PopulationPlot.summary(dir.resolve("x.png"), "t",
                new String[] {"E"}, new int[] {5}, new long[][] {{3}}, new int[][] {{1}}, 1.0, 5, 4, 1, 10, 5, null));
        assertTrue(e.getMessage().contains("1 <= first (5) <= last (4)"), e.getMessage());
    }
}
