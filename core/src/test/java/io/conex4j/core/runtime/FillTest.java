package io.conex4j.core.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conex4j.core.random.SeededRandom;
import org.junit.jupiter.api.Test;

/** CoNeX mode strings and fill statistics. */
class FillTest {

    @Test
    void parsesCoNeXModeStrings() {
        assertEquals("zeros", Fill.parse("zeros").toString());
        assertEquals("ones", Fill.parse(" ONES ").toString());
        assertEquals("random", Fill.parse("random").toString());
        assertEquals("random", Fill.parse("rand").toString());
        assertEquals("randn", Fill.parse("normal").toString());
        assertEquals("normal(0.5, 0.1)", Fill.parse("normal(mean=0.5, std=0.1)").toString());
        assertEquals("normal(0.5, 0.1)", Fill.parse("normal(std=0.1, mean=0.5)").toString());
        assertEquals("uniform(0.0, 0.3)", Fill.parse("uniform(0, 0.3)").toString());
        assertEquals("2.5", Fill.parse("2.5").toString());
        assertArrayEquals(new float[] {2.7f, 2.7f}, Fill.of(2.7).array(2, null));
    }

    @Test
    void normalFillHasTheRequestedMeanAndSpread() {
        float[] a = Fill.normal(0.5, 0.1).array(200_000, new SeededRandom(3));
        double mean = 0;
        for (float v : a) {
            mean += v;
        }
        mean /= a.length;
        double var = 0;
        for (float v : a) {
            var += (v - mean) * (v - mean);
        }
        var /= a.length;
        assertEquals(0.5, mean, 0.002);
        assertEquals(0.1, Math.sqrt(var), 0.002);
    }

    @Test
    void uniformFillStaysInItsInterval() {
        for (float v : Fill.uniform(-1, 3).array(10_000, new SeededRandom(4))) {
            assertTrue(v >= -1 && v < 3, "value " + v);
        }
    }
}
