package io.conex4j.core.behaviors.learning;

import io.conex4j.core.runtime.Priorities;

/**
 * CoNeX's SparseSTDP: the rule of {@link SimpleSTDP} (which takes dense and CSC weights alike) under the name
 * CoNeX uses for CSC weights. Spiking destinations visit their column, spiking sources their row.
 */
public final class SparseSTDP extends SimpleSTDP {

    /** At the standard priority (500). */
    public SparseSTDP(StdpParams params) {
        super(params, Priorities.LEARNING);
    }

    /** At an explicit priority. */
    public SparseSTDP(StdpParams params, int priority) {
        super(params, priority);
    }
}
