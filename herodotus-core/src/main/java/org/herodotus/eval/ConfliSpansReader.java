package org.herodotus.eval;

import java.util.ArrayList;
import java.util.List;
import org.herodotus.model.Span;

/**
 * Reads ConfliBERT CoNLL sentences: one {@code token TAG} per line, a blank line between sentences; tags are
 * {@code O}, {@code B-S}/{@code I-S} (source actor), {@code B-T}/{@code I-T} (target actor) and
 * {@code B-R}/{@code I-R} (the event phrase, not scored and skipped).
 *
 * <p>Each sentence becomes one record with id {@code sentence-N} (1-based) whose text is its tokens joined
 * by single spaces, so token {@code k} starts where the previous one ended plus one; the tagged spans become
 * half-open character offsets into that text. An {@code I-} tag without a {@code B-} before it starts a
 * span (the conlleval convention). {@code -DOCSTART-} lines are skipped.
 */
final class ConfliSpansReader implements GoldReader {

    @Override
    public List<GoldArticle> parse(String content, String fileName) {
        List<GoldArticle> out = new ArrayList<>();
        String[] lines = content.split("\r?\n", -1);
        Sentence current = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("-DOCSTART-")) {
                if (current != null) {
                    out.add(current.toArticle(out.size() + 1));
                    current = null;
                }
                continue;
            }
            String where = "line " + (i + 1);
            String[] fields = line.split("\\s+");
            if (fields.length < 2) {
                throw new GoldFormatException(fileName, where, "no tag after the token \"" + line + "\"",
                        "write the token, a space and its tag (O, B-S, I-S, B-T, I-T)");
            }
            String tag = fields[fields.length - 1];
            if (!tag.matches("O|[BI]-[STR]")) {
                throw new GoldFormatException(fileName, where, "unknown tag \"" + tag + "\"",
                        "use O, B-S, I-S, B-T, I-T, B-R or I-R");
            }
            if (current == null) {
                current = new Sentence();
            }
            current.add(fields[0], tag);
        }
        if (current != null) {
            out.add(current.toArticle(out.size() + 1));
        }
        return out;
    }

    private static final class Sentence {
        final StringBuilder text = new StringBuilder();
        final List<Span> sources = new ArrayList<>();
        final List<Span> targets = new ArrayList<>();
        char openRole;
        int openBegin;
        int lastEnd;

        void add(String token, String tag) {
            if (text.length() > 0) {
                text.append(' ');
            }
            int begin = text.length();
            text.append(token);
            char role = tag.equals("O") ? 0 : tag.charAt(2);
            boolean continues = tag.startsWith("I-") && role == openRole;
            if (!continues) {
                close();
                if (role != 0) {
                    openRole = role;
                    openBegin = begin;
                }
            }
            lastEnd = text.length();
        }

        void close() {
            if (openRole == 'S') {
                sources.add(new Span(openBegin, lastEnd));
            } else if (openRole == 'T') {
                targets.add(new Span(openBegin, lastEnd));
            }
            openRole = 0;
        }

        GoldArticle toArticle(int n) {
            close();
            return new GoldArticle("sentence-" + n, null, text.toString(), List.of(), null,
                    new GoldSpans(sources, targets), "", null);
        }
    }
}
