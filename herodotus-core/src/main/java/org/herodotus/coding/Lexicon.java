package org.herodotus.coding;

import org.herodotus.internal.Lazy;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The event lexicon: verb patterns and event nouns with their CAMEO codes, read from the commented
 * data files {@code lexicon/verbs.txt} and {@code lexicon/nouns.txt} (format in their headers).
 * Immutable once built.
 */
public final class Lexicon {

    public static final String VERBS = "lexicon/verbs.txt";
    public static final String NOUNS = "lexicon/nouns.txt";
    private static final Lazy<Lexicon> BUILT_IN = Lazy.of(() ->
            parse(CameoTable.builtIn(), VERBS, DataFiles.lines(VERBS), NOUNS, DataFiles.lines(NOUNS)));

    private final Map<String, List<VerbPattern>> verbs;
    private final Map<String, List<NounPattern>> nouns;
    private final Map<String, List<VerbPattern>> preferred;
    private final String version;

    Lexicon(Collection<VerbPattern> verbs, Collection<NounPattern> nouns, String version) {
        this(verbs, nouns, List.of(), version);
    }

    private Lexicon(Collection<VerbPattern> verbs, Collection<NounPattern> nouns, Collection<VerbPattern> preferred,
                    String version) {
        Map<String, List<VerbPattern>> pref = new HashMap<>();
        preferred.forEach(p -> pref.computeIfAbsent(p.verb(), k -> new ArrayList<>()).add(p));
        pref.replaceAll((k, l) -> List.copyOf(l));
        this.preferred = Map.copyOf(pref);
        Map<String, List<VerbPattern>> v = new HashMap<>();
        verbs.forEach(p -> v.computeIfAbsent(p.verb(), k -> new ArrayList<>()).add(p));
        Map<String, List<NounPattern>> n = new HashMap<>();
        nouns.forEach(p -> n.computeIfAbsent(p.head(), k -> new ArrayList<>()).add(p));
        v.replaceAll((k, l) -> List.copyOf(l));
        n.replaceAll((k, l) -> List.copyOf(l));
        this.verbs = Map.copyOf(v);
        this.nouns = Map.copyOf(n);
        this.version = version;
    }

    public static Lexicon builtIn() {
        return BUILT_IN.get();
    }

    /**
     * Extra verb patterns (read from a PETRARCH verb dictionary by {@link PetrarchVerbs}) with the base:
     * with {@code replace} they stand alone (PETRARCH has no event nouns, so the base's are left out
     * too), otherwise they go on top: a verb is coded by the extras when one of them matches, and by the
     * base's only when none does ({@link #preferredVerbs}).
     * The version is the base's plus {@code +petr-} and a hash of the extras.
     */
    public static Lexicon combine(Lexicon base, Collection<VerbPattern> extraVerbs, boolean replace) {
        List<VerbPattern> verbs = new ArrayList<>(extraVerbs);
        if (!replace) {
            base.verbs.values().forEach(verbs::addAll);
        }
        List<NounPattern> nouns = new ArrayList<>();
        if (!replace) {
            base.nouns.values().forEach(nouns::addAll);
        }
        return new Lexicon(verbs, nouns, replace ? List.of() : extraVerbs,
                base.version + "+petr-" + PetrarchVerbs.fingerprint(extraVerbs));
    }

    static Lexicon parse(CameoTable table, String verbsName, List<String> verbLines, String nounsName,
                         List<String> nounLines) {
        List<VerbPattern> verbs = new ArrayList<>();
        for (int i = 0; i < verbLines.size(); i++) {
            String line = DataFiles.content(verbLines.get(i));
            if (!line.isEmpty()) {
                verbs.add(verb(table, verbsName + ":" + (i + 1), line));
            }
        }
        List<NounPattern> nouns = new ArrayList<>();
        for (int i = 0; i < nounLines.size(); i++) {
            String line = DataFiles.content(nounLines.get(i));
            if (line.isEmpty()) {
                continue;
            }
            String where = nounsName + ":" + (i + 1);
            String[] f = line.split("\t");
            if (f.length != 2) {
                throw new LexiconFormatException(where, "expected 'NOUN PHRASE<TAB>CODE'");
            }
            nouns.add(new NounPattern(Arrays.asList(f[0].strip().toLowerCase(Locale.ROOT).split("\\s+")),
                    table.require(f[1].strip(), where), where));
        }
        return new Lexicon(verbs, nouns, "lex-" + hash(verbLines, nounLines));
    }

    static VerbPattern verb(CameoTable table, String where, String line) {
        String[] f = line.split("\t");
        if (f.length < 2 || f.length > 3) {
            throw new LexiconFormatException(where, "expected 'PATTERN<TAB>CODE[<TAB>FLAGS]'");
        }
        String[] words = f[0].strip().toLowerCase(Locale.ROOT).split("\\s+");
        List<String> particles = new ArrayList<>();
        Set<String> objects = new LinkedHashSet<>();
        List<Set<String>> objectModifiers = new ArrayList<>();
        List<String[]> prepNounWords = new ArrayList<>();
        List<List<Set<String>>> prepNounModifiers = new ArrayList<>();
        List<String> preps = new ArrayList<>();
        List<Set<String>> before = new ArrayList<>();
        List<Set<String>> modifiers = null;
        for (int i = 1; i < words.length; i++) {
            String w = words[i];
            int colon = w.indexOf(':');
            if (w.startsWith("+") && colon > 1 && colon < w.length() - 1) {
                modifiers = new ArrayList<>();
                prepNounWords.add(new String[] {w.substring(1, colon), w.substring(colon + 1)});
                prepNounModifiers.add(modifiers);
            } else if (w.startsWith("+") && w.length() > 1 && colon < 0) {
                preps.add(w.substring(1));
                modifiers = null;
            } else if (w.startsWith("=") && w.length() > 1) {
                objects.addAll(alternatives(w.substring(1)));
                modifiers = objectModifiers;
            } else if (w.startsWith("<") && w.length() > 1) {
                Set<String> unit = new LinkedHashSet<>();
                alternatives(w.substring(1)).forEach(a -> unit.add(a.replace('_', ' ')));
                before.add(unit);
            } else if (w.startsWith("~") && w.length() > 1 && modifiers != null) {
                modifiers.add(alternatives(w.substring(1)));
            } else if (w.matches("[a-z-]+")) {
                particles.add(w);
                modifiers = null;
            } else {
                throw new LexiconFormatException(where, "cannot read '" + w + "' in pattern '" + f[0]
                        + "': use a particle word, =OBJECT|OBJECT, +PREP, +PREP:NOUN|NOUN, <WORD|WORD_WORD (before the"
                        + " verb), or ~MODIFIER|MODIFIER"
                        + " right after an object or a +PREP:NOUN");
            }
        }
        Set<VerbPattern.Flag> flags = java.util.EnumSet.noneOf(VerbPattern.Flag.class);
        if (f.length == 3) {
            for (String flag : f[2].split(",")) {
                if (flag.isBlank()) {
                    continue;
                }
                try {
                    flags.add(VerbPattern.Flag.valueOf(flag.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new LexiconFormatException(where, "unknown flag '" + flag.strip()
                            + "'; known: speech, reverse, blame, mutual, compound, literal");
                }
            }
        }
        if (flags.contains(VerbPattern.Flag.REVERSE) && preps.isEmpty()) {
            throw new LexiconFormatException(where, "a 'reverse' pattern needs a +PREP whose noun is the source");
        }
        List<VerbPattern.PrepNoun> prepNouns = new ArrayList<>();
        for (int i = 0; i < prepNounWords.size(); i++) {
            prepNouns.add(new VerbPattern.PrepNoun(prepNounWords.get(i)[0], alternatives(prepNounWords.get(i)[1]),
                    prepNounModifiers.get(i)));
        }
        return new VerbPattern(words[0], particles, objects, objectModifiers, prepNouns, preps, before,
                table.require(f[1].strip(), where), null, flags, where);
    }

    private static Set<String> alternatives(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String a : text.split("\\|")) {
            if (!a.isEmpty()) {
                out.add(a);
            }
        }
        return out;
    }

    private static String hash(List<String> a, List<String> b) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            a.forEach(l -> md.update((l + "\n").getBytes(StandardCharsets.UTF_8)));
            b.forEach(l -> md.update((l + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(md.digest()).substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The patterns of the lemma that come before the others: a dictionary's put on top of the built-in
     * lexicon. When one of them matches, the others are not tried. Empty for a lexicon of one source.
     */
    public List<VerbPattern> preferredVerbs(String lemma) {
        return preferred.getOrDefault(lemma, List.of());
    }

    public List<VerbPattern> verbs(String lemma) {
        return verbs.getOrDefault(lemma, List.of());
    }

    public List<NounPattern> nouns(String headLemma) {
        return nouns.getOrDefault(headLemma, List.of());
    }

    public int verbPatternCount() {
        return verbs.values().stream().mapToInt(List::size).sum();
    }

    public int nounPatternCount() {
        return nouns.values().stream().mapToInt(List::size).sum();
    }

    public String version() {
        return version;
    }
}
