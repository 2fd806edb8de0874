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
 * A headless Java2D canvas with a plot area, linear axes with "nice" ticks, a title and axis labels; the
 * shared frame of the plots in {@link Plots}. Pixels: the plot area is inset by fixed margins.
 */
final class Chart {

    static final int WIDTH = 900;
    static final int HEIGHT = 560;
    static final int LEFT = 80;
    static final int RIGHT = 30;
    static final int TOP = 50;
    static final int BOTTOM = 65;

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

    /** Frame and ticks (axes may run in either direction); call after drawing the data so the frame stays on top. */
    void axes() {
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(1f));
        g.drawRect(LEFT, TOP, plotWidth(), plotHeight());
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        FontMetrics fm = g.getFontMetrics();
        for (double t : ticks(Math.min(x0, x1), Math.max(x0, x1))) {
            int x = (int) Math.round(px(t));
            g.drawLine(x, TOP + plotHeight(), x, TOP + plotHeight() + 5);
            centered(label(t), x, TOP + plotHeight() + 19);
        }
        for (double t : ticks(Math.min(y0, y1), Math.max(y0, y1))) {
            int y = (int) Math.round(py(t));
            g.drawLine(LEFT - 5, y, LEFT, y);
            String s = label(t);
            g.drawString(s, LEFT - 8 - fm.stringWidth(s), y + fm.getAscent() / 2 - 1);
        }
    }

    static double[] ticks(double lo, double hi) {
        double span = hi - lo;
        double raw = span / 6;
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = raw / mag < 1.5 ? mag : raw / mag < 3.5 ? 2 * mag : raw / mag < 7.5 ? 5 * mag : 10 * mag;
        double first = Math.ceil(lo / step - 1e-9) * step;
        int n = (int) Math.floor((hi - first) / step + 1e-9) + 1;
        double[] t = new double[Math.max(0, n)];
        for (int i = 0; i < t.length; i++) {
            t[i] = first + i * step;
        }
        return t;
    }

    static String label(double v) {
        if (Math.abs(v) < 1e-12) {
            return "0";
        }
        if (Math.abs(v) >= 1e5 || Math.abs(v) < 1e-3) {
            return String.format(Locale.ROOT, "%.1e", v);
        }
        String s = String.format(Locale.ROOT, "%.4f", v);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
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
