package io.conex4j.core.plot;

import io.conex4j.core.io.AtomicFiles;
import io.conex4j.core.runtime.Check;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * PNG pictures of a run, drawn headless with Java2D: a spike raster (a rate image when the spikes are too
 * many to draw one by one), a weight heatmap with a colour bar (columns optionally reordered, for example by
 * {@link #orderByCentroid} or {@link #orderByRowBand}), a population-rate plot, each with a title, axes,
 * readable ticks and labels, and a grid of receptive fields (one small weight image per neuron). Times are in ms,
 * or in s once the run reaches 10 s.
 */
public final class Plots {

    /**
     * The largest share of a neuron's row that the marks of a raster may cover on average; above it the marks
     * merge into bands and {@link #raster} draws a rate image instead.
     */
    static final double MAX_ROW_INK = 0.25;
    /** Times at or beyond this (ms) are shown in seconds. */
    static final double SECONDS_FROM_MS = 10_000;
    private static final int BAR_MARGIN = 120;

    private Plots() {
    }

    /**
     * A spike raster of a whole run: one mark per spike at (time, neuron index); see
     * {@link #raster(Path, String, long[], int[], int, long, long, double, int[])}.
     *
     * @param iterations the iteration of each spike (1-based)
     * @param indices the neuron of each spike
     * @param neurons the group size
     * @param steps the number of simulated iterations
     * @param dt the step in ms
     */
    public static void raster(Path png, String title, long[] iterations, int[] indices, int neurons, long steps,
            double dt) throws IOException {
        raster(png, title, iterations, indices, neurons, 1, Math.max(1, steps), dt, null);
    }

    /**
     * A spike raster of the iterations {@code first … last}: one mark per spike at (time, neuron), neurons from
     * the bottom in the order {@code order} ({@code order[k]} is the neuron drawn in row {@code k}; null for
     * index order), tick labels naming the neurons. When the marks would cover more than a quarter of their
     * rows on average (long or large runs, where a raster turns into solid bands), it draws a rate image
     * instead: neurons (grouped when there are more than half the plot's pixel rows) × time bins (1, 2 or 5
     * times a power of ten iterations, at least two pixels wide), colour = firing rate in Hz, with a colour bar.
     * Spikes outside the window are left out.
     *
     * @param iterations the iteration of each spike (1-based)
     * @param indices the neuron of each spike, {@code 0 … neurons−1}
     * @param neurons the group size, at least 1
     * @param first the first iteration shown, at least 1
     * @param last the last iteration shown, at least {@code first}
     * @param dt the step in ms, finite and &gt; 0
     * @param order a permutation of {@code 0 … neurons−1}, or null
     * @throws IllegalArgumentException on mismatched lengths, an index outside the group, a bad window or order
     */
    public static void raster(Path png, String title, long[] iterations, int[] indices, int neurons, long first,
            long last, double dt, int[] order) throws IOException {
        if (iterations.length != indices.length) {
            throw new IllegalArgumentException("raster: " + iterations.length + " iterations but " + indices.length
                    + " indices");
        }
        if (neurons < 1 || first < 1 || last < first || !(dt > 0) || !Double.isFinite(dt)) {
            throw new IllegalArgumentException("raster: needs neurons (" + neurons + ") >= 1, 1 <= first (" + first
                    + ") <= last (" + last + ") and a finite dt (" + dt + ") > 0");
        }
        int[] row = positions(order, neurons, "raster");
        long shown = 0;
        for (int k = 0; k < iterations.length; k++) {
            if (indices[k] < 0 || indices[k] >= neurons) {
                throw new IllegalArgumentException("raster: spike " + k + " of neuron " + indices[k]
                        + " outside the group of " + neurons);
            }
            if (iterations[k] >= first && iterations[k] <= last) {
                shown++;
            }
        }
        double unit = last * dt >= SECONDS_FROM_MS ? 1000 : 1;
        String time = unit == 1 ? "time (ms)" : "time (s)";
        String yLabel = order == null ? "neuron" : "neuron (sorted)";
        double t0 = (first - 1) * dt / unit;
        double t1 = last * dt / unit;
        long window = last - first + 1;
        int plotHeight = Chart.HEIGHT - Chart.TOP - Chart.BOTTOM;
        if (!needsRateImage(shown, neurons, window, Chart.WIDTH - Chart.LEFT - Chart.RIGHT, plotHeight)) {
            Chart c = new Chart(title, time, yLabel, t0, t1, -0.5, neurons - 0.5, Chart.RIGHT);
            c.g.setColor(new Color(20, 40, 120));
            double dotH = markHeight(neurons, c.plotHeight());
            double dotW = markWidth(window, c.plotWidth());
            for (int k = 0; k < iterations.length; k++) {
                if (iterations[k] < first || iterations[k] > last) {
                    continue;
                }
                double x = c.px((iterations[k] - 0.5) * dt / unit);
                double y = c.py(row[indices[k]]);
                c.g.fill(new Rectangle2D.Double(x - dotW / 2, y - dotH / 2, dotW, dotH));
            }
            c.axes(Chart.linear(t0, t1), neuronTicks(c, neurons, order, c.plotHeight()));
            c.save(png);
            return;
        }
        int plotW = Chart.WIDTH - Chart.LEFT - BAR_MARGIN;
        long binSteps = Chart.niceAtLeast(window / (plotW / 2.0));
        int bins = (int) ((window + binSteps - 1) / binSteps);
        int group = (int) Math.ceil(neurons / (plotHeight / 2.0));
        int rows = (neurons + group - 1) / group;
        double[] rate = new double[rows * bins];
        for (int k = 0; k < iterations.length; k++) {
            if (iterations[k] >= first && iterations[k] <= last) {
                rate[row[indices[k]] / group * bins + (int) ((iterations[k] - first) / binSteps)]++;
            }
        }
        double max = 0;
        for (int r = 0; r < rows; r++) {
            int inRow = Math.min(neurons, (r + 1) * group) - r * group;
            for (int b = 0; b < bins; b++) {
                long steps = Math.min(binSteps, window - b * binSteps);
                rate[r * bins + b] /= inRow * steps * dt / 1000.0;
                max = Math.max(max, rate[r * bins + b]);
            }
        }
        double top = max > 0 ? max : 1;
        String binText = String.format(Locale.ROOT, "%s, bins of %s ms", time, Chart.labels(new double[] {binSteps * dt},
                binSteps * dt)[0]);
        Chart c = new Chart(title + " (firing rate)", binText,
                yLabel + (group > 1 ? ", " + group + " per row" : ""), t0, t1, -0.5, neurons - 0.5, BAR_MARGIN);
        c.g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        for (int r = 0; r < rows; r++) {
            double ya = c.py(r * group - 0.5);
            double yb = c.py(Math.min(neurons, (r + 1) * group) - 0.5);
            for (int b = 0; b < bins; b++) {
                double xa = c.px((first - 1 + b * binSteps) * dt / unit);
                double xb = c.px(Math.min(last, first - 1 + (b + 1) * binSteps) * dt / unit);
                c.g.setColor(colour(rate[r * bins + b] / top));
                c.g.fill(new Rectangle2D.Double(xa, Math.min(ya, yb), xb - xa + 0.5, Math.abs(yb - ya) + 0.5));
            }
        }
        c.g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        c.axes(Chart.linear(t0, t1), neuronTicks(c, neurons, order, c.plotHeight()));
        colourBar(c, 0, top, "rate (Hz)");
        c.save(png);
    }

    /**
     * Whether a raster of {@code spikes} marks over {@code neurons} rows and {@code window} iterations would
     * ink more than {@link #MAX_ROW_INK} of its rows on average (marks as drawn: at least 1.5 pixels wide, rows
     * overlapping once they are thinner than a mark).
     */
    static boolean needsRateImage(long spikes, int neurons, long window, int plotWidth, int plotHeight) {
        double dotH = markHeight(neurons, plotHeight);
        double visibleRows = Math.max(1, Math.min(neurons, plotHeight / dotH));
        double ink = spikes * markWidth(window, plotWidth) / (plotWidth * visibleRows);
        return ink > MAX_ROW_INK;
    }

    private static double markHeight(int neurons, int plotHeight) {
        return Math.max(1.5, Math.min(4, plotHeight / (double) neurons * 0.8));
    }

    private static double markWidth(long window, int plotWidth) {
        return Math.max(1.5, Math.min(4, plotWidth / (double) Math.max(1, window) * 0.8));
    }

    private static Chart.Ticks neuronTicks(Chart c, int neurons, int[] order, int plotHeight) {
        FontMetrics fm = c.g.getFontMetrics(Chart.TICK_FONT);
        return Chart.index(neurons, order, plotHeight / (double) neurons, fm.getAscent(), 4);
    }

    /** Where each item goes: the inverse of {@code order}, checked to be a permutation of {@code 0 … n−1}. */
    private static int[] positions(int[] order, int n, String what) {
        int[] pos = new int[n];
        if (order == null) {
            for (int i = 0; i < n; i++) {
                pos[i] = i;
            }
            return pos;
        }
        if (order.length != n) {
            throw new IllegalArgumentException(what + ": the order has " + order.length + " entries, not " + n);
        }
        Arrays.fill(pos, -1);
        for (int k = 0; k < n; k++) {
            int i = order[k];
            if (i < 0 || i >= n || pos[i] >= 0) {
                throw new IllegalArgumentException(what + ": the order is not a permutation of 0.." + (n - 1)
                        + " (entry " + k + " = " + i + ")");
            }
            pos[i] = k;
        }
        return pos;
    }

    /**
     * A heatmap of a row-major {@code rows x cols} matrix (rows = source neurons, columns = destination
     * neurons), with a colour bar from the minimum to the maximum value.
     */
    public static void heatmap(Path png, String title, float[] data, int rows, int cols) throws IOException {
        heatmap(png, title, data, rows, cols, null);
    }

    /**
     * A heatmap of a row-major {@code rows x cols} matrix (rows = source neurons from the top, columns =
     * destination neurons), with a colour bar from the minimum to the maximum value. The columns are drawn
     * left to right in {@code columnOrder} ({@code columnOrder[k]} is the column drawn at position {@code k};
     * null for index order, for example {@link #orderByRowBand}), and the ticks name the columns drawn.
     *
     * @throws IllegalArgumentException if the sizes do not match or {@code columnOrder} is not a permutation
     */
    public static void heatmap(Path png, String title, float[] data, int rows, int cols, int[] columnOrder)
            throws IOException {
        if ((long) rows * cols != data.length || rows < 1 || cols < 1) {
            throw new IllegalArgumentException("heatmap: " + rows + "x" + cols + " does not match " + data.length
                    + " values");
        }
        positions(columnOrder, cols, "heatmap");
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        for (float v : data) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        if (!(max > min)) {
            max = min + 1;
        }
        Chart c = new Chart(title, columnOrder == null ? "destination neuron" : "destination neuron (sorted)",
                "source neuron", -0.5, cols - 0.5, rows - 0.5, -0.5, BAR_MARGIN);
        c.g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        for (int k = 0; k < cols; k++) {
            int j = columnOrder == null ? k : columnOrder[k];
            double xa = c.px(k - 0.5);
            double xb = c.px(k + 0.5);
            for (int i = 0; i < rows; i++) {
                c.g.setColor(colour((data[i * cols + j] - min) / (max - min)));
                double ya = c.py(i - 0.5);
                double yb = c.py(i + 0.5);
                c.g.fill(new Rectangle2D.Double(Math.min(xa, xb), Math.min(ya, yb), Math.abs(xb - xa) + 0.5,
                        Math.abs(yb - ya) + 0.5));
            }
        }
        c.g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        FontMetrics fm = c.g.getFontMetrics(Chart.TICK_FONT);
        c.axes(Chart.index(cols, columnOrder, c.plotWidth() / (double) cols, c.indexLabelWidth(cols), 5),
                Chart.index(rows, null, c.plotHeight() / (double) rows, fm.getAscent(), 4));
        colourBar(c, min, max, "weight");
        c.save(png);
    }

    /** A colour bar for {@code min … max} beside the plot area of {@code c}, headed {@code label}. */
    private static void colourBar(Chart c, double min, double max, String label) {
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
        c.g.setFont(Chart.TICK_FONT);
        Chart.Ticks ticks = Chart.linear(min, max);
        for (int i = 0; i < ticks.at().length; i++) {
            int y = (int) Math.round(top + h - (ticks.at()[i] - min) / (max - min) * h);
            c.g.drawLine(barX + barW, y, barX + barW + 4, y);
            c.g.drawString(ticks.labels()[i], barX + barW + 7, y + 4);
        }
        c.g.drawString(label, barX - 4, top - 8);
    }

    /**
     * The columns of a row-major {@code rows x cols} matrix ordered by their centroid, the mean row index
     * weighted by the magnitudes {@code |w|}: columns whose strongest inputs come from the first rows come
     * first. Columns of zeros go last; ties keep index order. Pass the result to
     * {@link #heatmap(Path, String, float[], int, int, int[])}.
     *
     * @return {@code order}, with {@code order[k]} the column to draw at position {@code k}
     */
    public static int[] orderByCentroid(float[] data, int rows, int cols) {
        check(data, rows, cols, "orderByCentroid");
        double[] centroid = centroids(data, rows, cols, 0, rows);
        return sorted(cols, Comparator.comparingDouble(j -> centroid[j]));
    }

    /**
     * The columns of a row-major {@code rows x cols} matrix grouped by their preferred band of rows: the rows
     * are cut into {@code bands} contiguous bands of (nearly) equal height (row {@code i} is in band
     * {@code i·bands/rows}), each column goes with the band holding the largest sum of {@code |w|} (the first
     * such band on a tie), bands in order; within a band by the centroid of the column's weights in that band.
     * Columns of zeros go last. For inputs that come in bands, as the demo's four bars of 50 inputs each.
     *
     * @return {@code order}, with {@code order[k]} the column to draw at position {@code k}
     * @throws IllegalArgumentException unless {@code 1 <= bands <= rows} and the sizes match
     */
    public static int[] orderByRowBand(float[] data, int rows, int cols, int bands) {
        check(data, rows, cols, "orderByRowBand");
        if (bands < 1 || bands > rows) {
            throw new IllegalArgumentException("orderByRowBand: bands (" + bands + ") must be in 1.." + rows);
        }
        double[] key = new double[cols];
        double[][] perBand = new double[bands][cols];
        for (int i = 0; i < rows; i++) {
            int band = (int) ((long) i * bands / rows);
            for (int j = 0; j < cols; j++) {
                perBand[band][j] += Math.abs(data[i * cols + j]);
            }
        }
        for (int j = 0; j < cols; j++) {
            int best = -1;
            double most = 0;
            for (int b = 0; b < bands; b++) {
                if (perBand[b][j] > most) {
                    most = perBand[b][j];
                    best = b;
                }
            }
            if (best < 0) {
                key[j] = Double.POSITIVE_INFINITY;
                continue;
            }
            int from = (int) (((long) best * rows + bands - 1) / bands);
            int to = (int) (((long) (best + 1) * rows + bands - 1) / bands);
            double within = centroids(data, rows, cols, from, to)[j];
            // The band first, then the position inside it (0 ≤ fraction < 1).
            key[j] = best + (within - from) / Math.max(1, to - from);
        }
        return sorted(cols, Comparator.comparingDouble(j -> key[j]));
    }

    private static void check(float[] data, int rows, int cols, String what) {
        if (rows < 1 || cols < 1 || (long) rows * cols != data.length) {
            throw new IllegalArgumentException(what + ": " + rows + "x" + cols + " does not match " + data.length
                    + " values");
        }
    }

    /** Per column, the |w|-weighted mean row index over rows {@code from … to−1}; +∞ where they are all 0. */
    private static double[] centroids(float[] data, int rows, int cols, int from, int to) {
        double[] sum = new double[cols];
        double[] moment = new double[cols];
        for (int i = from; i < to; i++) {
            for (int j = 0; j < cols; j++) {
                double w = Math.abs(data[i * cols + j]);
                sum[j] += w;
                moment[j] += w * i;
            }
        }
        double[] c = new double[cols];
        for (int j = 0; j < cols; j++) {
            c[j] = sum[j] > 0 ? moment[j] / sum[j] : Double.POSITIVE_INFINITY;
        }
        return c;
    }

    private static int[] sorted(int n, Comparator<Integer> by) {
        Integer[] idx = new Integer[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, by);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = idx[i];
        }
        return out;
    }

    /**
     * Population rate in Hz over time: spikes per bin of {@code binSteps} iterations divided by
     * {@code neurons * bin duration}. When that would give more bins than half the plot's pixel columns (a line
     * too dense to read), the bins are widened by the smallest factor of 1, 2, 5, 10, … that avoids it; the
     * axis label states the bin used.
     */
    public static void rate(Path png, String title, long[] iterations, int neurons, long steps, double dt,
            int binSteps) throws IOException {
        if (binSteps < 1) {
            throw new IllegalArgumentException("rate plot: binSteps (" + binSteps + ") must be >= 1");
        }
        long bin = binSteps * Chart.niceAtLeast(steps / (double) binSteps
                / ((Chart.WIDTH - Chart.LEFT - Chart.RIGHT) / 2.0));
        int bins = (int) Math.max(1, (steps + bin - 1) / bin);
        double[] rate = new double[bins];
        for (long t : iterations) {
            int b = (int) Math.max(0, Math.min(bins - 1, (t - 1) / bin));
            rate[b]++;
        }
        double max = 0;
        for (int b = 0; b < bins; b++) {
            long inBin = Math.max(1, Math.min(bin, steps - b * bin));
            rate[b] /= neurons * inBin * dt / 1000.0;
            max = Math.max(max, rate[b]);
        }
        double unit = steps * dt >= SECONDS_FROM_MS ? 1000 : 1;
        String xLabel = String.format(Locale.ROOT, "%s, bins of %s ms", unit == 1 ? "time (ms)" : "time (s)",
                Chart.labels(new double[] {bin * dt}, bin * dt)[0]);
        Chart c = new Chart(title, xLabel, "population rate (Hz)", 0, steps * dt / unit, 0, max * 1.1 + 1e-9,
                Chart.RIGHT);
        Path2D.Double line = new Path2D.Double();
        for (int b = 0; b < bins; b++) {
            double xa = c.px(b * bin * dt / unit);
            double xb = c.px(Math.min(steps, (long) (b + 1) * bin) * dt / unit);
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

    /**
     * The receptive fields of a population as one picture: a grid of {@code height x width} images, one per neuron
     * (left to right, then down; about as many columns as rows), each showing that neuron's afferent weights at the
     * positions of their sources, coloured on one scale from the smallest to the largest weight (the colour bar).
     * For a layer learning from images, e.g. the 28 x 28 input weights of each excitatory neuron.
     *
     * @param weights row-major {@code sources x neurons} (rows = sources, as synapse weights are stored)
     * @param sources the number of source neurons, {@code height * width}
     * @param neurons the number of destination neurons, &ge; 1
     * @throws IllegalArgumentException if the sizes do not match each other and the array, or a weight is NaN
     */
    public static void receptiveFields(Path png, String title, float[] weights, int sources, int neurons, int height,
            int width) throws IOException {
        if (height < 1 || width < 1 || neurons < 1 || (long) height * width != sources || weights == null
                || (long) sources * neurons != weights.length) {
            throw new IllegalArgumentException("receptiveFields: " + sources + " sources x " + neurons
                    + " neurons as " + height + " x " + width + " images do not match "
                    + (weights == null ? "no weights" : weights.length + " weights")
                    + "; need sources = height * width >= 1 and sources * neurons weights");
        }
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        for (int k = 0; k < weights.length; k++) {
            float v = weights[k];
            if (Float.isNaN(v)) {
                throw new IllegalArgumentException("receptiveFields: weight " + k + " is NaN");
            }
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        if (!(max > min)) {
            max = min + 1;
        }
        int gridCols = fieldColumns(neurons);
        int gridRows = (neurons + gridCols - 1) / gridCols;
        int scale = fieldScale(gridCols, width);
        int tileW = width * scale + 1;
        int tileH = height * scale + 1;
        int left = FIELDS_LEFT;
        int top = FIELDS_TOP;
        int barArea = 110;
        long w = left + (long) gridCols * tileW + barArea;
        long h = top + Math.max((long) gridRows * tileH, 200) + 30;
        if (w > 16_384 || h > 16_384) {
            throw new IllegalArgumentException("receptiveFields: " + neurons + " images of " + height + " x " + width
                    + " make a " + w + " x " + h + " picture; at most 16384 x 16384 pixels are drawn");
        }
        Check.fitsInHeap("receptiveFields", "a picture of " + w + " x " + h + " pixels", 4 * w * h);
        BufferedImage image = new BufferedImage((int) w, (int) h,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, (int) w, (int) h);
        g.setColor(new Color(40, 40, 40));
        g.fillRect(left - 1, top - 1, gridCols * tileW + 1, gridRows * tileH + 1);
        int[] rgb = new int[256];
        for (int i = 0; i < rgb.length; i++) {
            rgb[i] = colour(i / 255.0).getRGB();
        }
        float span = max - min;
        for (int j = 0; j < neurons; j++) {
            int x0 = left + (j % gridCols) * tileW;
            int y0 = top + (j / gridCols) * tileH;
            for (int r = 0; r < height; r++) {
                for (int c = 0; c < width; c++) {
                    float v = weights[(r * width + c) * neurons + j];
                    int colour = rgb[(int) Math.round((v - min) / span * 255)];
                    for (int dy = 0; dy < scale; dy++) {
                        for (int dx = 0; dx < scale; dx++) {
                            image.setRGB(x0 + c * scale + dx, y0 + r * scale + dy, colour);
                        }
                    }
                }
            }
        }
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        g.drawString(title, left, 30);
        int barX = left + gridCols * tileW + 30;
        int barH = Math.max(gridRows * tileH, 200) - 20;
        for (int y = 0; y < barH; y++) {
            g.setColor(colour(1 - y / (double) (barH - 1)));
            g.fillRect(barX, top + y, 22, 1);
        }
        g.setColor(Color.BLACK);
        g.drawRect(barX, top, 22, barH);
        g.setFont(Chart.TICK_FONT);
        Chart.Ticks ticks = Chart.linear(min, max);
        for (int i = 0; i < ticks.at().length; i++) {
            int y = (int) Math.round(top + barH - (ticks.at()[i] - min) / span * barH);
            g.drawLine(barX + 22, y, barX + 26, y);
            g.drawString(ticks.labels()[i], barX + 29, y + 4);
        }
        g.drawString("weight", barX - 4, top - 8);
        g.dispose();
        AtomicFiles.write(png, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer available");
            }
        });
    }

    /** Pixels left of and above the grid of receptive fields. */
    static final int FIELDS_LEFT = 20;
    static final int FIELDS_TOP = 50;

    /** Columns of the grid of receptive fields: about as many as rows. */
    static int fieldColumns(int neurons) {
        return (int) Math.ceil(Math.sqrt(neurons));
    }

    /** Screen pixels per weight: 1 to 8, so that the grid is about 1000 pixels wide at most. */
    static int fieldScale(int gridCols, int width) {
        return (int) Math.max(1, Math.min(8, 1000 / ((long) gridCols * (width + 1))));
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
