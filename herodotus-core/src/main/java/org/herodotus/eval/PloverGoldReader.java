package org.herodotus.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads PLOVER gold-standard records: a JSON array of objects with {@code id}, {@code date}, {@code text},
 * {@code event} (the PLOVER type), and {@code source} / {@code target} lists of actors
 * ({@code {"actorText", "code", "sector"}}).
 *
 * <ul>
 *   <li>Actor code = {@code code} + the leading capitals of {@code sector}: {@code CVLalb} (sector with an
 *       ethnic note) gives {@code CVL}, {@code ***} (unknown) gives nothing. Three pre-ISO codes of the
 *       2016 gold are mapped to ISO 3166: JAP to JPN, ITL to ITA, VTN to VNM.</li>
 *   <li>Each (source, target) pair becomes one gold event. A {@code target} that is missing, empty or a
 *       plain string (one record has {@code "diplomatic"} there) holds no actor: each source then gets
 *       an event without target, except when the markup marks the actors {@code SRC/TAR} (they act on each
 *       other, "Israel and Lebanon renewed negotiations"): then every ordered pair of two different source
 *       actors is a dyad.</li>
 *   <li>The {@code DOCUMENT} record documents the file and is skipped. The record's {@code event} is kept
 *       as its category, so the report shows scores per type as the gold names it.</li>
 * </ul>
 */
final class PloverGoldReader implements GoldReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> PRE_ISO = Map.of("JAP", "JPN", "ITL", "ITA", "VTN", "VNM");

    @Override
    public List<GoldArticle> parse(String content, String fileName) {
        JsonNode root;
        try {
            root = JSON.readTree(content);
        } catch (JsonProcessingException e) {
            throw new GoldFormatException(fileName, "line " + e.getLocation().getLineNr(),
                    "not valid JSON (" + e.getOriginalMessage() + ")", "give the records as one JSON array");
        }
        if (root == null || !root.isArray()) {
            throw new GoldFormatException(fileName, "the whole file", "not a JSON array",
                    "give the records as one JSON array [{...}, {...}]");
        }
        List<GoldArticle> out = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (int i = 0; i < root.size(); i++) {
            JsonNode r = root.get(i);
            String where = "record " + (i + 1);
            if (!r.isObject()) {
                throw new GoldFormatException(fileName, where, "not a JSON object", "give each record as {...}");
            }
            String id = string(r, "id", fileName, where);
            where = "record " + (i + 1) + " (id \"" + id + "\")";
            String type = string(r, "event", fileName, where).strip().toUpperCase(Locale.ROOT);
            if (type.equals("DOCUMENT")) {
                continue;
            }
            if (!ids.add(id)) {
                throw new GoldFormatException(fileName, where, "id appears twice", "give every record its own id");
            }
            String text = string(r, "text", fileName, where);
            LocalDate date = HerodotusGoldReader.date(r.get("date"), fileName, where, "date");
            List<String> sources = actors(r.get("source"), fileName, where + ", source");
            List<String> targets = actors(r.get("target"), fileName, where + ", target");
            if (sources.isEmpty()) {
                throw new GoldFormatException(fileName, where, "no source actor",
                        "give \"source\": [{\"actorText\": ..., \"code\": \"USA\"}]");
            }
            out.add(new GoldArticle(id, date, text, dyads(sources, targets, markup(r), type), null, null, type,
                    null));
        }
        return out;
    }

    private static List<GoldEvent> dyads(List<String> sources, List<String> targets, String markup, String type) {
        Set<List<String>> pairs = new LinkedHashSet<>();
        if (!targets.isEmpty()) {
            for (String s : sources) {
                for (String t : targets) {
                    pairs.add(List.of(s, t));
                }
            }
        } else if (sources.size() > 1 && markup.contains("SRC/TAR")) {
            for (int i = 0; i < sources.size(); i++) {
                for (int j = 0; j < sources.size(); j++) {
                    if (i != j && !sources.get(i).equals(sources.get(j))) {
                        pairs.add(List.of(sources.get(i), sources.get(j)));
                    }
                }
            }
        } else {
            for (String s : sources) {
                pairs.add(List.of(s, ""));
            }
        }
        List<GoldEvent> events = new ArrayList<>();
        for (List<String> p : pairs) {
            events.add(GoldEvent.plover(p.get(0), p.get(1), type));
        }
        return events;
    }

    private static List<String> actors(JsonNode v, String file, String where) {
        List<String> out = new ArrayList<>();
        if (v == null || !v.isArray()) {
            return out;
        }
        for (int k = 0; k < v.size(); k++) {
            JsonNode a = v.get(k);
            String at = where + " actor " + (k + 1);
            if (!a.isObject()) {
                throw new GoldFormatException(file, at, "not a JSON object",
                        "write {\"actorText\": \"Israel\", \"code\": \"ISR\"}");
            }
            String code = string(a, "code", file, at).strip().toUpperCase(Locale.ROOT);
            if (!code.matches("[A-Z]{3}")) {
                throw new GoldFormatException(file, at, "code \"" + code + "\" is not a three-letter code",
                        "give the country or international code (USA, IGO, NGO)");
            }
            JsonNode sector = a.get("sector");
            out.add(PRE_ISO.getOrDefault(code, code) + (sector != null && sector.isTextual()
                    ? leadingCapitals(sector.asText().strip()) : ""));
        }
        return out;
    }

    private static String leadingCapitals(String s) {
        int end = 0;
        while (end < s.length() && s.charAt(end) >= 'A' && s.charAt(end) <= 'Z') {
            end++;
        }
        return s.substring(0, end);
    }

    private static String markup(JsonNode r) {
        JsonNode info = r.get("textInfo");
        if (info == null) {
            return "";
        }
        if (info.isTextual()) {
            return info.asText();
        }
        JsonNode m = info.get("markup");
        return m != null && m.isTextual() ? m.asText() : "";
    }

    private static String string(JsonNode node, String field, String file, String where) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual()) {
            throw new GoldFormatException(file, where, "no string \"" + field + "\"",
                    "add \"" + field + "\": \"...\" to the record");
        }
        return v.asText();
    }
}
