package org.herodotus.ingest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Consumer;
import org.herodotus.model.Article;

/**
 * Reads JSON Lines lazily: one {@code {"id","date","text","title","url","source"}} object per line, only
 * {@code text} required. Every line gives its own result, so a bad line is reported and the others are
 * still read; blank lines are skipped.
 */
final class JsonLines {

    private static final String OTHERS_STILL_READ = " — the other lines are still read";

    private final ObjectMapper mapper = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private final ReadOptions options;

    JsonLines(ReadOptions options) {
        this.options = options;
    }

    /**
     * Reads {@code in} to its end, passing each line's result to {@code sink}. {@code input} names the
     * stream in problems ({@code input:LINE}); {@code idBase} builds the ids of lines without one.
     */
    void read(String input, String idBase, InputStream in, Consumer<? super ReadResult> sink) {
        BufferedInputStream buffered = new BufferedInputStream(in, TextDecoder.SAMPLE);
        int lineNumber = 0;
        boolean sawContent = false;
        try {
            byte[] head = new byte[TextDecoder.SAMPLE];
            buffered.mark(TextDecoder.SAMPLE);
            int headLength = buffered.readNBytes(head, 0, head.length);
            buffered.reset();
            TextDecoder.Encoding encoding = TextDecoder.detect(head, headLength);
            if (!encoding.utf16()) {
                TextDecoder.rejectBinary(input, head, encoding.bomLength(), headLength);
            }
            buffered.skipNBytes(encoding.bomLength());
            LineSplitter lines = new LineSplitter(buffered, encoding.utf16() ? 2 : 1,
                    encoding.charset().equals(StandardCharsets.UTF_16BE), options.maxBytes());
            for (LineSplitter.Line line = lines.next(); line != null; line = lines.next()) {
                lineNumber = line.number();
                String name = input + ":" + line.number();
                String json;
                try {
                    json = text(name, line, encoding);
                } catch (ProblemException e) {
                    sink.accept(new ReadResult.Failed(othersStillRead(e.problem())));
                    sawContent = true;
                    continue;
                }
                if (json.isBlank()) {
                    continue;
                }
                if (!sawContent && (json.strip().equals("[") || json.strip().equals("{"))) {
                    throw prettyPrinted(input, json.strip().equals("["));
                }
                sawContent = true;
                ReadResult result = parse(name, idBase + ":" + line.number(), json);
                sink.accept(result instanceof ReadResult.Failed failed
                        ? new ReadResult.Failed(othersStillRead(failed.problem())) : result);
            }
            if (!sawContent) {
                sink.accept(new ReadResult.Failed(InputProblem.of(input, InputProblem.Reason.EMPTY,
                        "has no articles (no non-blank lines)")));
            }
        } catch (ProblemException e) {
            sink.accept(new ReadResult.Failed(e.problem()));
        } catch (IOException e) {
            sink.accept(new ReadResult.Failed(new InputProblem(input + ":" + (lineNumber + 1),
                    InputProblem.Reason.UNREADABLE, "reading failed (" + e.getMessage() + ")",
                    "check the file; the lines before this one were read")));
        }
    }

    /** One line as a result: the article, or why the line gives none. */
    ReadResult parse(String name, String defaultId, String json) {
        JsonNode node;
        try {
            node = mapper.readTree(json);
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            String column = at == null || at.getColumnNr() < 0 ? "" : " at column " + at.getColumnNr();
            return failed(name, InputProblem.Reason.MALFORMED_JSON,
                    "not valid JSON (" + e.getOriginalMessage() + column + ")");
        }
        if (node == null || !node.isObject()) {
            String found = node == null ? "nothing" : node.getNodeType().name().toLowerCase(Locale.ROOT);
            return failed(name, InputProblem.Reason.MALFORMED_JSON, "not a JSON object (found " + found + ")");
        }
        JsonNode text = node.get("text");
        if (text == null || text.isNull()) {
            return failed(name, InputProblem.Reason.MISSING_TEXT, "has no \"text\" field");
        }
        if (!text.isTextual()) {
            return new ReadResult.Failed(new InputProblem(name, InputProblem.Reason.MISSING_TEXT,
                    "\"text\" is not a string", "make \"text\" a string holding the article text"));
        }
        JsonNode id = node.get("id");
        if (id != null && !id.isNull() && !id.isValueNode()) {
            return failed(name, InputProblem.Reason.MALFORMED_JSON, "\"id\" must be a string or a number");
        }
        String idText = optional(id);
        String dateText = optional(node.get("date"));
        LocalDate date = options.defaultDate();
        if (dateText != null) {
            date = IsoDates.parse(dateText).orElse(null);
            if (date == null) {
                return failed(name, InputProblem.Reason.BAD_DATE, "date \"" + dateText + "\" is not a YYYY-MM-DD date");
            }
        }
        Article article = new Article(idText == null ? defaultId : idText,
                TextDecoder.normaliseLineEnds(text.textValue()), date,
                optional(node.get("source")), optional(node.get("url")), optional(node.get("title")));
        return Checks.check(name, article);
    }

    private String text(String name, LineSplitter.Line line, TextDecoder.Encoding encoding)
            throws ProblemException {
        if (line.tooLong()) {
            throw Checks.tooLarge(name, line.size(), options.maxBytes());
        }
        return TextDecoder.decode(name, line.bytes(), 0, line.length(), encoding.charset());
    }

    /** A scalar field as text; null when absent, null, blank or not a scalar. */
    private static String optional(JsonNode node) {
        if (node == null || !node.isValueNode() || node.isNull()) {
            return null;
        }
        String s = node.asText();
        return s.isBlank() ? null : s.strip();
    }

    /** A whole JSON document spread over lines would give one confusing problem per line; one suffices. */
    private static ProblemException prettyPrinted(String input, boolean array) {
        return new ProblemException(new InputProblem(input, InputProblem.Reason.MALFORMED_JSON,
                "holds pretty-printed JSON, not one JSON object per line",
                "convert it to JSON Lines, e.g. jq -c " + (array ? "'.[]'" : ".") + " FILE > FILE.jsonl"));
    }

    private static InputProblem othersStillRead(InputProblem p) {
        return new InputProblem(p.input(), p.reason(), p.detail(), p.fix() + OTHERS_STILL_READ);
    }

    private static ReadResult failed(String name, InputProblem.Reason reason, String detail) {
        return new ReadResult.Failed(InputProblem.of(name, reason, detail));
    }
}
