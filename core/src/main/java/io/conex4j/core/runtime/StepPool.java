package io.conex4j.core.runtime;

import java.lang.ref.WeakReference;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * The worker threads of one network: {@link #run} hands one task of {@code parts} parts to its threads (the caller is
 * one of them), each thread taking the next part not yet taken until none is left, and returns when every part is
 * done. A part's result does not depend on the thread that runs it, and a thread that the system does not schedule
 * for a while holds up at most the part it has taken. Between tasks a worker spins briefly (steps follow each other
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

    private final String name;
    private final int threadCount;
    private final Thread[] threads;
    private final boolean[] alive;
    private final AtomicIntegerArray parked;
    /** The generation (high 32 bits) and the next part to take (low 32 bits) of the current task. */
    private final AtomicLong claim = new AtomicLong();
    private final AtomicInteger finished = new AtomicInteger();
    private volatile int partCount;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final Object lock = new Object();
    private volatile long generation;
    private volatile Task task;
    private volatile boolean closed;

    StepPool(String name, int threadCount) {
        this.name = name;
        this.threadCount = threadCount;
        this.threads = new Thread[threadCount];
        this.alive = new boolean[threadCount];
        this.parked = new AtomicIntegerArray(threadCount);
    }

    /** Runs {@code t}'s parts {@code 0 .. parts-1}; rethrows the first failure. */
    void run(Task t, int parts) {
        failure.set(null);
        long g;
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException("StepPool of " + name + " is closed");
            }
            task = t;
            partCount = parts;
            finished.set(0);
            long seen = generation;
            g = seen + 1;
            claim.set(g << 32);
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
        work(this, t, g, parts);
        for (int spins = 0; finished.get() != parts; spins++) {
            if (spins < 4096) {
                Thread.onSpinWait();
            } else {
                Thread.yield();
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

    /** Takes parts of generation {@code g} until none is left, runs them, and counts them finished. */
    private static void work(StepPool p, Task t, long g, int parts) {
        while (true) {
            long c = p.claim.get();
            if ((c >>> 32) != g || (int) c >= parts) {
                return;
            }
            if (!p.claim.compareAndSet(c, c + 1)) {
                continue;
            }
            try {
                t.run((int) c);
            } catch (Throwable e) {
                p.failure.compareAndSet(null, e);
            }
            p.finished.incrementAndGet();
        }
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
                    work(p, t, g, p.partCount);
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
