package org.herodotus.coding;

/** A lexicon or code-table file that does not follow its format; names the file, line and fix. */
public final class LexiconFormatException extends RuntimeException {

    public LexiconFormatException(String origin, String problem) {
        super("coding: " + origin + ": " + problem);
    }
}
