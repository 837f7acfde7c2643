package org.herodotus.actors;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads PETRARCH (TABARI-format) actor, agent and discard dictionaries into the structures of the
 * knowledge base, so that a {@link KnowledgeBase} can be built from them with
 * {@link KnowledgeBase#combine}. Formats, as documented in the Phoenix and PETRARCH validation files:
 * <ul>
 *   <li>actors: a name line ({@code LIBYA_}), {@code +SYNONYM} lines, and codes in brackets on the name
 *   line or on lines of their own: {@code [LBY]}, {@code [LBYGOV >20110101]},
 *   {@code [LBYGOV 20110101-20141231]}, {@code [LBYGOV <20110101]}; dates are YYYYMMDD or YYMMDD, a range
 *   includes both ends, {@code <} and {@code >} exclude the date; name lines that follow each other
 *   without a code share the codes that come after them;</li>
 *   <li>agents: {@code MINISTER_ {MINISTERS} [~GOV]} with optional irregular plurals in braces and
 *   substitution sets {@code !PERSON! = MAN, WOMAN};</li>
 *   <li>discards: one phrase a line, {@code +} marking the ones that discard the whole story.</li>
 * </ul>
 * Each entry becomes an {@link Entity}: the first name is its name, the other names its aliases (with
 * spaces for underscores), dated codes are {@link Role}s with their dates, listed before the undated ones
 * so that they win on their dates, and {@code [---]} gives no role. Underscores join words; {@code #}
 * and {@code <!-- -->} are comments. Reading is tolerant: a line that cannot be read becomes a warning
 * ({@code file:line: problem}) in a capped list; only an unreadable file or directory throws.
 */
public final class PetrarchActors {

    /** How many warnings are kept; {@link Counts#problems()} has them all. */
    public static final int MAX_WARNINGS = 100;

    private static final Pattern BRACKET = Pattern.compile("\\[([^\\]\\[]*)\\]");
    private static final Pattern CODE_BLOCK = Pattern.compile(
            "([^\\s<>]+)\\s*(?:([<>])\\s*(\\d+)|(\\d+)\\s*-\\s*(\\d+)|(\\d+))?");
    private static final Pattern CODE = Pattern.compile("(?:---|[A-Z]{3})[A-Z0-9]*");
    private static final Pattern SUBSTITUTION = Pattern.compile("!([A-Z]+)!");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)");
    private static final Pattern SUBSTITUTION_SET = Pattern.compile("!([A-Z]+)!\\s*=(.*)");
    /** Words that make a dated entry an institution rather than a person. */
    private static final Set<String> INSTITUTION_WORDS = Set.of("government", "ministry", "party", "council",
            "army", "forces", "force", "front", "assembly", "parliament", "republic", "kingdom", "union",
            "organization", "organisation", "committee", "commission", "movement", "alliance", "coalition",
            "authority", "administration", "regime", "junta", "cabinet", "congress", "senate", "court", "bank",
            "agency", "office", "department", "police", "state", "states", "empire", "federation", "tribunal",
            "mission", "brigade", "brigades", "group", "league", "association", "institute", "university",
            "church", "company", "corporation", "territory", "province", "protectorate", "colony", "zone",
            "occupation", "forum", "network", "guard", "militia");
    private static final Set<String> ARMED_SECTORS = Set.of("REB", "INS", "UAF");

    /** A discard phrase (lower case, words joined by spaces); {@code story} when it discards the story. */
    public record Discard(String phrase, boolean story) {
    }

    /**
     * What was read.
     *
     * @param files      dictionary files read
     * @param entities   entities made from actor entries
     * @param aliases    names and synonyms over all entities
     * @param roles      roles over all entities
     * @param datedRoles roles restricted by a date
     * @param nullCodes  {@code [---]} codes: the phrase is known but names no actor
     * @param agents     agent phrases, plural forms and substitutions included
     * @param discards   discard phrases
     * @param problems   lines that could not be read, including those past the warning cap
     */
    public record Counts(int files, int entities, int aliases, int roles, int datedRoles, int nullCodes,
                         int agents, int discards, int problems) {
    }

    /** The dictionaries of a directory, read. */
    public record Loaded(List<Entity> entities, Map<String, List<String>> agents, List<Discard> discards,
                         List<String> warnings, Counts counts) {

        public Loaded {
            entities = List.copyOf(entities);
            agents = Collections.unmodifiableMap(new LinkedHashMap<>(agents));
            discards = List.copyOf(discards);
            warnings = List.copyOf(warnings);
        }
    }

    private final List<Entity> entities = new ArrayList<>();
    private final Map<String, Integer> idUses = new HashMap<>();
    private final Map<String, List<String>> agents = new LinkedHashMap<>();
    private final Map<String, String> agentOrigins = new HashMap<>();
    private final List<Discard> discards = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private int files;
    private int problems;
    private int nullCodes;

    PetrarchActors() {
    }

    /**
     * Reads every {@code *actors*.txt}, {@code *agents*.txt} and {@code *discards*.txt} file of the
     * directory, in file-name order. Other files are left alone (the verb dictionary is read by the
     * coding stage).
     */
    public static Loaded loadDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new KbFormatException(dir.toString(), "not a directory; give the folder that holds the "
                    + "PETRARCH *actors*.txt, *agents*.txt and *discards*.txt files");
        }
        List<Path> paths;
        try (Stream<Path> s = Files.list(dir)) {
            paths = s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("actors: cannot list " + dir, e);
        }
        PetrarchActors reader = new PetrarchActors();
        for (Path p : paths) {
            String name = p.getFileName().toString();
            String lower = name.toLowerCase(Locale.ROOT);
            if (!lower.endsWith(".txt")) {
                continue;
            }
            if (lower.contains("actors")) {
                reader.readActors(name, lines(p));
            } else if (lower.contains("agents")) {
                reader.readAgents(name, lines(p));
            } else if (lower.contains("discards")) {
                reader.readDiscards(name, lines(p));
            }
        }
        return reader.result();
    }

    private static List<String> lines(Path p) {
        return org.herodotus.internal.DataLines.read(p, "actors");
    }

    Loaded result() {
        int aliases = entities.stream().mapToInt(e -> e.aliases().size() + 1).sum();
        int roles = entities.stream().mapToInt(e -> e.roles().size()).sum();
        int dated = (int) entities.stream().flatMap(e -> e.roles().stream())
                .filter(r -> r.from() != null || r.to() != null).count();
        Counts counts = new Counts(files, entities.size(), aliases, roles, dated, nullCodes, agents.size(),
                discards.size(), problems);
        return new Loaded(entities, agents, discards, warnings, counts);
    }

    private void warn(String where, String problem) {
        problems++;
        if (warnings.size() < MAX_WARNINGS) {
            warnings.add(where + ": " + problem);
        }
    }

    /**
     * The content of each line of a PETRARCH dictionary, same indices: {@code #} comments and
     * {@code <!-- -->} blocks (which may span lines) blanked, white space stripped. Shared with the verb
     * reader.
     */
    public static List<String> contents(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        boolean inComment = false;
        for (String raw : lines) {
            String line = raw.strip();
            if (inComment || line.startsWith("<!")) {
                inComment = !line.contains("-->");
                out.add("");
                continue;
            }
            int hash = line.indexOf('#');
            out.add((hash < 0 ? line : line.substring(0, hash)).strip());
        }
        return out;
    }

    /** Underscores and runs of white space become one space. */
    static String phrase(String s) {
        return SPACES.matcher(s.replace('_', ' ').strip()).replaceAll(" ");
    }

    // ---- actors -------------------------------------------------------------------------------------

    private static final class Entry {
        final String name;
        final String origin;
        final List<String> aliases = new ArrayList<>();
        final List<Role> dated = new ArrayList<>();
        final List<Role> open = new ArrayList<>();
        boolean coded;
        boolean nullCoded;

        Entry(String name, String origin) {
            this.name = name;
            this.origin = origin;
        }
    }

    void readActors(String file, List<String> lines) {
        files++;
        List<String> content = contents(lines);
        Entry current = null;
        for (int i = 0; i < content.size(); i++) {
            String line = content.get(i);
            if (line.isEmpty()) {
                continue;
            }
            String where = file + ":" + (i + 1);
            if (line.startsWith("+") || line.startsWith("[")) {
                if (current == null) {
                    warn(where, "synonym or code outside an actor entry; start the entry with its name");
                    continue;
                }
                int bracket = line.indexOf('[');
                if (line.startsWith("+")) {
                    String synonym = phrase(bracket < 0 ? line.substring(1) : line.substring(1, bracket));
                    addAlias(current, synonym);
                }
                if (bracket >= 0) {
                    codes(where, line.substring(bracket), current);
                }
                continue;
            }
            int bracket = line.indexOf('[');
            String name = phrase(bracket < 0 ? line : line.substring(0, bracket));
            if (current != null && !current.coded) {
                addAlias(current, name);
            } else {
                finish(current);
                current = new Entry(name, where);
                addAlias(current, name);
            }
            if (bracket >= 0) {
                codes(where, line.substring(bracket), current);
            }
        }
        finish(current);
    }

    /** Adds the name, and the name without a parenthesised abbreviation ("ALF" in "FRONT (ALF)"). */
    private static void addAlias(Entry e, String name) {
        if (!name.isEmpty() && !e.aliases.contains(name)) {
            e.aliases.add(name);
        }
        if (name.indexOf('(') < 0) {
            return;
        }
        String bare = phrase(PARENTHESES.matcher(name).replaceAll(" "));
        if (!bare.isEmpty() && !bare.equals(name) && !e.aliases.contains(bare)) {
            e.aliases.add(bare);
        }
    }

    private void codes(String where, String text, Entry e) {
        Matcher m = BRACKET.matcher(text);
        int end = 0;
        while (m.find()) {
            e.coded = true;
            code(where, m.group(1).strip().toUpperCase(Locale.ROOT), e);
            end = m.end();
        }
        if (text.indexOf('[', end) >= 0) {
            e.coded = true;
            warn(where, "unclosed '[' in '" + text.strip() + "'; close the code with ']'");
        }
    }

    private void code(String where, String block, Entry e) {
        Matcher m = CODE_BLOCK.matcher(block);
        if (!m.matches()) {
            warn(where, "cannot read code '[" + block + "]'; expected [CODE], [CODE <DATE], [CODE >DATE] or "
                    + "[CODE DATE-DATE]");
            return;
        }
        LocalDate from = null;
        LocalDate to = null;
        if (m.group(6) != null) {
            warn(where, "date " + m.group(6) + " in [" + block + "] has no '<', '>' or range; role skipped");
            return;
        }
        if (m.group(2) != null) {
            LocalDate d = date(where, m.group(3));
            if (d == null) {
                return;
            }
            if (m.group(2).equals("<")) {
                to = d.minusDays(1);
            } else {
                from = d.plusDays(1);
            }
        } else if (m.group(4) != null) {
            from = date(where, m.group(4));
            to = from == null ? null : date(where, m.group(5));
            if (to == null) {
                return;
            }
            if (to.isBefore(from)) {
                warn(where, "range in [" + block + "] ends before it begins; role skipped");
                return;
            }
        }
        List<String> together = new ArrayList<>();
        for (String code : m.group(1).split("/")) {
            if (code.equals("---")) {
                nullCodes++;
                e.nullCoded = true;
            } else if (!CODE.matcher(code).matches()) {
                warn(where, "bad actor code '" + code + "' in [" + block + "]; expected letters (country, "
                        + "IGO... then 3-letter sectors) or ---");
            } else {
                together.add(code);
            }
        }
        if (!together.isEmpty()) {   // [ELR/GAL]: both at once, one actor each
            (from == null && to == null ? e.open : e.dated).add(new Role(String.join("/", together), from, to));
        }
    }

    /** YYYYMMDD, or YYMMDD with YY below 30 in the 2000s (no YY of 20-30 occurs in the Phoenix files). */
    private LocalDate date(String where, String digits) {
        try {
            if (digits.length() == 8) {
                return LocalDate.of(Integer.parseInt(digits.substring(0, 4)),
                        Integer.parseInt(digits.substring(4, 6)), Integer.parseInt(digits.substring(6)));
            }
            if (digits.length() == 6) {
                int yy = Integer.parseInt(digits.substring(0, 2));
                return LocalDate.of(yy < 30 ? 2000 + yy : 1900 + yy, Integer.parseInt(digits.substring(2, 4)),
                        Integer.parseInt(digits.substring(4)));
            }
        } catch (DateTimeException e) {
            warn(where, "impossible date " + digits + "; role skipped");
            return null;
        }
        warn(where, "date " + digits + " has " + digits.length() + " digits; use YYYYMMDD or YYMMDD; role skipped");
        return null;
    }

    private void finish(Entry e) {
        if (e == null) {
            return;
        }
        if (!e.coded) {
            warn(e.origin, "no code for '" + e.name + "'; entry skipped (give it a [CODE] line)");
            return;
        }
        List<Role> roles = new ArrayList<>(e.dated);
        roles.addAll(e.open);
        if (roles.isEmpty() && !e.nullCoded) {
            return;
        }
        if (e.name.isEmpty()) {
            warn(e.origin, "entry without a name; skipped");
            return;
        }
        List<String> aliases = new ArrayList<>(e.aliases);
        aliases.remove(e.name);
        entities.add(new Entity(id(e.name, e.origin), type(e.name, roles), e.name, aliases, roles, e.origin));
    }

    /** {@code petr_} and the name's keys; a repeated name gets {@code _2}, {@code _3}... in reading order. */
    private String id(String name, String origin) {
        String slug = String.join("_", Names.keys(name));
        if (slug.isEmpty()) {
            slug = origin.replaceAll("[^A-Za-z0-9]+", "_").toLowerCase(Locale.ROOT);
        }
        String id = "petr_" + slug;
        int n = idUses.merge(id, 1, Integer::sum);
        return n == 1 ? id : id + "_" + n;
    }

    /**
     * The entity type, as far as the dictionary tells it: a date-restricted entry whose codes are more than
     * a country and whose name has no institution word is a person (the leaders of CountryInfo); otherwise
     * the code's first letters ({@code IGO}, {@code NGO}, {@code MNC}, {@code IMG}) or sectors (REB, INS,
     * UAF, PTY, MED) decide, and {@code organisation} is the rest.
     */
    static String type(String name, List<Role> roles) {
        boolean dated = roles.stream().anyMatch(r -> r.from() != null || r.to() != null);
        boolean countryOnly = roles.stream().anyMatch(r -> (r.from() != null || r.to() != null)
                && r.code().length() <= 3);
        if (dated && !countryOnly && Names.keys(name).stream().noneMatch(INSTITUTION_WORDS::contains)) {
            return "person";
        }
        if (roles.isEmpty()) {
            return "organisation";
        }
        String code = roles.get(roles.size() - 1).code();
        String byFirst = switch (code.substring(0, 3)) {
            case "IGO" -> "igo";
            case "NGO", "NGM" -> "ngo";
            case "MNC" -> "company";
            case "IMG" -> "armed_group";
            default -> null;
        };
        if (byFirst != null) {
            return byFirst;
        }
        for (int i = 3; i + 3 <= code.length(); i += 3) {
            String sector = code.substring(i, i + 3);
            if (ARMED_SECTORS.contains(sector)) {
                return "armed_group";
            }
            if (sector.equals("PTY")) {
                return "party";
            }
            if (sector.equals("MED")) {
                return "media";
            }
        }
        return "organisation";
    }

    // ---- agents -------------------------------------------------------------------------------------

    void readAgents(String file, List<String> lines) {
        files++;
        List<String> content = contents(lines);
        Map<String, List<String>> substitutions = new HashMap<>();
        for (int i = 0; i < content.size(); i++) {
            String line = content.get(i);
            if (line.isEmpty()) {
                continue;
            }
            String where = file + ":" + (i + 1);
            Matcher def = SUBSTITUTION_SET.matcher(line);
            if (def.matches()) {
                List<String> values = new ArrayList<>();
                for (String v : def.group(2).split(",")) {
                    if (!v.isBlank()) {
                        values.add(v.strip());
                    }
                }
                substitutions.put(def.group(1), values);
                continue;
            }
            int open = line.indexOf('[');
            int close = open < 0 ? -1 : line.indexOf(']', open);
            if (open < 0 || close < 0) {
                warn(where, open < 0 ? "agent without a code; add [~SECTORS]" : "unclosed '[' in the agent's code");
                continue;
            }
            String code = line.substring(open + 1, close).replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
            if (code.startsWith("~")) {
                code = code.substring(1);
            } else if (code.endsWith("~")) {
                code = code.substring(0, code.length() - 1);
            }
            if (!code.matches("[A-Z0-9]+") || code.length() % 3 != 0) {
                warn(where, "bad agent code '" + line.substring(open, close + 1) + "'; expected [~XXX] with "
                        + "3-letter sector codes");
                continue;
            }
            List<String> sectors = new ArrayList<>();
            for (int k = 0; k < code.length(); k += 3) {
                sectors.add(code.substring(k, k + 3));
            }
            String head = line.substring(0, open);
            List<String> forms = new ArrayList<>();
            int brace = head.indexOf('{');
            if (brace >= 0) {
                int endBrace = head.indexOf('}', brace);
                String plurals = head.substring(brace + 1, endBrace < 0 ? head.length() : endBrace);
                head = head.substring(0, brace);
                forms.add(head);
                for (String p : plurals.strip().split("\\s+")) {
                    if (!p.isEmpty()) {
                        forms.add(p);
                    }
                }
            } else {
                forms.add(head);
            }
            for (String form : forms) {
                for (String expanded : expand(where, form, substitutions)) {
                    addAgent(where, phrase(expanded).toLowerCase(Locale.ROOT), List.copyOf(sectors));
                }
            }
        }
    }

    /** Every spelling of a form with its {@code !SET!} markers replaced by each member of the set. */
    private List<String> expand(String where, String form, Map<String, List<String>> substitutions) {
        Matcher m = SUBSTITUTION.matcher(form);
        while (m.find()) {
            List<String> values = substitutions.get(m.group(1));
            if (values == null) {
                continue;
            }
            List<String> out = new ArrayList<>();
            for (String v : values) {
                out.addAll(expand(where, form.substring(0, m.start()) + v + form.substring(m.end()), substitutions));
            }
            return out;
        }
        if (form.contains("!")) {
            warn(where, "unknown substitution set in '" + form.strip() + "'; define it as !NAME! = A, B");
        }
        return List.of(form);
    }

    private void addAgent(String where, String phrase, List<String> sectors) {
        if (phrase.isEmpty()) {
            warn(where, "agent without a phrase");
            return;
        }
        List<String> known = agents.get(phrase);
        if (known == null) {
            agents.put(phrase, sectors);
            agentOrigins.put(phrase, where);
        } else if (!known.equals(sectors)) {
            warn(where, "agent '" + phrase + "' already has " + known + " from " + agentOrigins.get(phrase)
                    + "; " + sectors + " ignored");
        }
    }

    // ---- discards -----------------------------------------------------------------------------------

    void readDiscards(String file, List<String> lines) {
        files++;
        List<String> content = contents(lines);
        for (String line : content) {
            if (line.isEmpty()) {
                continue;
            }
            boolean story = line.startsWith("+");
            String p = phrase(story ? line.substring(1) : line).toLowerCase(Locale.ROOT);
            if (!p.isEmpty()) {
                discards.add(new Discard(p, story));
            }
        }
    }

    // ---- version ------------------------------------------------------------------------------------

    /** A short hash of entities and agents, for the knowledge base's version. */
    static String fingerprint(Collection<Entity> entities, Map<String, List<String>> agents) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Entity e : entities) {
                md.update((e.id() + "\t" + e.type() + "\t" + e.name() + "\t" + e.aliases() + "\t" + e.roles() + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            new TreeMap<>(agents).forEach((k, v) -> md.update((k + "\t" + v + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(md.digest()).substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
