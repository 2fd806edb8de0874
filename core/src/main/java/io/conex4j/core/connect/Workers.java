package io.conex4j.core.connect;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * Runs independent tasks {@code 0 .. tasks-1} on up to {@code threads} threads (the caller is one of them). Each
 * thread makes its own worker (its scratch arrays) once; the tasks must not depend on which thread runs them or in
 * which order, so that the result is the same for any thread count. The first failure is rethrown in the caller.
 */
final class Workers {

    private Workers() {
    }

    static void run(int tasks, int threads, Supplier<IntConsumer> workerFactory) {
        int n = Math.max(1, Math.min(threads, tasks));
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable loop = () -> {
            try {
                IntConsumer worker = workerFactory.get();
                for (int t = next.getAndIncrement(); t < tasks && failure.get() == null; t = next.getAndIncrement()) {
                    worker.accept(t);
                }
            } catch (Throwable e) {
                failure.compareAndSet(null, e);
            }
        };
        List<Thread> started = new ArrayList<>();
        for (int i = 1; i < n; i++) {
            Thread t = new Thread(loop, "conex4j-connect-" + i);
            t.setDaemon(true);
            t.start();
            started.add(t);
        }
        loop.run();
        boolean interrupted = false;
        for (Thread t : started) {
            while (true) {
                try {
                    t.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        Throwable f = failure.get();
        if (f instanceof RuntimeException re) {
            throw re;
        }
        if (f instanceof Error err) {
            throw err;
        }
        if (f != null) {
            throw new IllegalStateException(f);
        }
    }
}
