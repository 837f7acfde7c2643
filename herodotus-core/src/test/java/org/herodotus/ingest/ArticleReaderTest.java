package org.herodotus.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.herodotus.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {

    static final LocalDate DEFAULT_DATE = LocalDate.of(2020, 8, 17);
    static final String TEXT = "Turkish and Qatari ministers arrived in Tripoli on Monday and discussed military "
            + "cooperation with the head of the Libyan government.";

    @TempDir
    Path dir;

    final ArticleReader reader = new ArticleReader(ReadOptions.defaults().withDefaultDate(DEFAULT_DATE));

    @Test
    void textFileIsOneArticleWithDefaultDateAndFileNameId() throws IOException {
        Path file = write("tripoli-visit.txt", TEXT + "\n");
        Article article = onlyArticle(reader.readAll(List.of(file.toString())));
        assertEquals("tripoli-visit", article.id());
        assertEquals(TEXT + "\n", article.text());
        assertEquals(DEFAULT_DATE, article.published());
        assertNull(article.title());
    }

    @Test
    void crlfAndCrAreNormalisedToLf() throws IOException {
        Path file = write("a.txt", "First line.\r\nSecond line.\rThird line.\r\n");
        assertEquals("First line.\nSecond line.\nThird line.\n", onlyArticle(read(file)).text());
    }

    @Test
    void utf8ByteOrderMarkIsStripped() throws IOException {
        Path file = dir.resolve("bom.txt");
        Files.write(file, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "Café talks.".getBytes(StandardCharsets.UTF_8)));
        assertEquals("Café talks.", onlyArticle(read(file)).text());
    }

    @Test
    void utf16WithByteOrderMarkIsDecoded() throws IOException {
        Path le = dir.resolve("le.txt");
        Files.write(le, concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "Café talks in Tripoli.\r\n".getBytes(StandardCharsets.UTF_16LE)));
        Path be = dir.resolve("be.txt");
        Files.write(be, concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, "Café talks.".getBytes(StandardCharsets.UTF_16BE)));
        assertEquals("Café talks in Tripoli.\n", onlyArticle(read(le)).text());
        assertEquals("Café talks.", onlyArticle(read(be)).text());
    }

    @Test
    void windows1252BytesAreBadEncodingWithIconvFix() throws IOException {
        Path file = dir.resolve("latin.txt");
        Files.write(file, "Caf\u00e9 talks in Tripoli.".getBytes(Charset.forName("windows-1252")));
        InputProblem problem = onlyProblem(read(file));
        assertEquals(InputProblem.Reason.BAD_ENCODING, problem.reason());
        assertTrue(problem.message().startsWith(file + ": not valid UTF-8 (byte 0xE9 at offset 3)"), problem::message);
        assertTrue(problem.message().contains("iconv -f WINDOWS-1252 -t UTF-8"));
    }

    @Test
    void missingFileIsReportedWithItsPath() {
        InputProblem problem = onlyProblem(reader.readAll(List.of(dir.resolve("nope.txt").toString())));
        assertEquals(InputProblem.Reason.MISSING, problem.reason());
        assertTrue(problem.message().startsWith(dir.resolve("nope.txt") + ": "));
    }

    @Test
    void emptyAndWhitespaceOnlyFilesAreEmpty() throws IOException {
        assertEquals(InputProblem.Reason.EMPTY, onlyProblem(read(write("empty.txt", ""))).reason());
        assertEquals(InputProblem.Reason.EMPTY, onlyProblem(read(write("blank.txt", " \n\t\n"))).reason());
    }

    @Test
    void binaryFileIsRejected() throws IOException {
        Path file = dir.resolve("image.txt");
        Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D});
        assertEquals(InputProblem.Reason.BINARY, onlyProblem(read(file)).reason());
    }

    @Test
    void fileOverTheLimitIsTooLargeWithSplitFix() throws IOException {
        Path file = write("big.txt", TEXT.repeat(10));
        ArticleReader small = new ArticleReader(ReadOptions.defaults().withMaxBytes(100));
        InputProblem problem = onlyProblem(small.readAll(List.of(file.toString())));
        assertEquals(InputProblem.Reason.TOO_LARGE, problem.reason());
        assertTrue(problem.message().contains("split it"), problem::message);
    }

    @Test
    void explicitFileOfUnknownTypeIsUnknownFormat() throws IOException {
        Path file = write("report.pdf", TEXT);
        assertEquals(InputProblem.Reason.UNKNOWN_FORMAT, onlyProblem(read(file)).reason());
    }

    @Test
    void frenchArticleIsNotEnglish() throws IOException {
        Path file = write("fr.txt", LanguageCheckTest.FRENCH);
        InputProblem problem = onlyProblem(read(file));
        assertEquals(InputProblem.Reason.NOT_ENGLISH, problem.reason());
        assertTrue(problem.message().contains("translate it first"));
    }

    @Test
    void directoryIsReadRecursivelyInPathOrderSkippingOtherFiles() throws IOException {
        Files.createDirectories(dir.resolve("b"));
        Files.createDirectories(dir.resolve(".git"));
        write("b/2.txt", "Second.");
        write("a.txt", "First.");
        write("c.jsonl", "{\"id\": \"third\", \"text\": \"Third.\"}\n");
        write("b/notes.pdf", "ignored");
        write("b/meta.json", "{\"text\": \"settings, not an article\"}");
        write(".git/x.txt", "hidden");
        List<String> ids = new ArrayList<>();
        reader.read(dir.toString(), result -> ids.add(((ReadResult.Ok) result).article().id()));
        assertEquals(List.of("a", "2", "third"), ids);
    }

    @Test
    void emptyDirectoryIsReported() throws IOException {
        Files.createDirectories(dir.resolve("none"));
        assertEquals(InputProblem.Reason.EMPTY, onlyProblem(read(dir.resolve("none"))).reason());
    }

    @Test
    void standardInputIsSniffedAsJsonlHtmlOrText() {
        assertEquals(List.of("one", "two"), stdin("\n  {\"id\":\"one\",\"text\":\"A.\"}\n{\"id\":\"two\",\"text\":\"B.\"}\n")
                .stream().map(r -> ((ReadResult.Ok) r).article().id()).toList());
        Article html = onlyArticle(stdin("<html><title>T</title><body><p>Talks held.</p></body></html>"));
        assertEquals("Talks held.", html.text());
        assertEquals("T", html.title());
        Article text = onlyArticle(stdin("Talks held in Tripoli."));
        assertEquals("stdin", text.id());
        assertEquals("Talks held in Tripoli.", text.text());
    }

    @Test
    void standardInputLineProblemsAreNamedDashColonLine() {
        InputProblem problem = onlyProblem(stdin("{\"id\":\"x\"}\n"));
        assertEquals("-:1", problem.input());
        assertEquals(InputProblem.Reason.MISSING_TEXT, problem.reason());
    }

    @Test
    void dashReadsTheStandardInputStream() {
        ArticleReader withStdin = new ArticleReader(ReadOptions.defaults(),
                () -> new ByteArrayInputStream("Talks held.".getBytes(StandardCharsets.UTF_8)));
        assertEquals("Talks held.", onlyArticle(withStdin.readAll(List.of("-"))).text());
    }

    @Test
    void oneBadInputDoesNotStopTheBatch() throws IOException {
        Path good = write("good.txt", TEXT);
        List<ReadResult> results = reader.readAll(List.of(dir.resolve("missing.txt").toString(), good.toString()));
        assertInstanceOf(ReadResult.Failed.class, results.get(0));
        assertInstanceOf(ReadResult.Ok.class, results.get(1));
    }

    private List<ReadResult> stdin(String content) {
        List<ReadResult> results = new ArrayList<>();
        reader.read("-", new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), Format.SNIFF, results::add);
        return results;
    }

    private List<ReadResult> read(Path path) {
        return reader.readAll(List.of(path.toString()));
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    static Article onlyArticle(List<ReadResult> results) {
        assertEquals(1, results.size(), results::toString);
        return assertInstanceOf(ReadResult.Ok.class, results.get(0), results::toString).article();
    }

    static InputProblem onlyProblem(List<ReadResult> results) {
        assertEquals(1, results.size(), results::toString);
        return assertInstanceOf(ReadResult.Failed.class, results.get(0), results::toString).problem();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
