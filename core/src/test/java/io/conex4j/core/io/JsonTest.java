package io.conex4j.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** What {@link Json#write} writes, {@link Json#parse} reads back unchanged. */
class JsonTest {

    @Test
    void everyLongAndEveryDoubleRoundTripsExactly() {
        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < 2_000; i++) {
            long l = i < 4 ? new long[] {Long.MIN_VALUE, Long.MAX_VALUE, -1_000_000_000_000_000_000L, 0}[i]
                    : r.nextLong();
            assertEquals(l, Json.parse(Json.write(l)), "long " + l);
            double d = Double.longBitsToDouble(r.nextLong());
            if (Double.isFinite(d)) {
                assertEquals(d, ((Number) Json.parse(Json.write(d))).doubleValue(), "double " + d);
            }
        }
    }

    @Test
    void anIntegerBeyond64BitsIsADouble() {
        assertEquals(1e20, Json.parse("100000000000000000000"));
        assertEquals(-1e19, Json.parse("-10000000000000000000"));
    }

    @Test
    void structuresKeepTheirOrderAndABadNumberIsNamed() {
        Object v = Json.parse("{\"b\": [1, 2.5, \"x\", true, null], \"a\": {}}");
        assertEquals(List.of("b", "a"), List.copyOf(((Map<?, ?>) v).keySet()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Json.parse("[1, -]"));
        assertTrue(e.getMessage().startsWith("JSON: bad number '-' at offset"), e.getMessage());
    }
}
