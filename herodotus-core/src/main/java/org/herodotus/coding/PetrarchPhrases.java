package org.herodotus.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words of one PETRARCH pattern line or verb form, translated into the constraints of a
 * {@link VerbPattern}: words before the verb, particles, an object noun phrase with its modifiers,
 * prepositional phrases with or without a noun; synonym sets ({@code &NAME}) of the dictionary being
 * read are opened. What the grammar cannot express comes back as the reason to skip it. Used by
 * {@link PetrarchVerbs}, which reads the files and counts.
 */
final class PetrarchPhrases {

    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9][A-Za-z0-9'.-]*");

    /** The dictionary's synonym sets by name (no {@code &}, no trailing underscore), members as written. */
    private final Map<String, List<String>> synsets;

    PetrarchPhrases(List<String> content) {
        this.synsets = synsets(content);
    }

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
     * Particles, allowed object lemmas with their modifiers, prepositional nouns and bare prepositions of
     * a form or a pattern line.
     */
    record Shape(List<String> particles, Set<String> objects, List<Set<String>> objectModifiers,
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
    record Translation(Shape shape, String skip) {
        static Translation skip(String reason) {
            return new Translation(null, reason);
        }
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

    /** Most patterns one line may become when its synonym sets have several-word members. */
    private static final int MAX_VARIANTS = 64;

    /**
     * The pattern's words after the verb with each synonym set that has several-word members ({@code
     * &CURRENCY} with {@code SWISS FRANCS}) also written out as each such member, since a noun phrase of
     * several words is a head with modifiers: {@code - * &CURRENCY} is {@code =dollars|euros|...}, plus
     * {@code =francs ~swiss} and so on.
     */
    List<List<String>> synsetVariants(List<String> tokens) {
        List<List<String>> out = new ArrayList<>(List.of(tokens));
        int star = tokens.indexOf("*");
        for (int i = star + 1; star >= 0 && i < tokens.size(); i++) {
            String w = tokens.get(i);
            if (!w.startsWith("&")) {
                continue;
            }
            List<List<String>> longer = new ArrayList<>();
            List<List<String>> members = synsetWords(w);
            for (List<String> words : members == null ? List.<List<String>>of() : members) {
                if (words.size() < 2) {
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

    /** The members of a synonym set as written, nested sets opened; null when the set is unknown. */
    private List<String> synsetMembers(String ref, Set<String> visiting) {
        List<String> members = synsets.get(synsetName(ref));
        if (members == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        if (!visiting.add(synsetName(ref))) {
            return out;
        }
        for (String m : members) {
            List<String> nested = m.startsWith("&") ? synsetMembers(m, visiting) : List.of(m);
            out.addAll(nested == null ? List.of() : nested);
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
    String wordsBefore(String text, List<Set<String>> units) {
        for (String unit : text.strip().split("\\s+")) {
            List<String> phrases = List.of("");
            for (String w : unit.split("_")) {
                if (w.isEmpty() || w.equals("$") || w.equals("%")) {
                    continue;
                }
                Set<String> forms;
                if (w.startsWith("&")) {
                    forms = synsetPhrases(w);
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
    private Set<String> synsetPhrases(String ref) {
        List<List<String>> members = synsetWords(ref);
        if (members == null) {
            return null;
        }
        Set<String> out = new LinkedHashSet<>();
        for (List<String> words : members) {
            if (words.stream().allMatch(w -> WORD.matcher(w).matches())) {
                out.add(String.join(" ", words).toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /** The words of each member of a synonym set, nested sets included; null when the set is unknown. */
    private List<List<String>> synsetWords(String ref) {
        List<String> members = synsetMembers(ref, new HashSet<>());
        if (members == null) {
            return null;
        }
        List<List<String>> out = new ArrayList<>();
        for (String m : members) {
            List<String> words = tokens(m);
            if (words != null && !words.isEmpty()) {
                out.add(words);
            }
        }
        return out;
    }

    /** Words and bracketed groups of a pattern; underscores join words in TABARI and are split here. */
    static List<String> tokens(String body) {
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

    Translation pattern(List<String> tokens) {
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
    Translation after(List<String> rest) {
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
                forms = synset(w);
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
    private Set<String> synset(String ref) {
        List<List<String>> members = synsetWords(ref);
        if (members == null) {
            return null;
        }
        Set<String> out = new LinkedHashSet<>();
        for (List<String> words : members) {
            Set<String> forms = words.size() == 1 ? nounForms(words.get(0)) : null;
            if (forms != null) {
                out.addAll(forms);
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
}
