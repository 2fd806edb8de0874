package io.conex4j.core.conformance;

import io.conex4j.core.random.RandomSource;
import java.util.List;
import java.util.Map;

/**
 * Replays the random draws a fixture recorded, in call order, checking each call matches: the function, the count,
 * and, where the fixture logs them, the phase ({@code initialize}, {@code iteration}) and the iteration that drew.
 */
final class ReplayRandom implements RandomSource {

    private final List<?> draws;
    private int next;
    private String phase = "initialize";
    private long iteration;

    ReplayRandom(List<?> draws) {
        this.draws = draws;
    }

    private Map<?, ?> take(String fn, String what) {
        if (next >= draws.size()) {
            throw new AssertionError("conex4j asked for " + what + " (" + fn + ") but the fixture recorded only "
                    + draws.size() + " draws");
        }
        Map<?, ?> d = (Map<?, ?>) draws.get(next);
        if (d.containsKey("phase") && (!phase.equals(d.get("phase"))
                || ((Number) d.get("iteration")).longValue() != iteration)) {
            throw new AssertionError("draw " + next + ": conex4j drew " + what + " (" + fn + ") during " + phase + " "
                    + iteration + " but CoNeX drew it during " + d.get("phase") + " " + d.get("iteration")
                    + (d.containsKey("caller") ? " (" + d.get("caller") + ")" : ""));
        }
        if (!fn.equals(d.get("fn"))) {
            throw new AssertionError("draw " + next + ": conex4j asked for " + fn + " (" + what + ") but CoNeX made "
                    + d.get("fn"));
        }
        next++;
        return d;
    }

    private void fillFrom(String fn, float[] out, int from, int to) {
        Tensor t = Tensor.of(take(fn, (to - from) + " values").get("values"));
        if (t.numel() != to - from) {
            throw new AssertionError("draw " + (next - 1) + ": conex4j asked for " + (to - from) + " values of " + fn
                    + " but CoNeX drew " + t.numel());
        }
        for (int i = from; i < to; i++) {
            out[i] = (float) t.data()[i - from];
        }
    }

    @Override
    public void uniform(float[] out, int from, int to) {
        fillFrom("torch.rand", out, from, to);
    }

    @Override
    public void normal(float[] out, int from, int to) {
        fillFrom("torch.randn", out, from, to);
    }

    @Override
    public long[] sample(long population, int k) {
        Map<?, ?> d = take("random.sample", "sample of " + k);
        String pop = "range(" + population + ")";
        if (!pop.equals(d.get("population")) || ((Number) d.get("k")).intValue() != k) {
            throw new AssertionError("random.sample: conex4j asked for " + k + " of " + pop + " but CoNeX drew "
                    + d.get("k") + " of " + d.get("population"));
        }
        List<?> v = (List<?>) d.get("values");
        long[] out = new long[v.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ((Number) v.get(i)).longValue();
        }
        return out;
    }

    @Override
    public void discardUniform(long count) {
        if (next < draws.size()) {
            Map<?, ?> d = (Map<?, ?>) draws.get(next);
            if ("torch.rand".equals(d.get("fn")) && Tensor.of(d.get("values")).numel() == count) {
                next++;
            }
        }
    }

    /** The draws that follow are made during {@code phase} ({@code initialize} or {@code iteration}) {@code iteration}. */
    void phase(String phase, long iteration) {
        this.phase = phase;
        this.iteration = iteration;
    }

    /** Every draw CoNeX made during the current phase and iteration has been used. */
    void assertPhaseUsed() {
        if (next < draws.size()) {
            Map<?, ?> d = (Map<?, ?>) draws.get(next);
            boolean sameTime = !d.containsKey("phase") ? phase.equals("initialize")
                    : phase.equals(d.get("phase")) && ((Number) d.get("iteration")).longValue() == iteration;
            if (sameTime) {
                throw new AssertionError("CoNeX made draw " + next + " (" + d.get("fn") + ", " + d.get("caller")
                        + ") during " + phase + " " + iteration + " but conex4j did not");
            }
        }
    }

    void assertAllUsed() {
        if (next != draws.size()) {
            throw new AssertionError("CoNeX made " + draws.size() + " random draws but conex4j used " + next);
        }
    }
}
