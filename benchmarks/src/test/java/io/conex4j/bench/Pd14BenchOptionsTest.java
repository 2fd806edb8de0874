package io.conex4j.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** {@code NetworkBench pd14} rejects bad options before it builds anything, naming the option and what is allowed. */
class Pd14BenchOptionsTest {

    private static String refused(String... options) {
        String[] args = new String[options.length + 1];
        args[0] = "pd14";
        System.arraycopy(options, 0, args, 1, options.length);
        return assertThrows(IllegalArgumentException.class, () -> NetworkBench.main(args)).getMessage();
    }

    @Test
    void badOptionsAreRefusedByName() {
        assertEquals("--scale: 'abc' is not a number", refused("--scale", "abc"));
        assertEquals("--threads '2000' must be a whole number in [0, 1024]", refused("--threads", "2000"));
        assertEquals("--seed '1.5' must be a whole number in [" + Long.MIN_VALUE + ", " + Long.MAX_VALUE + "]",
                refused("--seed", "1.5"));
        String steps = "--twarm (500.0) must be 0 to 200000000 ms and --tsim (";
        assertEquals(steps + "-5.0) above 0 up to 200000000 ms", refused("--tsim", "-5", "--jit-warmup", "no"));
        assertEquals(steps + "1.0E12) above 0 up to 200000000 ms", refused("--tsim", "1e12"));
        assertEquals("--drive: 'foo'; allowed: dc, poisson", refused("--drive", "foo"));
    }
}
