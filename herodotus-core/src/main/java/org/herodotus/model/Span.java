package org.herodotus.model;

/**
 * A half-open character range {@code [begin, end)} into an article's text.
 *
 * <p>All offsets in Herodotus follow this one convention: {@code begin} is the index of the first
 * character, {@code end} the index after the last, so {@code text.substring(begin, end)} is the span's
 * text. Spans never copy text; use {@link #of(String)} to read it.
 */
public record Span(int begin, int end) implements Comparable<Span> {

    public Span {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("invalid span [" + begin + ", " + end + ")");
        }
    }

    /** The text this span covers in {@code text}. */
    public String of(String text) {
        if (end > text.length()) {
            throw new IllegalArgumentException(
                    "span [" + begin + ", " + end + ") lies outside a text of length " + text.length());
        }
        return text.substring(begin, end);
    }

    public int length() {
        return end - begin;
    }

    public boolean contains(Span other) {
        return begin <= other.begin && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return begin < other.end && other.begin < end;
    }

    /** The smallest span covering both. */
    public Span union(Span other) {
        return new Span(Math.min(begin, other.begin), Math.max(end, other.end));
    }

    @Override
    public int compareTo(Span o) {
        return begin != o.begin ? Integer.compare(begin, o.begin) : Integer.compare(end, o.end);
    }
}
