package io.conex4j.core.io;

import java.nio.file.Path;

/**
 * Run in a child JVM by {@link AtomicFilesTest}: starts an atomic write of {@code args[0]}, writes 4 MiB, says
 * {@code writing} on stdout, then waits for its stdin to close (it is killed before).
 */
public final class AtomicFilesKillProbe {

    private AtomicFilesKillProbe() {
    }

    /** Writes {@code args[0]} and never finishes while stdin stays open. */
    public static void main(String[] args) throws Exception {
        AtomicFiles.write(Path.of(args[0]), out -> {
            byte[] chunk = new byte[1 << 20];
            for (int i = 0; i < 4; i++) {
                out.write(chunk);
            }
            out.flush();
            System.out.println("writing");
            System.out.flush();
            while (System.in.read() >= 0) {
                // Wait until killed.
            }
        });
    }
}
