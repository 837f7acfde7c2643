package org.herodotus.eval;

/** A gold file that does not follow its format; the message names the file, the record and the fix. */
public final class GoldFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final String record;

    public GoldFormatException(String file, String record, String problem, String fix) {
        super("eval: gold file " + file + ", " + record + ": " + problem + ". Fix: " + fix);
        this.file = file;
        this.record = record;
    }

    public String file() {
        return file;
    }

    /** Where in the file: {@code line 12}, {@code record "AFP0808020625_4"}, ... */
    public String record() {
        return record;
    }
}
