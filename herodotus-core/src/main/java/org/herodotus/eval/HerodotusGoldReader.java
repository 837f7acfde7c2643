package org.herodotus.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads herodotus gold: one JSON object per line with {@code id}, {@code date}, {@code text} and
 * {@code events} ({@code source}, {@code target}, {@code code}, {@code optional}, {@code date}, and
 * optionally {@code plover}). Blank lines are skipped; {@code actors}, {@code places} and unknown fields
 * are ignored (they belong to other evaluations). An optional {@code category} string is kept.
 */
final class HerodotusGoldReader implements GoldReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public List<GoldArticle> parse(String content, String fileName) {
        List<GoldArticle> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        String[] lines = content.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String where = "line " + (i + 1);
            GoldArticle article = article(line, fileName, where);
            if (!ids.add(article.id())) {
                throw new GoldFormatException(fileName, where, "id \"" + article.id() + "\" appears twice",
                        "give every article its own id");
            }
            out.add(article);
        }
        return out;
    }

    private static GoldArticle article(String line, String file, String where) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new GoldFormatException(file, where, "not valid JSON (" + e.getOriginalMessage() + ")",
                    "write one JSON object per line");
        }
        if (node == null || !node.isObject()) {
            throw new GoldFormatException(file, where, "not a JSON object", "write one JSON object per line");
        }
        String id = requiredString(node, "id", file, where);
        String text = requiredString(node, "text", file, where);
        String record = where + " (id \"" + id + "\")";
        LocalDate date = date(node.get("date"), file, record, "date");
        List<GoldEvent> events = new ArrayList<>();
        JsonNode list = node.get("events");
        if (list != null && !list.isNull()) {
            if (!list.isArray()) {
                throw new GoldFormatException(file, record, "\"events\" is not an array",
                        "write \"events\": [{\"source\": ..., \"target\": ..., \"code\": ...}]");
            }
            for (int k = 0; k < list.size(); k++) {
                events.add(event(list.get(k), file, record + ", event " + (k + 1)));
            }
        }
        JsonNode category = node.get("category");
        return new GoldArticle(id, date, text, events, null, null,
                category != null && category.isTextual() ? category.asText() : "", null);
    }

    private static GoldEvent event(JsonNode e, String file, String where) {
        if (!e.isObject()) {
            throw new GoldFormatException(file, where, "not a JSON object",
                    "write {\"source\": \"LBYGOV\", \"target\": \"TURGOV\", \"code\": \"040\"}");
        }
        String source = requiredString(e, "source", file, where);
        String target = optionalString(e, "target", file, where);
        String code = optionalString(e, "code", file, where);
        String plover = optionalString(e, "plover", file, where);
        if (!code.isEmpty() && !code.matches("\\d{2,4}")) {
            throw new GoldFormatException(file, where, "\"code\" is \"" + code + "\", not 2-4 digits",
                    "give the CAMEO code as a quoted string of digits, e.g. \"040\"");
        }
        if (code.isEmpty() && plover.isEmpty()) {
            throw new GoldFormatException(file, where, "the event has neither \"code\" nor \"plover\"",
                    "add the CAMEO code, e.g. \"code\": \"040\"");
        }
        JsonNode optional = e.get("optional");
        if (optional != null && !optional.isNull() && !optional.isBoolean()) {
            throw new GoldFormatException(file, where, "\"optional\" is not true or false",
                    "write \"optional\": true or leave it out");
        }
        if (source.isBlank()) {
            throw new GoldFormatException(file, where, "\"source\" is empty", "give the source actor code");
        }
        return new GoldEvent(source, target, code, plover, optional != null && optional.asBoolean(),
                date(e.get("date"), file, where, "date"));
    }

    private static String requiredString(JsonNode node, String field, String file, String where) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw new GoldFormatException(file, where, "no \"" + field + "\"", "add the \"" + field + "\" field");
        }
        if (!v.isTextual()) {
            throw new GoldFormatException(file, where, "\"" + field + "\" is not a string",
                    "quote the value of \"" + field + "\"");
        }
        return v.asText();
    }

    private static String optionalString(JsonNode node, String field, String file, String where) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return "";
        }
        if (!v.isTextual()) {
            throw new GoldFormatException(file, where, "\"" + field + "\" is not a string",
                    "quote the value of \"" + field + "\" (an empty string or null means none)");
        }
        return v.asText();
    }

    static LocalDate date(JsonNode v, String file, String where, String field) {
        if (v == null || v.isNull() || (v.isTextual() && v.asText().isBlank())) {
            return null;
        }
        try {
            return LocalDate.parse(v.asText().strip());
        } catch (DateTimeParseException e) {
            throw new GoldFormatException(file, where, "\"" + field + "\" is \"" + v.asText() + "\", not a date",
                    "write the date as YYYY-MM-DD");
        }
    }
}
