package org.herodotus.cli;

import org.herodotus.store.IngestListener;
import org.herodotus.store.IngestProgress;

import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Prints an ingest's progress on standard error after each batch: inputs handled (of the total when
 * known), the rate and the time left. The time spent loading the models is left out of the rate, which
 * would otherwise start low and promise hours for minutes of work. On a terminal the line is rewritten in
 * place; otherwise (a log, a pipe) each update is a line of its own.
 */
final class IngestProgressLine implements IngestListener {

    private final boolean terminal = System.console() != null;
    private final LongSupplier loadNanos;
    private boolean open;

    IngestProgressLine(LongSupplier loadNanos) {
        this.loadNanos = loadNanos;
    }

    @Override
    public void progress(IngestProgress p) {
        String total = p.total().isPresent() ? "/" + p.total().getAsLong() : "";
        double seconds = Math.max(1e-3, (p.elapsed().toNanos() - loadNanos.getAsLong()) / 1e9);
        double rate = p.seen() / seconds;
        String left = "";
        if (p.total().isPresent() && rate > 0) {
            left = ", " + human(Duration.ofSeconds((long) (Math.max(0, p.total().getAsLong() - p.seen()) / rate)))
                    + " left";
        }
        String line = String.format(Locale.ROOT, "herodotus: ingest: %d%s inputs, %.1f/s%s; %d articles and %d "
                + "mentions stored", p.seen(), total, rate, left, p.stored(), p.mentions());
        if (terminal) {
            System.err.print("\r" + line + "\u001b[K");
            open = true;
        } else {
            System.err.println(line);
        }
    }

    @Override
    public void problem(String message) {
        endLine();
        System.err.println("herodotus: " + message);
    }

    void endLine() {
        if (open) {
            System.err.println();
            open = false;
        }
    }

    static String human(Duration d) {
        long s = Math.max(0, d.toSeconds());
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", s / 3600, (s % 3600) / 60);
    }
}
