package io.conex4j.core.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conex4j.core.encoding.Intensity2Latency;
import io.conex4j.core.encoding.Poisson;
import io.conex4j.core.encoding.PoissonDraws;
import io.conex4j.core.encoding.SimplePoisson;
import io.conex4j.core.io.Json;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays the encoder calls recorded from the real CoNeX ({@code src/test/resources/conformance-encoders}): builds
 * the encoder from {@code transform.params}, replays the logged draws ({@code torch.rand} through
 * {@link ReplayRandom}, {@code torch.poisson} through a replaying {@link PoissonDraws} that also checks the rates
 * it is given), and compares every call's spikes exactly and the encoder's state within the float32 tolerance.
 * conex4j deliberately leaves the caller's image unchanged, so instead of CoNeX's {@code img_after} the test
 * checks that the image is the one passed in.
 */
class EncoderConformanceTest {

    private static final double ABS = 1e-6;
    private static final double REL = 1e-5;

    @TestFactory
    Stream<DynamicTest> replaysEveryRecordedEncoderCall() throws IOException, URISyntaxException {
        Path dir = Path.of(EncoderConformanceTest.class.getResource("/conformance-encoders").toURI());
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertEquals(3, files.size(), "encoder fixtures in " + dir);
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString().replace(".json", ""),
                f.toUri(), () -> replay(f)));
    }

    private static void replay(Path file) throws IOException {
        Map<?, ?> fx = (Map<?, ?>) Json.parse(Files.readString(file, StandardCharsets.UTF_8));
        assertEquals("transform", fx.get("kind"));
        Map<?, ?> transform = (Map<?, ?>) fx.get("transform");
        Map<?, ?> params = (Map<?, ?>) transform.get("params");
        List<?> draws = (List<?>) fx.get("rng_draws");
        ReplayRandom random = new ReplayRandom(draws.stream()
                .filter(d -> !"torch.poisson".equals(((Map<?, ?>) d).get("fn"))).toList());
        ReplayPoisson poisson = new ReplayPoisson(draws);
        String cls = (String) transform.get("class");
        int t = ((Number) params.get("time_window")).intValue();
        Function<float[], boolean[][]> encoder;
        Intensity2Latency latency = null;
        float storedRatio = Float.NaN;
        switch (cls) {
            case "SimplePoisson" -> {
                SimplePoisson e = new SimplePoisson(t, num(params, "ratio"), random);
                storedRatio = e.ratio();
                encoder = e::encode;
            }
            case "Poisson" -> {
                Poisson e = new Poisson(t, num(params, "ratio"), poisson);
                storedRatio = e.ratio();
                encoder = e::encode;
            }
            case "Intensity2Latency" -> {
                latency = new Intensity2Latency(t, optional(params, "threshold"), optional(params, "sparsity"),
                        params.containsKey("min_val") ? num(params, "min_val") : 0,
                        params.containsKey("max_val") ? num(params, "max_val") : 1,
                        !Boolean.FALSE.equals(params.get("lower_trim")), !Boolean.FALSE.equals(params.get("higher_trim")));
                encoder = latency::encode;
            }
            default -> throw new AssertionError("unknown encoder " + cls);
        }
        Tensor img = Tensor.of(((Map<?, ?>) fx.get("inputs")).get("img"));
        float[] image = img.floats();
        float[] before = image.clone();
        List<?> calls = (List<?>) ((Map<?, ?>) fx.get("expected")).get("calls");
        assertEquals(((Number) fx.get("calls")).intValue(), calls.size(), "calls vs recorded calls");
        for (int c = 0; c < calls.size(); c++) {
            String where = "call " + (c + 1);
            Map<?, ?> call = (Map<?, ?>) calls.get(c);
            random.phase("transform", c + 1);
            boolean[][] spikes = encoder.apply(image);
            random.assertPhaseUsed();
            Tensor out = Tensor.of(call.get("output"));
            assertEquals(t, out.shape()[0], where + ": recorded time window");
            assertEquals(t, spikes.length, where + ": rows");
            boolean[] expected = out.bools();
            int pixels = image.length;
            for (int s = 0; s < t; s++) {
                boolean[] row = new boolean[pixels];
                System.arraycopy(expected, s * pixels, row, 0, pixels);
                assertArrayEquals(row, spikes[s], where + ": spikes at step " + s);
            }
            assertArrayEquals(before, image, where + ": conex4j must not modify the caller's image");
            Map<?, ?> state = (Map<?, ?>) call.get("transform_state_after");
            assertEquals(t, ((Number) state.get("time_window")).intValue(), where + ": time_window");
            if (state.containsKey("ratio")) {
                close(num(state, "ratio"), storedRatio, where + ": ratio");
            }
            if (latency != null) {
                close(num(state, "threshold"), latency.threshold(), where + ": threshold");
                List<?> interval = (List<?>) state.get("interval");
                close(((Number) interval.get(0)).doubleValue(), latency.minVal(), where + ": interval[0]");
                close(((Number) interval.get(1)).doubleValue(), latency.maxVal(), where + ": interval[1]");
                assertEquals(state.get("lower_trim"), latency.lowerTrim(), where + ": lower_trim");
                assertEquals(state.get("higher_trim"), latency.higherTrim(), where + ": higher_trim");
                Object sp = state.get("sparsity");
                if (sp == null) {
                    assertTrue(Float.isNaN(latency.sparsity()), where + ": no sparsity");
                } else {
                    close(((Number) sp).doubleValue(), latency.sparsity(), where + ": sparsity");
                }
            }
        }
        random.assertAllUsed();
        poisson.assertAllUsed();
    }

    private static double num(Map<?, ?> m, String key) {
        return ((Number) m.get(key)).doubleValue();
    }

    private static Double optional(Map<?, ?> m, String key) {
        Object v = m.get(key);
        return v == null ? null : ((Number) v).doubleValue();
    }

    private static void close(double expected, double actual, String what) {
        assertFalse(Double.isNaN(actual), what + ": no value");
        assertTrue(Math.abs(actual - expected) <= ABS + REL * Math.abs(expected),
                what + ": expected " + expected + " but conex4j has " + actual);
    }

    /** Replays the {@code torch.poisson} draws, checking the means conex4j passes against the logged rates. */
    private static final class ReplayPoisson implements PoissonDraws {

        private final List<?> draws;
        private int next;
        private int used;

        ReplayPoisson(List<?> draws) {
            this.draws = draws;
        }

        @Override
        public void poisson(float[] means, float[] out) {
            while (next < draws.size() && !"torch.poisson".equals(((Map<?, ?>) draws.get(next)).get("fn"))) {
                next++;
            }
            if (next >= draws.size()) {
                throw new AssertionError("conex4j asked for " + means.length + " Poisson draws but CoNeX made no more");
            }
            Map<?, ?> d = (Map<?, ?>) draws.get(next++);
            used++;
            Tensor rate = Tensor.of(d.get("rate"));
            Tensor values = Tensor.of(d.get("values"));
            assertEquals(rate.numel(), means.length, "Poisson draw size");
            for (int i = 0; i < means.length; i++) {
                close(rate.data()[i], means[i], "Poisson rate " + i);
                out[i] = (float) values.data()[i];
            }
        }

        void assertAllUsed() {
            long recorded = draws.stream().filter(d -> "torch.poisson".equals(((Map<?, ?>) d).get("fn"))).count();
            assertEquals(recorded, used, "torch.poisson draws CoNeX made vs conex4j used");
        }
    }
}
