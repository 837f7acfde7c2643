package org.herodotus.coding;

import org.herodotus.model.CameoCode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads a PETRARCH verb dictionary ({@code CAMEO.2.0.txt}, {@code PETR.Validate.verbs.txt}) into
 * {@link VerbPattern}s of this package's grammar, for {@link Lexicon#combine}.
 * <p>
 * The dictionary has synonym sets ({@code &NAME} and {@code +MEMBER} lines) and verb blocks: a header
 * {@code --- NAME [code] ---}, verb forms ({@code HURRY {HURRIES HURRIED}}, {@code +PULL_OUT}, optionally
 * with a code of their own) and pattern lines ({@code - * AGAINST [173]}). Each verb form's base form
 * becomes a verb lemma (a phrasal {@code +PULL_OUT} becomes {@code pull} with particle {@code out}) with
 * the block's code; each pattern line that maps onto the grammar is applied to every form of its block:
 * particles after {@code *}; an object noun phrase, whose last word (a noun or a synonym set) gives the
 * allowed lemmas ({@code =noun|noun}) and whose other words the modifiers the object must carry
 * ({@code ~word}); prepositions, in parentheses or not, with a noun phrase ({@code (AGAINST {MILITARY
 * ACTION})} becomes {@code +against:action ~military}, a constraint) or without one ({@code AGAINST},
 * {@code (TO)}, {@code (WITH +)} become {@code +prep}, whose noun is the target). Braces only group words;
 * the articles A, AN, THE are left out. The source and target markers {@code $} and {@code +} outside
 * parentheses are dropped. Everything else (words before the verb, a source inside a prepositional phrase,
 * words after a prepositional phrase, {@code ^}, {@code %}, transformations) is skipped and counted by
 * reason. A code outside the CAMEO table is the dictionary's own ({@link CameoTable#orDefined}). A code
 * {@code [X:Y]} keeps its forward event X; {@code [:Y]} (only the reverse event) is skipped.
 */
public final class PetrarchVerbs {

    /** How many warnings are kept; {@link Counts#problems()} has them all. */
    public static final int MAX_WARNINGS = 100;

    static final Set<String> PREPOSITIONS = Set.of("about", "above", "across", "after", "against", "along",
            "alongside", "amid", "among", "amongst", "around", "as", "at", "before", "behind", "below", "beneath",
            "beside", "between", "beyond", "by", "despite", "during", "for", "from", "in", "inside", "into",
            "near", "of", "on", "onto", "outside", "over", "per", "since", "through", "throughout", "to",
            "toward", "towards", "under", "until", "upon", "via", "with", "within", "without");
    static final Set<String> PARTICLES = Set.of("up", "down", "out", "off", "away", "back", "forward");
    /** Articles in a pattern's noun phrase, left out: the parse is not asked for them. */
    static final Set<String> ARTICLES = Set.of("a", "an", "the");
    /**
     * Words that make a phrase a verb phrase, not a noun phrase ("WOULD VISIT", "NOT COOPERATE", "BE
     * MERCILESS"): such a pattern needs a chain of verbs, which the grammar does not have.
     */
    static final Set<String> VERBAL = Set.of("am", "is", "are", "was", "were", "be", "been", "being", "do", "does",
            "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "not", "n't");
    /**
     * Roots whose bare verbs report speech: statements (01: "say", "claim" in some dictionaries) and
     * disapproval (11: "allege", "accuse"), whose clausal complement is what the speaker claims.
     */
    static final Set<String> SPEECH_ROOTS = Set.of("01", "11");
    private static final Pattern BRACKET = Pattern.compile("\\[([^\\]\\[]*)\\]");
    private static final Pattern CODE = Pattern.compile("(\\d{2,4})([A-Za-z*!]*)");
    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9][A-Za-z0-9'.-]*");

    /**
     * What was read.
     *
     * @param files        verb dictionaries read
     * @param blocks       verb blocks ({@code --- NAME [code] ---})
     * @param verbForms    verb forms read into a lemma (skipped forms are in the reasons)
     * @param patternLines pattern lines ({@code - ...}) and transformations ({@code ~ ...})
     * @param translated   pattern lines translated into the grammar
     * @param skipped      pattern lines skipped, by the reasons of {@link Loaded#skipped()}
     * @param verbPatterns verb patterns made (forms times translated lines, plus coded bare verbs)
     * @param duplicates   verb patterns dropped because an earlier one says the same
     * @param problems     malformed lines, including those past the warning cap
     */
    public record Counts(int files, int blocks, int verbForms, int patternLines, int translated, int skipped,
                         int verbPatterns, int duplicates, int problems) {
    }

    /**
     * The patterns with what was left out: {@code skipped} counts pattern lines, verb forms and bare-verb
     * codes by reason; {@code adjusted} counts codes that were normalised.
     */
    public record Loaded(List<VerbPattern> patterns, Counts counts, Map<String, Integer> skipped,
                         Map<String, Integer> adjusted, List<String> warnings) {

        public Loaded {
            patterns = List.copyOf(patterns);
            skipped = Collections.unmodifiableMap(new TreeMap<>(skipped));
            adjusted = Collections.unmodifiableMap(new TreeMap<>(adjusted));
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Particles, allowed object lemmas with their modifiers, prepositional nouns and bare prepositions of
     * a form or a pattern line.
     */
    private record Shape(List<String> particles, Set<String> objects, List<Set<String>> objectModifiers,
                         List<VerbPattern.PrepNoun> prepNouns, List<String> preps) {

        static final Shape NONE = new Shape(List.of(), Set.of(), List.of(), List.of(), List.of());

        /** Immutable copies, which the verb patterns made from one shape share instead of copying. */
        Shape {
            particles = List.copyOf(particles);
            objects = Set.copyOf(objects);
            objectModifiers = objectModifiers.stream().map(Set::copyOf).toList();
            prepNouns = List.copyOf(prepNouns);
            preps = List.copyOf(preps);
        }

        /**
         * A form's constraints with a pattern's, or null when they cannot be combined: both name an
         * object, or the form ends in a preposition (ASK_FOR), whose noun the pattern's object really is.
         */
        Shape and(Shape other) {
            if (!other.objects.isEmpty() && (!objects.isEmpty() || !preps.isEmpty())) {
                return null;
            }
            if (equals(NONE)) {
                return other;
            }
            if (other.equals(NONE)) {
                return this;
            }
            Set<String> objs = new LinkedHashSet<>(objects);
            objs.addAll(other.objects);
            List<Set<String>> mods = objects.isEmpty() ? other.objectModifiers : objectModifiers;
            return new Shape(union(particles, other.particles), objs, mods, union(prepNouns, other.prepNouns),
                    union(preps, other.preps));
        }

        private static <T> List<T> union(List<T> a, List<T> b) {
            List<T> out = new ArrayList<>(a);
            b.stream().filter(x -> !out.contains(x)).forEach(out::add);
            return out;
        }
    }

    /** A shape or the reason it could not be made. */
    private record Translation(Shape shape, String skip) {
        static Translation skip(String reason) {
            return new Translation(null, reason);
        }
    }

    private record Form(String verb, Shape shape, CameoCode code, CameoCode back, boolean mutual, boolean reverse,
                        String origin) {
    }

    private record Rule(Shape shape, List<Set<String>> before, CameoCode code, CameoCode back, boolean mutual,
                        boolean reverse, boolean compound,
                        String origin) {
    }

    private static final class Block {
        final CameoCode code;
        final List<Form> forms = new ArrayList<>();
        final List<Rule> rules = new ArrayList<>();

        /** The header's code is {@code [X:X]}: the bare verbs act both ways. */
        boolean mutual;
        /** The header's code is {@code [X:Y]}: the target does Y back. */
        CameoCode back;
        /** The header's code is {@code [:Y]}: only the target acts, on the source. */
        boolean reverse;

        Block(CameoCode code) {
            this.code = code;
        }
    }

    private final CameoTable table;
    private final List<VerbPattern> patterns = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    private final Map<String, Integer> skipped = new HashMap<>();
    private final Map<String, Integer> adjusted = new HashMap<>();
    private final List<String> warnings = new ArrayList<>();
    private Map<String, List<String>> synsets = Map.of();
    private int files;
    private int blocks;
    private int verbForms;
    private int patternLines;
    private int translated;
    private int skippedLines;
    private int duplicates;
    private int problems;
    /** The dictionary being read, named as the origin of codes it defines outside the CAMEO table. */
    private String file = "";

    PetrarchVerbs(CameoTable table) {
        this.table = table;
    }

    /**
     * Reads the verb dictionaries of a directory: files named {@code *verbs*.txt} or {@code CAMEO*.txt},
     * in file-name order, against the built-in CAMEO table.
     */
    public static Loaded loadDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new LexiconFormatException(dir.toString(), "not a directory; give the folder that holds the "
                    + "PETRARCH verb dictionary (*verbs*.txt or CAMEO*.txt)");
        }
        List<Path> paths;
        try (Stream<Path> s = Files.list(dir)) {
            paths = s.filter(Files::isRegularFile).filter(p -> isVerbFile(p.getFileName().toString())).sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("coding: cannot list " + dir, e);
        }
        PetrarchVerbs reader = new PetrarchVerbs(CameoTable.builtIn());
        paths.forEach(p -> reader.read(p.getFileName().toString(), lines(p)));
        return reader.result();
    }

    /** Reads one verb dictionary against the built-in CAMEO table. */
    public static Loaded load(Path file) {
        PetrarchVerbs reader = new PetrarchVerbs(CameoTable.builtIn());
        reader.read(file.getFileName().toString(), lines(file));
        return reader.result();
    }

    static boolean isVerbFile(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".txt") && (lower.contains("verbs") || lower.startsWith("cameo"));
    }

    private static List<String> lines(Path p) {
        return org.herodotus.internal.DataLines.read(p, "coding");
    }

    Loaded result() {
        Counts counts = new Counts(files, blocks, verbForms, patternLines, translated, skippedLines, patterns.size(),
                duplicates, problems);
        return new Loaded(patterns, counts, skipped, adjusted, warnings);
    }

    private void warn(String where, String problem) {
        problems++;
        if (warnings.size() < MAX_WARNINGS) {
            warnings.add(where + ": " + problem);
        }
    }

    private void skip(String reason) {
        skipped.merge(reason, 1, Integer::sum);
    }

    void read(String file, List<String> lines) {
        files++;
        this.file = file;
        List<String> content = org.herodotus.actors.PetrarchActors.contents(lines);
        synsets = synsets(content);
        Block block = null;
        boolean inSynset = false;
        for (int i = 0; i < content.size(); i++) {
            String line = content.get(i);
            if (line.isEmpty()) {
                continue;
            }
            String where = file + ":" + (i + 1);
            if (line.startsWith("&")) {
                inSynset = true;
                continue;
            }
            if (inSynset && line.startsWith("+")) {
                continue;
            }
            inSynset = false;
            if (line.startsWith("---")) {
                flush(block);
                block = header(where, line);
            } else if (line.startsWith("~")) {
                patternLines++;
                skippedLines++;
                skip("pattern: transformation rule '~'");
            } else if (line.startsWith("-")) {
                patternLines++;
                if (block == null) {
                    warn(where, "pattern outside a verb block; start the block with '--- NAME [code] ---'");
                    skippedLines++;
                } else {
                    rule(where, line.substring(1), block);
                }
            } else if (block == null) {
                warn(where, "verb outside a verb block; start the block with '--- NAME [code] ---'");
            } else {
                form(where, line, block);
            }
        }
        flush(block);
    }

    /** Synonym sets by name (no {@code &}, no trailing underscore), members as written. */
    private static Map<String, List<String>> synsets(List<String> content) {
        Map<String, List<String>> out = new HashMap<>();
        List<String> current = null;
        for (String line : content) {
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("&")) {
                current = out.computeIfAbsent(synsetName(line.split("\\s+")[0]), k -> new ArrayList<>());
            } else if (current != null && line.startsWith("+")) {
                current.add(line.substring(1).strip());
            } else {
                current = null;
            }
        }
        return out;
    }

    private static String synsetName(String ref) {
        String s = ref.startsWith("&") ? ref.substring(1) : ref;
        while (s.endsWith("_")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.toUpperCase(Locale.ROOT);
    }

    private Block header(String where, String line) {
        blocks++;
        String rest = line.substring(3).strip();
        Matcher m = BRACKET.matcher(rest);
        if (!m.find()) {
            warn(where, "block header without a code; write '--- NAME [code] ---' ([---] for none)");
            return new Block(null);
        }
        CameoCode code = code(m.group(1), "block code");
        Block block = new Block(code);
        block.mutual = mutual(m.group(1), List.of());
        block.back = back(m.group(1));
        block.reverse = reverseOnly(m.group(1));
        if (m.find()) {
            warn(where, "block header with more than one code; the first is used");
        }
        return block;
    }

    /**
     * The CAMEO code of a PETRARCH code, or null (tallied under the reason, prefixed by {@code what}):
     * {@code [---]} is no code, {@code [X:Y]} keeps X, trailing letters or {@code *} are stripped.
     */
    private CameoCode code(String text, String what) {
        String s = text.strip();
        if (s.isEmpty() || s.equals("---")) {
            skip(what + ": no code [---]");
            return null;
        }
        int colon = s.indexOf(':');
        if (colon >= 0) {
            if (colon == 0) {   // [:Y]: only the target's act back on the source
                adjusted.merge("[:Y] read as Y done by the target to the source", 1, Integer::sum);
                return code(s.substring(1), what);
            }
            boolean same = s.substring(0, colon).strip().equals(s.substring(colon + 1).strip());
            adjusted.merge(same ? "[X:X] read as a mutual X" : "[X:Y] read as X, with Y done back", 1,
                    Integer::sum);
            s = s.substring(0, colon).strip();
        }
        Matcher m = CODE.matcher(s);
        if (!m.matches()) {
            skip(what + ": not a CAMEO code");
            return null;
        }
        if (!m.group(2).isEmpty()) {
            adjusted.merge("trailing letters or '*' stripped from the code", 1, Integer::sum);
        }
        CameoCode c = table.orDefined(m.group(1), file);
        if (!table.get(m.group(1)).isPresent()) {
            adjusted.merge(c.known() ? "code outside the CAMEO table: facts of its nearest listed ancestor"
                    : "code outside the CAMEO table, under no CAMEO root: no Goldstein value or QuadClass", 1,
                    Integer::sum);
        }
        return c;
    }

    private void form(String where, String line, Block block) {
        String outside = line.replaceAll("\\{[^}]*}?", " ");
        int semicolon = outside.indexOf(';');
        if (semicolon >= 0) {
            outside = outside.substring(0, semicolon);
        }
        int bracket = outside.indexOf('[');
        String text = bracket < 0 ? outside : outside.substring(0, bracket);
        List<String> words = new ArrayList<>();
        for (String w : text.strip().split("[\\s_]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        if (words.isEmpty()) {
            warn(where, "verb form without a word");
            return;
        }
        int verbAt = 0;
        for (int k = 0; k < words.size(); k++) {
            if (words.get(k).startsWith("+")) {
                verbAt = k;
                break;
            }
        }
        if (verbAt > 0) {
            skip("verb form: words before the verb");
            return;
        }
        String verb = words.get(0).replace("+", "").toLowerCase(Locale.ROOT);
        if (!verb.matches("[a-z][a-z'-]*")) {
            warn(where, "cannot read verb '" + words.get(0) + "'");
            return;
        }
        Translation t = after(words.subList(1, words.size()));
        if (t.skip() != null) {
            skip("verb form: " + t.skip());
            return;
        }
        CameoCode code = block.code;
        CameoCode back = block.back;
        boolean mutual = block.mutual;
        boolean reverse = block.reverse;
        if (bracket >= 0) {
            Matcher m = BRACKET.matcher(outside.substring(bracket));
            if (!m.lookingAt()) {
                warn(where, "unclosed '[' in the verb form's code");
                return;
            }
            code = code(m.group(1), "verb form code");
            back = back(m.group(1));
            mutual = mutual(m.group(1), List.of());
            reverse = reverseOnly(m.group(1));
        }
        verbForms++;
        block.forms.add(new Form(verb, t.shape(), code, back, mutual, reverse, where));
    }

    private void rule(String where, String body, Block block) {
        int bracket = body.lastIndexOf('[');
        Matcher m = BRACKET.matcher(bracket < 0 ? "" : body.substring(bracket));
        if (!m.lookingAt()) {
            warn(where, "pattern without a code; end it with [code]");
            skippedLines++;
            return;
        }
        List<String> tokens = tokens(body.substring(0, bracket));
        if (tokens == null) {
            skip("pattern: unbalanced parentheses or braces");
            skippedLines++;
            return;
        }
        CameoCode code = null;
        int made = 0;
        String reason = null;
        for (List<String> variant : synsetVariants(tokens)) {
            Translation t = pattern(variant);
            List<Set<String>> before = new ArrayList<>();
            if (t.skip() == null && variant.indexOf("*") > 0) {
                String why = wordsBefore(body.substring(0, body.indexOf('*')), before);
                if (why != null) {
                    t = Translation.skip(why);
                }
            }
            if (t.skip() != null) {
                reason = reason == null ? t.skip() : reason;
                continue;
            }
            if (code == null) {
                code = code(m.group(1), "pattern");
                if (code == null) {
                    skippedLines++;
                    return;
                }
            }
            block.rules.add(new Rule(t.shape(), before, code, back(m.group(1)), mutual(m.group(1), tokens),
                    reverseOnly(m.group(1)), compoundSubject(tokens),
                    where));
            made++;
        }
        if (made == 0) {
            skip("pattern: " + reason);
            skippedLines++;
            return;
        }
        translated++;
    }

    /** Most patterns one line may become when its synonym sets have several-word members. */
    private static final int MAX_VARIANTS = 64;

    /**
     * The pattern's words after the verb with each synonym set that has several-word members ({@code
     * &CURRENCY} with {@code SWISS FRANCS}) also written out as each such member, since a noun phrase of
     * several words is a head with modifiers: {@code - * &CURRENCY} is {@code =dollars|euros|...}, plus
     * {@code =francs ~swiss} and so on.
     */
    private List<List<String>> synsetVariants(List<String> tokens) {
        List<List<String>> out = new ArrayList<>(List.of(tokens));
        int star = tokens.indexOf("*");
        for (int i = star + 1; star >= 0 && i < tokens.size(); i++) {
            String w = tokens.get(i);
            if (!w.startsWith("&")) {
                continue;
            }
            List<List<String>> longer = new ArrayList<>();
            for (String member : synsetMembers(w, new HashSet<>())) {
                List<String> words = tokens(member);
                if (words == null || words.size() < 2) {
                    continue;
                }
                for (List<String> v : out) {
                    if (v.size() == tokens.size()) {   // positions after i are unchanged in the originals only
                        List<String> x = new ArrayList<>(v.subList(0, i));
                        x.addAll(words);
                        x.addAll(v.subList(i + 1, v.size()));
                        longer.add(x);
                    }
                }
            }
            if (out.size() + longer.size() > MAX_VARIANTS) {
                break;
            }
            out.addAll(longer);
        }
        return out;
    }

    /** The members of a synonym set as written, nested sets opened; empty when unknown. */
    private List<String> synsetMembers(String ref, Set<String> visiting) {
        List<String> members = synsets.get(synsetName(ref));
        List<String> out = new ArrayList<>();
        if (members == null || !visiting.add(synsetName(ref))) {
            return out;
        }
        for (String m : members) {
            out.addAll(m.startsWith("&") ? synsetMembers(m, visiting) : List.of(m));
        }
        return out;
    }

    /** Most alternatives a unit of words before the verb may have, after its synonym sets are expanded. */
    private static final int MAX_ALTERNATIVES = 256;

    /**
     * The words before the verb ({@code UNEXPECTEDLY &NEGATVAUXVRB *}) into {@code units}: each
     * space-separated unit, in order, with its alternatives; words joined by {@code _} are a run of
     * adjacent words, and a synonym set stands for its members, several-word ones included ({@code DID
     * N'T}). The markers {@code $} and {@code %} (the source, a compound source) are dropped. Returns the
     * reason to skip, or null.
     */
    private String wordsBefore(String text, List<Set<String>> units) {
        for (String unit : text.strip().split("\\s+")) {
            List<String> phrases = List.of("");
            for (String w : unit.split("_")) {
                if (w.isEmpty() || w.equals("$") || w.equals("%")) {
                    continue;
                }
                Set<String> forms;
                if (w.startsWith("&")) {
                    forms = synsetPhrases(w, new HashSet<>());
                    if (forms == null || forms.isEmpty()) {
                        return "unknown synonym set";
                    }
                } else if (WORD.matcher(w).matches()) {
                    forms = Set.of(w.toLowerCase(Locale.ROOT));
                } else {
                    return "cannot read a word";
                }
                List<String> longer = new ArrayList<>();
                for (String p : phrases) {
                    forms.forEach(f -> longer.add(p.isEmpty() ? f : p + " " + f));
                }
                if (longer.size() > MAX_ALTERNATIVES) {
                    return "too many alternatives before the verb";
                }
                phrases = longer;
            }
            if (!phrases.equals(List.of(""))) {
                units.add(new LinkedHashSet<>(phrases));
            }
        }
        return null;
    }

    /** Members of a synonym set, nested sets included, as lower-case phrases; null when unknown. */
    private Set<String> synsetPhrases(String ref, Set<String> visiting) {
        List<String> members = synsets.get(synsetName(ref));
        if (members == null) {
            return null;
        }
        Set<String> out = new LinkedHashSet<>();
        if (!visiting.add(synsetName(ref))) {
            return out;
        }
        for (String m : members) {
            if (m.startsWith("&")) {
                Set<String> nested = synsetPhrases(m, visiting);
                if (nested != null) {
                    out.addAll(nested);
                }
                continue;
            }
            List<String> words = tokens(m);
            if (words != null && !words.isEmpty() && words.stream().allMatch(w -> WORD.matcher(w).matches())) {
                out.add(String.join(" ", words).toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /** Words and bracketed groups of a pattern; underscores join words in TABARI and are split here. */
    private static List<String> tokens(String body) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '(' || c == '{') {
                flushWord(w, out);
                int end = body.indexOf(c == '(' ? ')' : '}', i);
                if (end < 0) {
                    return null;
                }
                out.add(body.substring(i, end + 1));
                i = end;
            } else if (Character.isWhitespace(c) || c == '_') {
                flushWord(w, out);
            } else {
                w.append(c);
            }
        }
        flushWord(w, out);
        return out;
    }

    private static void flushWord(StringBuilder w, List<String> out) {
        if (!w.isEmpty()) {
            out.add(w.toString());
            w.setLength(0);
        }
    }

    private static List<String> inner(String group) {
        List<String> t = tokens(group.substring(1, group.length() - 1));
        return t == null ? List.of() : t;
    }

    /** Whether the code is {@code [:Y]}: only the target's act on the source. */
    private static boolean reverseOnly(String code) {
        return code.strip().startsWith(":");
    }

    /** The code the target does back, from {@code [X:Y]} with Y other than X; null otherwise. */
    private CameoCode back(String code) {
        int colon = code.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        String x = code.substring(0, colon).strip();
        Matcher y = CODE.matcher(code.substring(colon + 1).strip());
        return y.matches() && !y.group(1).equals(x.replaceAll("[^0-9]", "")) ? table.orDefined(y.group(1), file) : null;
    }

    /**
     * Whether a pattern codes a mutual act: its code is {@code [X:X]} (the reverse event is the same), or
     * a compound subject {@code %} stands before the verb ("Gondor and Osgiliath agree").
     */
    private static boolean mutual(String code, List<String> tokens) {
        int colon = code.indexOf(':');
        return colon > 0 && code.substring(0, colon).strip().equals(code.substring(colon + 1).strip())
                || compoundSubject(tokens);
    }

    /** Whether the pattern wants a compound subject: {@code %} before the verb. */
    private static boolean compoundSubject(List<String> tokens) {
        int star = tokens == null ? -1 : tokens.indexOf("*");
        return star > 0 && tokens.subList(0, star).contains("%");
    }

    private Translation pattern(List<String> tokens) {
        if (tokens.stream().anyMatch(t -> t.contains("%") && !t.equals("%"))) {
            return Translation.skip("compound actor '%' inside a phrase");
        }
        tokens = tokens.stream().map(t -> t.equals("%") ? "$" : t).toList();
        int starAt = tokens.indexOf("*");
        if (starAt >= 0) {   // a compound after the verb is the target ("agree * WITH %")
            List<String> fixed = new ArrayList<>(tokens.subList(0, starAt + 1));
            tokens.subList(starAt + 1, tokens.size()).forEach(t -> fixed.add(t.equals("$") ? "+" : t));
            tokens = fixed;
        }
        if (tokens.stream().anyMatch(t -> t.contains("^") && !t.equals("^"))) {
            return Translation.skip("word wildcard '^'");
        }
        int star = tokens.indexOf("*");
        if (star < 0) {
            return Translation.skip(tokens.stream().anyMatch(t -> t.contains("*")) ? "verb joined to a word"
                    : "no verb position '*'");
        }
        for (int i = 0; i < star; i++) {
            String t = tokens.get(i);
            if (t.equals("+")) {
                return Translation.skip("target before the verb");
            }
            if (t.startsWith("(") || t.startsWith("{")) {
                return Translation.skip("bracketed words before the verb");
            }
        }
        return after(tokens.subList(star + 1, tokens.size()));
    }

    /** A word of a pattern, or a parenthesised group; {@code grouped} when it came out of braces. */
    private record Item(String text, boolean grouped) {
        boolean paren() {
            return text.startsWith("(");
        }

        boolean preposition() {
            return !paren() && PREPOSITIONS.contains(text.toLowerCase(Locale.ROOT));
        }
    }

    /**
     * The shape of what follows the verb: particles, an object noun phrase, prepositional phrases. Braces
     * only group words, so they are opened, and so are parentheses that start with a particle
     * ({@code (OUT) (OF COALITION)}, {@code (OFF SANCTIONS)}); the articles {@code A}, {@code AN} and {@code THE} are left
     * out (they say nothing the parse would check); the markers {@code $} and {@code +} are dropped. A
     * preposition, in parentheses or not, takes the noun phrase up to the next preposition or
     * parenthesis: with a noun it becomes a prepositional noun, without one (or with only {@code +}) a
     * bare preposition. The last word of a noun phrase is its head and the words before it its modifiers.
     */
    private Translation after(List<String> rest) {
        List<Item> items = new ArrayList<>();
        for (String t : rest) {
            List<String> in = t.startsWith("(") ? inner(t) : List.of();
            if (t.startsWith("{")) {
                inner(t).forEach(w -> items.add(new Item(w, true)));
            } else if (!in.isEmpty() && PARTICLES.contains(in.get(0).toLowerCase(Locale.ROOT))) {
                for (String w : in) {
                    if (w.startsWith("{")) {
                        inner(w).forEach(x -> items.add(new Item(x, true)));
                    } else {
                        items.add(new Item(w, false));
                    }
                }
            } else {
                items.add(new Item(t, false));
            }
        }
        items.removeIf(it -> ARTICLES.contains(it.text().toLowerCase(Locale.ROOT)));
        List<String> particles = new ArrayList<>();
        List<String> objectWords = new ArrayList<>();
        List<VerbPattern.PrepNoun> prepNouns = new ArrayList<>();
        List<String> preps = new ArrayList<>();
        boolean phrase = false;
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            String t = it.text();
            if (t.equals("$") || t.equals("+")) {
                continue;
            }
            if (t.equals("^") || t.equals("%")) {
                return Translation.skip(t.equals("^") ? "word wildcard '^'" : "marker '" + t + "'");
            }
            if (it.paren()) {
                List<String> in = new ArrayList<>();
                for (String w : inner(t)) {
                    in.addAll(w.startsWith("{") ? inner(w) : List.of(w));
                }
                in.removeIf(w -> ARTICLES.contains(w.toLowerCase(Locale.ROOT)));
                if (in.isEmpty() || !PREPOSITIONS.contains(in.get(0).toLowerCase(Locale.ROOT))) {
                    return Translation.skip("parenthesised phrase without a preposition");
                }
                String skip = prepPhrase(in.get(0), in.subList(1, in.size()), prepNouns, preps);
                if (skip != null) {
                    return Translation.skip(skip);
                }
                phrase = true;
                continue;
            }
            if (it.preposition()) {
                int j = i + 1;
                while (j < items.size() && !items.get(j).paren() && !items.get(j).preposition()) {
                    j++;
                }
                List<String> np = items.subList(i + 1, j).stream().map(Item::text).toList();
                String skip = prepPhrase(t, np, prepNouns, preps);
                if (skip != null) {
                    return Translation.skip(skip);
                }
                phrase = true;
                i = j - 1;
                continue;
            }
            if (phrase) {
                return Translation.skip("words after a prepositional phrase");
            }
            String lower = t.toLowerCase(Locale.ROOT);
            boolean lastWord = i + 1 == items.size() || items.get(i + 1).paren() || items.get(i + 1).preposition();
            if (!it.grouped() && PARTICLES.contains(lower) && (objectWords.isEmpty() || lastWord)) {
                particles.add(lower);
                continue;
            }
            objectWords.add(t);
        }
        Set<String> objects = new LinkedHashSet<>();
        List<Set<String>> modifiers = new ArrayList<>();
        if (!objectWords.isEmpty()) {
            String skip = nounPhrase(objectWords, objects, modifiers);
            if (skip != null) {
                return Translation.skip(skip);
            }
        }
        return new Translation(new Shape(particles, objects, modifiers, prepNouns, preps), null);
    }

    /**
     * A preposition with the words after it: a bare preposition when there are none but {@code +}, else
     * a prepositional noun. Returns the reason to skip, or null.
     */
    private String prepPhrase(String prep, List<String> words, List<VerbPattern.PrepNoun> prepNouns,
                              List<String> preps) {
        if (words.contains("$")) {
            return "source inside a prepositional phrase";
        }
        List<String> np = words.stream().filter(w -> !w.equals("+")).toList();
        String p = prep.toLowerCase(Locale.ROOT);
        if (np.isEmpty()) {
            preps.add(p);
            return null;
        }
        if (np.stream().allMatch(w -> w.equals("^"))) {   // "AT ^": a phrase with any noun
            prepNouns.add(new VerbPattern.PrepNoun(p, Set.of(VerbPattern.ANY_OBJECT), List.of()));
            return null;
        }
        if (np.contains("^")) {
            return "word wildcard '^'";
        }
        Set<String> heads = new LinkedHashSet<>();
        List<Set<String>> modifiers = new ArrayList<>();
        String skip = nounPhrase(np, heads, modifiers);
        if (skip == null) {
            prepNouns.add(new VerbPattern.PrepNoun(p, heads, modifiers));
        }
        return skip;
    }

    /**
     * The head lemmas (of the last word) and the modifiers (the words before it) of a noun phrase; a
     * synonym set stands for its one-word members. Returns the reason to skip, or null.
     */
    private String nounPhrase(List<String> words, Set<String> heads, List<Set<String>> modifiers) {
        for (int k = 0; k < words.size(); k++) {
            String w = words.get(k);
            if (w.startsWith("(") || w.startsWith("{")) {
                return "nested brackets";
            }
            if (VERBAL.contains(w.toLowerCase(Locale.ROOT))) {
                return "verb phrase (auxiliary or 'not')";
            }
            boolean head = k == words.size() - 1;
            Set<String> forms;
            if (w.startsWith("&")) {
                forms = synset(w, new HashSet<>());
                if (forms == null) {
                    return "unknown synonym set";
                }
                if (forms.isEmpty()) {
                    return "synonym set without one-word members";
                }
            } else {
                forms = nounForms(w);
                if (forms == null) {
                    return "cannot read a word";
                }
            }
            if (head) {
                heads.addAll(forms);
            } else {
                modifiers.add(forms);
            }
        }
        return null;
    }

    /** One-word members of a synonym set, nested sets included, as lemma candidates; null when unknown. */
    private Set<String> synset(String ref, Set<String> visiting) {
        String name = synsetName(ref);
        List<String> members = synsets.get(name);
        if (members == null) {
            return null;
        }
        Set<String> out = new LinkedHashSet<>();
        if (!visiting.add(name)) {
            return out;
        }
        for (String m : members) {
            if (m.startsWith("&")) {
                Set<String> nested = synset(m, visiting);
                if (nested != null) {
                    out.addAll(nested);
                }
                continue;
            }
            List<String> words = tokens(m);
            if (words != null && words.size() == 1) {
                Set<String> forms = nounForms(words.get(0));
                if (forms != null) {
                    out.addAll(forms);
                }
            }
        }
        return out;
    }

    /**
     * The word in lower case and, for a regular plural, its singular, since objects are matched by lemma
     * ("SANCTIONS" allows "sanction", "RALLIES" "rally", "CHURCHES" "church"). Null when the word cannot
     * be one.
     */
    static Set<String> nounForms(String word) {
        if (!WORD.matcher(word).matches()) {
            return null;
        }
        String w = word.toLowerCase(Locale.ROOT);
        Set<String> out = new LinkedHashSet<>();
        out.add(w);
        if (w.length() > 4 && w.endsWith("ies")) {
            out.add(w.substring(0, w.length() - 3) + "y");
        } else if (w.matches(".+(ss|x|ch|sh|z)es")) {
            out.add(w.substring(0, w.length() - 2));
        } else if (w.length() > 3 && w.endsWith("s") && !w.matches(".*(ss|us|is)")) {
            out.add(w.substring(0, w.length() - 1));
        }
        return out;
    }

    /** Patterns of a finished block: each form bare (when coded) and with each translated line. */
    private void flush(Block block) {
        if (block == null) {
            return;
        }
        for (Form f : block.forms) {
            if (f.code() != null) {
                boolean speech = f.shape().equals(Shape.NONE) && SPEECH_ROOTS.contains(f.code().root());
                emit(f.verb(), f.shape(), List.of(), f.code(), f.back(), f.origin(), speech && !f.reverse(), f.mutual(),
                        f.reverse(), false);
            }
            for (Rule r : block.rules) {
                Shape s = f.shape().and(r.shape());
                if (s == null) {
                    skip("pattern on a form: object of the form and of the pattern, or after a preposition");
                    continue;
                }
                emit(f.verb(), s, r.before(), r.code(), r.back(), r.origin(), false, r.mutual(), r.reverse(),
                        r.compound());
            }
        }
    }

    private void emit(String verb, Shape s, List<Set<String>> before, CameoCode code, CameoCode back, String origin,
                      boolean speech, boolean mutual, boolean reverse, boolean compound) {
        Set<VerbPattern.Flag> flags = java.util.EnumSet.of(VerbPattern.Flag.LITERAL);
        if (speech) {
            flags.add(VerbPattern.Flag.SPEECH);
        }
        if (mutual) {
            flags.add(VerbPattern.Flag.MUTUAL);
        }
        if (compound) {
            flags.add(VerbPattern.Flag.COMPOUND);
        }
        if (reverse) {
            flags.add(VerbPattern.Flag.REVERSE);
        }
        VerbPattern p = new VerbPattern(verb, s.particles(), s.objects(), s.objectModifiers(), s.prepNouns(), s.preps(),
                before, code, back, flags, origin);
        if (seen.add(p.text())) {
            patterns.add(p);
        } else {
            duplicates++;
        }
    }

    /** A short hash of verb patterns, for the lexicon's version. */
    static String fingerprint(Collection<VerbPattern> verbs) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (VerbPattern p : verbs) {
                String line = p.text() + "\t" + p.code().code() + "\t" + new java.util.TreeSet<>(p.flags()) + "\n";
                md.update(line.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(md.digest()).substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
