package org.herodotus.coding;

import org.herodotus.actors.ActorResolver;
import org.herodotus.actors.KbLoader;
import org.herodotus.actors.KnowledgeBase;
import org.herodotus.model.AnnotatedArticle;
import org.herodotus.model.Factuality;
import org.herodotus.testkit.Docs;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuleEventCoderTest {

    private static final List<String> VERBS = List.of(
            "# a tiny lexicon in the shipped format",
            "accuse\t112\tspeech",
            "attack\t190",
            "repel\t190",
            "meet\t040",
            "meet +with\t040",
            "praise\t051",
            "say\t010\tspeech",
            "issue =appeal|call\t020",
            "agree\t030",
            "visit\t042",
            "promise\t030",
            "aid\t070",
            "cause =instability\t111\tblame",
            "withdraw +from\t087",
            "demonstrate\t141",
            "kill\t1823",
            "urge\t020",
            "threaten\t130",
            "complain\t114",
            "arrest\t173",
            "call +for\t020",
            "renew =tie\t064\tmutual",
            "concur\t081",
            "vow +to =retaliate\t138",
            "return =*\t0842",
            "mobilize\t154",
            "cut =aid\t162",
            "release\t0841",
            "fire +at\t193",
            "claim\t010\tspeech",
            "demand\t100",
            "reject\t120",
            "concur\t030\tmutual,compound",
            "stop =talk\t164",
            "wound\t190",
            "cooperate +with\t030",
            "cooperate <not|n't +with\t120",
            "supply =arm|arms +to\t072\tliteral",
            "violate =ceasefire\t196",
            "violate =agreement\t196",
            "help\t070",
            "allege\t110\tspeech");
    private static final List<String> NOUNS = List.of("attack\t190", "call\t020", "press conference\t040",
            "sanction\t163", "raid\t195", "war\t190", "blockade\t191", "agreement\t057");
    private static final KnowledgeBase KB = new KbLoader()
            .load("countries.tsv", stream("DEU\tDE\tGermany\t-\tGerman\tBerlin\n"
                    + "RUS\tRU\tRussia\t-\tRussian\tMoscow\nLBY\tLY\tLibya\t-\tLibyan\tTripoli\n"
                    + "TUR\tTR\tTurkey\t-\tTurkish\tAnkara\nQAT\tQA\tQatar\t-\tQatari\tDoha\n"))
            .load("agents.tsv", stream("minister\tGOV\nnews agency\tMED\n"))
            .build();

    private final EventCoder coder = EventCoder.over(
            Lexicon.parse(CameoTable.builtIn(), "verbs.txt", VERBS, "nouns.txt", NOUNS), CameoTable.builtIn());

    private static ByteArrayInputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    private List<EventCandidate> code(AnnotatedArticle doc) {
        return coder.code(doc, ActorResolver.over(KB).resolve(doc));
    }

    private static String dyad(EventCandidate c) {
        return c.source().code() + ">" + (c.target() == null ? "-" : c.target().code()) + ":" + c.code().code();
    }

    @Test
    void subjectIsSourceAndObjectIsTarget() {
        List<EventCandidate> events = code(Docs.article("2020-08-18")
                .sentence("Germany accused|accuse Russia .", "NNP VBD NNP .", "nsubj(1,0) root(-1,1) obj(1,2) punct(1,3)")
                .build());
        assertEquals(List.of("DEU>RUS:112"), events.stream().map(RuleEventCoderTest::dyad).toList());
        assertEquals(Factuality.ASSERTED, events.get(0).factuality());
    }

    @Test
    void passiveVoiceSwapsAgentAndPatient() {
        List<EventCandidate> events = code(Docs.article("2020-08-18")
                .sentence("Russia was accused|accuse by Germany .", "NNP VBD VBN IN NNP .",
                        "nsubj:pass(2,0) aux:pass(2,1) root(-1,2) obl:agent(2,4) case(4,3) punct(2,5)")
                .build());
        assertEquals(List.of("DEU>RUS:112"), events.stream().map(RuleEventCoderTest::dyad).toList());
    }

    @Test
    void prepositionalPatternTakesItsTargetFromThePreposition() {
        List<EventCandidate> events = code(Docs.article("2020-08-18")
                .sentence("Germany met|meet with Turkey .", "NNP VBD IN NNP .",
                        "nsubj(1,0) root(-1,1) obl:with(1,3) case(3,2) punct(1,4)")
                .build());
        assertEquals(List.of("DEU>TUR:040"), events.stream().map(RuleEventCoderTest::dyad).toList());
        assertTrue(events.get(0).rule().contains("meet +with"));
    }

    @Test
    void negationMakesTheEventNegated() {
        List<EventCandidate> events = code(Docs.article("2020-08-18")
                .sentence("Germany did|do not attack|attack Russia .", "NNP VBD RB VB NNP .",
                        "nsubj(3,0) aux(3,1) advmod(3,2) root(-1,3) obj(3,4) punct(3,5)")
                .build());
        assertEquals(Factuality.NEGATED, events.get(0).factuality());
    }

    @Test
    void wordsBeforeTheVerbChooseThePatternAndANegationTheyNameIsNotNegatingIt() {
        List<EventCandidate> events = code(Docs.article("2020-08-18")
                .sentence("Germany did|do not cooperate|cooperate with Russia .", "NNP VBD RB VB IN NNP .",
                        "nsubj(3,0) aux(3,1) advmod(3,2) root(-1,3) obl:with(3,5) case(5,4) punct(3,6)")
                .build());
        assertEquals(List.of("DEU>RUS:120"), events.stream().map(RuleEventCoderTest::dyad).toList());
        assertEquals(Factuality.ASSERTED, events.get(0).factuality(), "the pattern coded the 'not'");
        assertTrue(events.get(0).rule().contains("cooperate <n't|not +with"), events.get(0).rule());
    }

    @Test
    void wordsBeforeTheVerbAreLookedForInItsOwnClauseOnly() {
        List<EventCandidate> events = code(Docs.article("2020-08-18")
                .sentence("Germany did|do not go|go and Russia cooperated|cooperate with Turkey .",
                        "NNP VBD RB VB CC NNP VBD IN NNP .",
                        "nsubj(3,0) aux(3,1) advmod(3,2) root(-1,3) cc(6,4) nsubj(6,5) conj:and(3,6) obl:with(6,8) "
                                + "case(8,7) punct(3,9)")
                .build());
        assertEquals(List.of("RUS>TUR:030"), events.stream().map(RuleEventCoderTest::dyad).toList());
        assertEquals(Factuality.ASSERTED, events.get(0).factuality());
    }

    @Test
    void aLiteralPatternKeepsItsCodeForAFutureActButNotAfterAVerbOfIntent() {
        List<EventCandidate> will = code(Docs.article("2020-08-18")
                .sentence("Germany will supply|supply arms|arm to Libya .", "NNP MD VB NNS IN NNP .",
                        "nsubj(2,0) aux(2,1) root(-1,2) obj(2,3) obl:to(2,5) case(5,4) punct(2,6)")
                .build());
        assertEquals(List.of("DEU>LBY:072"), will.stream().map(RuleEventCoderTest::dyad).toList());
        assertEquals(Factuality.FUTURE, will.get(0).factuality());
        List<EventCandidate> wants = code(Docs.article("2020-08-18")
                .sentence("Germany wants|want to supply|supply arms|arm to Libya .", "NNP VBZ TO VB NNS IN NNP .",
                        "nsubj(1,0) root(-1,1) mark(3,2) xcomp(1,3) nsubj:xsubj(3,0) obj(3,4) obl:to(3,6) case(6,5) "
                                + "punct(1,7)")
                .build());
        assertEquals(List.of("DEU>LBY:0332"), wants.stream().map(RuleEventCoderTest::dyad).toList(),
                "wanting to supply is an intent to supply");
    }

    @Test
    void theNearestActorIsWhomTheEventConcernsBeforeWhereItIs() {
        List<EventCandidate> events = code(Docs.article("2020-08-18")
                .sentence("Germany praised|praise talks|talk by Russia in Libya .", "NNP VBD NNS IN NNP IN NNP .",
                        "nsubj(1,0) root(-1,1) obj(1,2) nmod:by(2,4) case(4,3) nmod:in(2,6) case(6,5) punct(1,7)")
                .build());
        assertEquals(List.of("DEU>RUS:051"), events.stream().map(RuleEventCoderTest::dyad).toList());
    }

    @Test
    void inThePassiveTheNearestTargetIsFoundUnderThePatient() {
        List<EventCandidate> events = code(Docs.article("2020-08-18")
                .sentence("A call|call against Russia was issued|issue by Germany .", "DT NN IN NNP VBD VBN IN NNP .",
                        "det(1,0) nsubj:pass(5,1) case(3,2) nmod:against(1,3) aux:pass(5,4) root(-1,5) case(7,6) "
                                + "obl:agent(5,7) punct(5,8)")
                .build());
        assertEquals(List.of("DEU>RUS:020"), events.stream().map(RuleEventCoderTest::dyad).toList());
    }

    @Test
    void wantingAnotherToActIsAnAppealToIt() {
        List<EventCandidate> events = code(Docs.article("2020-08-18")
                .sentence("Germany wants|want Russia to attack|attack Libya .", "NNP VBZ NNP TO VB NNP .",
                        "nsubj(1,0) root(-1,1) obj(1,2) mark(4,3) xcomp(1,4) nsubj:xsubj(4,2) obj(4,5) punct(1,6)")
                .build());
        assertEquals(List.of("DEU>RUS:020"), events.stream().map(RuleEventCoderTest::dyad).toList(),
                "not Russia's threat against Libya");
    }

    @Test
    void aLiteralPatternSayingOneWillNotCooperateIsStillARefusal() {
        List<EventCandidate> events = code(Docs.article("2020-08-18")
                .sentence("Germany will not supply|supply arms|arm to Libya .", "NNP MD RB VB NNS IN NNP .",
                        "nsubj(3,0) aux(3,1) advmod(3,2) root(-1,3) obj(3,4) obl:to(3,6) case(6,5) punct(3,7)")
                .build());
        assertEquals(List.of("DEU>LBY:120"), events.stream().map(RuleEventCoderTest::dyad).toList());
    }

    @Test
    void aGroupLoyalToAPartyActsForIt() {
        List<EventCandidate> events = code(Docs.article("2020-08-18")
                .sentence("Militants|militant loyal to Germany attacked|attack Russia .", "NNS JJ TO NNP VBD NNP .",
                        "nsubj(4,0) amod(0,1) case(3,2) obl:to(1,3) root(-1,4) obj(4,5) punct(4,6)")
                .build());
        assertEquals(List.of("DEU>RUS:190"), events.stream().map(RuleEventCoderTest::dyad).toList());
    }

    @Test
    void anEventNounThatAVerbPatternMatchedThroughItsModifierIsNotCodedAgain() {
        List<EventCandidate> events = code(Docs.article("2020-08-18")
                .sentence("Russia violated|violate ceasefire agreements|agreement .", "NNP VBD NN NNS .",
                        "nsubj(1,0) root(-1,1) compound(3,2) obj(1,3) punct(1,4)")
                .build());
        assertEquals(List.of("RUS>-:196"), events.stream().map(RuleEventCoderTest::dyad).toList());
    }

    @Test
    void anActOfForceThatTheSubjectIsSorryForIsNotItsOwn() {
        List<EventCandidate> events = code(Docs.article("2020-08-18")
                .sentence("Germany apologised|apologise for the attack|attack .", "NNP VBD IN DT NN .",
                        "nsubj(1,0) root(-1,1) case(4,2) det(4,3) obl:for(1,4) punct(1,5)")
                .build());
        assertEquals(List.of(), events.stream().map(RuleEventCoderTest::dyad).toList());
    }

    @Test
    void aLiteralPatternKeepsItsCodeForAnActAboutToHappen() {
        List<EventCandidate> events = code(Docs.article("2020-08-18")
                .sentence("Germany is|be prepared|prepared to supply|supply arms|arm to Libya .",
                        "NNP VBZ JJ TO VB NNS IN NNP .",
                        "nsubj(2,0) cop(2,1) root(-1,2) mark(4,3) xcomp(2,4) nsubj:xsubj(4,0) obj(4,5) obl:to(4,7) "
                                + "case(7,6) punct(2,8)")
                .build());
        assertEquals(List.of("DEU>LBY:072"), events.stream().map(RuleEventCoderTest::dyad).toList());
        assertEquals(Factuality.FUTURE, events.get(0).factuality());
    }

    @Test
    void helpingToDoSomethingWithNoOneHelpedIsNotAid() {
        List<EventCandidate> events = code(Docs.article("2020-08-18")
                .sentence("Germany helped|help to plan|plan it .", "NNP VBD TO VB PRP .",
                        "nsubj(1,0) root(-1,1) mark(3,2) xcomp(1,3) nsubj:xsubj(3,0) obj(3,4) punct(1,5)")
                .build());
        assertEquals(List.of(), events.stream().map(RuleEventCoderTest::dyad).toList());
    }

    @Test
    void anAllegationAtNoOneIsNotAnEventBesideWhatItAlleges() {
        List<EventCandidate> events = code(Docs.article("2020-08-18")
                .sentence("Germany alleged|allege that Russia attacked|attack Libya .", "NNP VBD IN NNP VBD NNP .",
                        "nsubj(1,0) root(-1,1) mark(4,2) nsubj(4,3) ccomp(1,4) obj(4,5) punct(1,6)")
                .build());
        List<String> dyads = events.stream().map(RuleEventCoderTest::dyad).toList();
        assertTrue(dyads.contains("RUS>LBY:190"), dyads.toString());
        assertTrue(dyads.stream().noneMatch(d -> d.startsWith("DEU>-")), dyads.toString());
    }

    @Test
    void oneTriggerGivesOneEventForOneDyadOfCountries() {
        List<EventCandidate> events = code(Docs.article("2020-08-18")
                .sentence("Germany praised|praise talks|talk with Libyan ministers|minister during a visit to Libya .",
                        "NNP VBD NNS IN JJ NNS IN DT NN TO NNP .",
                        "nsubj(1,0) root(-1,1) obj(1,2) case(5,3) amod(5,4) nmod:with(2,5) case(8,6) det(8,7) "
                                + "obl:during(1,8) case(10,9) nmod:to(8,10) punct(1,11)")
                .build());
        assertEquals(List.of("DEU>LBYGOV:051"), events.stream().map(RuleEventCoderTest::dyad).toList(),
                "Libya and its ministers are one party here; the ministers, more precise, stay");
    }

    @Test
    void theSubjectOfAClauseOnTheObjectCanBeTheNearestTarget() {
        List<EventCandidate> events = code(Docs.article("2020-08-18")
                .sentence("Germany praised|praise plans|plan for Russia to aid|aid Libya .", "NNP VBD NNS IN NNP TO VB NNP .",
                        "nsubj(1,0) root(-1,1) obj(1,2) mark(6,3) nsubj(6,4) mark(6,5) acl:to(2,6) obj(6,7) punct(1,8)")
                .build());
        List<String> dyads = events.stream().map(RuleEventCoderTest::dyad).toList();
        assertTrue(dyads.contains("DEU>RUS:051"), dyads.toString());
    }

    @Test
    void willNotIsNegatedAndFuture() {
        List<EventCandidate> events = code(Docs.article("2020-08-18")
                .sentence("Germany will not attack|attack Russia .", "NNP MD RB VB NNP .",
                        "nsubj(3,0) aux(3,1) advmod(3,2) root(-1,3) obj(3,4) punct(3,5)")
                .build());
        assertEquals(Factuality.NEGATED, events.get(0).factuality());
        assertEquals(List.of("future"), events.get(0).modality());
    }

    @Test
    void negatedVerbNegatesItsInfinitive() {
        List<EventCandidate> events = code(Docs.article("2020-08-18")
                .sentence("Germany wo n't try|try to attack|attack Russia .", "NNP MD RB VB TO VB NNP .",
                        "nsubj(3,0) aux(3,1) advmod(3,2) root(-1,3) mark(5,4) xcomp(3,5) nsubj:xsubj(5,0) obj(5,6) punct(3,7)")
                .build());
        assertEquals(Factuality.NEGATED, events.get(0).factuality());
    }

    @Test
    void mightMakesTheEventHypothetical() {
        List<EventCandidate> events = code(Docs.article("2020-08-18")
                .sentence("Germany might attack|attack Russia .", "NNP MD VB NNP .",
                        "nsubj(2,0) aux(2,1) root(-1,2) obj(2,3) punct(2,4)")
                .build());
        assertEquals(Factuality.HYPOTHETICAL, events.get(0).factuality());
    }

    @Test
    void reportedConflictIsClaimedAndTheSpeechBecomesAnAccusation() {
        List<EventCandidate> events = code(Docs.article("2020-08-18")
                .sentence("Germany said|say that Russia attacked|attack Libya .", "NNP VBD IN NNP VBD NNP .",
                        "nsubj(1,0) root(-1,1) mark(4,2) nsubj(4,3) ccomp(1,4) obj(4,5) punct(1,6)")
                .build());
        EventCandidate attack = events.stream().filter(e -> e.code().code().equals("190")).findFirst().orElseThrow();
        assertEquals(Factuality.CLAIMED, attack.factuality());
        assertEquals("DEU", attack.claimant().code());
        assertEquals("RUS>LBY:190", dyad(attack));
        assertTrue(events.stream().anyMatch(e -> dyad(e).equals("DEU>RUS:112")), events.toString());
    }

    @Test
    void eventNounTakesItsSourceFromTheAgentOfAParticiple() {
        List<EventCandidate> events = code(Docs.article("2020-08-18")
                .sentence("Libya repelled|repel the attack launched|launch by Russia on Tripoli .",
                        "NNP VBD DT NN VBN IN NNP IN NNP .",
                        "nsubj(1,0) root(-1,1) det(3,2) obj(1,3) acl(3,4) obl:agent(4,6) case(6,5) obl:on(4,8) "
                                + "case(8,7) punct(1,9)")
                .build());
        List<String> dyads = events.stream().map(RuleEventCoderTest::dyad).toList();
        assertTrue(dyads.contains("RUS>LBYGOV:190"), dyads.toString());
        assertTrue(dyads.contains("LBY>RUS:190"), dyads.toString());
    }

    @Test
    void nationalityAdjectiveMakesTheSourceOfAnEventNoun() {
        List<EventCandidate> events = code(Docs.article("2020-08-18")
                .sentence("the German call on Russia", "DT JJ NN IN NNP",
                        "det(2,0) amod(2,1) root(-1,2) nmod:on(2,4) case(4,3)")
                .build());
        assertEquals(List.of("DEU>RUS:020"), events.stream().map(RuleEventCoderTest::dyad).toList());
    }

    @Test
    void verbWithItsEventNounObjectIsCodedOnce() {
        List<EventCandidate> events = code(Docs.article("2020-08-18")
                .sentence("Germany issued|issue an appeal .", "NNP VBD DT NN .",
                        "nsubj(1,0) root(-1,1) det(3,2) obj(1,3) punct(1,4)")
                .build());
        assertEquals(List.of("DEU>-:020"), events.stream().map(RuleEventCoderTest::dyad).toList());
    }

    @Test
    void anActorIsNeverPairedWithItself() {
        List<EventCandidate> events = code(Docs.article("2020-08-18")
                .sentence("Germany praised|praise Germany .", "NNP VBD NNP .", "nsubj(1,0) root(-1,1) obj(1,2) punct(1,3)")
                .build());
        assertTrue(events.isEmpty(), events.toString());
    }

    @Test
    void compoundSubjectGivesOneEventPerDyad() {
        List<EventCandidate> events = code(Docs.article("2020-08-18")
                .sentence("The Turkish and Qatari ministers|minister met|meet with Libya .",
                        "DT JJ CC JJ NNS VBD IN NNP .",
                        "det(4,0) amod(4,1) amod(4,3) conj:and(1,3) cc(3,2) nsubj(5,4) root(-1,5) obl:with(5,7) "
                                + "case(7,6) punct(5,8)")
                .build());
        assertEquals(List.of("TURGOV>LBY:040", "QATGOV>LBY:040"),
                events.stream().map(RuleEventCoderTest::dyad).toList());
    }

    @Test
    void eventWithoutSourceIsNotCoded() {
        List<EventCandidate> events = code(Docs.article("2020-08-18")
                .sentence("Someone attacked|attack Russia .", "NN VBD NNP .", "nsubj(1,0) root(-1,1) obj(1,2) punct(1,3)")
                .build());
        assertTrue(events.isEmpty());
    }

    @Test
    void coordinatedPartiesOfAMutualActGiveBothDirections() {
        List<EventCandidate> events = code(Docs.article("2020-08-18")
                .sentence("Germany and Russia agreed|agree .", "NNP CC NNP VBD .",
                        "nsubj(3,0) cc(2,1) conj:and(0,2) nsubj(3,2) root(-1,3) punct(3,4)")
                .build());
        assertEquals(List.of("DEU>RUS:030", "RUS>DEU:030"), events.stream().map(RuleEventCoderTest::dyad).toList());
    }

    @Test
    void futureCooperationIsCodedAsAnIntent() {
        List<EventCandidate> events = code(Docs.article("2020-08-18")
                .sentence("Germany will visit|visit Russia .", "NNP MD VB NNP .",
                        "nsubj(2,0) aux(2,1) root(-1,2) obj(2,3) punct(2,4)")
                .build());
        assertEquals(List.of("DEU>RUS:036"), events.stream().map(RuleEventCoderTest::dyad).toList());
        assertEquals(Factuality.ASSERTED, events.get(0).factuality());
        assertEquals(List.of("future"), events.get(0).modality());
    }

    @Test
    void intentVerbCodesTheActOfItsInfinitiveAsAnIntentOnce() {
        List<EventCandidate> events = code(Docs.article("2020-08-18")
                .sentence("Germany promised|promise to aid|aid Russia .", "NNP VBD TO VB NNP .",
                        "nsubj(1,0) root(-1,1) mark(3,2) xcomp(1,3) nsubj:xsubj(3,0) obj(3,4) punct(1,5)")
                .build());
        assertEquals(List.of("DEU>RUS:033"), events.stream().map(RuleEventCoderTest::dyad).toList());
    }

    @Test
    void wantingToAttackIsAThreatNotAnAttack() {
        List<EventCandidate> events = code(Docs.article("2020-08-18")
                .sentence("Germany wants|want to attack|attack Russia .", "NNP VBZ TO VB NNP .",
                        "nsubj(1,0) root(-1,1) mark(3,2) xcomp(1,3) nsubj:xsubj(3,0) obj(3,4) punct(1,5)")
                .build());
        assertEquals(List.of("DEU>RUS:138"), events.stream().map(RuleEventCoderTest::dyad).toList());
        assertEquals(Factuality.ASSERTED, events.get(0).factuality());
    }

    @Test
    void reportedWouldIsAFutureSoTheActIsAnIntent() {
        List<EventCandidate> events = code(Docs.article("2020-08-18")
                .sentence("Germany said|say it would visit|visit Russia .", "NNP VBD PRP MD VB NNP .",
                        "nsubj(1,0) root(-1,1) nsubj(4,2) aux(4,3) ccomp(1,4) obj(4,5) punct(1,6)")
                .build());
        assertEquals(List.of("DEU>RUS:036"), events.stream().map(RuleEventCoderTest::dyad).toList());
    }

    @Test
    void cooperationOnAnIfIsAnOfferNotAThreat() {
        List<EventCandidate> events = code(Docs.article("2020-08-18")
                .sentence("Germany will visit|visit Russia if Russia asks|ask .", "NNP MD VB NNP IN NNP VBZ .",
                        "nsubj(2,0) aux(2,1) root(-1,2) obj(2,3) advcl:if(2,6) mark(6,4) nsubj(6,5) punct(2,7)")
                .build());
        assertEquals(List.of("DEU>RUS:036"), events.stream().map(RuleEventCoderTest::dyad).toList());
        assertEquals(List.of("future", "conditional"), events.get(0).modality());
    }

    @Test
    void whatANewsAgencyReportsStaysAssertedNotClaimed() {
        List<EventCandidate> events = code(Docs.article("2020-08-18")
                .sentence("Germany attacked|attack Libya , the Qatari news agency said|say .",
                        "NNP VBD NNP , DT JJ NN NN VBD .",
                        "nsubj(1,0) root(-1,1) obj(1,2) punct(1,3) det(7,4) amod(7,5) compound(7,6) nsubj(8,7) "
                                + "parataxis(1,8) punct(1,9)")
                .build());
        assertEquals(List.of("DEU>LBY:190"), events.stream().map(RuleEventCoderTest::dyad).toList());
        assertEquals(Factuality.ASSERTED, events.get(0).factuality());
    }

    @Test
    void targetlessEventNounGivesWayToTheVerbItDependsOn() {
        List<EventCandidate> events = code(Docs.article("2020-08-18")
                .sentence("Germany killed|kill Libyan soldiers|soldier in an attack .", "NNP VBD JJ NNS IN DT NN .",
                        "nsubj(1,0) root(-1,1) amod(3,2) obj(1,3) obl:in(1,6) case(6,4) det(6,5) punct(1,7)")
                .build());
        assertEquals(List.of("DEU>LBY:1823"), events.stream().map(RuleEventCoderTest::dyad).toList());
    }

    @Test
    void actUrgedOnSomeoneIsNotAnEventEvenWhenTheUrgerIsUnknown() {
        List<EventCandidate> events = code(Docs.article("2020-08-18")
                .sentence("Lawmakers|lawmaker urged|urge Russia to attack|attack Libya .", "NNS VBD NNP TO VB NNP .",
                        "nsubj(1,0) root(-1,1) obj(1,2) mark(4,3) xcomp(1,4) nsubj:xsubj(4,2) obj(4,5) punct(1,6)")
                .build());
        assertTrue(events.isEmpty(), events.toString());
    }

    @Test
    void threatWithoutTargetIsAimedAtWhomTheConditionNames() {
        List<EventCandidate> events = code(Docs.article("2020-08-18")
                .sentence("Russia threatened|threaten to stop|stop talks|talk if Germany leaves|leave .",
                        "NNP VBD TO VB NNS IN NNP VBZ .",
                        "nsubj(1,0) root(-1,1) mark(3,2) xcomp(1,3) nsubj:xsubj(3,0) obj(3,4) advcl:if(3,7) mark(7,5) "
                                + "nsubj(7,6) punct(1,8)")
                .build());
        assertEquals(List.of("RUS>DEU:130"), events.stream().map(RuleEventCoderTest::dyad).toList());
    }

    @Test
    void protestWithoutTargetOrPlaceIsAgainstTheGovernmentOfTheProtesters() {
        List<EventCandidate> events = code(Docs.article("2020-08-18")
                .sentence("Libyan Kurds|Kurd demonstrated|demonstrate after the Libyan minister|minister resigned|resign .",
                        "JJ NNPS VBD IN DT JJ NN VBD .",
                        "amod(1,0) nsubj(2,1) root(-1,2) mark(7,3) det(6,4) amod(6,5) nsubj(7,6) advcl:after(2,7) "
                                + "punct(2,8)")
                .build());
        assertEquals(List.of("LBYCVL>LBYGOV:141"), events.stream().map(RuleEventCoderTest::dyad).toList());
    }

    @Test
    void whatASpeakerSaysAnotherMustDoIsADemandOnIt() {
        List<EventCandidate> events = code(Docs.article("2020-08-18")
                .sentence("Germany said|say Libya must leave|leave .", "NNP VBD NNP MD VB .",
                        "nsubj(1,0) root(-1,1) nsubj(4,2) aux(4,3) ccomp(1,4) punct(1,5)")
                .build());
        assertEquals(List.of("DEU>LBY:100"), events.stream().map(RuleEventCoderTest::dyad).toList());
    }

    @Test
    void sanctionsCalledForAreNotSanctionsImposed() {
        List<EventCandidate> events = code(Docs.article("2020-08-18")
                .sentence("Germany called|call for sanctions|sanction against Libya .", "NNP VBD IN NNS IN NNP .",
                        "nsubj(1,0) root(-1,1) case(3,2) obl:for(1,3) case(5,4) nmod:against(3,5) punct(1,6)")
                .build());
        assertEquals(List.of("DEU>LBY:020"), events.stream().map(RuleEventCoderTest::dyad).toList());
    }

    @Test
    void complaintOverAnEventTargetsWhoeverDidIt() {
        List<EventCandidate> events = code(Docs.article("2020-08-18")
                .sentence("Libya complained|complain to Qatar over Turkish raids|raid .", "NNP VBD IN NNP IN JJ NNS .",
                        "nsubj(1,0) root(-1,1) case(3,2) obl:to(1,3) case(6,4) amod(6,5) obl:over(1,6) punct(1,7)")
                .build());
        assertEquals(List.of("LBY>TUR:114", "TUR>-:195"), events.stream().map(RuleEventCoderTest::dyad).sorted().toList());
    }

    @Test
    void arrestInAPassiveWithoutAgentIsByTheStateWhereItHappens() {
        List<EventCandidate> events = code(Docs.article("2020-08-18")
                .sentence("A Turkish minister|minister was|be arrested|arrest in Libya .", "DT JJ NN VBD VBN IN NNP .",
                        "det(2,0) amod(2,1) nsubj:pass(4,2) aux:pass(4,3) root(-1,4) case(6,5) obl:in(4,6) punct(4,7)")
                .build());
        assertEquals(List.of("LBY>TURGOV:173"), events.stream().map(RuleEventCoderTest::dyad).toList());
    }

    @Test
    void mutualActOfACompoundSubjectGoesBothWays() {
        List<EventCandidate> events = code(Docs.article("2020-08-18")
                .sentence("Libya and Turkey renewed|renew ties|tie .", "NNP CC NNP VBD NNS .",
                        "nsubj(3,0) cc(2,1) conj:and(0,2) nsubj(3,2) root(-1,3) obj(3,4) punct(3,5)")
                .sentence("Libya renewed|renew ties|tie with Turkey .", "NNP VBD NNS IN NNP .",
                        "nsubj(1,0) root(-1,1) obj(1,2) case(4,3) nmod:with(2,4) punct(1,5)")
                .build());
        assertEquals(List.of("LBY>TUR:064", "LBY>TUR:064", "TUR>LBY:064", "TUR>LBY:064"),
                events.stream().map(RuleEventCoderTest::dyad).sorted().toList());
    }

    @Test
    void compoundSubjectPatternFiresOnlyForTwoPartiesAndCodesEachWithTheOther() {
        List<EventCandidate> events = code(Docs.article("2020-08-18")
                .sentence("Libya and Turkey concur|concur .", "NNP CC NNP VBP .",
                        "nsubj(3,0) cc(2,1) conj:and(0,2) nsubj(3,2) root(-1,3) punct(3,4)")
                .sentence("Libya concurs|concur .", "NNP VBZ .", "nsubj(1,0) root(-1,1) punct(1,2)")
                .build());
        assertEquals(List.of("LBY>-:081", "LBY>TUR:030", "TUR>LBY:030"),
                events.stream().map(RuleEventCoderTest::dyad).sorted().toList());
    }

    @Test
    void verbalObjectOfAPatternIsItsInfinitive() {
        List<EventCandidate> events = code(Docs.article("2020-08-18")
                .sentence("Libya vowed|vow to retaliate|retaliate against Turkey .", "NNP VBD TO VB IN NNP .",
                        "nsubj(1,0) root(-1,1) mark(3,2) xcomp(1,3) nsubj:xsubj(3,0) case(5,4) obl:against(3,5) punct(1,6)")
                .build());
        assertEquals(List.of("LBY>TUR:138"), events.stream().map(RuleEventCoderTest::dyad).toList());
    }

    @Test
    void aThreatOrIntentInTheFutureIsAssertedNow() {
        List<EventCandidate> events = code(Docs.article("2020-08-18")
                .sentence("Libya will threaten|threaten Turkey .", "NNP MD VB NNP .",
                        "nsubj(2,0) aux(2,1) root(-1,2) obj(2,3) punct(2,4)")
                .build());
        assertEquals(List.of("LBY>TUR:130"), events.stream().map(RuleEventCoderTest::dyad).toList());
        assertEquals(Factuality.ASSERTED, events.get(0).factuality());
        assertEquals(List.of("future"), events.get(0).modality());
    }

    @Test
    void aPossibleWarIsNotAnEvent() {
        List<EventCandidate> events = code(Docs.article("2020-08-18")
                .sentence("Germany mobilized|mobilize for a possible war against Libya .", "NNP VBD IN DT JJ NN IN NNP .",
                        "nsubj(1,0) root(-1,1) case(5,2) det(5,3) amod(5,4) obl:for(1,5) case(7,6) nmod:against(5,7) "
                                + "punct(1,8)")
                .build());
        assertEquals(List.of("DEU>LBY:154"), events.stream().map(RuleEventCoderTest::dyad).toList(), "mobilised against Libya; no war");
    }

    @Test
    void anyObjectPatternWantsAnObject() {
        List<EventCandidate> events = code(Docs.article("2020-08-18")
                .sentence("Germany returned|return paintings|painting to Libya .", "NNP VBD NNS IN NNP .",
                        "nsubj(1,0) root(-1,1) obj(1,2) case(4,3) obl:to(1,4) punct(1,5)")
                .sentence("German negotiators|negotiator returned|return to Libya .", "JJ NNS VBD IN NNP .",
                        "amod(1,0) nsubj(2,1) root(-1,2) case(4,3) obl:to(2,4) punct(2,5)")
                .build());
        assertEquals(List.of("DEU>LBY:0842"), events.stream().map(RuleEventCoderTest::dyad).toList());
    }

    @Test
    void aFutureCutInRelationsIsAThreat() {
        List<EventCandidate> events = code(Docs.article("2020-08-18")
                .sentence("Germany will cut|cut aid|aid to Libya .", "NNP MD VB NN IN NNP .",
                        "nsubj(2,0) aux(2,1) root(-1,2) obj(2,3) case(5,4) nmod:to(3,5) punct(2,6)")
                .build());
        assertEquals(List.of("DEU>LBY:1311"), events.stream().map(RuleEventCoderTest::dyad).toList());
    }

    @Test
    void whatSomeoneMustDoHasNotHappened() {
        List<EventCandidate> events = code(Docs.article("2020-08-18")
                .sentence("The Libyan minister|minister must concur|concur .", "DT JJ NN MD VB .",
                        "det(2,0) amod(2,1) nsubj(4,2) aux(4,3) root(-1,4) punct(4,5)")
                .build());
        assertEquals(Factuality.HYPOTHETICAL, events.get(0).factuality());
    }

    @Test
    void subjectOfAClauseHungInPlaceOfTheObjectIsTheTarget() {
        List<EventCandidate> events = code(Docs.article("2020-08-18")
                .sentence("Germany released|release the Libyan minister|minister jailed|jail a year ago .",
                        "NNP VBD DT JJ NN VBN DT NN RB .",
                        "nsubj(1,0) root(-1,1) det(4,2) amod(4,3) nsubj(5,4) xcomp(1,5) det(7,6) obl:npmod(8,7) "
                                + "advmod(5,8) punct(1,9)")
                .build());
        assertEquals(List.of("DEU>LBYGOV:0841"), events.stream().map(RuleEventCoderTest::dyad).toList());
    }

    @Test
    void forceNounIsDoneToWhatItIsOfAndTakesTheModalityOfItsVerb() {
        List<EventCandidate> events = code(Docs.article("2020-08-18")
                .sentence("Germany will tighten|tighten the blockade|blockade of Libya .", "NNP MD VB DT NN IN NNP .",
                        "nsubj(2,0) aux(2,1) root(-1,2) det(4,3) obj(2,4) case(6,5) nmod:of(4,6) punct(2,7)")
                .build());
        assertEquals(List.of("DEU>LBY:1381"), events.stream().map(RuleEventCoderTest::dyad).toList());
    }

    @Test
    void fireFromACountryInAPassiveWithoutAgentIsByThatCountry() {
        List<EventCandidate> events = code(Docs.article("2020-08-18")
                .sentence("A shell|shell was|be fired|fire at Turkey from Libya .", "DT NN VBD VBN IN NNP IN NNP .",
                        "det(1,0) nsubj:pass(3,1) aux:pass(3,2) root(-1,3) case(5,4) obl:at(3,5) case(7,6) obl:from(3,7) "
                                + "punct(3,8)")
                .build());
        assertEquals(List.of("LBY>TUR:193"), events.stream().map(RuleEventCoderTest::dyad).toList());
    }

    @Test
    void eventNounAfterOverIsNotTheDoingOfTheClauseSubject() {
        List<EventCandidate> events = code(Docs.article("2020-08-18")
                .sentence("Germany complained|complain over the raids|raid .", "NNP VBD IN DT NNS .",
                        "nsubj(1,0) root(-1,1) case(4,2) det(4,3) obl:over(1,4) punct(1,5)")
                .build());
        assertTrue(events.stream().noneMatch(e -> e.code().code().equals("195")), events.toString());
    }

    @Test
    void claimingOnesOwnAttackIsClaimingResponsibility() {
        List<EventCandidate> events = code(Docs.article("2020-08-18")
                .sentence("Germany claimed|claim it attacked|attack Libya .", "NNP VBD PRP VBD NNP .",
                        "nsubj(1,0) root(-1,1) nsubj(3,2) ccomp(1,3) obj(3,4) punct(1,5)")
                .build());
        assertEquals(List.of("DEU>LBY:015", "DEU>LBY:190"), events.stream().map(RuleEventCoderTest::dyad).sorted().toList());
        EventCandidate attack = events.stream().filter(e -> e.code().code().equals("190")).findFirst().orElseThrow();
        assertEquals(Factuality.CLAIMED, attack.factuality(), "the attack is known only by the claim");
        assertEquals("DEU", attack.claimant().code());
    }

    @Test
    void whatIsDemandedHasNotHappened() {
        List<EventCandidate> events = code(Docs.article("2020-08-18")
                .sentence("Germany demanded|demand that Libya aid|aid Turkey .", "NNP VBD IN NNP VB NNP .",
                        "nsubj(1,0) root(-1,1) mark(4,2) nsubj(4,3) ccomp(1,4) obj(4,5) punct(1,6)")
                .sentence("Germany said|say Libya must aid|aid Turkey .", "NNP VBD NNP MD VB NNP .",
                        "nsubj(1,0) root(-1,1) nsubj(4,2) aux(4,3) ccomp(1,4) obj(4,5) punct(1,6)")
                .build());
        assertEquals(List.of("DEU>LBY:100", "DEU>LBY:100"), events.stream().map(RuleEventCoderTest::dyad).toList());
    }

    @Test
    void aRejectedOrPlannedActIsNotAnEvent() {
        List<EventCandidate> events = code(Docs.article("2020-08-18")
                .sentence("Germany rejected|reject the attack|attack on Libya .", "NNP VBD DT NN IN NNP .",
                        "nsubj(1,0) root(-1,1) det(3,2) obj(1,3) case(5,4) nmod:on(3,5) punct(1,6)")
                .sentence("Turkey spoke|speak of the planned|plan attack|attack on Libya .", "NNP VBD IN DT VBN NN IN NNP .",
                        "nsubj(1,0) root(-1,1) case(5,2) det(5,3) amod(5,4) obl:of(1,5) case(7,6) nmod:on(5,7) punct(1,8)")
                .build());
        assertEquals(List.of("DEU>LBY:120"), events.stream().map(RuleEventCoderTest::dyad).toList());
    }

    @Test
    void memberActsForThePartyItIsOf() {
        List<EventCandidate> events = code(Docs.article("2020-08-18")
                .sentence("A member|member of the Libyan minister|minister 's staff|staff attacked|attack Turkey .",
                        "DT NN IN DT JJ NN POS NN VBD NNP .",
                        "det(1,0) nsubj(8,1) case(5,2) det(5,3) amod(5,4) nmod:of(1,5) case(5,6) root(-1,8) obj(8,9) punct(8,10)")
                .build());
        assertEquals(List.of("LBYGOV>TUR:190"), events.stream().map(RuleEventCoderTest::dyad).toList());
    }

    @Test
    void protestWithoutTargetIsAgainstTheCountryWhereItHappens() {
        List<EventCandidate> events = code(Docs.article("2020-08-18")
                .sentence("Libyan Kurds|Kurd demonstrated|demonstrate in Turkey .",
                        "JJ NNPS VBD IN NNP .",
                        "amod(1,0) nsubj(2,1) root(-1,2) obl:in(2,4) case(4,3) punct(2,5)")
                .build());
        assertEquals(List.of("LBYCVL>TUR:141"), events.stream().map(RuleEventCoderTest::dyad).toList());
    }

    @Test
    void blameInWhatASpeakerSaysIsACriticismOfTheBlamed() {
        List<EventCandidate> events = code(Docs.article("2020-08-18")
                .sentence("Germany said|say that Russia causes|cause instability .", "NNP VBD IN NNP VBZ NN .",
                        "nsubj(1,0) root(-1,1) mark(4,2) nsubj(4,3) ccomp(1,4) obj(4,5) punct(1,6)")
                .build());
        assertEquals(List.of("DEU>RUS:111"), events.stream().map(RuleEventCoderTest::dyad).toList());
    }

    @Test
    void blameOutsideSpeechIsNotAnEvent() {
        List<EventCandidate> events = code(Docs.article("2020-08-18")
                .sentence("Russia causes|cause instability .", "NNP VBZ NN .", "nsubj(1,0) root(-1,1) obj(1,2) punct(1,3)")
                .build());
        assertTrue(events.isEmpty(), events.toString());
    }

    @Test
    void futureActOnAConditionIsAThreat() {
        List<EventCandidate> events = code(Docs.article("2020-08-18")
                .sentence("Germany will withdraw|withdraw from Libya unless Russia leaves|leave .",
                        "NNP MD VB IN NNP IN NNP VBZ .",
                        "nsubj(2,0) aux(2,1) root(-1,2) obl:from(2,4) case(4,3) advcl:unless(2,7) mark(7,5) "
                                + "nsubj(7,6) punct(2,8)")
                .build());
        assertEquals(List.of("DEU>LBY:130"), events.stream().map(RuleEventCoderTest::dyad).toList());
        assertEquals(Factuality.ASSERTED, events.get(0).factuality());
    }

    @Test
    void eventWithoutTargetGivesWayToTheSameEventWithOne() {
        List<EventCandidate> events = code(Docs.article("2020-08-18")
                .sentence("Russia wounded|wound Turkish soldiers|soldier in an attack .", "NNP VBD JJ NNS IN DT NN .",
                        "nsubj(1,0) root(-1,1) amod(3,2) obj(1,3) obl:in(1,6) case(6,4) det(6,5) punct(1,7)")
                .build());
        assertEquals(List.of("RUS>TUR:190"), events.stream().map(RuleEventCoderTest::dyad).toList());
    }

    @Test
    void unknownCodeInTheLexiconIsReportedWithItsLine() {
        LexiconFormatException e = assertThrows(LexiconFormatException.class, () -> Lexicon.parse(
                CameoTable.builtIn(), "verbs.txt", List.of("# x", "smile\t999"), "nouns.txt", List.of()));
        assertTrue(e.getMessage().contains("verbs.txt:2"), e.getMessage());
    }
}
