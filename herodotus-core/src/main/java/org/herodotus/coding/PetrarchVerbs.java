package org.herodotus.coding;

import org.herodotus.coding.PetrarchPhrases.Shape;
import org.herodotus.coding.PetrarchPhrases.Translation;
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
import java.util.HexFormat;
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
 * the block's code; each pattern line that maps onto the grammar ({@link PetrarchPhrases} translates its
 * words: words before the verb, particles, an object noun phrase, prepositional phrases) is applied to
 * every form of its block. What the grammar cannot express (a source inside a prepositional phrase, the
 * target before the verb, words after a prepositional phrase, {@code ^} inside a phrase, transformations)
 * is skipped and counted by reason. Codes: a code outside the CAMEO table is the dictionary's own
 * ({@link CameoTable#orDefined}); {@code [X:X]} makes a mutual pattern, {@code [X:Y]} codes Y back from the
 * target to the source, {@code [:Y]} only Y, from the target to the source. Bare verbs of roots 01 and 11
 * report speech, and every pattern is {@code literal}.
 */
public final class PetrarchVerbs {

    /** How many warnings are kept; {@link Counts#problems()} has them all. */
    public static final int MAX_WARNINGS = 100;

    /**
     * Roots whose bare verbs report speech: statements (01: "say", "claim" in some dictionaries) and
     * disapproval (11: "allege", "accuse"), whose clausal complement is what the speaker claims.
     */
    static final Set<String> SPEECH_ROOTS = Set.of("01", "11");
    private static final Pattern BRACKET = Pattern.compile("\\[([^\\]\\[]*)\\]");
    private static final Pattern CODE = Pattern.compile("(\\d{2,4})([A-Za-z*!]*)");

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
    /** Where each pattern text stands in {@link #patterns}: a later pattern of the same text replaces it. */
    private final Map<String, Integer> seen = new HashMap<>();
    private final Map<String, Integer> skipped = new HashMap<>();
    private final Map<String, Integer> adjusted = new HashMap<>();
    private final List<String> warnings = new ArrayList<>();
    /** The words of the dictionary being read, with its synonym sets. */
    private PetrarchPhrases phrases = new PetrarchPhrases(List.of());
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
        phrases = new PetrarchPhrases(content);
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
        Translation t = phrases.after(words.subList(1, words.size()));
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
        List<String> tokens = PetrarchPhrases.tokens(body.substring(0, bracket));
        if (tokens == null) {
            skip("pattern: unbalanced parentheses or braces");
            skippedLines++;
            return;
        }
        CameoCode code = null;
        int made = 0;
        String reason = null;
        for (List<String> variant : phrases.synsetVariants(tokens)) {
            Translation t = phrases.pattern(variant);
            List<Set<String>> before = new ArrayList<>();
            if (t.skip() == null && variant.indexOf("*") > 0) {
                String why = phrases.wordsBefore(body.substring(0, body.indexOf('*')), before);
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
        Integer at = seen.putIfAbsent(p.text(), patterns.size());
        if (at == null) {
            patterns.add(p);
        } else {   // as in PETRARCH, whose dictionary is a map: the later line wins
            patterns.set(at, p);
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
