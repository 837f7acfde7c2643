package org.herodotus.ingest;

import java.util.Objects;

/**
 * Why one input (a file, standard input, or one line of a JSONL file) gave no article, and what to do.
 *
 * <p>{@link #message()} is a single line that names the input, says what is wrong and how to fix it,
 * ready to be printed on standard error, e.g.
 * {@code news.jsonl:3: not valid JSON (Unexpected character '}' at column 12); fix the line or remove it
 * — the other lines are still read}.
 *
 * @param input  the input's name: a path as given, {@code -} for standard input, or {@code FILE:LINE}
 * @param reason what kind of problem it is
 * @param detail what is wrong, without the input's name (one line)
 * @param fix    what the user can do about it (one line)
 */
public record InputProblem(String input, Reason reason, String detail, String fix) {

    private static final int MAX_DETAIL = 240;

    /** The kinds of problem an input can have. */
    public enum Reason {
        MISSING("check the path"),
        UNREADABLE("check that the file can be read"),
        EMPTY("give it some text or leave it out"),
        BINARY("give a text, HTML or JSONL file"),
        BAD_ENCODING("convert it to UTF-8, e.g. iconv -f WINDOWS-1252 -t UTF-8"),
        MALFORMED_JSON("fix the line or remove it"),
        MISSING_TEXT("add a \"text\" field holding the article text"),
        BAD_DATE("write it as YYYY-MM-DD, or drop it to use the default date (--date)"),
        UNKNOWN_FORMAT("give a .txt, .html, .htm, .jsonl or .json file, a directory, or - for standard input"),
        TOO_LARGE("split it into smaller articles"),
        NOT_ENGLISH("Herodotus codes English text; translate it first");

        private final String fix;

        Reason(String fix) {
            this.fix = fix;
        }

        /** The usual fix for this kind of problem. */
        public String fix() {
            return fix;
        }
    }

    public InputProblem {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(reason, "reason");
        detail = oneLine(Objects.requireNonNull(detail, "detail"));
        fix = oneLine(Objects.requireNonNull(fix, "fix"));
    }

    /** A problem whose fix is the reason's usual one. */
    public static InputProblem of(String input, Reason reason, String detail) {
        return new InputProblem(input, reason, detail, reason.fix());
    }

    /** One line naming the input, what is wrong and what to do. */
    public String message() {
        return input + ": " + detail + "; " + fix;
    }

    @Override
    public String toString() {
        return message();
    }

    /** Library messages (Jackson's in particular) can span lines and quote long excerpts. */
    private static String oneLine(String s) {
        String flat = s.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
        return flat.length() <= MAX_DETAIL ? flat : flat.substring(0, MAX_DETAIL - 1) + "…";
    }
}
