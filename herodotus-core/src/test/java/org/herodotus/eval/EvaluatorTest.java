package org.herodotus.eval;

import static org.herodotus.eval.EvalFixtures.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.herodotus.model.Article;
import org.junit.jupiter.api.Test;

class EvaluatorTest {

    private static final List<GoldArticle> GOLD = List.of(
            GoldArticle.of("ok", LocalDate.of(2020, 8, 18), "Libya and Turkey met.",
                    List.of(GoldEvent.cameo("LBY", "TUR", "040"))),
            GoldArticle.of("boom", null, "This one breaks the coder.", List.of(GoldEvent.cameo("USA", "CHN", "042"))),
            new GoldArticle("off", null, "Not evaluated.", List.of(), null, null, "AGENTS", "sentence=\"false\""));

    @Test
    void codesEachScoredRecordAsAnArticleAndScoresIt() {
        List<Article> seen = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Integer> progress = new ArrayList<>();
        Report r = new Evaluator(progress::add).evaluate(GOLD, article -> {
            seen.add(article);
            if (article.id().equals("boom")) {
                throw new IllegalStateException("no parse");
            }
            return List.of(event("LBYGOV", "TUR", "040"));
        });
        seen.sort(java.util.Comparator.comparing(Article::id).reversed());
        assertEquals(List.of("ok", "boom"), seen.stream().map(Article::id).toList(), "records are coded in parallel");
        assertEquals(LocalDate.of(2020, 8, 18), seen.get(0).published());
        assertEquals("Libya and Turkey met.", seen.get(0).text());
        assertEquals(List.of(1, 2, 3), progress);
        assertEquals(new Counts(1, 0, 1), r.level(Level.ROOT).counts());
        assertEquals(1, r.failedArticles());
        assertEquals(List.of(new Report.ArticleError("boom", "IllegalStateException: no parse")), r.errors());
        assertTrue(r.summaryLines().stream().anyMatch(l -> l.startsWith("coder failed on 1 articles")));
        assertEquals("events: P=1.000 R=0.500 F1=0.667", r.summaryLines().get(r.summaryLines().size() - 1));
    }

    @Test
    void coderReturningNullCodesNothing() {
        Report r = new Evaluator().evaluate(GOLD.subList(0, 1), article -> null);
        assertEquals(new Counts(0, 0, 1), r.level(Level.ROOT).counts());
    }
}
