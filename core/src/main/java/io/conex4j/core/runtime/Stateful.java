package io.conex4j.core.runtime;

/**
 * A behavior with state of its own (beyond the declared state of its owner, which the archive saves by
 * itself) that must be saved for a restored network to continue exactly: refractory timers, recorders,
 * adaptation, private traces. {@link #restoreState} validates as it reads; the archive rolls the whole
 * network back if anything fails.
 */
public interface Stateful {

    /** Writes copies of the state arrays into {@code scope}. */
    void saveState(StateScope scope);

    /** Reads the state back (after initialize, into a network of the same structure). */
    void restoreState(StateScope scope);
}
