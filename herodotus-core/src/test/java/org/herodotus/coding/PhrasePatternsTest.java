package org.herodotus.coding;

import org.herodotus.actors.ActorResolver;
import org.herodotus.actors.KbLoader;
import org.herodotus.actors.KnowledgeBase;
import org.herodotus.model.AnnotatedArticle;
import org.herodotus.testkit.Docs;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Patterns with noun phrases: modifiers on the object and prepositional nouns, matched on a parse. */
class PhrasePatternsTest {

    private static final KnowledgeBase KB = new KbLoader()
            .load("countries.tsv", new ByteArrayInputStream(("ARN\tXA\tArnor\t-\tArnorian\tAnnuminas\n"
                    + "GON\tXG\tGondor\t-\tGondorian\tMinas Tirith\n").getBytes(StandardCharsets.UTF_8)))
            .build();

    /** The patterns of a PETRARCH verb dictionary, alone (no built-in patterns). */
    private static EventCoder coder(String... dictionary) {
        PetrarchVerbs r = new PetrarchVerbs(CameoTable.builtIn());
        r.read("test.verbs.txt", List.of(dictionary));
        Lexicon empty = Lexicon.parse(CameoTable.builtIn(), "v", List.of(), "n", List.of());
        return EventCoder.over(Lexicon.combine(empty, r.result().patterns(), true), CameoTable.builtIn());
    }

    private static List<String> dyads(EventCoder coder, AnnotatedArticle doc) {
        return dyads(coder, doc, KB);
    }

    private static List<String> dyads(EventCoder coder, AnnotatedArticle doc, KnowledgeBase kb) {
        return coder.code(doc, ActorResolver.over(kb).resolve(doc)).stream()
                .map(c -> c.source().code() + ">" + (c.target() == null ? "-" : c.target().code()) + ":"
                        + c.code().code())
                .toList();
    }

    /** The test knowledge base with one agent phrase read from a dictionary (so agents of no country count). */
    private static KnowledgeBase withAgent(String phrase, String sector) {
        return KnowledgeBase.combine(KB, List.of(), java.util.Map.of(phrase, List.of(sector)), false);
    }

    /** "Arnor will abandon full ADJ ties with Gondor ." */
    private static AnnotatedArticle abandonTies(String adjective) {
        return Docs.article("2020-08-18")
                .sentence("Arnor will abandon|abandon full " + adjective + " ties|tie with Gondor .",
                        "NNP MD VB JJ JJ NNS IN NNP .",
                        "nsubj(2,0) aux(2,1) root(-1,2) amod(5,3) amod(5,4) obj(2,5) case(7,6) nmod:with(5,7) "
                                + "punct(2,8)")
                .build();
    }

    /** The pattern text of each event's rule ("file:line PATTERN", maybe with a note in brackets). */
    private static List<String> rules(EventCoder coder, AnnotatedArticle doc) {
        return coder.code(doc, ActorResolver.over(KB).resolve(doc)).stream()
                .map(c -> c.rule().substring(c.rule().indexOf(' ') + 1).replaceAll(" \\(.*\\)$", ""))
                .toList();
    }

    @Test
    void aCountryWordThePatternNamesIsPartOfTheEventNotItsTarget() {
        EventCoder coder = coder("&CURRENCY", "+GONDORIAN CROWNS", "--- CONTRIBUTE [071] ---", "CONTRIBUTE",
                "- * &CURRENCY [070]");
        AnnotatedArticle doc = Docs.article("2020-08-18")
                .sentence("Arnor contributed|contribute a million Gondorian crowns|crown to Gondor .",
                        "NNP VBD DT CD JJ NNS IN NNP .",
                        "nsubj(1,0) root(-1,1) det(5,2) nummod(5,3) amod(5,4) obj(1,5) obl:to(1,7) case(7,6) "
                                + "punct(1,8)")
                .build();
        assertEquals(List.of("ARN>GON:070"), dyads(coder, doc), "the target is who gets them, by 'to'");
    }

    @Test
    void aOneWordObjectAlsoMatchesANounInCompoundOnTheObject() {
        EventCoder coder = coder("--- FIRE [071] ---", "FIRE", "- * ARTILLERY [194]");
        AnnotatedArticle doc = Docs.article("2020-08-18")
                .sentence("Arnor fired|fire two artillery shells|shell at Gondor .", "NNP VBD CD NN NNS IN NNP .",
                        "nsubj(1,0) root(-1,1) nummod(4,2) compound(4,3) obj(1,4) obl:at(1,6) case(6,5) punct(1,7)")
                .build();
        assertEquals(List.of("ARN>GON:194"), dyads(coder, doc));
    }

    @Test
    void onTopOfTheBuiltInLexiconAMatchingDictionaryPatternWinsOverAMoreSpecificBuiltInOne() {
        Lexicon base = Lexicon.parse(CameoTable.builtIn(), "verbs.txt", List.of("supply =arm|arms +to\t072"),
                "nouns.txt", List.of());
        PetrarchVerbs r = new PetrarchVerbs(CameoTable.builtIn());
        r.read("test.verbs.txt", List.of("--- SUPPLY [070] ---", "SUPPLY"));
        EventCoder coder = EventCoder.over(Lexicon.combine(base, r.result().patterns(), false), CameoTable.builtIn());
        AnnotatedArticle doc = Docs.article("2020-08-18")
                .sentence("Arnor supplied|supply arms|arm to Gondor .", "NNP VBD NNS IN NNP .",
                        "nsubj(1,0) root(-1,1) obj(1,2) obl:to(1,4) case(4,3) punct(1,5)")
                .build();
        assertEquals(List.of("ARN>GON:070"), dyads(coder, doc));
    }

    @Test
    void anAgentWithoutACountryIsNoTargetSoTheNextActorIs() {
        EventCoder coder = coder("--- RECEIVE [043] ---", "RECEIVE");
        AnnotatedArticle doc = Docs.article("2020-08-18")
                .sentence("Arnor received|receive ministers|minister from Gondor .", "NNP VBD NNS IN NNP .",
                        "nsubj(1,0) root(-1,1) obj(1,2) obl:from(1,4) case(4,3) punct(1,5)")
                .build();
        assertEquals(List.of("ARN>GON:043"), dyads(coder, doc, withAgent("minister", "GOV")));
    }

    @Test
    void aCodeWithAnotherCodeBackIsAlsoCodedFromTheTargetToTheSource() {
        EventCoder coder = coder("--- RECEIVE [043:042] ---", "RECEIVE");
        AnnotatedArticle doc = Docs.article("2020-08-18")
                .sentence("Arnor received|receive Gondor .", "NNP VBD NNP .", "nsubj(1,0) root(-1,1) obj(1,2) punct(1,3)")
                .build();
        assertEquals(List.of("ARN>GON:043", "GON>ARN:042"), dyads(coder, doc));
    }

    @Test
    void aReverseOnlyCodeIsWhatTheTargetDoesToTheSource() {
        EventCoder coder = coder("--- FACE [---] ---", "FACE", "- * PRESSURE [:100]");
        AnnotatedArticle doc = Docs.article("2020-08-18")
                .sentence("Arnor faced|face pressure|pressure from Gondor .", "NNP VBD NN IN NNP .",
                        "nsubj(1,0) root(-1,1) obj(1,2) obl:from(1,4) case(4,3) punct(1,5)")
                .build();
        assertEquals(List.of("GON>ARN:100"), dyads(coder, doc));
    }

    @Test
    void theSourceOfAReverseOnlyCodeMayBeAnAgentWithoutACountry() {
        EventCoder coder = coder("--- FACE [---] ---", "FACE", "- * PRESSURE [:100]");
        AnnotatedArticle doc = Docs.article("2020-08-18")
                .sentence("Arnor faced|face pressure|pressure from lawmakers|lawmaker .", "NNP VBD NN IN NNS .",
                        "nsubj(1,0) root(-1,1) obj(1,2) obl:from(1,4) case(4,3) punct(1,5)")
                .build();
        assertEquals(List.of("---LEG>ARN:100"), dyads(coder, doc, withAgent("lawmaker", "LEG")));
    }

    @Test
    void anActWithNoTargetByAnAgentOfNoCountryIsNoEvent() {
        EventCoder coder = coder("--- DEMOLISH [145] ---", "DEMOLISH");
        AnnotatedArticle doc = Docs.article("2020-08-18")
                .sentence("Protesters|protester demolished|demolish the building|building .", "NNS VBD DT NN .",
                        "nsubj(1,0) root(-1,1) det(3,2) obj(1,3) punct(1,4)")
                .build();
        assertEquals(List.of(), dyads(coder, doc, withAgent("protester", "OPP")), "it says nothing about any country");
    }

    @Test
    void objectModifierMustModifyTheObject() {
        EventCoder coder = coder("--- ABANDON [---] ---", "ABANDON", "- * DIPLOMATIC TIES [161]");
        assertEquals(List.of("abandon =tie|ties ~diplomatic"), rules(coder, abandonTies("diplomatic")));
        assertEquals(List.of("ARN>GON:161"), dyads(coder, abandonTies("diplomatic")),
                "matched; a PETRARCH pattern's code stands for the future act too (literal)");
        assertEquals(List.of(), dyads(coder, abandonTies("economic")));
    }

    @Test
    void theMostSpecificPatternWins() {
        EventCoder coder = coder("--- ABANDON [---] ---", "ABANDON", "- * TIES [160]", "- * DIPLOMATIC TIES [161]");
        assertEquals(List.of("abandon =tie|ties ~diplomatic"), rules(coder, abandonTies("diplomatic")));
        assertEquals(List.of("abandon =tie|ties"), rules(coder, abandonTies("economic")));
    }

    /** "Gondor took part in NOUN talks with Arnor ." */
    private static AnnotatedArticle partInTalks(String noun) {
        return Docs.article("2020-08-18")
                .sentence("Gondor took|take part in " + noun + " talks|talk with Arnor .",
                        "NNP VBD NN IN NN NNS IN NNP .",
                        "nsubj(1,0) root(-1,1) obj(1,2) case(5,3) compound(5,4) obl:in(1,5) case(7,6) "
                                + "nmod:with(5,7) punct(1,8)")
                .build();
    }

    @Test
    void prepositionalNounMustBeThereWithItsModifiers() {
        EventCoder coder = coder("--- TAKE [---] ---", "TAKE", "- * PART (IN {PEACE TALKS}) [046]");
        assertEquals(List.of("GON>ARN:046"), dyads(coder, partInTalks("peace")));
        assertEquals(List.of(), dyads(coder, partInTalks("trade")));
    }

    @Test
    void prepositionalNounIsAConstraintAndTheBarePrepositionTheTarget() {
        EventCoder coder = coder("--- CALL [---] ---", "CALL", "- * (FOR SANCTIONS) (AGAINST +) [1041]");
        AnnotatedArticle doc = Docs.article("2020-08-18")
                .sentence("Arnor called|call for sanctions|sanction against Gondor .", "NNP VBD IN NNS IN NNP .",
                        "nsubj(1,0) root(-1,1) case(3,2) obl:for(1,3) case(5,4) nmod:against(3,5) punct(1,6)")
                .build();
        assertEquals(List.of("ARN>GON:1041"), dyads(coder, doc));
        AnnotatedArticle talks = Docs.article("2020-08-18")
                .sentence("Arnor called|call for talks|talk against Gondor .", "NNP VBD IN NNS IN NNP .",
                        "nsubj(1,0) root(-1,1) case(3,2) obl:for(1,3) case(5,4) nmod:against(3,5) punct(1,6)")
                .build();
        assertEquals(List.of(), dyads(coder, talks));
    }

    @Test
    void lexiconFileSyntaxReadsModifiersAndPrepositionalNouns() {
        List<String> lines = List.of("abandon =tie|ties ~diplomatic +with\t161",
                "warn +against:action ~military ~full|large\t138", "call +for:sanction +against\t1041");
        Lexicon lex = Lexicon.parse(CameoTable.builtIn(), "verbs.txt", lines, "nouns.txt", List.of());
        VerbPattern abandon = lex.verbs("abandon").get(0);
        assertEquals(List.of(Set.of("diplomatic")), abandon.objectModifiers());
        assertEquals(List.of("with"), abandon.preps());
        VerbPattern warn = lex.verbs("warn").get(0);
        assertEquals(List.of(new VerbPattern.PrepNoun("against", Set.of("action"),
                List.of(Set.of("military"), Set.of("full", "large")))), warn.prepNouns());
        assertEquals(4, warn.specificity());
        for (String line : lines) {
            VerbPattern p = Lexicon.verb(CameoTable.builtIn(), "x", line);
            assertEquals(line.substring(0, line.indexOf('\t')), p.text(), "the text is the pattern as written");
        }
        LexiconFormatException e = assertThrows(LexiconFormatException.class,
                () -> Lexicon.verb(CameoTable.builtIn(), "verbs.txt:7", "warn ~military +against\t138"));
        assertTrue(e.getMessage().contains("verbs.txt:7"), e.getMessage());
    }
}
