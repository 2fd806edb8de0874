package io.conex4j.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Synthetic stroke digits: MNIST's format, fixed by the seed, each class its own figure. */
class SyntheticDigitsTest {

    @Test
    void imagesHaveMnistsFormatAndTheSeedFixesThem() {
        ImageDataset a = SyntheticDigits.draw(7, 3);
        ImageDataset b = SyntheticDigits.draw(7, 3);
        assertEquals(70, a.size());
        for (int k = 0; k < a.size(); k++) {
            assertEquals(k / 7, a.label(k));
            float[] img = a.image(k);
            assertEquals(784, img.length);
            float ink = 0;
            for (float v : img) {
                assertTrue(v >= 0 && v <= 1, "grey levels in [0, 1]: " + v);
                ink += v;
            }
            assertTrue(ink > 10, "image " + k + " has strokes: " + ink);
            assertArrayEquals(img, b.image(k));
        }
        assertTrue(!java.util.Arrays.equals(a.image(0), SyntheticDigits.draw(7, 4).image(0)),
                "another seed, other images");
    }

    @Test
    void eachImageIsCloserToTheMeanOfItsOwnClassThanToMostOthers() {
        ImageDataset d = SyntheticDigits.draw(40, 11);
        float[][] mean = new float[10][784];
        for (int k = 0; k < d.size(); k++) {
            for (int i = 0; i < 784; i++) {
                mean[d.label(k)][i] += d.image(k)[i] / 40f;
            }
        }
        int nearestOwn = 0;
        for (int k = 0; k < d.size(); k++) {
            int best = -1;
            double bestDist = Double.MAX_VALUE;
            for (int c = 0; c < 10; c++) {
                double dist = 0;
                for (int i = 0; i < 784; i++) {
                    double e = d.image(k)[i] - mean[c][i];
                    dist += e * e;
                }
                if (dist < bestDist) {
                    bestDist = dist;
                    best = c;
                }
            }
            nearestOwn += best == d.label(k) ? 1 : 0;
        }
        assertTrue(nearestOwn >= 0.7 * d.size(), "nearest class mean is the own class for " + nearestOwn + " of 400");
    }

    @Test
    void aBadCountIsRefused() {
        assertEquals("SyntheticDigits: perClass (0) must be in [1, 100000]",
                assertThrows(IllegalArgumentException.class, () -> SyntheticDigits.draw(0, 1)).getMessage());
    }
}
