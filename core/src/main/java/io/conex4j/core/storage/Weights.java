package io.conex4j.core.storage;

/**
 * The weights of a synapse group: either {@link DenseWeights} (a row-major tensor of rank 1 to 5) or
 * {@link CscWeights} (a true-sparse 2-D matrix in compressed sparse column form). For 2-D weights rows
 * are source neurons and columns destination neurons (CoNeX's "SxD" mode). Unitless.
 */
public sealed interface Weights permits DenseWeights, CscWeights {

    /** The logical shape, e.g. {@code [rows, cols]}; a copy. */
    int[] shape();

    /** The stored values (for CSC, the non-zeros in CSC order); the live array, not a copy. */
    float[] values();

    /** A deep copy. */
    Weights copy();

    /** The heap its arrays take, in bytes (for checks before a copy); the array headers are not counted. */
    long sizeInBytes();

    /** The number of stored values. */
    default int storedCount() {
        return values().length;
    }
}
