package io.conex4j.core.data;

import io.conex4j.core.random.SeededRandom;
import java.util.ArrayList;
import java.util.List;

/**
 * Synthetic handwriting-like digits for tests and examples without MNIST: each digit 0 to 9 drawn as the strokes of
 * its figure (lines and elliptic arcs) on a 28 x 28 grid, grey levels in [0, 1], row-major, as MNIST. Every image is
 * jittered: the figure's box (position and size, up to 2 pixels), its slant (up to a quarter of its height), every
 * stroke point (up to 3 % of the box), the stroke width (2 to 3 pixels), the ink (0.6 to 1) and a few missing pixels
 * (1 in 12) along the strokes. A seed fixes every image.
 */
public final class SyntheticDigits {

    /** Image side, pixels. */
    public static final int SIDE = 28;

    private SyntheticDigits() {
    }

    /**
     * {@code perClass} images of each digit 0 to 9, ordered by class (all 0s first), labelled with their digit.
     *
     * @throws IllegalArgumentException unless {@code 1 <= perClass <= 100000}
     */
    public static ImageDataset draw(int perClass, long seed) {
        if (perClass < 1 || perClass > 100_000) {
            throw new IllegalArgumentException("SyntheticDigits: perClass (" + perClass + ") must be in [1, 100000]");
        }
        SeededRandom random = new SeededRandom(seed);
        float[][] images = new float[10 * perClass][];
        int[] labels = new int[images.length];
        for (int d = 0; d < 10; d++) {
            for (int k = 0; k < perClass; k++) {
                images[d * perClass + k] = image(d, random);
                labels[d * perClass + k] = d;
            }
        }
        return ImageDataset.of(images, labels);
    }

    /** An elliptic arc as points {x0, y0, x1, y1, ...} in the unit box, angles in degrees, y down. */
    private static double[] arc(double cx, double cy, double rx, double ry, double from, double to) {
        int n = (int) Math.max(2, Math.abs(to - from) / 15) + 1;
        double[] p = new double[2 * n];
        for (int i = 0; i < n; i++) {
            double a = Math.toRadians(from + (to - from) * i / (n - 1));
            p[2 * i] = cx + rx * StrictMath.cos(a);
            p[2 * i + 1] = cy + ry * StrictMath.sin(a);
        }
        return p;
    }

    /** The strokes of a digit, each a polyline in the unit box (x right, y down). */
    private static List<double[]> strokes(int digit) {
        List<double[]> s = new ArrayList<>();
        switch (digit) {
            case 0 -> s.add(arc(0.5, 0.5, 0.42, 0.48, 0, 360));
            case 1 -> {
                s.add(new double[] {0.58, 0.0, 0.45, 1.0});
                s.add(new double[] {0.3, 0.22, 0.58, 0.0});
            }
            case 2 -> {
                s.add(arc(0.5, 0.3, 0.42, 0.28, 200, 380));
                s.add(new double[] {0.89, 0.4, 0.05, 1.0, 0.95, 1.0});
            }
            case 3 -> {
                s.add(arc(0.5, 0.27, 0.4, 0.25, 200, 450));
                s.add(arc(0.5, 0.76, 0.42, 0.24, -90, 160));
            }
            case 4 -> {
                s.add(new double[] {0.7, 0.0, 0.05, 0.65, 0.95, 0.65});
                s.add(new double[] {0.7, 0.0, 0.7, 1.0});
            }
            case 5 -> {
                s.add(new double[] {0.9, 0.0, 0.2, 0.0, 0.15, 0.45});
                s.add(arc(0.48, 0.7, 0.4, 0.28, -150, 160));
            }
            case 6 -> {
                s.add(new double[] {0.78, 0.02, 0.18, 0.62});
                s.add(arc(0.5, 0.72, 0.35, 0.26, 0, 360));
            }
            case 7 -> s.add(new double[] {0.05, 0.0, 0.95, 0.0, 0.4, 1.0});
            case 8 -> {
                s.add(arc(0.5, 0.26, 0.33, 0.24, 0, 360));
                s.add(arc(0.5, 0.73, 0.4, 0.26, 0, 360));
            }
            default -> {
                s.add(arc(0.5, 0.3, 0.36, 0.28, 0, 360));
                s.add(new double[] {0.86, 0.3, 0.72, 1.0});
            }
        }
        return s;
    }

    private static double jitter(SeededRandom r, double range) {
        return (r.nextDouble() * 2 - 1) * range;
    }

    private static float[] image(int digit, SeededRandom r) {
        double left = 8 + jitter(r, 2);
        double top = 4 + jitter(r, 2);
        double width = 12 + jitter(r, 2);
        double height = 19 + jitter(r, 2);
        double slant = jitter(r, 0.25);
        double stroke = 2 + r.nextDouble();
        double ink = 0.6 + 0.4 * r.nextDouble();
        float[] img = new float[SIDE * SIDE];
        for (double[] line : strokes(digit)) {
            double[] px = new double[line.length];
            for (int i = 0; i < line.length; i += 2) {
                double u = line[i] + jitter(r, 0.03);
                double v = line[i + 1] + jitter(r, 0.03);
                px[i] = left + u * width - slant * (v - 0.5) * height;
                px[i + 1] = top + v * height;
            }
            for (int i = 0; i + 3 < px.length; i += 2) {
                segment(img, px[i], px[i + 1], px[i + 2], px[i + 3], stroke, ink, r);
            }
        }
        return img;
    }

    /** Inks the pixels within {@code width / 2} of the segment, a few of them (1 in 12) left out. */
    private static void segment(float[] img, double x0, double y0, double x1, double y1, double width, double ink,
            SeededRandom r) {
        double dx = x1 - x0;
        double dy = y1 - y0;
        double len2 = Math.max(1e-9, dx * dx + dy * dy);
        int xa = Math.max(0, (int) Math.floor(Math.min(x0, x1) - width));
        int xb = Math.min(SIDE - 1, (int) Math.ceil(Math.max(x0, x1) + width));
        int ya = Math.max(0, (int) Math.floor(Math.min(y0, y1) - width));
        int yb = Math.min(SIDE - 1, (int) Math.ceil(Math.max(y0, y1) + width));
        for (int y = ya; y <= yb; y++) {
            for (int x = xa; x <= xb; x++) {
                double t = Math.max(0, Math.min(1, ((x - x0) * dx + (y - y0) * dy) / len2));
                double ex = x0 + t * dx - x;
                double ey = y0 + t * dy - y;
                double dist = Math.sqrt(ex * ex + ey * ey);
                if (dist <= width / 2 && r.nextLong(12) != 0) {
                    float v = (float) (ink * Math.min(1, width / 2 - dist + 0.5));
                    img[y * SIDE + x] = Math.max(img[y * SIDE + x], v);
                }
            }
        }
    }
}
