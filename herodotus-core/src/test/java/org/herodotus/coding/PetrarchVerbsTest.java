package org.herodotus.coding;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class PetrarchVerbsTest {

    private static final Path PHOENIX = Path.of("../../shared/reference/phoenix-dictionaries");
    private static final Path VALIDATE = Path.of("../../shared/eval/dev/petrarch/dictionaries");

    private static PetrarchVerbs.Loaded verbs(String... lines) {
        PetrarchVerbs r = new PetrarchVerbs(CameoTable.builtIn());
        r.read("x.verbs.txt", List.of(lines));
        return r.result();
    }

    /** Pattern text to CAMEO code. */
    private static Map<String, String> byText(PetrarchVerbs.Loaded l) {
        return l.patterns().stream().collect(Collectors.toMap(VerbPattern::text, p -> p.code().code()));
    }

    @Test
    void everyVerbFormGetsTheBlockCodeAndPhrasalFormsTheirParticle() {
        PetrarchVerbs.Loaded l = verbs(
                "--- WITHDRAW [0874] ---",
                "WITHDRAW {WITHDREW WITHDRAWN}",
                "+PULL_OUT {+PULLS_OUT +PULLED_OUT}",
                "RETREAT_ [0874]",
                "DOWNPLAY [014]  # a code of its own",
                "REPORT [---]");
        assertEquals(Map.of("withdraw", "0874", "pull out", "0874", "retreat", "0874", "downplay", "014"), byText(l));
        VerbPattern pull = l.patterns().get(1);
        assertEquals("pull", pull.verb());
        assertEquals(List.of("out"), pull.particles());
        assertEquals(1, l.counts().blocks());
        assertEquals(5, l.counts().verbForms());
    }

    @Test
    void sameCodeBothWaysAndCompoundSubjectsMakeMutualPatterns() {
        PetrarchVerbs.Loaded l = verbs(
                "--- AGREE [030] ---",
                "AGREE",
                "- % * [030:030]",
                "- * RELATIONS [064:064]",
                "- * WITH % [031]",
                "- * TO [081:082]");
        Map<String, VerbPattern> p = l.patterns().stream().collect(Collectors.toMap(VerbPattern::text, x -> x));
        assertTrue(p.get("agree =relation|relations").mutual());
        assertTrue(p.get("agree %").mutual() && p.get("agree %").compound(),
                "a compound subject before the verb makes a mutual pattern that wants one");
        assertFalse(p.get("agree").mutual(), "the bare verb stays as the block codes it");
        assertEquals("031", p.get("agree +with").code().code());
        assertFalse(p.get("agree +with").mutual());
        assertFalse(p.get("agree +to").mutual(), "a different reverse code is not a mutual act");
    }

    @Test
    void wildcardAfterAPrepositionIsAPhraseWithAnyNoun() {
        PetrarchVerbs.Loaded l = verbs(
                "--- CELEBRATE [181] ---",
                "CELEBRATE",
                "- * EID AT ^ WITH + [043]",
                "- * ^ FEAST [044]");
        assertEquals(Map.of("celebrate", "181", "celebrate =eid +at:* +with", "043"), byText(l));
        assertEquals(1, l.skipped().get("pattern: word wildcard '^'"));
    }

    @Test
    void prepositionAfterTheVerbBecomesAPrepositionConstraint() {
        PetrarchVerbs.Loaded l = verbs(
                "--- PROTEST [141] ---",
                "PROTEST",
                "- * AGAINST [173]",
                "- * (WITH +) [036]",
                "- * OFF (FOR) [042]");
        Map<String, String> t = byText(l);
        assertEquals("173", t.get("protest +against"));
        assertEquals("036", t.get("protest +with"));
        assertEquals("042", t.get("protest off +for"));
        assertEquals(3, l.counts().translated());
    }

    @Test
    void nounOrSynonymSetAfterTheVerbBecomesAnObjectConstraint() {
        PetrarchVerbs.Loaded l = verbs(
                "&WEAPON",
                "+GUN",
                "+MISSILE_",
                "+NUCLEAR_BOMB",
                "",
                "--- LAUNCH [---] ---",
                "LAUNCH",
                "- * $ OFFENSIVE + [190]",
                "- * &WEAPON [194]",
                "- * SANCTIONS [163]",
                "- * {ATTACK} [190]");
        Map<String, String> t = byText(l);
        assertEquals("190", t.get("launch =offensive"));
        assertEquals("194", t.get("launch =gun|missile"), "multi-word members are left out");
        assertEquals("163", t.get("launch =sanction|sanctions"), "a plural also allows its singular lemma");
        assertFalse(t.containsKey("launch"), "a block coded [---] gives no bare verb");
        assertEquals(1, l.skipped().get("block code: no code [---]"));
    }

    @Test
    void multiWordNounPhraseIsAnObjectWithModifiers() {
        PetrarchVerbs.Loaded l = verbs(
                "&TIETYPES",
                "+DIPLOMATIC",
                "+ECONOMIC",
                "+TRADE_AND_INVESTMENT",
                "",
                "--- CUT [---] ---",
                "CUT",
                "- * DIPLOMATIC TIES [161]",
                "- * &TIETYPES TIES [160]",
                "- * NEW_&TIETYPES_RELATIONS [030]",
                "- * {MILITARY AID} (TO +) [0332]",
                "- * A {NEW PEACE PLAN} [036]",
                "- * {PEACE PLAN} FORWARD [027]",
                "- * (OUT) (OF COALITION) [160]",
                "- * (OFF SANCTIONS) [128]");
        Map<String, String> t = byText(l);
        assertEquals("161", t.get("cut =tie|ties ~diplomatic"));
        assertEquals("160", t.get("cut =tie|ties ~diplomatic|economic"), "a set stands for its one-word members");
        assertEquals("030", t.get("cut =relation|relations ~new ~diplomatic|economic"));
        assertEquals("0332", t.get("cut =aid ~military +to"));
        assertEquals("036", t.get("cut =plan ~new ~peace"), "articles are left out");
        assertEquals("027", t.get("cut forward =plan ~peace"), "a particle after the object is still a particle");
        assertEquals("160", t.get("cut out +of:coalition"), "parentheses around a particle are opened");
        assertEquals("128", t.get("cut off =sanction|sanctions"));
        assertEquals(8, l.counts().translated());
        VerbPattern aid = l.patterns().stream().filter(p -> p.code().code().equals("0332")).findFirst().orElseThrow();
        assertEquals(Set.of("aid"), aid.objects());
        assertEquals(List.of(Set.of("military")), aid.objectModifiers());
        assertEquals(List.of("to"), aid.preps());
    }

    @Test
    void prepositionalPhraseWithANounIsAPrepositionalNoun() {
        PetrarchVerbs.Loaded l = verbs(
                "--- WARN [---] ---",
                "WARN",
                "- * (AGAINST {MILITARY ACTION}) [138]",
                "- * AID TO + [0233]",
                "- * IN {PEACE TALKS} [046]",
                "- * (FOR SANCTIONS) (AGAINST +) [1041]",
                "- * STATE (OF EMERGENCY) [0814]",
                "- * (TO A VOTE) [014]",
                "- * (TO BORDER) [154]");
        Map<String, String> t = byText(l);
        assertEquals("138", t.get("warn +against:action ~military"));
        assertEquals("0233", t.get("warn =aid +to"), "a preposition with only the target marker stays bare");
        assertEquals("046", t.get("warn +in:talk|talks ~peace"), "a preposition needs no parentheses");
        assertEquals("1041", t.get("warn +for:sanction|sanctions +against"));
        assertEquals("0814", t.get("warn =state +of:emergency"));
        assertEquals("014", t.get("warn +to:vote"));
        assertEquals("154", t.get("warn +to:border"));
        assertEquals(7, l.counts().translated());
        VerbPattern sanctions = l.patterns().stream().filter(p -> p.code().code().equals("1041")).findFirst()
                .orElseThrow();
        assertEquals(List.of(new VerbPattern.PrepNoun("for", Set.of("sanction", "sanctions"), List.of())),
                sanctions.prepNouns());
        assertEquals(List.of("against"), sanctions.preps(), "the bare preposition's noun stays the target");
    }

    @Test
    void moreConstraintsAreMoreSpecific() {
        Map<String, Integer> spec = verbs(
                "--- CUT [160] ---",
                "CUT",
                "- * TIES [160]",
                "- * DIPLOMATIC TIES [161]",
                "- * (AGAINST +) [160]",
                "- * (AGAINST ACTION) [138]",
                "- * (AGAINST {MILITARY ACTION}) [138]")
                .patterns().stream().collect(Collectors.toMap(VerbPattern::text, VerbPattern::specificity));
        assertEquals(Map.of("cut", 0, "cut =tie|ties", 1, "cut =tie|ties ~diplomatic", 2, "cut +against", 1,
                "cut +against:action", 2, "cut +against:action ~military", 3), spec);
    }

    @Test
    void patternsThatCannotBeExpressedAreSkippedAndCounted() {
        PetrarchVerbs.Loaded l = verbs(
                "--- ATTACK [190] ---",
                "ATTACK",
                "- + PLANES * [195]",
                "- * PROTESTS (FROM $) [110]",
                "- * TALKS (IN ^) (WITH) [044]",
                "- * WITH_%S [031]",
                "- * (TOWARD MEETING) + REQUIREMENT [061]",
                "- * (ASIDE RIFT) [030]",
                "- * NOT EXTEND DEADLINE [030]",
                "~ a (a b ATTACK) SAY = a b 015");
        assertEquals(Map.of("attack", "190"), byText(l));
        assertEquals(8, l.counts().patternLines());
        assertEquals(8, l.counts().skipped());
        assertEquals(0, l.counts().translated());
        Map<String, Integer> s = l.skipped();
        assertEquals(1, s.get("pattern: target before the verb"));
        assertEquals(1, s.get("pattern: source inside a prepositional phrase"));
        assertEquals(1, s.get("pattern: word wildcard '^'"));
        assertEquals(1, s.get("pattern: compound actor '%' inside a phrase"));
        assertEquals(1, s.get("pattern: words after a prepositional phrase"));
        assertEquals(1, s.get("pattern: parenthesised phrase without a preposition"));
        assertEquals(1, s.get("pattern: verb phrase (auxiliary or 'not')"));
        assertEquals(1, s.get("pattern: transformation rule '~'"));
    }

    @Test
    void wordsBeforeTheVerbAreUnitsInOrderAndSynonymSetsGiveSeveralWordAlternatives() {
        PetrarchVerbs.Loaded l = verbs(
                "&NEGAUX",
                "+DID N'T",
                "+WILL NOT",
                "--- CLASH [190] ---",
                "CLASH",
                "- MOST_CERTAINLY_&NEGAUX_EVER * OVER EFFORTS [128]",
                "- &NEGAUX EVER * OVER EFFORTS [120]",
                "- $ PLANES_* [195]",
                "- % SAID * [030]");
        Map<String, VerbPattern> t = l.patterns().stream().collect(Collectors.toMap(VerbPattern::text, p -> p));
        VerbPattern most = t.get("clash <most_certainly_did_n't_ever|most_certainly_will_not_ever +over:effort|efforts");
        assertEquals(List.of(Set.of("most certainly did n't ever", "most certainly will not ever")), most.before());
        VerbPattern ever = t.get("clash <did_n't|will_not <ever +over:effort|efforts");
        assertEquals("120", ever.code().code());
        assertTrue(most.specificity() > ever.specificity(), "more words before the verb are more specific");
        assertEquals(List.of(Set.of("planes")), t.get("clash <planes").before());
        assertTrue(t.get("clash <said %").compound());
        assertEquals(4, l.counts().translated());
    }

    @Test
    void aSynonymSetWithSeveralWordMembersAlsoGivesAPatternPerSuchMember() {
        PetrarchVerbs.Loaded l = verbs(
                "&CURRENCY",
                "+DOLLARS",
                "+SWISS FRANCS",
                "+GOLDEN_GOBLIN_GALLEONS",
                "--- CONTRIBUTE [071] ---",
                "CONTRIBUTE",
                "- * &CURRENCY [903]");
        assertEquals(Map.of("contribute", "071", "contribute =dollar|dollars", "903",
                "contribute =franc|francs ~swiss", "903", "contribute =galleon|galleons ~golden ~goblin", "903"),
                byText(l));
        assertEquals(1, l.counts().translated(), "one line");
    }

    @Test
    void aBlockCodedBothWaysMakesItsBareVerbsMutual() {
        PetrarchVerbs.Loaded l = verbs("--- MEET [031:031] ---", "MEET", "CONFER [040]", "- * DEMANDS [012]");
        Map<String, VerbPattern> t = l.patterns().stream().collect(Collectors.toMap(VerbPattern::text, p -> p));
        assertTrue(t.get("meet").mutual());
        assertFalse(t.get("confer").mutual(), "a form with a code of its own");
        assertFalse(t.get("meet =demand|demands").mutual());
    }

    @Test
    void aLaterPatternOfTheSameTextReplacesTheEarlierAsInPetrarch() {
        PetrarchVerbs.Loaded l = verbs("--- APPROVE [080] ---", "APPROVE", "RATIFY",
                "- * TREATY [031:031]  # APPROVE", "- * TREATY [057]  # RATIFY");
        VerbPattern ratify = l.patterns().stream().filter(p -> p.text().equals("ratify =treaty")).findFirst()
                .orElseThrow();
        assertEquals("057", ratify.code().code());
        assertFalse(ratify.mutual());
        assertEquals(2, l.counts().duplicates(), "one for each form");
    }

    @Test
    void codesAreNormalisedOrSkipped() {
        PetrarchVerbs.Loaded l = verbs(
                "--- VISIT [042:043] ---",
                "VISIT",
                "- * (TO) [042:043]",
                "- * (BEFORE) [:173]",
                "- * (IN) [075A]",
                "- * (AT) [---]",
                "- * (FROM) [def]");
        Map<String, String> t = byText(l);
        assertEquals(Map.of("visit", "042", "visit +to", "042", "visit +in", "075", "visit +before", "173"), t);
        assertEquals(2, l.adjusted().get("[X:Y] read as X, with Y done back"));
        assertEquals("043", l.patterns().get(0).back().code(), "visit [042:043]: the host receives the visitor");
        assertEquals(1, l.adjusted().get("trailing letters or '*' stripped from the code"));
        assertEquals(1, l.adjusted().get("[:Y] read as Y done by the target to the source"));
        assertTrue(l.patterns().stream().filter(p -> p.text().equals("visit +before")).findFirst().orElseThrow()
                .reverse(), "[:173] is kept, reversed");
        assertEquals(1, l.skipped().get("pattern: no code [---]"));
        assertEquals(1, l.skipped().get("pattern: not a CAMEO code"));
    }

    @Test
    void codesOutsideTheCameoTableAreTheDictionarysOwnWithTheFactsOfTheirAncestor() {
        PetrarchVerbs.Loaded l = verbs(
                "--- HACK [176] ---",
                "HACK",
                "- * (INTO) [1213]",
                "- * (ON) [901]");
        Map<String, VerbPattern> byText = l.patterns().stream()
                .collect(Collectors.toMap(VerbPattern::text, p -> p));
        org.herodotus.model.CameoCode hack = byText.get("hack").code();
        assertEquals("176", hack.code());
        assertEquals(4, hack.quadClass(), "QuadClass of 17, its nearest listed ancestor");
        assertEquals("COERCE", hack.ploverType());
        assertTrue(hack.description().contains("x.verbs.txt"), hack.description());
        org.herodotus.model.CameoCode rejects = byText.get("hack +into").code();
        assertEquals(CameoTable.builtIn().get("121").orElseThrow().goldstein(), rejects.goldstein());
        org.herodotus.model.CameoCode own = byText.get("hack +on").code();
        assertEquals("90", own.root());
        assertFalse(own.known(), "no CAMEO root 90: no Goldstein value, no QuadClass");
        assertTrue(Double.isNaN(own.goldstein()));
        assertEquals(2, l.adjusted().get("code outside the CAMEO table: facts of its nearest listed ancestor"));
        assertEquals(1, l.adjusted().get(
                "code outside the CAMEO table, under no CAMEO root: no Goldstein value or QuadClass"));
    }

    @Test
    void patternsApplyToEveryFormOfTheBlock() {
        PetrarchVerbs.Loaded l = verbs(
                "--- ASK [020] ---",
                "ASK",
                "REQUEST",
                "+ASK_FOR [020]",
                "- * AID [023]");
        Map<String, String> t = byText(l);
        assertEquals("023", t.get("ask =aid"));
        assertEquals("023", t.get("request =aid"));
        assertEquals("020", t.get("ask +for"));
        assertFalse(t.containsKey("ask =aid +for"), "after ASK_FOR the noun is the preposition's, not an object");
    }

    @Test
    void plainStatementAndAllegationVerbsReportSpeech() {
        PetrarchVerbs.Loaded l = verbs("--- EXPLAIN [010] ---", "SAY {SAYS SAID}", "- * THREAT [012]",
                "--- ALLEGE [110] ---", "CLAIM", "--- ATTACK [190] ---", "ATTACK");
        Map<String, VerbPattern> t = l.patterns().stream().collect(Collectors.toMap(VerbPattern::text, p -> p));
        assertTrue(t.get("say").speech());
        assertFalse(t.get("say =threat").speech(), "a pattern with an object");
        assertTrue(t.get("claim").speech(), "what is claimed is the speaker's claim");
        assertFalse(t.get("attack").speech());
    }

    @Test
    void malformedLinesAreWarningsWithFileAndLine() {
        PetrarchVerbs.Loaded l = verbs("- * AGAINST [173]", "ATTACK", "--- ATTACK [190] ---", "ATTACK", "- * AGAINST");
        assertEquals(List.of("x.verbs.txt:1: pattern outside a verb block; start the block with '--- NAME [code] ---'",
                "x.verbs.txt:2: verb outside a verb block; start the block with '--- NAME [code] ---'",
                "x.verbs.txt:5: pattern without a code; end it with [code]"), l.warnings());
        assertEquals(3, l.counts().problems());
    }

    @Test
    void combinedLexiconReplacesOrGoesOnTopOfTheBase() {
        Lexicon base = Lexicon.parse(CameoTable.builtIn(), "verbs.txt", List.of("say\t010\tspeech", "attack\t190"),
                "nouns.txt", List.of("attack\t190"));
        PetrarchVerbs.Loaded l = verbs("--- ASSAULT [180] ---", "ATTACK", "- * AGAINST [173]");
        Lexicon replaced = Lexicon.combine(base, l.patterns(), true);
        assertTrue(replaced.verbs("say").isEmpty());
        assertEquals(2, replaced.verbs("attack").size());
        assertEquals(0, replaced.nounPatternCount(), "PETRARCH has no event nouns: replacing leaves none");
        assertTrue(replaced.version().startsWith(base.version() + "+petr-"), replaced.version());
        Lexicon onTop = Lexicon.combine(base, l.patterns(), false);
        assertEquals(1, onTop.verbs("say").size());
        assertEquals(1, onTop.nounPatternCount(), "on top, the base's nouns are kept");
        assertEquals(List.of("180", "173", "190"), onTop.verbs("attack").stream().map(p -> p.code().code()).toList());
        assertEquals(List.of("180", "173"), onTop.preferredVerbs("attack").stream().map(p -> p.code().code())
                .toList(), "the dictionary's patterns are tried first");
        assertTrue(replaced.preferredVerbs("attack").isEmpty(), "one source: nothing to prefer");
    }

    @Test
    void directoryVerbFilesAreRecognisedByName(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("CAMEO.2.0.txt"), "--- ATTACK [190] ---\nATTACK\n");
        Files.writeString(dir.resolve("Mine.verbs.txt"), "--- MEET [036] ---\nMEET\n");
        Files.writeString(dir.resolve("Mine.actors.txt"), "LIBYA_ [LBY]\n");
        PetrarchVerbs.Loaded l = PetrarchVerbs.loadDirectory(dir);
        assertEquals(2, l.counts().files());
        assertEquals(Set.of("attack", "meet"), byText(l).keySet());
    }

    @Test
    void cameoVerbDictionaryLoadsFully() {
        Path file = PHOENIX.resolve("CAMEO.2.0.txt");
        assumeTrue(Files.isRegularFile(file), "CAMEO verb dictionary not present: " + file.toAbsolutePath());
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        long t0 = System.nanoTime();
        PetrarchVerbs.Loaded l = PetrarchVerbs.load(file);
        Lexicon lex = Lexicon.combine(Lexicon.parse(CameoTable.builtIn(), "v", List.of(), "n", List.of()),
                l.patterns(), true);
        long t1 = System.nanoTime();
        System.gc();
        long after = rt.totalMemory() - rt.freeMemory();
        System.err.printf("CAMEO.2.0 verbs: %s%n  read and built %d ms, heap +%d MB (%s)%n"
                        + "  skipped %s%n  adjusted %s%n",
                l.counts(), (t1 - t0) / 1_000_000, (after - before) >> 20, lex.version(), l.skipped(), l.adjusted());
        PetrarchVerbs.Counts c = l.counts();
        assertTrue(c.blocks() > 350, "blocks: " + c.blocks());
        assertTrue(c.verbForms() > 1_500, "verb forms: " + c.verbForms());
        assertTrue(c.patternLines() > 4_000, "pattern lines: " + c.patternLines());
        assertTrue(c.translated() > 2_000, "translated: " + c.translated());
        assertEquals(c.patternLines(), c.translated() + c.skipped());
        assertTrue(c.verbPatterns() > 10_000, "verb patterns: " + c.verbPatterns());
        assertEquals(0, c.problems(), l.warnings().toString());
        assertEquals(c.verbPatterns(), lex.verbPatternCount());
        assertTrue(lex.verbs("say").stream().anyMatch(VerbPattern::speech));
    }

    @Test
    void petrarchValidationVerbDictionaryLoadsFully() {
        Path file = VALIDATE.resolve("PETR.Validate.verbs.txt");
        assumeTrue(Files.isRegularFile(file), "PETRARCH validation verbs not present: " + file.toAbsolutePath());
        PetrarchVerbs.Loaded l = PetrarchVerbs.load(file);
        System.err.println("PETR.Validate verbs: " + l.counts() + "\n  skipped " + l.skipped());
        PetrarchVerbs.Counts c = l.counts();
        assertTrue(c.blocks() > 200, "blocks: " + c.blocks());
        assertTrue(c.verbForms() > 200, "verb forms: " + c.verbForms());
        assertTrue(c.translated() > 100, "translated: " + c.translated());
        assertEquals(c.patternLines(), c.translated() + c.skipped());
        assertTrue(c.problems() < 10, l.warnings().toString());
    }
}
