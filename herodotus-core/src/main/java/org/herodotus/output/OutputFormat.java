package org.herodotus.output;

import java.util.Locale;

/** The formats {@code herodotus code} writes. */
public enum OutputFormat {
    JSONL, TSV, TABLE;

    public static OutputFormat parse(String s) {
        try {
            return valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown output format '" + s + "'; use jsonl, tsv or table");
        }
    }
}
