package io.conex4j.core.runtime;

import java.lang.ref.WeakReference;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * The worker threads of one network: {@link #run} hands one task to {@code parts} threads (the caller runs part 0)
 * and returns when all are done. Between tasks a worker spins briefly (steps follow each other within
 * microseconds), then yields, then parks; after {@value #IDLE_EXIT_MS} ms without work it ends, and the next task
 * starts it again. Workers hold their pool weakly while idle, so an unused network's threads end on their own.
 */
final class StepPool {

    /** A task split in parts. */
    interface Task {
        void run(int part);
    }

    private static final long SPIN_NANOS = 100_000;
    private static final long YIELD_NANOS = 2_000_000;
    private static final long PARK_NANOS = 1_000_000;
    static final long IDLE_EXIT_MS = 2_000;

    private final String name;
    private final int parts;
    private final Thread[] threads;
    private final boolean[] alive;
    private final AtomicIntegerArray parked;
    private final AtomicInteger pending = new AtomicInteger();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final Object lock = new Object();
    private volatile long generation;
    private volatile Task task;
    private volatile boolean closed;

    StepPool(String name, int parts) {
        this.name = name;
        this.parts = parts;
        this.threads = new Thread[parts];
        this.alive = new boolean[parts];
        this.parked = new AtomicIntegerArray(parts);
    }

    int parts() {
        return parts;
    }

    /** Runs {@code t} on every part; rethrows the first failure (the caller's own first). */
    void run(Task t) {
        failure.set(null);
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException("StepPool of " + name + " is closed");
            }
            task = t;
            pending.set(parts - 1);
            long seen = generation;
            for (int p = 1; p < parts; p++) {
                if (!alive[p]) {
                    start(p, seen);
                }
            }
            generation = seen + 1;
        }
        for (int p = 1; p < parts; p++) {
            if (parked.get(p) == 1) {
                LockSupport.unpark(threads[p]);
            }
        }
        Throwable own = null;
        try {
            t.run(0);
        } catch (Throwable e) {
            own = e;
        }
        for (int spins = 0; pending.get() != 0; spins++) {
            if (spins < 4096) {
                Thread.onSpinWait();
            } else {
                Thread.yield();
            }
        }
        task = null;
        Throwable f = own != null ? own : failure.get();
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
        for (int p = 1; p < parts; p++) {
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

    private static void work(WeakReference<StepPool> ref, int part, long seen) {
        long idleSince = System.nanoTime();
        while (true) {
            StepPool p = ref.get();
            if (p == null || p.closed) {
                return;
            }
            long g = p.generation;
            if (g != seen) {
                seen = g;
                try {
                    p.task.run(part);
                } catch (Throwable e) {
                    p.failure.compareAndSet(null, e);
                }
                p.pending.decrementAndGet();
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
                        p.alive[part] = false;
                        return;
                    }
                }
                continue;
            }
            p.parked.set(part, 1);
            if (p.generation == seen && !p.closed) {
                AtomicIntegerArray flags = p.parked;
                p = null;
                LockSupport.parkNanos(PARK_NANOS);
                flags.set(part, 0);
            } else {
                p.parked.set(part, 0);
            }
        }
    }
}
