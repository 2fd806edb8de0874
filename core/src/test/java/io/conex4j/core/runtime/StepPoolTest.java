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

    @Test
    void aPartWhoseWorkerIsBusyWithAnEarlierPartIsRunByTheSteppingThread() {
        // the worker's first part (1) waits until its second (3) has run: only another thread can run part 3
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            StepPool pool = new StepPool("test", 2);
            try {
                for (int run = 0; run < 200; run++) {
                    java.util.concurrent.CountDownLatch third = new java.util.concurrent.CountDownLatch(1);
                    AtomicIntegerArray ran = new AtomicIntegerArray(4);
                    pool.run(part -> {
                        if (part == 1) {
                            try {
                                third.await();
                            } catch (InterruptedException e) {
                                throw new IllegalStateException(e);
                            }
                        }
                        if (part == 3) {
                            third.countDown();
                        }
                        ran.incrementAndGet(part);
                    }, 4);
                    for (int p = 0; p < 4; p++) {
                        assertEquals(1, ran.get(p), "part " + p + " of task " + run);
                    }
                }
            } finally {
                pool.close();
            }
        });
    }
}
