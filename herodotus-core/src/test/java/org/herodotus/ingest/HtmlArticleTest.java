package org.herodotus.ingest;

import static org.herodotus.ingest.ArticleReaderTest.onlyArticle;
import static org.herodotus.ingest.ArticleReaderTest.onlyProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.herodotus.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlArticleTest {

    static final LocalDate DEFAULT_DATE = LocalDate.of(2020, 8, 17);

    @TempDir
    Path dir;

    final ArticleReader reader = new ArticleReader(ReadOptions.defaults().withDefaultDate(DEFAULT_DATE));

    @Test
    void boilerplateIsRemovedAndTitleDateUrlRead() throws IOException {
        Article article = read("sarraj-meets-akar.html", """
                <!doctype html>
                <html><head>
                  <title>Sarraj meets Akar | Example News</title>
                  <meta property="og:title" content="Sarraj meets Akar">
                  <meta property="og:site_name" content="Example News">
                  <meta property="article:published_time" content="2020-08-18T09:30:00+02:00">
                  <link rel="canonical" href="https://news.example/sarraj-akar">
                  <script>var tracking = "the of and";</script>
                  <style>p { color: red }</style>
                </head><body>
                  <header><a href="/">Home</a> Subscribe now</header>
                  <nav><ul><li>World</li><li>Sport</li></ul></nav>
                  <article>
                    <h1>Sarraj meets Akar</h1>
                    <p>The head of the Libyan government, Fayez al-Sarraj, met Turkish Defense Minister Hulusi Akar.</p>
                    <p>They discussed   military
                       cooperation in Tripoli.</p>
                    <aside><p>Read more: an unrelated story</p></aside>
                  </article>
                  <footer><p>Copyright Example News</p></footer>
                </body></html>
                """);
        assertEquals("The head of the Libyan government, Fayez al-Sarraj, met Turkish Defense Minister Hulusi Akar."
                + "\n\nThey discussed military cooperation in Tripoli.", article.text());
        assertEquals("sarraj-meets-akar", article.id());
        assertEquals("Sarraj meets Akar", article.title());
        assertEquals(LocalDate.of(2020, 8, 18), article.published());
        assertEquals("https://news.example/sarraj-akar", article.url());
        assertEquals("Example News", article.source());
    }

    @Test
    void withoutArticleElementTheBlockWithMostParagraphTextIsKept() throws IOException {
        Article article = read("page.htm", """
                <html><head><title>Talks</title></head><body>
                <div class="sidebar"><p>Popular</p></div>
                <div class="story"><p>Ministers met in Tripoli on Monday.</p><p>They agreed to meet again.</p></div>
                <div><time datetime="2019-05-06">6 May</time></div>
                </body></html>
                """);
        assertEquals("Ministers met in Tripoli on Monday.\n\nThey agreed to meet again.", article.text());
        assertEquals("Talks", article.title());
        assertEquals(LocalDate.of(2019, 5, 6), article.published());
        assertNull(article.url());
    }

    @Test
    void pageWithoutDateGetsTheDefault() throws IOException {
        assertEquals(DEFAULT_DATE, read("a.html", "<p>Ministers met.</p>").published());
    }

    @Test
    void malformedHtmlStillGivesItsText() throws IOException {
        Article article = read("broken.html", "<html><body><div>Ministers <b>met in Tripoli<div>They agreed</span> to meet again<br>Later");
        assertEquals("Ministers met in Tripoli\n\nThey agreed to meet again\n\nLater", article.text());
    }

    @Test
    void pageOfOnlyBoilerplateIsEmpty() throws IOException {
        Path file = Files.writeString(dir.resolve("nav.html"), "<html><body><nav>Home</nav><script>x()</script></body></html>");
        InputProblem problem = onlyProblem(reader.readAll(List.of(file.toString())));
        assertEquals(InputProblem.Reason.EMPTY, problem.reason());
    }

    @Test
    void pageDeclaringItsCharsetIsDecodedWithIt() throws IOException {
        Path file = dir.resolve("latin.html");
        Files.write(file, "<html><head><meta charset=\"windows-1252\"></head><body><p>Caf\u00e9 talks.</p></body></html>"
                .getBytes(Charset.forName("windows-1252")));
        assertEquals("Caf\u00e9 talks.", onlyArticle(reader.readAll(List.of(file.toString()))).text());
    }

    @Test
    void undeclaredNonUtf8PageIsBadEncoding() throws IOException {
        Path file = dir.resolve("latin.html");
        Files.write(file, "<p>Caf\u00e9 talks.</p>".getBytes(Charset.forName("windows-1252")));
        InputProblem problem = onlyProblem(reader.readAll(List.of(file.toString())));
        assertEquals(InputProblem.Reason.BAD_ENCODING, problem.reason());
        assertFalse(problem.message().contains("\n"));
        assertTrue(problem.message().contains("iconv"));
    }

    private Article read(String name, String html) throws IOException {
        Path file = Files.writeString(dir.resolve(name), html);
        return onlyArticle(reader.readAll(List.of(file.toString())));
    }
}
