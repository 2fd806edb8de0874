package io.conex4j.core.recording;

/** What a recorder does when its preallocated buffer is full. */
public enum CapacityPolicy {
    /** Throw an {@link IllegalStateException} naming the recorder, its capacity and the iteration (default). */
    FAIL,
    /** Stop recording, keep what was recorded, mark the recorder truncated and log one warning. */
    STOP
}
