package io.conex4j.core.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Path2D;
import java.io.IOException;
import java.nio.file.Path;

/**
 * PNG pictures of a run, drawn headless with Java2D: a spike raster, a weight heatmap with a colour bar and a
 * population-rate plot, each with a title, axes, ticks and labels.
 */
public final class Plots {

    private Plots() {
    }

    /**
     * A spike raster: one dot per spike at (time in ms, neuron index).
     *
     * @param iterations the iteration of each spike (1-based)
     * @param indices the neuron of each spike
     * @param neurons the group size
     * @param steps the number of simulated iterations
     * @param dt the step in ms
     */
    public static void raster(Path png, String title, long[] iterations, int[] indices, int neurons, long steps,
            double dt) throws IOException {
        Chart c = new Chart(title, "time (ms)", "neuron", 0, steps * dt, -0.5, neurons - 0.5, Chart.RIGHT);
        c.g.setColor(new Color(20, 40, 120));
        double dotH = Math.max(1.5, Math.min(4, c.plotHeight() / (double) neurons * 0.8));
        double dotW = Math.max(1.5, Math.min(4, c.plotWidth() / (double) Math.max(1, steps) * 0.8));
        for (int k = 0; k < iterations.length; k++) {
            double x = c.px((iterations[k] - 0.5) * dt);
            double y = c.py(indices[k]);
            c.g.fill(new java.awt.geom.Rectangle2D.Double(x - dotW / 2, y - dotH / 2, dotW, dotH));
        }
        c.axes();
        c.save(png);
    }

    /**
     * A heatmap of a row-major {@code rows x cols} matrix (rows = source neurons, columns = destination
     * neurons), with a colour bar from the minimum to the maximum value.
     */
    public static void heatmap(Path png, String title, float[] data, int rows, int cols) throws IOException {
        if ((long) rows * cols != data.length || rows < 1 || cols < 1) {
            throw new IllegalArgumentException("heatmap: " + rows + "x" + cols + " does not match " + data.length
                    + " values");
        }
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        for (float v : data) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        if (!(max > min)) {
            max = min + 1;
        }
        Chart c = new Chart(title, "destination neuron", "source neuron", -0.5, cols - 0.5, rows - 0.5, -0.5, 120);
        c.g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_OFF);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                c.g.setColor(colour((data[i * cols + j] - min) / (max - min)));
                double xa = c.px(j - 0.5);
                double xb = c.px(j + 0.5);
                double ya = c.py(i - 0.5);
                double yb = c.py(i + 0.5);
                c.g.fill(new java.awt.geom.Rectangle2D.Double(Math.min(xa, xb), Math.min(ya, yb),
                        Math.abs(xb - xa) + 0.5, Math.abs(yb - ya) + 0.5));
            }
        }
        c.g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
        c.axes();
        int barX = Chart.WIDTH - 100;
        int barW = 22;
        int top = Chart.TOP;
        int h = c.plotHeight();
        for (int y = 0; y < h; y++) {
            c.g.setColor(colour(1 - y / (double) (h - 1)));
            c.g.fillRect(barX, top + y, barW, 1);
        }
        c.g.setColor(Color.BLACK);
        c.g.drawRect(barX, top, barW, h);
        c.g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        for (double t : Chart.ticks(min, max)) {
            int y = (int) Math.round(top + h - (t - min) / (max - min) * h);
            c.g.drawLine(barX + barW, y, barX + barW + 4, y);
            c.g.drawString(Chart.label(t), barX + barW + 7, y + 4);
        }
        c.g.drawString("weight", barX - 4, top - 8);
        c.save(png);
    }

    /**
     * Population rate in Hz over time: spikes per bin of {@code binSteps} iterations divided by
     * {@code neurons * bin duration}.
     */
    public static void rate(Path png, String title, long[] iterations, int neurons, long steps, double dt,
            int binSteps) throws IOException {
        if (binSteps < 1) {
            throw new IllegalArgumentException("rate plot: binSteps (" + binSteps + ") must be >= 1");
        }
        int bins = (int) Math.max(1, (steps + binSteps - 1) / binSteps);
        double[] rate = new double[bins];
        for (long t : iterations) {
            int b = (int) Math.min(bins - 1, (t - 1) / binSteps);
            rate[b]++;
        }
        double seconds = binSteps * dt / 1000.0;
        double max = 0;
        for (int b = 0; b < bins; b++) {
            rate[b] /= neurons * seconds;
            max = Math.max(max, rate[b]);
        }
        Chart c = new Chart(title, "time (ms)", "population rate (Hz)", 0, steps * dt, 0, max * 1.1 + 1e-9,
                Chart.RIGHT);
        Path2D.Double line = new Path2D.Double();
        for (int b = 0; b < bins; b++) {
            double xa = c.px(b * binSteps * dt);
            double xb = c.px(Math.min(steps, (long) (b + 1) * binSteps) * dt);
            double y = c.py(rate[b]);
            if (b == 0) {
                line.moveTo(xa, y);
            } else {
                line.lineTo(xa, y);
            }
            line.lineTo(xb, y);
        }
        c.g.setColor(new Color(200, 60, 40));
        c.g.setStroke(new BasicStroke(2f));
        c.g.draw(line);
        c.axes();
        c.save(png);
    }

    /** A perceptually ordered colour map (dark blue, teal, green, yellow) for {@code t} in [0, 1]. */
    static Color colour(double t) {
        double[][] stops = {{68, 1, 84}, {59, 82, 139}, {33, 145, 140}, {94, 201, 98}, {253, 231, 37}};
        double x = Math.max(0, Math.min(1, t)) * (stops.length - 1);
        int i = Math.min(stops.length - 2, (int) x);
        double f = x - i;
        return new Color((int) (stops[i][0] + f * (stops[i + 1][0] - stops[i][0])),
                (int) (stops[i][1] + f * (stops[i + 1][1] - stops[i][1])),
                (int) (stops[i][2] + f * (stops[i + 1][2] - stops[i][2])));
    }
}
