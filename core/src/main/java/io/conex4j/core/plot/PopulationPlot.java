package io.conex4j.core.plot;

import io.conex4j.core.io.AtomicFiles;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * One picture of a network of populations (such as the cortical microcircuit): on the left a raster of a time
 * window, populations stacked from the top in the order given, each thinned to at most {@code perPopulation}
 * neurons (every k-th neuron); on the right one box per population of its neurons' firing rates in a second window
 * (box: quartiles; line: median; whiskers: 5th to 95th percentile; diamond and number: the mean, silent neurons
 * included), with optional reference rates as open circles. Excitatory populations (names ending in {@code E}) are
 * drawn in blue, the others in red. Headless Java2D, written atomically as PNG.
 */
public final class PopulationPlot {

    static final int WIDTH = 1400;
    static final int HEIGHT = 760;
    private static final int TOP = 60;
    private static final int BOTTOM = 70;
    private static final int LEFT = 80;
    private static final int RASTER_RIGHT = 880;
    private static final int BOX_LEFT = 960;
    private static final int RIGHT = 1370;
    private static final Color EXC = new Color(30, 70, 170);
    private static final Color INH = new Color(200, 40, 40);

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private PopulationPlot() {
    }

    /**
     * Draws the picture.
     *
     * @param names the populations, top to bottom
     * @param sizes neurons per population
     * @param iterations per population, the iteration of each recorded spike
     * @param indices per population, the neuron of each recorded spike
     * @param dt the step in ms
     * @param first the first iteration of the raster (&ge; 1)
     * @param last the last iteration of the raster (&ge; first)
     * @param rateFirst the first iteration of the rates (&ge; 1)
     * @param rateLast the last iteration of the rates (&ge; rateFirst)
     * @param perPopulation the most neurons of one population the raster shows (&ge; 1)
     * @param reference reference mean rates in Hz (one per population), or null
     * @throws IllegalArgumentException on mismatched lengths, an index outside its population or a bad window
     */
    public static void summary(Path png, String title, String[] names, int[] sizes, long[][] iterations,
            int[][] indices, double dt, long first, long last, long rateFirst, long rateLast, int perPopulation,
            double[] reference) throws IOException {
        int pops = names.length;
        if (sizes.length != pops || iterations.length != pops || indices.length != pops
                || (reference != null && reference.length != pops)) {
            throw new IllegalArgumentException("population plot: " + pops + " names, " + sizes.length + " sizes, "
                    + iterations.length + " spike trains, " + indices.length + " index lists"
                    + (reference == null ? "" : ", " + reference.length + " reference rates") + "; need one each");
        }
        if (pops < 1 || first < 1 || last < first || rateFirst < 1 || rateLast < rateFirst || !(dt > 0)
                || !Double.isFinite(dt) || perPopulation < 1) {
            throw new IllegalArgumentException("population plot: needs populations (" + pops + ") >= 1, 1 <= first ("
                    + first + ") <= last (" + last + "), 1 <= rateFirst (" + rateFirst + ") <= rateLast (" + rateLast
                    + "), a finite dt (" + dt + ") > 0 and perPopulation (" + perPopulation + ") >= 1");
        }
        double windowS = (rateLast - rateFirst + 1) * dt / 1000.0;
        double[][] rates = new double[pops][];
        int[] stride = new int[pops];
        int[] shown = new int[pops];
        int totalShown = 0;
        for (int p = 0; p < pops; p++) {
            if (sizes[p] < 1 || iterations[p].length != indices[p].length) {
                throw new IllegalArgumentException("population plot: " + names[p] + " has " + sizes[p] + " neurons, "
                        + iterations[p].length + " iterations and " + indices[p].length + " indices");
            }
            double[] r = new double[sizes[p]];
            for (int k = 0; k < indices[p].length; k++) {
                int i = indices[p][k];
                if (i < 0 || i >= sizes[p]) {
                    throw new IllegalArgumentException("population plot: spike " + k + " of " + names[p]
                            + " is of neuron " + i + ", outside its " + sizes[p] + " neurons");
                }
                if (iterations[p][k] >= rateFirst && iterations[p][k] <= rateLast) {
                    r[i] += 1 / windowS;
                }
            }
            rates[p] = r;
            stride[p] = (sizes[p] + perPopulation - 1) / perPopulation;
            shown[p] = (sizes[p] + stride[p] - 1) / stride[p];
            totalShown += shown[p];
        }

        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 17));
        centered(g, title, WIDTH / 2, 32);

        // raster
        int plotH = HEIGHT - TOP - BOTTOM;
        double unit = last * dt >= Plots.SECONDS_FROM_MS ? 1000 : 1;
        double t0 = (first - 1) * dt / unit;
        double t1 = last * dt / unit;
        double rowH = plotH / (double) totalShown;
        double markW = Math.max(2.0, (RASTER_RIGHT - LEFT) / (double) (last - first + 1));
        double markH = Math.max(1.5, Math.min(3.0, rowH));
        double y = TOP;
        double[] bandMid = new double[pops];
        for (int p = 0; p < pops; p++) {
            g.setColor(color(names[p]));
            for (int k = 0; k < indices[p].length; k++) {
                int i = indices[p][k];
                long it = iterations[p][k];
                if (i % stride[p] != 0 || it < first || it > last) {
                    continue;
                }
                double x = LEFT + ((it - 0.5) * dt / unit - t0) / (t1 - t0) * (RASTER_RIGHT - LEFT);
                double yy = y + (i / stride[p] + 0.5) * rowH;
                g.fill(new Rectangle2D.Double(x - markW / 2, yy - markH / 2, markW, markH));
            }
            bandMid[p] = y + shown[p] * rowH / 2;
            y += shown[p] * rowH;
            if (p < pops - 1) {
                g.setColor(new Color(190, 190, 190));
                g.draw(new Line2D.Double(LEFT, y, RASTER_RIGHT, y));
            }
        }
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(1f));
        g.drawRect(LEFT, TOP, RASTER_RIGHT - LEFT, plotH);
        g.setFont(Chart.TICK_FONT);
        FontMetrics fm = g.getFontMetrics();
        Chart.Ticks xt = Chart.linear(t0, t1);
        for (int k = 0; k < xt.at().length; k++) {
            int px = (int) Math.round(LEFT + (xt.at()[k] - t0) / (t1 - t0) * (RASTER_RIGHT - LEFT));
            g.drawLine(px, TOP + plotH, px, TOP + plotH + 5);
            centered(g, xt.labels()[k], px, TOP + plotH + 19);
        }
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        for (int p = 0; p < pops; p++) {
            g.setColor(color(names[p]));
            String s = names[p];
            g.drawString(s, LEFT - 10 - g.getFontMetrics().stringWidth(s), (int) bandMid[p] + 5);
        }
        g.setColor(Color.BLACK);
        centered(g, unit == 1 ? "time (ms)" : "time (s)", (LEFT + RASTER_RIGHT) / 2, HEIGHT - 25);
        int maxStride = Arrays.stream(stride).max().orElse(1);
        centered(g, maxStride > 1 ? "spikes (at most " + perPopulation + " neurons per population shown)" : "spikes",
                (LEFT + RASTER_RIGHT) / 2, TOP - 8);

        // rate boxes
        double hi = 0;
        for (int p = 0; p < pops; p++) {
            double[] sorted = rates[p].clone();
            Arrays.sort(sorted);
            hi = Math.max(hi, quantile(sorted, 0.95));
            hi = Math.max(hi, mean(rates[p]));
            if (reference != null) {
                hi = Math.max(hi, reference[p]);
            }
        }
        Chart.Ticks rt = Chart.linear(0, hi > 0 ? hi * 1.1 : 1);
        double rMax = rt.at()[rt.at().length - 1] < (hi > 0 ? hi * 1.1 : 1) ? (hi > 0 ? hi * 1.1 : 1)
                : rt.at()[rt.at().length - 1];
        g.setColor(Color.BLACK);
        g.drawRect(BOX_LEFT, TOP, RIGHT - BOX_LEFT, plotH);
        g.setFont(Chart.TICK_FONT);
        for (int k = 0; k < rt.at().length; k++) {
            int px = (int) Math.round(BOX_LEFT + rt.at()[k] / rMax * (RIGHT - BOX_LEFT));
            g.setColor(new Color(225, 225, 225));
            g.drawLine(px, TOP + 1, px, TOP + plotH - 1);
            g.setColor(Color.BLACK);
            g.drawLine(px, TOP + plotH, px, TOP + plotH + 5);
            centered(g, rt.labels()[k], px, TOP + plotH + 19);
        }
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        centered(g, "firing rate (Hz)", (BOX_LEFT + RIGHT) / 2, HEIGHT - 25);
        centered(g, "rate per neuron" + (reference != null ? " (o: reference mean)" : ""), (BOX_LEFT + RIGHT) / 2,
                TOP - 8);
        double slot = plotH / (double) pops;
        for (int p = 0; p < pops; p++) {
            double[] sorted = rates[p].clone();
            Arrays.sort(sorted);
            double cy = TOP + (p + 0.5) * slot;
            double h = Math.min(28, slot * 0.55);
            Color c = color(names[p]);
            double q1 = px(quantile(sorted, 0.25), rMax);
            double q3 = px(quantile(sorted, 0.75), rMax);
            double med = px(quantile(sorted, 0.5), rMax);
            double lo = px(quantile(sorted, 0.05), rMax);
            double up = px(quantile(sorted, 0.95), rMax);
            double mn = px(mean(rates[p]), rMax);
            g.setColor(c);
            g.setStroke(new BasicStroke(1.3f));
            g.draw(new Line2D.Double(lo, cy, q1, cy));
            g.draw(new Line2D.Double(q3, cy, up, cy));
            g.draw(new Line2D.Double(lo, cy - h / 4, lo, cy + h / 4));
            g.draw(new Line2D.Double(up, cy - h / 4, up, cy + h / 4));
            g.setColor(blend(c));
            g.fill(new Rectangle2D.Double(q1, cy - h / 2, Math.max(1, q3 - q1), h));
            g.setColor(c);
            g.draw(new Rectangle2D.Double(q1, cy - h / 2, Math.max(1, q3 - q1), h));
            g.setStroke(new BasicStroke(2.2f));
            g.draw(new Line2D.Double(med, cy - h / 2, med, cy + h / 2));
            Path2D diamond = new Path2D.Double();
            diamond.moveTo(mn, cy - 6);
            diamond.lineTo(mn + 6, cy);
            diamond.lineTo(mn, cy + 6);
            diamond.lineTo(mn - 6, cy);
            diamond.closePath();
            g.setColor(Color.BLACK);
            g.fill(diamond);
            if (reference != null) {
                double rx = px(reference[p], rMax);
                g.setStroke(new BasicStroke(1.5f));
                g.draw(new java.awt.geom.Ellipse2D.Double(rx - 5, cy - 5, 10, 10));
            }
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            g.setColor(c);
            String label = names[p] + "  " + String.format(Locale.ROOT, "%.2f Hz", mean(rates[p]));
            g.drawString(label, (int) BOX_LEFT + 6, (int) (cy - h / 2 - 4));
        }
        g.dispose();
        AtomicFiles.write(png, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer available");
            }
        });
    }

    private static double px(double rate, double rMax) {
        return BOX_LEFT + rate / rMax * (RIGHT - BOX_LEFT);
    }

    private static Color color(String name) {
        return name.endsWith("E") ? EXC : INH;
    }

    private static Color blend(Color c) {
        return new Color((c.getRed() + 3 * 255) / 4, (c.getGreen() + 3 * 255) / 4, (c.getBlue() + 3 * 255) / 4);
    }

    private static double mean(double[] a) {
        double s = 0;
        for (double x : a) {
            s += x;
        }
        return a.length == 0 ? 0 : s / a.length;
    }

    /** Linear interpolation between the closest ranks of the sorted values. */
    static double quantile(double[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        double at = q * (sorted.length - 1);
        int lo = (int) Math.floor(at);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (at - lo) * (sorted[hi] - sorted[lo]);
    }

    private static void centered(Graphics2D g, String s, int cx, int baseline) {
        FontMetrics fm = g.getFontMetrics();
        g.drawString(s, cx - fm.stringWidth(s) / 2, baseline);
    }
}
