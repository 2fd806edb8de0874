package io.conex4j.core.runtime;

import java.lang.ref.WeakReference;
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
 * not depend on the thread that runs it. Per task, one cache line goes from the stepping thread to each worker (the
 * task's generation) and one comes back per part. Between tasks a worker spins briefly (steps follow each other
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
    /**
     * Longs between the slots of two parts (256 bytes): a part's claim and its completion lie 128 bytes apart, and
     * apart from every other part's. The worker that claims its part then finds the claim's line in its own cache
     * (the stepping thread reads only the completion while it waits), so that per task one line goes from the
     * stepping thread to each worker (the generation) and one comes back (the completion).
     */
    private static final int SLOT = 32;
    private static final int CLAIM = 0;
    private static final int DONE = 16;

    private final String name;
    private final int threadCount;
    private final Thread[] threads;
    private final boolean[] alive;
    private final AtomicIntegerArray parked;
    private volatile int partCount;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final Object lock = new Object();
    private volatile long generation;
    private volatile Task task;
    private volatile boolean closed;
    /**
     * Per part, {@value #SLOT} longs apart: the generation in which the part was last taken ({@link #CLAIM}) and the
     * last in which it finished ({@link #DONE}). The stepping thread's own parts use neither: only it runs them.
     */
    private volatile AtomicLongArray slots = new AtomicLongArray(0);

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
        if (failure.get() != null) {
            failure.set(null);
        }
        long g;
        long published = System.nanoTime();
        AtomicLongArray s;
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException("StepPool of " + name + " is closed");
            }
            long seen = generation;
            for (int p = 1; p < threadCount; p++) {
                if (!alive[p]) {
                    start(p, seen);
                }
            }
            // allocated before publishing: nothing between -g and g may fail
            s = slots.length() < parts * SLOT ? new AtomicLongArray(parts * SLOT) : slots;
            g = seen + 1;
            // new fields are published in three steps: -g (being written), the fields, g; a worker reads the fields
            // between two equal positive generations (see serve), so it never pairs a generation with another task's
            // fields. The fields are written only when they change, and then g alone is published: each write takes
            // the line from the workers' caches
            if (task != t || partCount != parts || slots != s) {
                generation = -g;
                task = t;
                partCount = parts;
                slots = s;
            }
            generation = g;
        }
        for (int p = 1; p < threadCount; p++) {
            if (parked.get(p) == 1) {
                LockSupport.unpark(threads[p]);
            }
        }
        for (int part = 0; part < parts; part += threadCount) {
            runPart(this, t, part);
        }
        for (int part = 1; part < parts; part++) {
            if (part % threadCount != 0) {
                awaitDone(s, t, g, parts, part, published);
            }
        }
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

    /**
     * Waits until part {@code part} of generation {@code g} has finished. A worker that has not started its part
     * {@value #TAKE_OVER_NANOS} ns after the task was published is not running (the system gave its processor to
     * another process, which on a shared machine can last milliseconds): the stepping thread then runs every part
     * of {@code part .. parts-1} that no worker has started.
     */
    private void awaitDone(AtomicLongArray s, Task t, long g, int parts, int part, long published) {
        for (int spins = 0; s.get(part * SLOT + DONE) != g; spins++) {
            if (spins < 4096) {
                Thread.onSpinWait();
            } else {
                Thread.yield();
            }
            if ((spins & 63) == 63 && System.nanoTime() - published > TAKE_OVER_NANOS) {
                for (int other = part; other < parts; other++) {
                    if (other % threadCount != 0) {
                        runIfUnclaimed(this, s, t, g, other);
                    }
                }
            }
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

    /** Starts worker {@code part}; it counts as alive only once started (a failed start is tried again next task). */
    private void start(int part, long seen) {
        WeakReference<StepPool> ref = new WeakReference<>(this);
        Thread t = new Thread(() -> work(ref, part, seen), "conex4j-" + name + "-worker-" + part);
        t.setDaemon(true);
        parked.set(part, 0);
        t.start();
        threads[part] = t;
        alive[part] = true;
    }

    /**
     * Runs the parts of worker {@code index} ({@code index}, {@code index + threads}, ...) of generation {@code g}
     * that the stepping thread has not taken over. Each part normally runs on the same thread, so the state it writes
     * stays in that processor's cache from one iteration to the next.
     */
    private static void work(StepPool p, Task t, long g, int parts, AtomicLongArray s, int index) {
        for (int part = index; part < parts; part += p.threadCount) {
            runIfUnclaimed(p, s, t, g, part);
        }
    }

    /** Takes part {@code part} of generation {@code g} if no thread has, runs it and marks it done. */
    private static void runIfUnclaimed(StepPool p, AtomicLongArray s, Task t, long g, int part) {
        int at = part * SLOT;
        long was = s.get(at + CLAIM);
        // generations only grow: a thread still looking at an earlier task must not take a part of a later one
        if (was >= g || !s.compareAndSet(at + CLAIM, was, g)) {
            return;
        }
        runPart(p, t, part);
        s.setRelease(at + DONE, g);
    }

    private static void runPart(StepPool p, Task t, int part) {
        try {
            t.run(part);
        } catch (Throwable e) {
            p.failure.compareAndSet(null, e);
        }
    }

    /**
     * A worker's life: serves tasks while they come ({@link #serve}), then parks, and ends when its pool is closed or
     * gone, or after {@value #IDLE_EXIT_MS} ms without work. The rare exits are here, in a loop run about once per
     * millisecond of idleness, so that taking one never discards the JIT's code of the loop that serves the tasks
     * (each network's workers would otherwise start on uncompiled code, and the compiler would take a processor).
     */
    private static void work(WeakReference<StepPool> ref, int index, long seen) {
        long idleSince = System.nanoTime();
        while (true) {
            StepPool p = ref.get();
            if (p == null || p.closed) {
                return;
            }
            if (p.generation != seen) {
                seen = p.serve(index, seen);
                idleSince = System.nanoTime() - YIELD_NANOS;
                continue;
            }
            if (System.nanoTime() - idleSince > IDLE_EXIT_MS * 1_000_000L) {
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

    /**
     * Runs worker {@code index}'s parts of each new task, spinning ({@value #SPIN_NANOS} ns), then yielding between
     * tasks; returns the last generation seen once none has come for {@value #YIELD_NANOS} ns.
     */
    private long serve(int index, long seen) {
        long idleSince = System.nanoTime();
        while (true) {
            long g = generation;
            if (g != seen) {
                if (g < 0) {
                    // being published
                    Thread.onSpinWait();
                    continue;
                }
                Task t = task;
                int parts = partCount;
                AtomicLongArray s = slots;
                if (generation != g) {
                    // a newer task was published meanwhile: the fields may be its
                    continue;
                }
                seen = g;
                if (t != null) {
                    work(this, t, g, parts, s, index);
                }
                idleSince = System.nanoTime();
                continue;
            }
            long idle = System.nanoTime() - idleSince;
            if (idle < SPIN_NANOS) {
                for (int i = 0; i < 64 && generation == seen; i++) {
                    Thread.onSpinWait();
                }
            } else if (idle < YIELD_NANOS) {
                Thread.yield();
            } else {
                return seen;
            }
        }
    }
}
