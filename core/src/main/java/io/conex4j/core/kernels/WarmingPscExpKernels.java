package io.conex4j.core.kernels;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The Vector API {@link PscExpKernels} with a warm-up: Vector API code runs many times slower than plain loops until
 * the JIT's optimizing compiler has compiled it, which takes thousands of calls. For its first {@value #WARM_CALLS}
 * calls (per JVM) this kernel runs a few vectors of each call's neurons and a tail through the Vector API kernel (so that the JIT
 * compiles all of it, tail loop included), and the rest through the scalar kernel; afterwards everything through the
 * Vector API. Both kernels
 * give the same bits, so the results do not depend on where the switch falls.
 */
final class WarmingPscExpKernels implements PscExpKernels {

    static final WarmingPscExpKernels INSTANCE = new WarmingPscExpKernels();
    /** Calls that run mostly scalar. */
    static final long WARM_CALLS = 30_000;
    /** Neurons per warm-up call that go through the Vector API kernel. */
    private static final int WARM_NEURONS = 4 * 16 + 7;

    private final PscExpKernels vector = PscExpKernels.panama();
    private final AtomicLong calls = new AtomicLong();
    private volatile boolean warm;

    private WarmingPscExpKernels() {
    }

    @Override
    public int step(float[] v, float[] i, float[] r, float[] in, int inOffset, int from, int to, float p22,
            float p21, float c, float p11, float threshold, float vReset, float refractorySteps, boolean[] spikes) {
        if (warm) {
            return vector.step(v, i, r, in, inOffset, from, to, p22, p21, c, p11, threshold, vReset, refractorySteps,
                    spikes);
        }
        if (calls.incrementAndGet() >= WARM_CALLS) {
            warm = true;
        }
        int mid = Math.min(to, from + WARM_NEURONS);
        return vector.step(v, i, r, in, inOffset, from, mid, p22, p21, c, p11, threshold, vReset, refractorySteps,
                spikes)
                + ScalarPscExpKernels.INSTANCE.step(v, i, r, in, inOffset, mid, to, p22, p21, c, p11, threshold,
                        vReset, refractorySteps, spikes);
    }
}
