package org.herodotus.dates;

import org.herodotus.model.AnnotatedArticle;
import org.herodotus.model.EventDate;

/** The date stage: when did the event anchored at a token of a sentence happen. */
@FunctionalInterface
public interface DateResolver {

    EventDate resolve(AnnotatedArticle article, int sentence, int anchor);

    static DateResolver builtIn() {
        return new TimexDateResolver();
    }
}
