package org.herodotus.store;

/**
 * Hears how an ingest goes: the store never prints; the command line prints what it hears here.
 * Called on the ingesting thread.
 */
public interface IngestListener {

    /** After each batch is committed. */
    void progress(IngestProgress progress);

    /** A problem with one input or article, as one line naming it and the fix. */
    void problem(String message);

    /** Ignores everything (tests). */
    IngestListener NONE = new IngestListener() {
        @Override
        public void progress(IngestProgress progress) {
        }

        @Override
        public void problem(String message) {
        }
    };
}
