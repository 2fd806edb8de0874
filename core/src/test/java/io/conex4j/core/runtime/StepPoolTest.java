package io.conex4j.core.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The worker pool of the parallel runtime: every part of every task runs exactly once, within its task. */
class StepPoolTest {

    @Test
    void everyPartOfEveryTaskRunsExactlyOnceAndNeverAfterItsTaskReturned() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int threads = 2; threads <= 3; threads++) {
                StepPool pool = new StepPool("test", threads);
                int parts = 2 * threads;
                AtomicLong late = new AtomicLong();
                try {
                    for (int run = 0; run < 20_000; run++) {
                        AtomicIntegerArray ran = new AtomicIntegerArray(parts);
                        java.util.concurrent.atomic.AtomicBoolean over = new java.util.concurrent.atomic.AtomicBoolean();
                        int spin = run % 7;
                        pool.run(part -> {
                            if (over.get()) {
                                late.incrementAndGet();
                            }
                            // uneven parts, so that threads are often between parts when the next task starts
                            for (int i = 0; i < (part == 0 ? 200 * spin : spin); i++) {
                                Thread.onSpinWait();
                            }
                            ran.incrementAndGet(part);
                        }, parts);
                        over.set(true);
                        for (int p = 0; p < parts; p++) {
                            assertEquals(1, ran.get(p), "part " + p + " of task " + run + " on " + threads
                                    + " threads");
                        }
                    }
                } finally {
                    pool.close();
                }
                assertEquals(0, late.get(), "parts run after their task returned");
            }
        });
    }
}
