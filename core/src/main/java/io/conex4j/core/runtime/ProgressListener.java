package io.conex4j.core.runtime;

/** Told after each iteration of {@link Network#simulate(int, ProgressListener)}. */
@FunctionalInterface
public interface ProgressListener {

    /**
     * @param done iterations completed in this call (1-based)
     * @param total iterations requested in this call
     */
    void progress(int done, int total);
}
