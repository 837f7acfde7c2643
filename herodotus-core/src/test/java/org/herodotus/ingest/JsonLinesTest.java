package org.herodotus.ingest;

import static org.herodotus.ingest.ArticleReaderTest.onlyArticle;
import static org.herodotus.ingest.ArticleReaderTest.onlyProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.herodotus.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesTest {

    static final LocalDate DEFAULT_DATE = LocalDate.of(2020, 8, 17);

    @TempDir
    Path dir;

    final ArticleReader reader = new ArticleReader(ReadOptions.defaults().withDefaultDate(DEFAULT_DATE));

    @Test
    void badLineInTheMiddleIsOneProblemAndTheOtherLinesStillCome() throws IOException {
        Path file = write("news.jsonl", """
                {"id": "a", "date": "2020-08-18", "text": "Talks in Tripoli.", "title": "Talks", "url": "http://x/a", "source": "AA"}
                {"id": "b", "text": "Broken line", }
                {"id": "c", "text": "Ceasefire in Sirte."}
                """);
        List<ReadResult> results = read(file);
        assertEquals(3, results.size());
        Article first = assertInstanceOf(ReadResult.Ok.class, results.get(0)).article();
        assertEquals(new Article("a", "Talks in Tripoli.", LocalDate.of(2020, 8, 18), "AA", "http://x/a", "Talks"), first);
        InputProblem problem = assertInstanceOf(ReadResult.Failed.class, results.get(1)).problem();
        assertEquals(InputProblem.Reason.MALFORMED_JSON, problem.reason());
        assertEquals(file + ":2", problem.input());
        assertTrue(problem.message().startsWith(file + ":2: not valid JSON ("), problem::message);
        assertTrue(problem.message().contains("at column"), problem::message);
        assertTrue(problem.message().endsWith("fix the line or remove it — the other lines are still read"));
        assertEquals("c", assertInstanceOf(ReadResult.Ok.class, results.get(2)).article().id());
    }

    @Test
    void lineWithoutTextIsMissingText() throws IOException {
        Path file = write("news.jsonl", "{\"id\": \"a\", \"title\": \"Only a title\"}\n");
        InputProblem problem = onlyProblem(read(file));
        assertEquals(InputProblem.Reason.MISSING_TEXT, problem.reason());
        assertEquals(file + ":1", problem.input());
    }

    @Test
    void missingIdBecomesFileNameAndLineAndMissingDateTheDefault() throws IOException {
        Path file = write("feed.jsonl", "\n{\"text\": \"Talks in Tripoli.\"}\n");
        Article article = onlyArticle(read(file));
        assertEquals("feed.jsonl:2", article.id());
        assertEquals(DEFAULT_DATE, article.published());
        assertNull(article.title());
    }

    @Test
    void timestampGivesItsDatePart() throws IOException {
        Path file = write("feed.jsonl", "{\"text\": \"Talks.\", \"date\": \"2021-03-04T23:10:00-05:00\"}\n");
        assertEquals(LocalDate.of(2021, 3, 4), onlyArticle(read(file)).published());
    }

    @Test
    void impossibleDateIsBadDate() throws IOException {
        Path file = write("feed.jsonl", "{\"text\": \"Talks.\", \"date\": \"2021-02-30\"}\n");
        InputProblem problem = onlyProblem(read(file));
        assertEquals(InputProblem.Reason.BAD_DATE, problem.reason());
        assertTrue(problem.message().contains("\"2021-02-30\""));
    }

    @Test
    void numericIdIsKeptAsText() throws IOException {
        assertEquals("42", onlyArticle(read(write("feed.jsonl", "{\"id\": 42, \"text\": \"Talks.\"}"))).id());
    }

    @Test
    void textCrlfIsNormalisedAndOtherwiseKeptExactly() throws IOException {
        Path file = write("feed.jsonl", "{\"text\": \"  First.\\r\\nSecond.  \"}\r\n");
        assertEquals("  First.\nSecond.  ", onlyArticle(read(file)).text());
    }

    @Test
    void invalidUtf8OnOneLineSparesTheOthers() throws IOException {
        Path file = dir.resolve("mixed.jsonl");
        byte[] good = "{\"text\": \"Talks.\"}\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = "{\"text\": \"Caf\u00e9.\"}\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(file, concat(good, bad, good));
        List<ReadResult> results = read(file);
        assertEquals(3, results.size());
        assertEquals(InputProblem.Reason.BAD_ENCODING,
                assertInstanceOf(ReadResult.Failed.class, results.get(1)).problem().reason());
        assertInstanceOf(ReadResult.Ok.class, results.get(2));
    }

    @Test
    void overlongLineIsTooLargeAndTheNextLineStillComes() throws IOException {
        Path file = write("feed.jsonl", "{\"text\": \"" + "x ".repeat(500) + "\"}\n{\"id\": \"ok\", \"text\": \"Talks.\"}\n");
        List<ReadResult> results = new ArrayList<>();
        new ArticleReader(ReadOptions.defaults().withMaxBytes(200)).read(file.toString(), results::add);
        assertEquals(InputProblem.Reason.TOO_LARGE,
                assertInstanceOf(ReadResult.Failed.class, results.get(0)).problem().reason());
        assertEquals("ok", assertInstanceOf(ReadResult.Ok.class, results.get(1)).article().id());
    }

    @Test
    void prettyPrintedJsonIsOneProblemWithConversionHint() throws IOException {
        Path file = write("feed.json", "[\n  {\"text\": \"Talks.\"},\n  {\"text\": \"More.\"}\n]\n");
        InputProblem problem = onlyProblem(read(file));
        assertEquals(InputProblem.Reason.MALFORMED_JSON, problem.reason());
        assertTrue(problem.message().contains("jq -c"), problem::message);
    }

    @Test
    void fileOfBlankLinesIsEmpty() throws IOException {
        assertEquals(InputProblem.Reason.EMPTY, onlyProblem(read(write("feed.jsonl", "\n  \n"))).reason());
    }

    @Test
    void utf16JsonlIsReadLineByLine() throws IOException {
        Path file = dir.resolve("wide.jsonl");
        byte[] body = "{\"id\": \"a\", \"text\": \"Café.\"}\r\n{\"id\": \"b\", \"text\": \"Tea.\"}\r\n"
                .getBytes(StandardCharsets.UTF_16LE);
        Files.write(file, concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, body));
        List<ReadResult> results = read(file);
        assertEquals(List.of("Café.", "Tea."), results.stream().map(r -> ((ReadResult.Ok) r).article().text()).toList());
    }

    @Test
    @Timeout(10)
    void endlessStreamIsReadLazily() {
        InputStream endless = new InputStream() {
            private final byte[] line = "{\"text\": \"Talks.\"}\n".getBytes(StandardCharsets.UTF_8);
            private long i;

            @Override
            public int read() {
                return line[(int) (i++ % line.length)];
            }
        };
        List<ReadResult> results = new ArrayList<>();
        class Enough extends RuntimeException {
        }
        assertThrows(Enough.class, () -> reader.read("feed.jsonl", endless, Format.JSONL, result -> {
            results.add(result);
            if (results.size() == 3) {
                throw new Enough();
            }
        }));
        assertEquals("feed.jsonl:3", ((ReadResult.Ok) results.get(2)).article().id());
    }

    private List<ReadResult> read(Path file) {
        return reader.readAll(List.of(file.toString()));
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] p : parts) {
            length += p.length;
        }
        byte[] out = new byte[length];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
