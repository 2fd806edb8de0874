package io.conex4j.core.plot;

import io.conex4j.core.io.AtomicFiles;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * A headless Java2D canvas with a plot area, axes with "nice" ticks (steps of 1, 2 or 5 times a power of ten,
 * labelled as plain integers, with {@code k}/{@code M}/{@code G} from 10,000 on, or with as many decimals as
 * the step needs), a title and axis labels; the shared frame of the plots in {@link Plots}. Pixels: the plot
 * area is inset by fixed margins.
 */
final class Chart {

    static final int WIDTH = 900;
    static final int HEIGHT = 560;
    static final int LEFT = 80;
    static final int RIGHT = 30;
    static final int TOP = 50;
    static final int BOTTOM = 65;
    static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    final BufferedImage image;
    final Graphics2D g;
    final int right;
    final double x0;
    final double x1;
    final double y0;
    final double y1;

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /** Tick positions (in data units) and their labels. */
    record Ticks(double[] at, String[] labels) {
    }

    Chart(String title, String xLabel, String yLabel, double x0, double x1, double y0, double y1, int rightMargin) {
        this.image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        this.g = image.createGraphics();
        this.right = rightMargin;
        this.x0 = x0;
        this.x1 = x1 != x0 ? x1 : x0 + 1;
        this.y0 = y0;
        this.y1 = y1 != y0 ? y1 : y0 + 1;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        centered(title, LEFT + plotWidth() / 2, 30);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        centered(xLabel, LEFT + plotWidth() / 2, HEIGHT - 18);
        AffineTransform old = g.getTransform();
        g.rotate(-Math.PI / 2);
        centered(yLabel, -(TOP + plotHeight() / 2), 20);
        g.setTransform(old);
    }

    int plotWidth() {
        return WIDTH - LEFT - right;
    }

    int plotHeight() {
        return HEIGHT - TOP - BOTTOM;
    }

    double px(double x) {
        return LEFT + (x - x0) / (x1 - x0) * plotWidth();
    }

    double py(double y) {
        return TOP + plotHeight() - (y - y0) / (y1 - y0) * plotHeight();
    }

    void centered(String s, int cx, int baseline) {
        FontMetrics fm = g.getFontMetrics();
        g.drawString(s, cx - fm.stringWidth(s) / 2, baseline);
    }

    /** Frame and linear ticks on both axes; call after drawing the data so the frame stays on top. */
    void axes() {
        axes(linear(x0, x1), linear(y0, y1));
    }

    /** Frame and the given ticks (axes may run in either direction). */
    void axes(Ticks x, Ticks y) {
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(1f));
        g.drawRect(LEFT, TOP, plotWidth(), plotHeight());
        g.setFont(TICK_FONT);
        FontMetrics fm = g.getFontMetrics();
        for (int i = 0; i < x.at().length; i++) {
            int px = (int) Math.round(px(x.at()[i]));
            g.drawLine(px, TOP + plotHeight(), px, TOP + plotHeight() + 5);
            centered(x.labels()[i], px, TOP + plotHeight() + 19);
        }
        for (int i = 0; i < y.at().length; i++) {
            int py = (int) Math.round(py(y.at()[i]));
            g.drawLine(LEFT - 5, py, LEFT, py);
            String s = y.labels()[i];
            g.drawString(s, LEFT - 8 - fm.stringWidth(s), py + fm.getAscent() / 2 - 1);
        }
    }

    /** Nice ticks between {@code a} and {@code b} (either order), labelled by {@link #labels}. */
    static Ticks linear(double a, double b) {
        double lo = Math.min(a, b);
        double hi = Math.max(a, b);
        double[] t = ticks(lo, hi);
        return new Ticks(t, labels(t, step(lo, hi)));
    }

    /**
     * Ticks of an axis of {@code n} items at positions {@code 0 … n−1}, each labelled with the item it shows:
     * {@code order[k]} at position {@code k}, or {@code k} itself when {@code order} is null. Every
     * {@code s}-th position gets a tick: {@code s} is the smallest of 1, 2, 5, 10, 20, … that keeps labels
     * {@code labelPx + minGapPx} pixels apart at {@code pxPerItem} pixels per item, and without an order at
     * least the step of {@link #linear} (so about six ticks, not one per item).
     */
    static Ticks index(int n, int[] order, double pxPerItem, int labelPx, int minGapPx) {
        long s = niceAtLeast((labelPx + minGapPx) / Math.max(1e-9, pxPerItem));
        if (order == null) {
            s = Math.max(s, (long) Math.max(1, step(0, n - 1)));
        }
        int count = n < 1 ? 0 : (int) ((n - 1) / s) + 1;
        double[] at = new double[count];
        String[] labels = new String[count];
        for (int i = 0; i < count; i++) {
            int k = (int) (i * s);
            at[i] = k;
            labels[i] = Integer.toString(order == null ? k : order[k]);
        }
        return new Ticks(at, labels);
    }

    /** The smallest of 1, 2, 5, 10, 20, 50, … that is at least {@code x}. */
    static long niceAtLeast(double x) {
        for (long m = 1; m < Long.MAX_VALUE / 10; m *= 10) {
            for (long f : new long[] {1, 2, 5}) {
                if (f * m >= x) {
                    return f * m;
                }
            }
        }
        return Long.MAX_VALUE;
    }

    /** The width in pixels of the widest decimal index below {@code n} in the tick font. */
    int indexLabelWidth(int n) {
        return g.getFontMetrics(TICK_FONT).stringWidth(Integer.toString(Math.max(0, n - 1)));
    }

    /** The tick step between {@code lo} and {@code hi}: 1, 2 or 5 times a power of ten, about a sixth of the span. */
    static double step(double lo, double hi) {
        double span = hi - lo;
        if (!(span > 0) || !Double.isFinite(span)) {
            return 1;
        }
        double raw = span / 6;
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double r = raw / mag;
        return r < 1.5 ? mag : r < 3.5 ? 2 * mag : r < 7.5 ? 5 * mag : 10 * mag;
    }

    /** Multiples of {@link #step} in {@code [lo, hi]}; just {@code lo} when the span is empty or not finite. */
    static double[] ticks(double lo, double hi) {
        if (!(hi > lo) || !Double.isFinite(hi - lo)) {
            return Double.isFinite(lo) ? new double[] {lo} : new double[0];
        }
        double step = step(lo, hi);
        long first = (long) Math.ceil(lo / step - 1e-9);
        long last = (long) Math.floor(hi / step + 1e-9);
        double[] t = new double[(int) Math.max(0, last - first + 1)];
        for (int i = 0; i < t.length; i++) {
            // The multiple itself (not first + i·step), so 0.1·3 prints as 0.3.
            t[i] = (first + i) * step;
        }
        return t;
    }

    /**
     * Labels of ticks spaced {@code step} apart, all in one style: zero is {@code 0}; plain integers below
     * 10,000 (never {@code 1.0e+05}); from 10,000 on in thousands, millions or billions ({@code 20k},
     * {@code 100k}, {@code 2.5M}) with the decimals the step needs; steps below 1 with the decimals they need
     * ({@code 0.2}, {@code 0.05}); ticks all below 0.001 as {@code 1.5e-4}.
     */
    static String[] labels(double[] ticks, double step) {
        double maxAbs = 0;
        for (double t : ticks) {
            maxAbs = Math.max(maxAbs, Math.abs(t));
        }
        double unit = 1;
        String suffix = "";
        if (maxAbs >= 1e4) {
            double[] units = {1e9, 1e6, 1e3};
            String[] suffixes = {"G", "M", "k"};
            for (int i = 0; i < units.length; i++) {
                if (maxAbs >= units[i]) {
                    unit = units[i];
                    suffix = suffixes[i];
                    break;
                }
            }
        }
        String[] out = new String[ticks.length];
        boolean scientific = maxAbs < 1e-3 && maxAbs > 0;
        int exponent = scientific ? (int) Math.floor(Math.log10(maxAbs)) : 0;
        for (int i = 0; i < ticks.length; i++) {
            double t = ticks[i];
            if (Math.abs(t) < Math.abs(step) * 1e-6 || t == 0) {
                out[i] = "0";
            } else if (scientific) {
                double m = t / Math.pow(10, exponent);
                out[i] = fixed(m, decimals(step / Math.pow(10, exponent))) + "e" + exponent;
            } else {
                out[i] = fixed(t / unit, decimals(step / unit)) + suffix;
            }
        }
        return out;
    }

    /** The decimals that show multiples of {@code step} exactly (steps are 1, 2, 2.5 or 5 times powers of ten). */
    private static int decimals(double step) {
        for (int d = 0; d < 12; d++) {
            double scaled = step * Math.pow(10, d);
            if (Math.abs(scaled - Math.rint(scaled)) < 1e-6 * Math.max(1, scaled)) {
                return d;
            }
        }
        return 12;
    }

    private static String fixed(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    void save(Path png) throws IOException {
        g.dispose();
        AtomicFiles.write(png, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer available");
            }
        });
    }
}
