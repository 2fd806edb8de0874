package io.conex4j.core.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
