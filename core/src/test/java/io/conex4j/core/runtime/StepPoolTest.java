package io.conex4j.core.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
                        int spin = run % 7;
                        // uneven parts, so that threads are often between parts when the next task starts
                        runCheckingEachPartOnce(pool, parts, late, part -> {
                            for (int i = 0; i < (part == 0 ? 200 * spin : spin); i++) {
                                Thread.onSpinWait();
                            }
                        }, "of task " + run + " on " + threads + " threads");
                    }
                } finally {
                    pool.close();
                }
                assertEquals(0, late.get(), "parts run after their task returned");
            }
        });
    }

    @Test
    void everyPartRunsExactlyOnceWithinItsTaskWhenThePartCountChangesFromTaskToTask() {
        // more threads than processors, so that workers often stall between reading a task and running it, while the
        // stepping thread takes their parts over and publishes tasks with other part counts (and a larger slot array)
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            int threads = Math.max(3, Runtime.getRuntime().availableProcessors() + 1);
            StepPool pool = new StepPool("part-counts", threads);
            AtomicLong late = new AtomicLong();
            try {
                for (int run = 0; run < 20_000; run++) {
                    int parts = 1 + (run * 7) % (3 * threads);
                    runCheckingEachPartOnce(pool, parts, late, part -> { }, "of task " + run + " (" + parts + " parts)");
                }
            } finally {
                pool.close();
            }
            assertEquals(0, late.get(), "parts run after their task returned");
        });
    }

    @Test
    void theSameTaskRunsEachPartExactlyOncePerRunWhenOnlyItsGenerationIsPublished() {
        // one task object for many runs, as a network with one phase per step uses, so that most runs publish the
        // generation alone; now and then another task or part count, and more threads than processors
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            int threads = Math.max(3, Runtime.getRuntime().availableProcessors() + 2);
            StepPool pool = new StepPool("same-task", threads);
            java.util.concurrent.atomic.AtomicReference<AtomicIntegerArray> current =
                    new java.util.concurrent.atomic.AtomicReference<>();
            AtomicLong late = new AtomicLong();
            StepPool.Task shared = part -> {
                AtomicIntegerArray ran = current.get();
                if (ran == null || part >= ran.length()) {
                    late.incrementAndGet();
                    return;
                }
                for (int i = 0; i < (part * 37) % 50; i++) {
                    Thread.onSpinWait();
                }
                ran.incrementAndGet(part);
            };
            StepPool.Task other = shared::run;
            try {
                for (int run = 0; run < 20_000; run++) {
                    int parts = run % 500 < 400 ? 2 * threads : 1 + run % (3 * threads);
                    AtomicIntegerArray ran = new AtomicIntegerArray(parts);
                    current.set(ran);
                    pool.run(run % 997 == 0 ? other : shared, parts);
                    current.set(null);
                    for (int p = 0; p < parts; p++) {
                        assertEquals(1, ran.get(p), "part " + p + " of run " + run + " (" + parts + " parts)");
                    }
                }
            } finally {
                pool.close();
            }
            assertEquals(0, late.get(), "parts run outside their run, or beyond its part count");
        });
    }

    @Test
    void aPartWhoseWorkerIsBusyWithAnEarlierPartIsTakenOverByTheSteppingThread() {
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

    @Test
    void workersEndWhenThePoolIsClosedAndWhenIdleAndAClosedPoolRefusesTasks() throws InterruptedException {
        StepPool closed = new StepPool("closing-test", 2);
        closed.run(part -> { }, 2);
        closed.close();
        assertTrue(waitUntilNoThreadNamed("conex4j-closing-test-worker-", 10_000), "worker alive 10 s after close");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> closed.run(part -> { }, 2));
        assertTrue(e.getMessage().contains("closed"), e.getMessage());

        StepPool idle = new StepPool("idle-test", 2);
        try {
            AtomicIntegerArray ran = new AtomicIntegerArray(2);
            idle.run(ran::incrementAndGet, 2);
            assertTrue(waitUntilNoThreadNamed("conex4j-idle-test-worker-", StepPool.IDLE_EXIT_MS + 10_000),
                    "worker alive long after " + StepPool.IDLE_EXIT_MS + " ms without work");
            // the next task starts a worker again, and every part runs
            idle.run(ran::incrementAndGet, 2);
            assertEquals(2, ran.get(0));
            assertEquals(2, ran.get(1));
        } finally {
            idle.close();
        }
    }

    @Test
    void aFailureInAnyPartIsRethrownByRunAndThePoolKeepsWorking() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            StepPool pool = new StepPool("failure-test", 2);
            try {
                for (int failing = 0; failing < 4; failing++) {
                    int bad = failing;
                    AtomicIntegerArray ran = new AtomicIntegerArray(4);
                    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> pool.run(part -> {
                        ran.incrementAndGet(part);
                        if (part == bad) {
                            throw new IllegalArgumentException("part " + part);
                        }
                    }, 4));
                    assertEquals("part " + bad, e.getMessage());
                    for (int p = 0; p < 4; p++) {
                        assertEquals(1, ran.get(p), "part " + p + " when part " + bad + " failed");
                    }
                    // the next task runs normally: the failure does not stick
                    AtomicIntegerArray again = new AtomicIntegerArray(4);
                    pool.run(again::incrementAndGet, 4);
                    for (int p = 0; p < 4; p++) {
                        assertEquals(1, again.get(p), "part " + p + " after a failure");
                    }
                }
            } finally {
                pool.close();
            }
        });
    }

    /**
     * Runs a task of {@code parts} parts, each doing {@code work}, and checks that each part ran exactly once; a part
     * that starts after the task returned counts in {@code late}.
     */
    private static void runCheckingEachPartOnce(StepPool pool, int parts, AtomicLong late,
            java.util.function.IntConsumer work, String what) {
        AtomicIntegerArray ran = new AtomicIntegerArray(parts);
        java.util.concurrent.atomic.AtomicBoolean over = new java.util.concurrent.atomic.AtomicBoolean();
        pool.run(part -> {
            if (over.get()) {
                late.incrementAndGet();
            }
            work.accept(part);
            ran.incrementAndGet(part);
        }, parts);
        over.set(true);
        for (int p = 0; p < parts; p++) {
            assertEquals(1, ran.get(p), "part " + p + " " + what);
        }
    }

    private static boolean waitUntilNoThreadNamed(String prefix, long millis) throws InterruptedException {
        long end = System.nanoTime() + millis * 1_000_000L;
        while (System.nanoTime() < end) {
            if (Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().startsWith(prefix))) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }
}
