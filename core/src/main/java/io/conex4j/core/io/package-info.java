/**
 * Files in and out, with nothing but the JDK. {@link io.conex4j.core.io.NetworkArchive} saves a network's
 * whole state (every declared state slot of the groups plus the state of every
 * {@link io.conex4j.core.runtime.Stateful} behavior) into one NumPy {@code .npz} archive with a checksummed JSON
 * manifest, and restores it into a network of the same structure so that a run continues exactly. Underneath
 * are readers and writers for NumPy's {@code .npy} and {@code .npz} formats, a small strict JSON reader and
 * writer, and CSV exports of spikes and weights. Files are written atomically through {@link
 * io.conex4j.core.io.AtomicFiles}: to a temporary file first, then renamed over the target. Reads are bounded:
 * an archive entry may not inflate beyond what the network's own state of that name holds.
 */
package io.conex4j.core.io;
