package org.herodotus.ingest;

import java.util.Objects;
import org.herodotus.model.Article;

/** What reading one input, or one line of a JSONL input, gave: an article or a problem. */
public sealed interface ReadResult {

    /** An article was read. */
    record Ok(Article article) implements ReadResult {
        public Ok {
            Objects.requireNonNull(article, "article");
        }
    }

    /** No article could be read; the problem says why and what to do. */
    record Failed(InputProblem problem) implements ReadResult {
        public Failed {
            Objects.requireNonNull(problem, "problem");
        }
    }
}
