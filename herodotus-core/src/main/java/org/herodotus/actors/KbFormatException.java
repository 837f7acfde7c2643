package org.herodotus.actors;

/** A knowledge-base file that does not follow its format; the message names the file, line and fix. */
public final class KbFormatException extends RuntimeException {

    public KbFormatException(String origin, String problem) {
        super("actors: " + origin + ": " + problem);
    }
}
