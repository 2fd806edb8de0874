package io.conex4j.core.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Tick steps and labels: nice steps, one style per axis, never {@code 1.0e+05}. */
class ChartTicksTest {

    private static String[] labels(double lo, double hi) {
        return Chart.linear(lo, hi).labels();
    }

    @Test
    void largeValuesAreIntegersOrThousandsNeverExponents() {
        assertArrayEquals(new String[] {"0", "20k", "40k", "60k", "80k", "100k"}, labels(0, 100_000));
        assertArrayEquals(new String[] {"0", "2k", "4k", "6k", "8k", "10k", "12k", "14k", "16k", "18k", "20k"},
                labels(0, 20_000));
        assertArrayEquals(new String[] {"0", "500", "1000", "1500", "2000", "2500", "3000", "3500", "4000"},
                labels(0, 4000));
        assertArrayEquals(new String[] {"0", "0.5M", "1.0M", "1.5M", "2.0M", "2.5M"}, labels(0, 2_500_000));
        assertArrayEquals(new String[] {"2G", "3G", "4G", "5G", "6G", "7G"}, labels(1.5e9, 7e9));
    }

    @Test
    void smallStepsGetTheDecimalsTheyNeedAndNoFloatNoise() {
        assertArrayEquals(new String[] {"0", "0.2", "0.4", "0.6", "0.8", "1.0"}, labels(0, 1));
        assertArrayEquals(new String[] {"0.30", "0.32", "0.34", "0.36", "0.38", "0.40", "0.42", "0.44", "0.46"},
                labels(0.29, 0.46));
        assertArrayEquals(new String[] {"-64", "-62", "-60", "-58", "-56", "-54", "-52"}, labels(-65, -52));
        assertArrayEquals(new String[] {"0", "0.5e-4", "1.0e-4", "1.5e-4", "2.0e-4", "2.5e-4", "3.0e-4"},
                labels(0, 3e-4));
        assertArrayEquals(new String[] {"5.0001", "5.0002", "5.0003", "5.0004", "5.0005", "5.0006"},
                labels(5.0001, 5.0006));
        // Either direction (the heatmap's rows run downwards).
        assertArrayEquals(labels(0, 1), labels(1, 0));
    }

    @Test
    void stepsAreOneTwoOrFiveTimesAPowerOfTen() {
        assertEquals(20_000, Chart.step(0, 100_000));
        assertEquals(500, Chart.step(0, 4000));
        assertEquals(2, Chart.step(0, 10));
        assertEquals(5, Chart.step(-0.5, 39.5));
        assertEquals(1, Chart.step(3, 3), "an empty span");
        assertArrayEquals(new double[] {3}, Chart.ticks(3, 3));
        assertArrayEquals(new double[0], Chart.ticks(Double.NaN, 1));
    }

    @Test
    void randomRangesGiveFewDistinctTicksInRangeWhoseLabelsReadBack() {
        long seed = Long.getLong("conex4j.seed", 20240611L);
        Random r = new Random(seed);
        for (int n = 0; n < 250; n++) {
            double scale = Math.pow(10, r.nextInt(16) - 6);
            double lo = (r.nextDouble() * 2 - 1) * scale * 10;
            double hi = lo + (0.05 + r.nextDouble()) * scale * 10;
            String where = "seed " + seed + ", case " + n + ": [" + lo + ", " + hi + "]";
            double step = Chart.step(lo, hi);
            double mantissa = step / Math.pow(10, Math.floor(Math.log10(step) + 1e-9));
            assertTrue(List.of(1.0, 2.0, 5.0).stream().anyMatch(m -> Math.abs(m - mantissa) < 1e-9),
                    where + ": step " + step);
            double[] t = Chart.ticks(lo, hi);
            assertTrue(t.length >= 3 && t.length <= 12, where + ": " + t.length + " ticks");
            String[] l = Chart.labels(t, step);
            Set<String> distinct = new HashSet<>(List.of(l));
            assertEquals(t.length, distinct.size(), where + ": " + List.of(l));
            for (int i = 0; i < t.length; i++) {
                assertTrue(t[i] >= lo - step * 1e-6 && t[i] <= hi + step * 1e-6, where + ": tick " + t[i]);
                assertFalse(l[i].contains("e+") || l[i].contains("E"), where + ": " + l[i]);
                assertEquals(t[i], parse(l[i]), step * 1e-6, where + ": label " + l[i]);
            }
        }
    }

    private static double parse(String label) {
        char last = label.charAt(label.length() - 1);
        double unit = last == 'k' ? 1e3 : last == 'M' ? 1e6 : last == 'G' ? 1e9 : 1;
        return Double.parseDouble(unit == 1 ? label : label.substring(0, label.length() - 1)) * unit;
    }

    @Test
    void indexTicksNameTheItemDrawnThereAndLeaveRoomForTheLabels() {
        int[] order = new int[40];
        for (int k = 0; k < 40; k++) {
            order[k] = (k * 7) % 40;
        }
        // 16.75 px per column, labels 14 px wide + 5 px gap: every second column.
        Chart.Ticks t = Chart.index(40, order, 16.75, 14, 5);
        assertEquals(20, t.at().length);
        assertEquals(2.0, t.at()[1]);
        assertEquals("14", t.labels()[1]);
        assertEquals("0", t.labels()[0]);
        // Without an order: the plain axis's step (5 for 0..39), not one tick per column.
        Chart.Ticks plain = Chart.index(40, null, 16.75, 14, 5);
        assertArrayEquals(new String[] {"0", "5", "10", "15", "20", "25", "30", "35"}, plain.labels());
        // Plenty of room: every column.
        assertEquals(40, Chart.index(40, order, 30, 14, 5).at().length);
        assertEquals(1, Chart.niceAtLeast(0.3));
        assertEquals(5, Chart.niceAtLeast(2.01));
        assertEquals(100, Chart.niceAtLeast(51));
    }
}
