package org.herodotus.store;

/**
 * A problem with the database itself (cannot be opened, is not a Herodotus database, a write failed).
 * Its message is one line naming the stage, the file and the fix.
 */
public final class StoreException extends RuntimeException {

    private final boolean badInput;

    StoreException(String message, boolean badInput, Throwable cause) {
        super(message, cause);
        this.badInput = badInput;
    }

    /** A problem the user can fix by giving another file (as opposed to a failure while working). */
    public boolean badInput() {
        return badInput;
    }

    static StoreException badInput(String message, Throwable cause) {
        return new StoreException(message, true, cause);
    }

    static StoreException failure(String message, Throwable cause) {
        return new StoreException(message, false, cause);
    }
}
