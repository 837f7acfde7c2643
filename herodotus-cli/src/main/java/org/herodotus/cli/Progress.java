package org.herodotus.cli;

import java.util.Locale;

/** Progress on standard error, at most every two seconds, with the rate. */
final class Progress {

    private final String verb;
    private final String unit;
    private final long start = System.nanoTime();
    private long last = start;
    private int count;
    private boolean shown;

    Progress(String verb, String unit) {
        this.verb = verb;
        this.unit = unit;
    }

    void step() {
        count++;
        long now = System.nanoTime();
        if (now - last > 2_000_000_000L) {
            last = now;
            shown = true;
            System.err.printf(Locale.ROOT, "\rherodotus: %s %d %s (%.1f/s)", verb, count, unit,
                    count / ((now - start) / 1e9));
        }
    }

    void done() {
        if (shown) {
            System.err.printf(Locale.ROOT, "\rherodotus: %s %d %s in %.1f s%n", verb, count, unit,
                    (System.nanoTime() - start) / 1e9);
        }
    }
}
