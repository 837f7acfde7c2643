package org.herodotus.geo;

/** A gazetteer data file that cannot be read: names the file, the line and the fix. */
public final class GazetteerFormatException extends RuntimeException {

    GazetteerFormatException(String file, int line, String problem) {
        super("geo: " + file + (line > 0 ? ":" + line : "") + ": " + problem + "; the files under geo/ are built by "
                + "tools/geo/build_gazetteer.py or written by hand in the format their header describes");
    }

    GazetteerFormatException(String file, String problem, Throwable cause) {
        super("geo: " + file + ": " + problem, cause);
    }
}
