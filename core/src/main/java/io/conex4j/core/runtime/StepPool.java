package io.conex4j.core.runtime;

import java.lang.ref.WeakReference;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * The worker threads of one network: {@link #run} hands one task of {@code parts} parts to its threads (the caller is
 * thread 0), thread {@code i} running parts {@code i}, {@code i + threads}, ..., and returns when every part is done.
 * A part normally runs on the same thread, so that what it writes (the future input and state of its neurons) stays
 * in one processor's cache; when a worker has not started its part {@value #TAKE_OVER_NANOS} ns after the task began
 * (the system gave its processor to another process), the stepping thread takes the part over. A part's result does
 * not depend on the thread that runs it. Between tasks a worker spins briefly (steps follow each other
 * within microseconds), then yields, then parks; after {@value #IDLE_EXIT_MS} ms without work it ends, and the next
 * task starts it again. Workers hold their pool weakly while idle, so an unused network's threads end on their own.
 */
final class StepPool {

    /** A task split in parts. */
    interface Task {
        void run(int part);
    }

    private static final long SPIN_NANOS = 30_000;
    private static final long YIELD_NANOS = 2_000_000;
    private static final long PARK_NANOS = 1_000_000;
    static final long IDLE_EXIT_MS = 2_000;
    /** How long after a task starts the stepping thread takes over the parts no worker has started. */
    private static final long TAKE_OVER_NANOS = 40_000;

    private final String name;
    private final int threadCount;
    private final Thread[] threads;
    private final boolean[] alive;
    private final AtomicIntegerArray parked;
    private final AtomicInteger finished = new AtomicInteger();
    private volatile int partCount;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final Object lock = new Object();
    private volatile long generation;
    private volatile Task task;
    private volatile boolean closed;
    /** The generation in which each part was last taken. */
    private volatile AtomicLongArray claims = new AtomicLongArray(0);

    StepPool(String name, int threadCount) {
        this.name = name;
        this.threadCount = threadCount;
        this.threads = new Thread[threadCount];
        this.alive = new boolean[threadCount];
        this.parked = new AtomicIntegerArray(threadCount);
    }

    /** The number of threads, the stepping thread included. */
    int threads() {
        return threadCount;
    }

    /** Runs {@code t}'s parts {@code 0 .. parts-1}; rethrows the first failure. */
    void run(Task t, int parts) {
        failure.set(null);
        long g;
        long published = System.nanoTime();
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException("StepPool of " + name + " is closed");
            }
            task = t;
            partCount = parts;
            finished.set(0);
            long seen = generation;
            g = seen + 1;
            if (claims.length() < parts) {
                claims = new AtomicLongArray(parts);
            }
            for (int p = 1; p < threadCount; p++) {
                if (!alive[p]) {
                    start(p, seen);
                }
            }
            generation = g;
        }
        for (int p = 1; p < threadCount; p++) {
            if (parked.get(p) == 1) {
                LockSupport.unpark(threads[p]);
            }
        }
        work(this, t, g, parts, 0);
        for (int spins = 0; finished.get() != parts; spins++) {
            if (spins < 4096) {
                Thread.onSpinWait();
            } else {
                Thread.yield();
            }
            if ((spins & 63) == 63 && System.nanoTime() - published > TAKE_OVER_NANOS) {
                // a worker that has not started its part by now is not running (the system gave its processor to
                // another process): do its part here rather than wait for it
                for (int part = 1; part < parts; part++) {
                    runIfUnclaimed(this, t, g, part);
                }
            }
        }
        task = null;
        Throwable f = failure.get();
        if (f instanceof RuntimeException re) {
            throw re;
        }
        if (f instanceof Error e) {
            throw e;
        }
        if (f != null) {
            throw new IllegalStateException(f);
        }
    }

    /** Ends the workers (they finish their current task first). */
    void close() {
        synchronized (lock) {
            closed = true;
        }
        for (int p = 1; p < threadCount; p++) {
            if (threads[p] != null) {
                LockSupport.unpark(threads[p]);
            }
        }
    }

    private void start(int part, long seen) {
        WeakReference<StepPool> ref = new WeakReference<>(this);
        Thread t = new Thread(() -> work(ref, part, seen), "conex4j-" + name + "-worker-" + part);
        t.setDaemon(true);
        threads[part] = t;
        alive[part] = true;
        parked.set(part, 0);
        t.start();
    }

    /**
     * Runs the parts of thread {@code index} ({@code index}, {@code index + threads}, ...) of generation {@code g}
     * that no other thread has taken. Each part normally runs on the same thread, so the state it writes stays in
     * that processor's cache from one iteration to the next.
     */
    private static void work(StepPool p, Task t, long g, int parts, int index) {
        for (int part = index; part < parts; part += p.threadCount) {
            runIfUnclaimed(p, t, g, part);
        }
    }

    /** Takes part {@code part} of generation {@code g} if no thread has, runs it and counts it finished. */
    private static void runIfUnclaimed(StepPool p, Task t, long g, int part) {
        AtomicLongArray c = p.claims;
        long was = c.get(part);
        // generations only grow: a thread still looking at an earlier task must not take a part of a later one
        if (was >= g || !c.compareAndSet(part, was, g)) {
            return;
        }
        try {
            t.run(part);
        } catch (Throwable e) {
            p.failure.compareAndSet(null, e);
        }
        p.finished.incrementAndGet();
    }

    private static void work(WeakReference<StepPool> ref, int index, long seen) {
        long idleSince = System.nanoTime();
        while (true) {
            StepPool p = ref.get();
            if (p == null || p.closed) {
                return;
            }
            long g = p.generation;
            if (g != seen) {
                seen = g;
                Task t = p.task;
                if (t != null) {
                    work(p, t, g, p.partCount, index);
                }
                idleSince = System.nanoTime();
                continue;
            }
            long idle = System.nanoTime() - idleSince;
            if (idle < SPIN_NANOS) {
                for (int i = 0; i < 64 && p.generation == seen; i++) {
                    Thread.onSpinWait();
                }
                continue;
            }
            if (idle < YIELD_NANOS) {
                Thread.yield();
                continue;
            }
            if (idle > IDLE_EXIT_MS * 1_000_000L) {
                synchronized (p.lock) {
                    if (p.generation == seen) {
                        p.alive[index] = false;
                        return;
                    }
                }
                continue;
            }
            p.parked.set(index, 1);
            if (p.generation == seen && !p.closed) {
                AtomicIntegerArray flags = p.parked;
                p = null;
                LockSupport.parkNanos(PARK_NANOS);
                flags.set(index, 0);
            } else {
                p.parked.set(index, 0);
            }
        }
    }
}
