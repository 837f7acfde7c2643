package org.herodotus.ingest;

import java.util.Locale;
import org.herodotus.model.Article;

/** The checks every article passes before it is handed on, whatever format it came from. */
final class Checks {

    private Checks() {
    }

    /** The article itself, or the first problem found with its text: empty, binary, not English. */
    static ReadResult check(String input, Article article) {
        String text = article.text();
        if (text.isEmpty()) {
            return failed(input, InputProblem.Reason.EMPTY, "has no text");
        }
        if (text.isBlank()) {
            return failed(input, InputProblem.Reason.EMPTY, "has only whitespace, no text");
        }
        if (TextDecoder.looksBinary(text)) {
            return failed(input, InputProblem.Reason.BINARY, "text holds control characters, as binary data does");
        }
        LanguageCheck.Verdict language = LanguageCheck.judge(text);
        if (!language.english()) {
            return failed(input, InputProblem.Reason.NOT_ENGLISH, String.format(Locale.ROOT,
                    "does not look like English (%d of %d words are common English words, below %.0f%%)",
                    language.commonWords(), language.words(), 100 * LanguageCheck.MIN_SHARE));
        }
        return new ReadResult.Ok(article);
    }

    static ProblemException tooLarge(String input, long size, long max) {
        String what = size > max ? "is " + bytes(size) + ", over" : "is over";
        return new ProblemException(input, InputProblem.Reason.TOO_LARGE,
                what + " the limit of " + bytes(max) + " for one article");
    }

    static String bytes(long n) {
        if (n < 1024) {
            return n + " bytes";
        }
        if (n < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", n / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", n / (1024.0 * 1024));
    }

    private static ReadResult failed(String input, InputProblem.Reason reason, String detail) {
        return new ReadResult.Failed(InputProblem.of(input, reason, detail));
    }
}
