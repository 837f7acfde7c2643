package org.herodotus.store;

import java.util.Locale;

/** What became of an article fed to {@code herodotus ingest}; stored in {@code articles.status}. */
public enum ArticleStatus {
    /** Coded into one or more mentions. */
    CODED,
    /** Read and parsed, but no actor the knowledge base knows was found. */
    NO_ACTORS,
    /** Actors were found, but no event pattern matched. */
    NO_EVENT,
    /** The reader judged the text not English; the id is the input's name. */
    NOT_ENGLISH,
    /** The same text (SHA-256) as an earlier article with another id, named in {@code duplicate_of}. */
    DUPLICATE_TEXT,
    /** The input gave no article (missing, unreadable, empty, binary, malformed); the id is the input's name. */
    UNREADABLE,
    /** Coding failed; the reason holds the message. */
    ERROR;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
