package io.conex4j.core.encoding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conex4j.core.random.SeededRandom;
import io.conex4j.core.testutil.Property;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Seeded property tests of the encoders; a failure prints the seed that reproduces it. */
class EncoderPropertyTest {

    private static int count(boolean[][] spikes, int pixel) {
        int c = 0;
        for (boolean[] row : spikes) {
            c += row[pixel] ? 1 : 0;
        }
        return c;
    }

    @Test
    void simplePoissonCountsAreBinomialInTheIntensity() {
        Property.forAll("SimplePoisson counts ~ Binomial(T, min(1, img*ratio))", 100, rnd -> {
            int t = 20 + rnd.nextInt(200);
            int pixels = 1 + rnd.nextInt(60);
            float ratio = (float) (0.05 + rnd.nextDouble());
            float[] img = Property.floats(rnd, pixels, 0, 1.5);
            float[] copy = img.clone();
            boolean[][] s = new SimplePoisson(t, ratio, new SeededRandom(rnd.nextLong())).encode(img);
            assertArrayEquals(copy, img, "image unchanged");
            assertEquals(t, s.length);
            double mean = 0;
            double var = 0;
            long total = 0;
            for (int i = 0; i < pixels; i++) {
                double p = Math.min(1, img[i] * ratio);
                int c = count(s, i);
                total += c;
                mean += t * p;
                var += t * p * (1 - p);
                double sd = Math.sqrt(t * p * (1 - p));
                if (p >= 1) {
                    assertEquals(t, c, "pixel " + i + " with img*ratio >= 1 spikes every step");
                }
                assertTrue(Math.abs(c - t * p) <= 6 * sd + 1,
                        "pixel " + i + ": " + c + " spikes in " + t + " steps at p = " + p);
            }
            assertTrue(Math.abs(total - mean) <= 5 * Math.sqrt(var) + 1,
                    "total " + total + " spikes vs expected " + mean + " (sd " + Math.sqrt(var) + ")");
        });
    }

    @Test
    void bernoulliProcessCountsAreBinomialInTheIntensityLikeSimplePoisson() {
        Property.forAll("BernoulliProcess counts ~ Binomial(T, min(1, img*ratio))", 100, rnd -> {
            int t = 20 + rnd.nextInt(300);
            int pixels = 1 + rnd.nextInt(60);
            float ratio = (float) (0.02 + rnd.nextDouble() * 0.5);
            float[] img = Property.floats(rnd, pixels, -0.2, 2.5);
            img[0] = 0f;
            float[] copy = img.clone();
            boolean[][] s = new BernoulliProcess(t, ratio, new SeededRandom(rnd.nextLong())).encode(img);
            assertArrayEquals(copy, img, "image unchanged");
            double mean = 0;
            double var = 0;
            long total = 0;
            for (int i = 0; i < pixels; i++) {
                double p = Math.max(0, Math.min(1, img[i] * ratio));
                int c = count(s, i);
                total += c;
                mean += t * p;
                var += t * p * (1 - p);
                if (p >= 1 || p == 0) {
                    assertEquals(p >= 1 ? t : 0, c, "pixel " + i + " at p = " + p + " spikes at every step or never");
                }
                assertTrue(Math.abs(c - t * p) <= 6 * Math.sqrt(t * p * (1 - p)) + 1,
                        "pixel " + i + ": " + c + " spikes in " + t + " steps at p = " + p);
            }
            assertTrue(Math.abs(total - mean) <= 5 * Math.sqrt(var) + 1,
                    "total " + total + " spikes vs expected " + mean + " (sd " + Math.sqrt(var) + ")");
        });
    }

    /**
     * Every step spikes with probability p, independently of the step before: the share of spikes is p at every
     * step of the window (the first gap is not biased) and pairs of neighbouring steps both spike with p squared.
     */
    @Test
    void bernoulliProcessStepsAreIndependentTrialsOfProbabilityP() {
        Property.forAll("BernoulliProcess: P(spike at t) = p for every t, P(t and t+1) = p^2", 8, rnd -> {
            int t = 40;
            int pixels = 4000;
            float p = (float) (0.05 + rnd.nextDouble() * 0.4);
            float[] img = new float[pixels];
            Arrays.fill(img, 1f);
            boolean[][] s = new BernoulliProcess(t, p, new SeededRandom(rnd.nextLong())).encode(img);
            double sd = Math.sqrt(p * (1 - p) / pixels);
            for (int step = 0; step < t; step++) {
                int c = 0;
                int both = 0;
                for (int i = 0; i < pixels; i++) {
                    c += s[step][i] ? 1 : 0;
                    both += step + 1 < t && s[step][i] && s[step + 1][i] ? 1 : 0;
                }
                assertEquals(p, c / (double) pixels, 5 * sd, "share of spikes at step " + step);
                if (step + 1 < t) {
                    double pp = (double) p * p;
                    assertEquals(pp, both / (double) pixels, 5 * Math.sqrt(pp * (1 - pp) / pixels),
                            "share of spikes at steps " + step + " and " + (step + 1));
                }
            }
        });
    }

    /** The documented draw order: pixels in order, one uniform per gap, gaps floor(log(1 - u) / log(1 - p)). */
    @Test
    void bernoulliProcessDrawsTheGapsInTheDocumentedOrder() {
        Property.forAll("BernoulliProcess equals its documented algorithm draw for draw", 60, rnd -> {
            int t = 1 + rnd.nextInt(80);
            float[] img = Property.floats(rnd, 1 + rnd.nextInt(30), 0, 1.2);
            float ratio = (float) rnd.nextDouble();
            long seed = rnd.nextLong();
            boolean[][] expected = new boolean[t][img.length];
            SeededRandom draws = new SeededRandom(seed);
            for (int i = 0; i < img.length; i++) {
                float p = img[i] * ratio;
                if (p >= 1f) {
                    for (int k = 0; k < t; k++) {
                        expected[k][i] = true;
                    }
                }
                if (!(p > 0f) || p >= 1f) {
                    continue;
                }
                long at = -1;
                while ((at += 1 + (long) Math.floor(StrictMath.log1p(-(double) draws.nextFloat())
                        / StrictMath.log1p(-(double) p))) < t) {
                    expected[(int) at][i] = true;
                }
            }
            SeededRandom used = new SeededRandom(seed);
            boolean[][] out = new boolean[t][img.length];
            out[0][0] = true;
            new BernoulliProcess(t, ratio, used).encode(img, out);
            assertArrayEquals(expected, out);
            assertEquals(draws.nextFloat(), used.nextFloat(), "as many draws as the algorithm makes");
        });
    }

    @Test
    void seededPoissonDrawsHaveTheirMeanAndVariance() {
        Property.forAll("SeededPoissonDraws mean and variance", 60, rnd -> {
            double lambda = switch (rnd.nextInt(3)) {
                case 0 -> rnd.nextDouble() * 10;
                case 1 -> 10 + rnd.nextDouble() * 200;
                default -> Math.exp(rnd.nextDouble() * 20);
            };
            SeededPoissonDraws d = new SeededPoissonDraws(rnd.nextLong());
            int n = 4000;
            double sum = 0;
            double sq = 0;
            for (int k = 0; k < n; k++) {
                double v = d.next(lambda);
                assertTrue(v >= 0 && v == Math.rint(v), "count " + v);
                sum += v;
                sq += v * v;
            }
            double m = sum / n;
            double var = sq / n - m * m;
            assertTrue(Math.abs(m - lambda) <= 5 * Math.sqrt(lambda / n) + 1e-9,
                    "mean " + m + " for lambda " + lambda);
            // variance of the sample variance of a Poisson: (lambda + 2 lambda^2) / n
            assertTrue(Math.abs(var - lambda) <= 5 * Math.sqrt((lambda + 2 * lambda * lambda) / n) + 1e-9,
                    "variance " + var + " for lambda " + lambda);
        });
    }

    @Test
    void seededPoissonDrawsAreDeterministicForASeed() {
        float[] means = {0, 0.5f, 3, 9.9f, 10, 57, 1e6f, 1e20f};
        float[] a = new float[means.length];
        float[] b = new float[means.length];
        new SeededPoissonDraws(42).poisson(means, a);
        new SeededPoissonDraws(42).poisson(means, b);
        assertArrayEquals(a, b);
        assertEquals(0, a[0]);
        assertThrows(IllegalArgumentException.class, () -> new SeededPoissonDraws(1).next(-1));
        assertThrows(IllegalArgumentException.class, () -> new SeededPoissonDraws(1).next(Double.POSITIVE_INFINITY));
    }

    @Test
    void poissonSpikesAtTheCumulativeIntervals() {
        Property.forAll("Poisson spikes at cumulative sums of max(1, interval)", 200, rnd -> {
            int t = 1 + rnd.nextInt(30);
            int pixels = 1 + rnd.nextInt(20);
            float[] img = Property.floats(rnd, pixels, 0, 1);
            for (int i = 0; i < pixels; i++) {
                if (rnd.nextInt(4) == 0) {
                    img[i] = 0;
                }
            }
            float ratio = (float) (0.1 + rnd.nextDouble());
            long seed = rnd.nextLong();
            float[][] seen = new float[1][];
            PoissonDraws recording = (means, out) -> {
                new SeededPoissonDraws(seed).poisson(means, out);
                for (int i = 0; i < out.length; i++) {
                    assertEquals(img[i % pixels] == 0 ? 0f : 1f / (img[i % pixels] * ratio), means[i], "mean " + i);
                }
                seen[0] = out.clone();
            };
            boolean[][] s = new Poisson(t, ratio, recording).encode(img);
            for (int i = 0; i < pixels; i++) {
                boolean[] expected = new boolean[t];
                if (img[i] != 0) {
                    long time = 0;
                    for (int r = 0; r < t; r++) {
                        time += Math.max(1, (long) seen[0][r * pixels + i]);
                        if (time <= t) {
                            expected[(int) time - 1] = true;
                        }
                    }
                }
                boolean[] actual = new boolean[t];
                for (int r = 0; r < t; r++) {
                    actual[r] = s[r][i];
                }
                assertArrayEquals(expected, actual, "pixel " + i + " (" + img[i] + ")");
            }
        });
    }

    @Test
    void poissonRateFollowsTheIntensity() {
        // A pixel with img*ratio = 1/lambda fires about T / E[max(1, Poisson(lambda))] times.
        Property.forAll("Poisson spike rate ~ 1/E[max(1, Poisson(1/(img*ratio)))]", 40, rnd -> {
            int t = 400;
            int pixels = 50;
            float ratio = 1;
            float[] img = new float[pixels];
            Arrays.fill(img, (float) (0.05 + 0.9 * rnd.nextDouble()));
            boolean[][] s = new Poisson(t, ratio, new SeededPoissonDraws(rnd.nextLong())).encode(img);
            double lambda = 1 / (img[0] * ratio);
            double meanInterval = lambda + Math.exp(-lambda); // E[max(1, X)] = E[X] + P(X = 0)
            long total = 0;
            for (int i = 0; i < pixels; i++) {
                total += count(s, i);
            }
            double expected = pixels * t / meanInterval;
            // renewal count variance ~ T var(interval) / mean^3, generously bounded by a Poisson-like sd
            double sd = Math.sqrt(pixels * t * (lambda + 1) / Math.pow(meanInterval, 3));
            assertTrue(Math.abs(total - expected) <= 5 * sd + pixels,
                    "total " + total + " spikes vs expected " + expected + " (sd " + sd + ") at lambda " + lambda);
        });
    }

    @Test
    void poissonZeroPixelsNeverSpikeAndTinyOnesDoNotOverflow() {
        float[] img = {0, Float.MIN_VALUE, 1};
        boolean[][] s = new Poisson(5, 1, new SeededPoissonDraws(3)).encode(img);
        assertEquals(0, count(s, 0));
        assertEquals(0, count(s, 1));
        assertTrue(count(s, 2) >= 1);
    }

    @Test
    void intensity2LatencySpikesOncePerKeptPixelBrighterNotLater() {
        Property.forAll("Intensity2Latency: one spike per kept pixel, brighter never later", rnd -> {
            int t = 1 + rnd.nextInt(40);
            int pixels = 1 + rnd.nextInt(50);
            float[] img = Property.floats(rnd, pixels, 0, 1);
            if (rnd.nextBoolean()) {
                img[rnd.nextInt(pixels)] = 0;
            }
            Intensity2Latency enc = switch (rnd.nextInt(3)) {
                case 0 -> new Intensity2Latency(t);
                case 1 -> Intensity2Latency.withThreshold(t, rnd.nextDouble());
                default -> Intensity2Latency.withSparsity(t, rnd.nextDouble());
            };
            float[] copy = img.clone();
            boolean[][] s = enc.encode(img);
            assertArrayEquals(copy, img, "image unchanged");
            int[] step = new int[pixels];
            for (int i = 0; i < pixels; i++) {
                int c = count(s, i);
                boolean below = img[i] < enc.threshold();
                assertEquals(below ? 0 : 1, c, "pixel " + i + " (" + img[i] + ", threshold " + enc.threshold() + ")");
                step[i] = -1;
                for (int r = 0; r < t; r++) {
                    if (s[r][i]) {
                        step[i] = r;
                    }
                }
            }
            for (int i = 0; i < pixels; i++) {
                for (int j = 0; j < pixels; j++) {
                    if (step[i] >= 0 && step[j] >= 0 && img[i] > img[j]) {
                        assertTrue(step[i] <= step[j], "pixel " + i + " (" + img[i] + ") at step " + step[i]
                                + " but darker pixel " + j + " (" + img[j] + ") at step " + step[j]);
                    }
                }
            }
            float max = Float.NEGATIVE_INFINITY;
            float min = Float.POSITIVE_INFINITY;
            int brightest = -1;
            for (int i = 0; i < pixels; i++) {
                if (step[i] >= 0 && img[i] > max) {
                    max = img[i];
                    brightest = i;
                }
                if (step[i] >= 0) {
                    min = Math.min(min, img[i]);
                }
            }
            // with both trims, the brightest kept pixel spikes first unless all kept pixels are equal (then
            // they are the trimmed minimum too, and spike last, as in CoNeX)
            if (brightest >= 0 && t > 1 && max > min) {
                assertEquals(0, step[brightest], "the brightest kept pixel spikes first");
            }
        });
    }

    @Test
    void intensity2LatencySparsityKeepsAboutThatFraction() {
        Property.forAll("Intensity2Latency quantile threshold", rnd -> {
            int pixels = 2 + rnd.nextInt(100);
            float[] img = Property.floats(rnd, pixels, -1, 1);
            double sparsity = rnd.nextDouble();
            Intensity2Latency enc = new Intensity2Latency(10, null, sparsity, -1, 1, true, true);
            boolean[][] s = enc.encode(img);
            float[] sorted = img.clone();
            Arrays.sort(sorted);
            double rank = (1 - sparsity) * (pixels - 1);
            assertTrue(enc.threshold() >= sorted[(int) Math.floor(rank)] && enc.threshold() <= sorted[(int) Math.ceil(rank)],
                    "threshold " + enc.threshold() + " between neighbours at rank " + rank);
            long kept = 0;
            for (int i = 0; i < pixels; i++) {
                kept += count(s, i);
            }
            assertTrue(Math.abs(kept - sparsity * pixels) <= 2, kept + " kept of " + pixels + " at sparsity " + sparsity);
        });
    }

    @Test
    void constructorsRejectBadParametersByName() {
        SeededRandom r = new SeededRandom(1);
        assertMessage(() -> new SimplePoisson(0, 1, r), "timeWindow (0)");
        assertMessage(() -> new SimplePoisson(5, -0.5, r), "ratio (-0.5)");
        assertMessage(() -> new SimplePoisson(5, 1e39, r), "ratio (1.0E39)");
        assertMessage(() -> new Poisson(5, 0, new SeededPoissonDraws(1)), "ratio (0.0)");
        assertMessage(() -> new Poisson(5, 1e-50, new SeededPoissonDraws(1)), "ratio (1.0E-50)");
        assertMessage(() -> new Intensity2Latency(-3), "timeWindow (-3)");
        assertMessage(() -> Intensity2Latency.withSparsity(5, 1.5), "sparsity (1.5)");
        assertMessage(() -> Intensity2Latency.withThreshold(5, Double.NaN), "threshold (NaN)");
        assertMessage(() -> new Intensity2Latency(5, null, null, 1, 1, true, true), "minVal (1.0)");
        assertMessage(() -> new Poisson(3, 1, new SeededPoissonDraws(1)).encode(new float[] {0.5f, -1}), "-1.0 at index 1");
        assertMessage(() -> new SimplePoisson(3, 1, r).encode(new float[] {Float.NaN}), "NaN at index 0");
        assertMessage(() -> new BernoulliProcess(0, 1, r), "timeWindow (0)");
        assertMessage(() -> new BernoulliProcess(5, -0.5, r), "ratio (-0.5)");
        assertMessage(() -> Encoders.bernoulliProcess(Double.NaN), "ratio (NaN)");
        assertMessage(() -> new BernoulliProcess(3, 1, r).encode(new float[] {1, Float.POSITIVE_INFINITY}),
                "Infinity at index 1");
        assertMessage(() -> new Intensity2Latency(4, null, null, 0, 1, true, false).encode(new float[] {0, 3}),
                "pixel 1 (3.0)");
    }

    private static void assertMessage(org.junit.jupiter.api.function.Executable e, String part) {
        IllegalArgumentException x = assertThrows(IllegalArgumentException.class, e);
        assertTrue(x.getMessage().contains(part), "message '" + x.getMessage() + "' should contain '" + part + "'");
        assertFalse(x.getMessage().isBlank());
    }
}
