package io.conex4j.core.transforms;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conex4j.core.behaviors.neuron.DatasetInput;
import io.conex4j.core.data.ImageDataset;
import io.conex4j.core.encoding.Encoders;
import io.conex4j.core.runtime.Network;
import io.conex4j.core.runtime.NeuronGroup;
import io.conex4j.core.testutil.Property;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The filters against their formulas, the convolution against a direct sum, the sign split, and bad input. */
class TransformsTest {

    private static double gauss(double d2, double s) {
        return Math.exp(-d2 / (2 * s * s)) / s;
    }

    @Test
    void differenceOfGaussiansFollowsItsFormulaAndIsSymmetric() {
        Property.forAll("DoG entry = (g(sigma1) - g(sigma2)) / sqrt(2 pi), symmetric in x, y and sign", 100, rnd -> {
            int size = 1 + rnd.nextInt(9);
            double s1 = 0.3 + rnd.nextDouble() * 3;
            double s2 = 0.3 + rnd.nextDouble() * 3;
            Image f = Filters.differenceOfGaussians(size, s1, s2);
            assertEquals(size, f.height());
            assertEquals(size, f.width());
            double half = (size - 1) / 2.0;
            for (int r = 0; r < size; r++) {
                for (int c = 0; c < size; c++) {
                    double x = r - half;
                    double y = c - half;
                    double expected = (gauss(x * x + y * y, s1) - gauss(x * x + y * y, s2)) / Math.sqrt(2 * Math.PI);
                    assertEquals((float) expected, f.at(0, r, c), "entry " + r + ", " + c);
                    assertEquals(f.at(0, r, c), f.at(0, c, r));
                    assertEquals(f.at(0, r, c), f.at(0, size - 1 - r, size - 1 - c));
                }
            }
        });
    }

    @Test
    void zeroMeanSumsToZeroAndOneSumHasUnitAbsoluteSum() {
        Property.forAll("zeroMean: sum 0 (when some entry is negative); oneSum: sum |entry| = 1", 100, rnd -> {
            int size = 3 + rnd.nextInt(8);
            Image dog = Filters.differenceOfGaussians(size, 0.5 + rnd.nextDouble(), 1.6 + rnd.nextDouble() * 2, 1,
                    true, true);
            Image gabor = Filters.gabor(size, 2 + rnd.nextDouble() * 4, rnd.nextDouble() * Math.PI,
                    1 + rnd.nextDouble() * 2, 0.3 + rnd.nextDouble(), 1, true, true);
            for (Image f : List.of(dog, gabor)) {
                double sum = 0;
                double abs = 0;
                boolean negative = false;
                for (float v : f.pixels()) {
                    sum += v;
                    abs += Math.abs(v);
                    negative |= v < 0;
                }
                if (negative) {
                    assertEquals(0, sum, 1e-5, "entries with negative ones sum to 0");
                } else {
                    assertEquals(1, sum, 1e-5, "without negative entries nothing is rescaled");
                }
                assertEquals(1, abs, 1e-5);
            }
        });
    }

    @Test
    void gaborFollowsItsFormulaAndAQuarterTurnTransposesIt() {
        Property.forAll("Gabor entry = exp(-(x'^2 + g^2 y'^2)/(2 s^2)) cos(2 pi x'/lambda); theta + pi/2 transposes",
                100, rnd -> {
                    int size = 1 + 2 * rnd.nextInt(5);
                    double lambda = 1 + rnd.nextDouble() * 6;
                    double sigma = 0.5 + rnd.nextDouble() * 3;
                    double gamma = rnd.nextDouble() * 2;
                    Image f = Filters.gabor(size, lambda, 0, sigma, gamma);
                    Image turned = Filters.gabor(size, lambda, Math.PI / 2, sigma, gamma);
                    double half = (size - 1) / 2.0;
                    for (int r = 0; r < size; r++) {
                        for (int c = 0; c < size; c++) {
                            double x = r - half;
                            double y = c - half;
                            double expected = Math.exp(-(x * x + gamma * gamma * y * y) / (2 * sigma * sigma))
                                    * Math.cos(2 * Math.PI * x / lambda);
                            assertEquals((float) expected, f.at(0, r, c), "entry " + r + ", " + c);
                            assertEquals(f.at(0, r, c), turned.at(0, c, size - 1 - r), 1e-6, "turned " + r + ", " + c);
                        }
                    }
                });
    }

    @Test
    void aStepBelowOneGivesTorchsNumberOfGridPoints() {
        assertEquals(9, Filters.differenceOfGaussians(5, 1, 2, 0.5, false, false).height());
        // torch.arange(-2, 2.75, 0.75) has ceil(4.75 / 0.75) = 7 points
        assertEquals(7, Filters.gabor(5, 3, 0, 1, 1, 0.75, false, false).width());
    }

    private static Image random(SplittableRandom rnd, int c, int h, int w) {
        return new Image(c, h, w, Property.floats(rnd, c * h * w, -1, 1));
    }

    @Test
    void convolutionEqualsTheDirectSumWithZeroPadding() {
        Property.forAll("Conv2dFilter = sum over channels and kernel of w * zero-padded image", 150, rnd -> {
            int c = 1 + rnd.nextInt(3);
            int h = 1 + rnd.nextInt(9);
            int w = 1 + rnd.nextInt(9);
            int k = 1 + rnd.nextInt(4);
            int stride = 1 + rnd.nextInt(3);
            int padding = rnd.nextInt(3);
            if (h + 2 * padding < k || w + 2 * padding < k) {
                return;
            }
            int banks = 1 + rnd.nextInt(3);
            Image[] filters = new Image[banks];
            for (int b = 0; b < banks; b++) {
                filters[b] = random(rnd, c, k, k);
            }
            Image img = random(rnd, c, h, w);
            float[] before = img.pixels().clone();
            Image out = new Conv2dFilter(List.of(filters), stride, padding).apply(img);
            assertArrayEquals(before, img.pixels(), "the image is not modified");
            int oh = (h + 2 * padding - k) / stride + 1;
            int ow = (w + 2 * padding - k) / stride + 1;
            assertEquals(banks, out.channels());
            assertEquals(oh, out.height());
            assertEquals(ow, out.width());
            for (int b = 0; b < banks; b++) {
                for (int y = 0; y < oh; y++) {
                    for (int x = 0; x < ow; x++) {
                        double sum = 0;
                        for (int ch = 0; ch < c; ch++) {
                            for (int i = 0; i < k; i++) {
                                for (int j = 0; j < k; j++) {
                                    int iy = y * stride + i - padding;
                                    int ix = x * stride + j - padding;
                                    double v = iy < 0 || ix < 0 || iy >= h || ix >= w ? 0 : img.at(ch, iy, ix);
                                    sum += filters[b].at(ch, i, j) * v;
                                }
                            }
                        }
                        assertEquals(sum, out.at(b, y, x), 1e-5, "output " + b + ", " + y + ", " + x);
                    }
                }
            }
        });
    }

    @Test
    void signPolaritySplitsIntoNonNegativeOnAndOffChannelsThatRebuildTheImage() {
        Property.forAll("on - off = image, on and off >= 0, never both > 0", 150, rnd -> {
            Image img = random(rnd, 1 + rnd.nextInt(3), 1 + rnd.nextInt(6), 1 + rnd.nextInt(6));
            Image split = SignPolarity.INSTANCE.apply(img);
            int n = img.size();
            assertEquals(2 * img.channels(), split.channels());
            for (int i = 0; i < n; i++) {
                float on = split.pixels()[i];
                float off = split.pixels()[n + i];
                assertTrue(on >= 0 && off >= 0 && (on == 0 || off == 0));
                assertEquals(img.pixels()[i], on - off);
            }
        });
    }

    @Test
    void aFilteredAndSplitDatasetDrivesADatasetInput() {
        float[] img = new float[25];
        img[12] = 1f;
        ImageDataset raw = ImageDataset.of(new float[][] {img}, new int[] {4});
        ImageTransform onOff = Conv2dFilter.of(Filters.differenceOfGaussians(3, 0.5, 1.5, 1, true, true))
                .andThen(SignPolarity.INSTANCE);
        ImageDataset filtered = onOff.over(raw, 1, 5, 5);
        assertEquals(2 * 3 * 3, filtered.image(0).length);
        assertEquals(4, filtered.label(0));
        Network net = new Network(1.0, 2);
        NeuronGroup g = net.neurons("retina", 2, 3, 3).add(DatasetInput.images(filtered, Encoders.simplePoisson(4))
                .instanceDuration(20).build());
        net.initialize();
        int centreOn = 0;
        int centreOff = 0;
        for (int t = 0; t < 20; t++) {
            net.step();
            centreOn += g.spikes()[4] ? 1 : 0;
            centreOff += g.spikes()[9 + 4] ? 1 : 0;
        }
        assertTrue(centreOn > 0, "a bright dot excites the on-centre cell at its place");
        assertEquals(0, centreOff, "and leaves the off-centre cell there silent");
    }

    private static String message(Runnable r) {
        return assertThrows(IllegalArgumentException.class, r::run).getMessage();
    }

    @Test
    void badInputIsRejectedNamingParameterValueAndWhatIsAllowed() {
        Image grey = new Image(1, 4, 4, new float[16]);
        String[][] cases = {
            {message(() -> Filters.differenceOfGaussians(0, 1, 2)), "size (0)", ">= 1"},
            {message(() -> Filters.differenceOfGaussians(3, -1, 2)), "sigma1", "-1"},
            {message(() -> Filters.differenceOfGaussians(3, 1, 2, 0, false, false)), "step", "0"},
            {message(() -> Filters.gabor(3, 0, 0, 1, 1)), "lambda", "0"},
            {message(() -> Filters.gabor(3, 2, Double.NaN, 1, 1)), "theta", "NaN"},
            {message(() -> Filters.differenceOfGaussians(3, 1, 1, 1, false, true)), "every entry is 0", "oneSum"},
            {message(() -> Filters.differenceOfGaussians(100_000, 1, 2)), "points per side", "larger step"},
            {message(() -> new Image(0, 2, 2, new float[0])), "0 x 2 x 2", ">= 1"},
            {message(() -> new Image(1, 2, 2, new float[3])), "3 pixels", "= 4 values"},
            {message(() -> new Conv2dFilter(List.of(), 1, 0)), "filters", "at least one"},
            {message(() -> new Conv2dFilter(List.of(grey, new Image(1, 2, 2, new float[4])), 1, 0)), "filter 1",
                "same shape"},
            {message(() -> new Conv2dFilter(List.of(grey), 0, 0)), "stride (0)", ">= 1"},
            {message(() -> new Conv2dFilter(List.of(grey), 1, -2)), "padding (-2)", ">= 0"},
            {message(() -> Conv2dFilter.of(grey).apply(new Image(2, 4, 4, new float[32]))), "1 channels", "match"},
            {message(() -> Conv2dFilter.of(grey).apply(new Image(1, 3, 3, new float[9]))), "smaller than the filters",
                "4 x 4"},
            {message(() -> SignPolarity.INSTANCE.over(ImageDataset.of(new float[][] {{1f, 2f}}), 1, 3, 3).image(0)),
                "sample 0", "2 pixels"},
            {message(() -> SignPolarity.INSTANCE.over(ImageDataset.of(new float[][] {{1f}}), 1, 0, 3)), "1 x 0 x 3",
                ">= 1"},
            {message(() -> new Conv2dFilter(List.of(grey), 1, Integer.MAX_VALUE).apply(grey)),
                "padding " + Integer.MAX_VALUE, "1 x 4294967295 x 4294967295", "at most"},
            {message(() -> new Conv2dFilter(List.of(grey), 1, 30_000).apply(grey)), "padding 30000",
                "1 x 60001 x 60001", "at most"},
            {message(() -> Conv2dFilter.of(grey).apply(null)), "Conv2dFilter", "not null"},
            {message(() -> SignPolarity.INSTANCE.apply(null)), "SignPolarity", "not null"},
        };
        for (String[] c : cases) {
            for (int k = 1; k < c.length; k++) {
                assertTrue(c[0].contains(c[k]), "'" + c[0] + "' should name " + c[k]);
            }
        }
    }
}
