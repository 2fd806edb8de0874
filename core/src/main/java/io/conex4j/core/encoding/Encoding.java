package io.conex4j.core.encoding;

import io.conex4j.core.runtime.Check;

/** Checks and allocation shared by the encoders. */
final class Encoding {

    private Encoding() {
    }

    static int timeWindow(String who, int timeWindow) {
        if (timeWindow < 1) {
            throw new IllegalArgumentException(who + ": timeWindow (" + timeWindow + ") must be >= 1 (steps)");
        }
        return timeWindow;
    }

    /** Checks the image (non-null, finite) and returns T x pixels as an array length. */
    static int cells(String who, int timeWindow, float[] image) {
        if (image == null) {
            throw new IllegalArgumentException(who + ": image must not be null");
        }
        Check.allFinite(who, "image", image);
        long n = Check.product(timeWindow, image.length);
        return Check.arrayLength(who, "timeWindow x pixels = " + timeWindow + " x " + image.length, n);
    }

    static boolean[][] spikes(String who, int timeWindow, int pixels) {
        Check.fitsInHeap(who, "a spike train of " + timeWindow + " x " + pixels, Check.product(timeWindow, pixels + 16L));
        return new boolean[timeWindow][pixels];
    }

    /** Checks that {@code out} has {@code timeWindow} rows of {@code pixels} flags. */
    static void checkOut(String who, int timeWindow, int pixels, boolean[][] out) {
        if (out == null || out.length != timeWindow) {
            throw new IllegalArgumentException(who + ": out has " + (out == null ? "no" : String.valueOf(out.length))
                    + " rows; it needs timeWindow = " + timeWindow + " rows of " + pixels + " flags");
        }
        for (int t = 0; t < timeWindow; t++) {
            if (out[t] == null || out[t].length != pixels) {
                throw new IllegalArgumentException(who + ": out row " + t + " has "
                        + (out[t] == null ? "no array" : out[t].length + " flags") + "; each row needs " + pixels
                        + " (one per pixel)");
            }
        }
    }
}
