package io.conex4j.core.runtime;

import java.util.Arrays;

/**
 * The current a synapse group delivers to each destination neuron this iteration (nA), with the one rule
 * its readers rely on: {@link #isZero()} tells that every value is zero without scanning them, so a dendrite
 * skips silent synapses. Writers call {@link #clear()} at the start of an iteration (it refills zeros only
 * if something was written since) and {@link #accumulate()} to add into it.
 */
public final class SynapticCurrent {

    private final float[] values;
    private boolean zero = true;

    /** A zero current for {@code size} destination neurons. */
    public SynapticCurrent(int size) {
        this.values = new float[size];
    }

    /** The values; live array. Write through {@link #accumulate()} so that {@link #isZero()} stays true. */
    public float[] values() {
        return values;
    }

    /** Whether every value is known to be zero. */
    public boolean isZero() {
        return zero;
    }

    /** Sets every value to zero (a no-op when they already are). */
    public void clear() {
        if (!zero) {
            Arrays.fill(values, 0f);
            zero = true;
        }
    }

    /** The values to add into; from now on they are not assumed zero. */
    public float[] accumulate() {
        zero = false;
        return values;
    }

    /** Marks the values as changed from outside (a restore, a test writing into {@link #values()}). */
    public void changed() {
        zero = false;
    }
}
