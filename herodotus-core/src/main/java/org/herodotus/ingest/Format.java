package org.herodotus.ingest;

import java.util.Locale;
import java.util.Optional;

/** The kinds of input {@link ArticleReader} understands. */
public enum Format {
    /** Plain text: the whole input is one article. */
    TEXT,
    /** An HTML page: one article, boilerplate removed. */
    HTML,
    /** JSON Lines: one article object per line. */
    JSONL,
    /** Decide from the content: a first non-blank <code>&#123;</code> means JSONL, {@code <} HTML, else text. */
    SNIFF;

    /** The format a file name's extension stands for, if any ({@code .json} is read as JSON Lines). */
    static Optional<Format> ofFileName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt")) {
            return Optional.of(TEXT);
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return Optional.of(HTML);
        }
        if (name.endsWith(".jsonl") || name.endsWith(".json")) {
            return Optional.of(JSONL);
        }
        return Optional.empty();
    }

    /**
     * Whether a file met while walking a directory is read. Unlike {@link #ofFileName}, {@code .json}
     * is left out: directories often hold JSON that is not articles (settings, metadata).
     */
    static boolean readInDirectory(String fileName) {
        return ofFileName(fileName).isPresent() && !fileName.toLowerCase(Locale.ROOT).endsWith(".json");
    }

    /**
     * The format of content starting with {@code head}. A byte-order mark, whitespace and the zero
     * bytes of UTF-16 are skipped, so the first character decides whatever the encoding.
     */
    static Format sniff(byte[] head, int length) {
        for (int i = TextDecoder.detect(head, length).bomLength(); i < length; i++) {
            int b = head[i] & 0xFF;
            if (b != 0 && !Character.isWhitespace(b)) {
                return b == '{' ? JSONL : b == '<' ? HTML : TEXT;
            }
        }
        return TEXT;
    }
}
