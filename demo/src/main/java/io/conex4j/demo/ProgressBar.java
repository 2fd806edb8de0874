package io.conex4j.demo;

import io.conex4j.core.runtime.ProgressListener;
import java.io.PrintStream;
import java.util.Locale;

/** A text progress bar on a stream (stderr), shown only once a run has taken longer than one second. */
final class ProgressBar implements ProgressListener {

    private static final long SHOW_AFTER_NANOS = 1_000_000_000L;
    private static final int WIDTH = 40;
    private final PrintStream out;
    private final long start = System.nanoTime();
    private long lastDraw;
    private boolean shown;

    ProgressBar(PrintStream out) {
        this.out = out;
    }

    @Override
    public void progress(int done, int ofTotal) {
        long now = System.nanoTime();
        if (now - start < SHOW_AFTER_NANOS || (now - lastDraw < 100_000_000L && done < ofTotal)) {
            return;
        }
        lastDraw = now;
        shown = true;
        int filled = (int) ((long) done * WIDTH / ofTotal);
        out.printf(Locale.ROOT, "\r[%s%s] %3d%% %d/%d steps", "#".repeat(filled), " ".repeat(WIDTH - filled),
                done * 100L / ofTotal, done, ofTotal);
        out.flush();
    }

    void finish() {
        if (shown) {
            out.println();
        }
    }
}
