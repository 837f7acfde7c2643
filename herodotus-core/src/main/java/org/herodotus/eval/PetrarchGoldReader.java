package org.herodotus.eval;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads PETRARCH validation records ({@code PETR.UnitTest.records.xml}, {@code PETR2_GSR_validation.xml}).
 *
 * <p>The files are not always well-formed XML: PETRARCH-2 records open with a self-closing
 * {@code <Sentence .../>} followed by their {@code <EventCoding/>}, {@code <Text>} and {@code <Parse>}
 * siblings, and headers hold free text. So the reader scans tags itself: a record runs from one
 * {@code <Sentence>} to {@code </Sentence>} or the next {@code <Sentence>}; comments and parses are skipped.
 *
 * <p>What the records mean, and how they are read:
 * <ul>
 *   <li>{@code <EventCoding sourcecode targetcode eventcode>}: one gold event each. PETRARCH's
 *       {@code ---} (actor present, country unknown) is kept as written.</li>
 *   <li>{@code <EventCoding noevents="True">}: the sentence reports no event.</li>
 *   <li>{@code <EventCoding error="...">}: PETRARCH should reject the input. {@code storydiscard} and
 *       {@code sentencediscard} come from the discard list shipped with the dictionaries, so the record
 *       stays scored with no events (whatever is coded is an extra). {@code dateline},
 *       {@code bad_input_parse} and any other kind test PETRARCH's own input checks (dateline filter,
 *       the parse tree it is given), not what the sentence reports, so those records are not scored.</li>
 *   <li>An actor code in quotes ({@code "INJURY TOLL"}) is PETRARCH's noun-phrase actor, and an event code
 *       with letters ({@code 174K}) a TABARI test code; no CAMEO coder can produce either, so such events
 *       are optional (the code keeps its leading digits).</li>
 *   <li>{@code sentence="false"} or {@code evaluate="false"}, or a category missing from the file's
 *       {@code <Include>} list, make the record unscored, as they do for PETRARCH.</li>
 *   <li>Dates are {@code YYYYMMDD}; PETRARCH's short {@code YYMMDD} is read with years before 30 in the
 *       2000s. Text is whitespace-normalised (the files wrap sentences over lines).</li>
 *   <li>A repeated id gets the suffix {@code #2}, {@code #3}, ... so that every record stays addressable.</li>
 * </ul>
 */
final class PetrarchGoldReader implements GoldReader {

    private static final Pattern ATTR = Pattern.compile("([A-Za-z_][\\w.-]*)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");
    private static final Pattern LEADING_DIGITS = Pattern.compile("^(\\d{2,4})");
    private static final Set<String> DISCARDS = Set.of("storydiscard", "sentencediscard");

    @Override
    public List<GoldArticle> parse(String content, String fileName) {
        Lines lines = new Lines(content);
        List<Record> records = new ArrayList<>();
        Set<String> include = null;
        Record current = null;
        int pos = 0;
        int lt;
        while ((lt = content.indexOf('<', pos)) >= 0) {
            if (content.startsWith("<!--", lt)) {
                int end = content.indexOf("-->", lt + 4);
                if (end < 0) {
                    throw new GoldFormatException(fileName, "line " + lines.at(lt), "a comment is never closed",
                            "close it with -->");
                }
                pos = end + 3;
                continue;
            }
            int gt = content.indexOf('>', lt);
            if (gt < 0) {
                throw new GoldFormatException(fileName, "line " + lines.at(lt), "a tag is never closed",
                        "close it with >");
            }
            String tag = content.substring(lt + 1, gt);
            pos = gt + 1;
            switch (tagName(tag)) {
                case "Sentence" -> {
                    current = new Record(attributes(tag), lines.at(lt));
                    records.add(current);
                }
                case "/Sentence", "/Sentences" -> current = null;
                case "EventCoding" -> {
                    if (current == null) {
                        throw new GoldFormatException(fileName, "line " + lines.at(lt),
                                "<EventCoding> outside a <Sentence> record",
                                "move it after its record's <Sentence ...> tag");
                    }
                    current.codings.add(attributes(tag));
                }
                case "Text" -> {
                    int end = closing(content, "</Text>", pos, fileName, lines.at(lt));
                    if (current == null) {
                        throw new GoldFormatException(fileName, "line " + lines.at(lt),
                                "<Text> outside a <Sentence> record", "move it after its record's <Sentence ...> tag");
                    }
                    current.text = normalise(unescape(content.substring(pos, end)));
                    pos = end + "</Text>".length();
                }
                case "Parse" -> pos = closing(content, "</Parse>", pos, fileName, lines.at(lt)) + "</Parse>".length();
                case "Include" -> {
                    int end = closing(content, "</Include>", pos, fileName, lines.at(lt));
                    include = new LinkedHashSet<>(Arrays.asList(content.substring(pos, end).strip().split("\\s+")));
                    pos = end + "</Include>".length();
                }
                default -> {
                    // other tags (Environment, Config, Validation, ...) carry no gold
                }
            }
        }
        List<GoldArticle> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Record r : records) {
            GoldArticle a = r.toArticle(fileName, include);
            int n = seen.merge(a.id(), 1, Integer::sum);
            if (n > 1) {
                a = new GoldArticle(a.id() + "#" + n, a.date(), a.text(), a.events(), null, null, a.category(),
                        a.unscoredReason());
            }
            out.add(a);
        }
        return out;
    }

    private static String tagName(String tag) {
        int end = 0;
        while (end < tag.length() && !Character.isWhitespace(tag.charAt(end))
                && (tag.charAt(end) != '/' || end == 0)) {
            end++;
        }
        return tag.substring(0, end);
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = ATTR.matcher(tag);
        while (m.find()) {
            out.put(m.group(1), m.group(2) != null ? m.group(2) : m.group(3));
        }
        return out;
    }

    private static int closing(String content, String close, int from, String file, int line) {
        int end = content.indexOf(close, from);
        if (end < 0) {
            throw new GoldFormatException(file, "line " + line, "no " + close + " after the tag opened here",
                    "close the element with " + close);
        }
        return end;
    }

    static String normalise(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    static String unescape(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int semi = c == '&' ? s.indexOf(';', i) : -1;
            String entity = semi > i && semi - i <= 10 ? s.substring(i + 1, semi) : null;
            String value = entity == null ? null : entity(entity);
            if (value == null) {
                out.append(c);
                i++;
            } else {
                out.append(value);
                i = semi + 1;
            }
        }
        return out.toString();
    }

    private static String entity(String name) {
        switch (name) {
            case "amp": return "&";
            case "lt": return "<";
            case "gt": return ">";
            case "quot": return "\"";
            case "apos": return "'";
            default:
                try {
                    if (name.startsWith("#x")) {
                        return new String(Character.toChars(Integer.parseInt(name.substring(2), 16)));
                    }
                    if (name.startsWith("#")) {
                        return new String(Character.toChars(Integer.parseInt(name.substring(1))));
                    }
                } catch (IllegalArgumentException e) {
                    return null;
                }
                return null;
        }
    }

    /** A record as scanned, before validation. */
    private static final class Record {
        final Map<String, String> attributes;
        final int line;
        final List<Map<String, String>> codings = new ArrayList<>();
        String text;

        Record(Map<String, String> attributes, int line) {
            this.attributes = attributes;
            this.line = line;
        }

        GoldArticle toArticle(String file, Set<String> include) {
            String id = attributes.getOrDefault("id", "").strip();
            if (id.isEmpty()) {
                throw new GoldFormatException(file, "record at line " + line, "the <Sentence> tag has no id",
                        "add id=\"...\" to the <Sentence> tag");
            }
            String where = "record \"" + id + "\" (line " + line + ")";
            if (text == null) {
                throw new GoldFormatException(file, where, "no <Text> element",
                        "add <Text>...</Text> after the record's <EventCoding> entries");
            }
            LocalDate date = date(attributes.get("date"), file, where);
            List<GoldEvent> events = new ArrayList<>();
            List<String> errors = new ArrayList<>();
            for (Map<String, String> c : codings) {
                if (c.containsKey("noevents")) {
                    continue;
                }
                if (c.containsKey("error")) {
                    errors.add(c.get("error").strip().toLowerCase(Locale.ROOT));
                    continue;
                }
                events.add(event(c, date, file, where));
            }
            String category = attributes.getOrDefault("category", "").strip();
            return new GoldArticle(id, date, text, events, null, null, category,
                    unscoredReason(category, errors, include));
        }

        private String unscoredReason(String category, List<String> errors, Set<String> include) {
            for (String flag : List.of("sentence", "evaluate", "valid")) {
                if ("false".equalsIgnoreCase(attributes.getOrDefault(flag, "").strip())) {
                    return flag + "=\"false\": the file marks the record as not evaluated";
                }
            }
            if (include != null && !category.isEmpty() && !include.contains(category)) {
                return "category " + category + " is not in the file's <Include> list";
            }
            for (String error : errors) {
                if (!DISCARDS.contains(error)) {
                    return "PETRARCH input error \"" + error + "\": tests PETRARCH's input checks, not event coding";
                }
            }
            return null;
        }

        private static GoldEvent event(Map<String, String> c, LocalDate date, String file, String where) {
            String source = c.getOrDefault("sourcecode", "").strip();
            String target = c.getOrDefault("targetcode", "").strip();
            String code = c.getOrDefault("eventcode", "").strip();
            if (source.isEmpty() || code.isEmpty()) {
                throw new GoldFormatException(file, where,
                        "an <EventCoding> has no sourcecode or eventcode (attributes " + c.keySet() + ")",
                        "write <EventCoding sourcecode=\"USA\" targetcode=\"CHN\" eventcode=\"042\"/>,"
                                + " or noevents=\"True\" when the sentence reports none");
            }
            Matcher digits = LEADING_DIGITS.matcher(code);
            if (!digits.find()) {
                throw new GoldFormatException(file, where, "eventcode \"" + code + "\" is not a CAMEO code",
                        "give 2 to 4 digits, e.g. eventcode=\"042\"");
            }
            boolean optional = !code.matches("\\d{2,4}") || source.startsWith("\"") || target.startsWith("\"");
            return new GoldEvent(source, target, digits.group(1), "", optional, null);
        }

        private static LocalDate date(String value, String file, String where) {
            if (value == null || value.isBlank()) {
                return null;
            }
            String v = value.strip();
            try {
                if (v.matches("\\d{8}")) {
                    return LocalDate.of(Integer.parseInt(v.substring(0, 4)), Integer.parseInt(v.substring(4, 6)),
                            Integer.parseInt(v.substring(6, 8)));
                }
                if (v.matches("\\d{6}")) {
                    int yy = Integer.parseInt(v.substring(0, 2));
                    return LocalDate.of(yy < 30 ? 2000 + yy : 1900 + yy, Integer.parseInt(v.substring(2, 4)),
                            Integer.parseInt(v.substring(4, 6)));
                }
            } catch (DateTimeException e) {
                // falls through to the error below
            }
            throw new GoldFormatException(file, where, "date \"" + value + "\" is not a date",
                    "write date=\"YYYYMMDD\"");
        }
    }

    /** Line numbers of offsets, for messages. */
    private static final class Lines {
        private final int[] starts;

        Lines(String content) {
            List<Integer> s = new ArrayList<>();
            s.add(0);
            for (int i = 0; i < content.length(); i++) {
                if (content.charAt(i) == '\n') {
                    s.add(i + 1);
                }
            }
            starts = s.stream().mapToInt(Integer::intValue).toArray();
        }

        int at(int offset) {
            int i = Arrays.binarySearch(starts, offset);
            return (i >= 0 ? i : -i - 2) + 1;
        }
    }
}
