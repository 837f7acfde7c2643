package org.herodotus.actors;

import org.herodotus.model.Actor;
import org.herodotus.model.AnnotatedArticle;
import org.herodotus.testkit.Docs;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KbActorResolverTest {

    private final ActorResolver resolver = ActorResolver.over(TinyKb.build());

    private static List<String> codes(List<Actor> actors) {
        return actors.stream().map(Actor::code).toList();
    }

    @Test
    void nationalityAndTitleComposeAnActorCode() {
        AnnotatedArticle doc = Docs.article("2020-08-18")
                .sentence("Turkish Defense Minister Akar visited|visit Libya .", "JJ NNP NNP NNP VBD NNP .",
                        "amod(2,0) compound(2,1) compound(3,2) nsubj(4,3) root(-1,4) obj(4,5) punct(4,6)")
                .build();
        ResolvedActors r = resolver.resolve(doc);
        Actor a = r.at(0, 3).get(0);
        assertEquals("TURGOV", a.code());
        assertEquals("composed", a.via());
        assertEquals("Turkish Defense Minister Akar", doc.text(a.span()));
        assertEquals(List.of("LBY"), codes(r.at(0, 5)));
    }

    @Test
    void agentInAMultiWordPlaceTakesTheCountryOfTheWholeName() {
        PlaceCountries places = name -> switch (name) {
            case "West Darfur" -> java.util.Optional.of("LBY");
            case "West" -> java.util.Optional.of("TUR");
            default -> java.util.Optional.empty();
        };
        AnnotatedArticle doc = Docs.article("2020-08-18")
                .sentence("West|West|LOCATION Darfur|Darfur|LOCATION forces|force attacked|attack .", "NNP NNP NNS VBD .",
                        "compound(2,0) compound(2,1) nsubj(3,2) root(-1,3) punct(3,4)")
                .sentence("Forces|force throughout Darfur|Darfur|LOCATION attacked|attack .", "NNS IN NNP VBD .",
                        "nsubj(3,0) case(2,1) nmod:throughout(0,2) root(-1,3) punct(3,4)")
                .build();
        ResolvedActors r = ActorResolver.over(TinyKb.build(), name -> name.equals("Darfur")
                ? java.util.Optional.of("LBY") : places.countryOf(name)).resolve(doc);
        assertEquals(List.of("LBYMIL"), codes(r.at(0, 2)));
        assertEquals(List.of("LBYMIL"), codes(r.at(1, 0)));
    }

    @Test
    void ethnicGroupPlacedInACountryIsItsCivilians() {
        AnnotatedArticle doc = Docs.article("2020-08-18")
                .sentence("Ethnic Turks|Turk in Libya|Libya|LOCATION protested|protest .", "JJ NNPS IN NNP VBD .",
                        "amod(1,0) nsubj(4,1) case(3,2) nmod:in(1,3) root(-1,4) punct(4,5)")
                .sentence("Ethnic Turks|Turk protested|protest .", "JJ NNPS VBD .",
                        "amod(1,0) nsubj(2,1) root(-1,2) punct(2,3)")
                .build();
        ResolvedActors r = ActorResolver.over(TinyKb.build(), name -> name.equals("Libya")
                ? java.util.Optional.of("LBY") : java.util.Optional.empty()).resolve(doc);
        assertEquals(List.of("LBYCVL"), codes(r.at(0, 1)));
        assertEquals(List.of("TUR"), codes(r.at(1, 1)));
    }

    @Test
    void agentInTwoCountriesIsTheAgentOfEach() {
        AnnotatedArticle doc = Docs.article("2020-08-18")
                .sentence("Ministers|minister in Libya and Turkey met|meet .", "NNS IN NNP CC NNP VBD .",
                        "nsubj(5,0) case(2,1) nmod:in(0,2) cc(4,3) conj:and(2,4) nmod:in(0,4) root(-1,5) punct(5,6)")
                .build();
        assertEquals(List.of("LBYGOV", "TURGOV"), codes(resolver.resolve(doc).at(0, 0)));
    }

    @Test
    void aPlaceAfterACoordinationPlacesEveryAgentOfIt() {
        AnnotatedArticle doc = Docs.article("2020-08-18")
                .sentence("Ambassadors|ambassador and ministers|minister in Libya and Turkey met|meet .",
                        "NNS CC NNS IN NNP CC NNP VBD .",
                        "nsubj(7,0) nsubj(7,2) cc(2,1) conj:and(0,2) case(4,3) nmod:in(0,4) cc(6,5) conj:and(4,6) "
                                + "nmod:in(0,6) root(-1,7) punct(7,8)")
                .build();
        assertEquals(List.of("LBYGOV", "TURGOV"), codes(resolver.resolve(doc).at(0, 2)));
    }

    @Test
    void forcesLedByACountryAreThatCountrys() {
        AnnotatedArticle doc = Docs.article("2020-08-18")
                .sentence("Turkish-led forces|force attacked|attack Libya .", "JJ NNS VBD NNP .",
                        "amod(1,0) nsubj(2,1) root(-1,2) obj(2,3) punct(2,4)")
                .build();
        assertEquals(List.of("TURMIL"), codes(resolver.resolve(doc).at(0, 1)));
    }

    @Test
    void lookAlikeNameDoesNotOverruleTheNationalityOfTheTitle() {
        AnnotatedArticle doc = Docs.article("2020-08-18")
                .sentence("Qatari minister|minister Ali Kalen met|meet Russia .", "JJ NN NNP NNP VBD NNP .",
                        "amod(1,0) compound(3,1) compound(3,2) nsubj(4,3) root(-1,4) obj(4,5) punct(4,6)")
                .build();
        assertEquals(List.of("QATGOV"), codes(resolver.resolve(doc).at(0, 3)));
    }

    @Test
    void pluralPhraseMatchesWhenOnlyItsLastWordIsInflected() {
        AnnotatedArticle doc = Docs.article("2020-08-18")
                .sentence("Libyan human|human rights|right activists|activist met|meet .", "JJ JJ NNS NNS VBD .",
                        "amod(3,0) amod(3,1) compound(3,2) nsubj(4,3) root(-1,4) punct(4,5)")
                .build();
        assertEquals(List.of("LBYHRI"), codes(resolver.resolve(doc).at(0, 3)));
        AnnotatedArticle today = Docs.article("2020-08-18")
                .sentence("Libyan ministers|minister today met|meet .", "JJ NNS NN VBD .",
                        "amod(1,0) nsubj(3,1) obl:tmod(3,2) root(-1,3) punct(3,4)")
                .build();
        assertEquals(List.of("LBYGOV"), codes(resolver.resolve(today).at(0, 1)), "a noun after it is not its head");
    }

    @Test
    void agentOfTheCityOfAPlaceTakesItsCountry() {
        AnnotatedArticle doc = Docs.article("2020-08-18")
                .sentence("The minister|minister of the city of Misrata|Misrata|LOCATION spoke|speak .",
                        "DT NN IN DT NN IN NNP VBD .",
                        "det(1,0) nsubj(7,1) case(4,2) det(4,3) nmod:of(1,4) case(6,5) nmod:of(4,6) root(-1,7) punct(7,8)")
                .build();
        ResolvedActors r = ActorResolver.over(TinyKb.build(), name -> name.equals("Misrata")
                ? java.util.Optional.of("LBY") : java.util.Optional.empty()).resolve(doc);
        assertEquals(List.of("LBYGOV"), codes(r.at(0, 1)));
    }

    @Test
    void unknownTitledPersonInASentenceOfOneCountryIsOfThatCountry() {
        AnnotatedArticle doc = Docs.article("2020-08-18")
                .sentence("Minister|minister Ali Kamel met|meet Libyan officials|official .", "NNP NNP NNP VBD JJ NNS .",
                        "compound(2,0) compound(2,1) nsubj(3,2) root(-1,3) amod(5,4) obj(3,5) punct(3,6)")
                .sentence("The minister|minister met|meet Libyan officials|official .", "DT NN VBD JJ NNS .",
                        "det(1,0) nsubj(2,1) root(-1,2) amod(4,3) obj(2,4) punct(2,5)")
                .build();
        ResolvedActors r = resolver.resolve(doc);
        assertEquals(List.of("LBYGOV"), codes(r.at(0, 2)));
        assertEquals("context", r.at(0, 2).get(0).via());
        assertTrue(r.at(1, 1).isEmpty(), "a bare agent is not given the country of the sentence");
    }

    @Test
    void agentOfAPersonTakesThePersonsCountry() {
        AnnotatedArticle doc = Docs.article("2020-08-18")
                .sentence("Forces|force of Haftar attacked|attack .", "NNS IN NNP VBD .",
                        "nsubj(3,0) case(2,1) nmod:of(0,2) root(-1,3) punct(3,4)")
                .build();
        assertEquals(List.of("LBYMIL"), codes(resolver.resolve(doc).at(0, 0)));
    }

    @Test
    void possessorGivesTheCountryOfTheAgent() {
        AnnotatedArticle doc = Docs.article("2020-08-18")
                .sentence("Haftar 's forces|force attacked|attack Tripoli .", "NNP POS NNS VBD NNP .",
                        "nmod:poss(2,0) case(0,1) nsubj(3,2) root(-1,3) obj(3,4) punct(3,5)")
                .build();
        ResolvedActors r = resolver.resolve(doc);
        assertEquals(List.of("LBYMIL"), codes(r.at(0, 2)));
        assertEquals("Haftar 's forces", doc.text(r.at(0, 2).get(0).span()));
    }

    @Test
    void capitalStandsForItsGovernment() {
        AnnotatedArticle doc = Docs.article("2020-08-18")
                .sentence("Ankara rejected|reject it .", "NNP VBD PRP .",
                        "nsubj(1,0) root(-1,1) obj(1,2) punct(1,3)")
                .build();
        Actor a = resolver.resolve(doc).at(0, 0).get(0);
        assertEquals("TURGOV", a.code());
        assertEquals("metonym", a.via());
    }

    @Test
    void roleIsValidOnTheArticleDateOnly() {
        String tokens = "Serraj met|meet Kalin .";
        String deps = "nsubj(1,0) root(-1,1) obj(1,2) punct(1,3)";
        Actor in2020 = resolver.resolve(Docs.article("2020-08-18").sentence(tokens, "NNP VBD NNP .", deps).build())
                .at(0, 0).get(0);
        Actor in2022 = resolver.resolve(Docs.article("2022-06-01").sentence(tokens, "NNP VBD NNP .", deps).build())
                .at(0, 0).get(0);
        assertEquals("LBYGOV", in2020.code());
        assertEquals("sarraj", in2020.kbId());
        assertEquals("LBY", in2022.code());
    }

    @Test
    void misspelledSurnameResolvesWhenTheArticleNamedThePersonBefore() {
        AnnotatedArticle doc = Docs.article("2020-08-18")
                .sentence("Ibrahim Kalin spoke|speak .", "NNP NNP VBD .", "compound(1,0) nsubj(2,1) root(-1,2) punct(2,3)")
                .sentence("Kalan said|say so .", "NNP VBD RB .", "nsubj(1,0) root(-1,1) advmod(1,2) punct(1,3)")
                .build();
        Actor a = resolver.resolve(doc).at(1, 0).get(0);
        assertEquals("kalin", a.kbId());
        assertEquals("fuzzy", a.via());
        assertTrue(a.score() < 0.95);
    }

    @Test
    void aNearSurnameAfterAnotherGivenNameIsNotThePerson() {
        AnnotatedArticle doc = Docs.article("2020-08-18")
                .sentence("Ibrahim Kalin spoke|speak .", "NNP NNP VBD .", "compound(1,0) nsubj(2,1) root(-1,2) punct(2,3)")
                .sentence("Ahmet Kalan said|say so .", "NNP NNP VBD RB .",
                        "compound(1,0) nsubj(2,1) root(-1,2) advmod(2,3) punct(2,4)")
                .sentence("Ibrahim Kalan said|say so .", "NNP NNP VBD RB .",
                        "compound(1,0) nsubj(2,1) root(-1,2) advmod(2,3) punct(2,4)")
                .build();
        ResolvedActors r = resolver.resolve(doc);
        assertTrue(r.at(1, 1).isEmpty(), "Ahmet Kalan is someone else: " + r.at(1, 1));
        assertEquals("kalin", r.at(2, 1).get(0).kbId(), "the same given name: a misspelling");
    }

    @Test
    void misspelledSurnameAloneIsNotGuessed() {
        AnnotatedArticle doc = Docs.article("2020-08-18")
                .sentence("Kalan said|say so .", "NNP VBD RB .", "nsubj(1,0) root(-1,1) advmod(1,2) punct(1,3)")
                .build();
        assertTrue(resolver.resolve(doc).at(0, 0).isEmpty());
    }

    @Test
    void pronounResolvesToTheLastPersonSubject() {
        AnnotatedArticle doc = Docs.article("2020-08-18")
                .sentence("Kalin spoke|speak .", "NNP VBD .", "nsubj(1,0) root(-1,1) punct(1,2)")
                .sentence("He said|say so .", "PRP VBD RB .", "nsubj(1,0) root(-1,1) advmod(1,2) punct(1,3)")
                .build();
        Actor a = resolver.resolve(doc).at(1, 0).get(0);
        assertEquals("TURGOV", a.code());
        assertEquals("pronoun", a.via());
        assertEquals("He", doc.text(a.span()));
    }

    @Test
    void possessivePronounGivesTheCountryOfItsPerson() {
        AnnotatedArticle doc = Docs.article("2020-08-18")
                .sentence("Kalin spoke|speak .", "NNP VBD .", "nsubj(1,0) root(-1,1) punct(1,2)")
                .sentence("his country objects|object .", "PRP$ NN VBZ .", "nmod:poss(1,0) nsubj(2,1) root(-1,2) punct(2,3)")
                .build();
        assertEquals(List.of("TUR"), codes(resolver.resolve(doc).at(1, 1)));
    }

    @Test
    void coordinatedNationalitiesGiveOneActorEach() {
        AnnotatedArticle doc = Docs.article("2020-08-18")
                .sentence("The Turkish and Qatari ministers|minister arrived|arrive .", "DT JJ CC JJ NNS VBD .",
                        "det(4,0) amod(4,1) amod(4,3) conj:and(1,3) cc(3,2) nsubj(5,4) root(-1,5) punct(5,6)")
                .build();
        assertEquals(List.of("TURGOV", "QATGOV"), codes(resolver.resolve(doc).at(0, 4)));
    }

    @Test
    void internationalBodyHasNoCountry() {
        AnnotatedArticle doc = Docs.article("2020-08-18")
                .sentence("The UN spoke|speak .", "DT NNP VBD .", "det(1,0) nsubj(2,1) root(-1,2) punct(2,3)")
                .build();
        Actor a = resolver.resolve(doc).at(0, 1).get(0);
        assertEquals("IGOUNO", a.code());
        assertNull(a.country());
    }

    @Test
    void mentionsLeaveOutModifiersOfALargerActor() {
        AnnotatedArticle doc = Docs.article("2020-08-18")
                .sentence("Haftar 's forces|force attacked|attack Tripoli .", "NNP POS NNS VBD NNP .",
                        "nmod:poss(2,0) case(0,1) nsubj(3,2) root(-1,3) obj(3,4) punct(3,5)")
                .build();
        List<String> mentioned = resolver.resolve(doc).mentions().stream().map(m -> m.actor().code()).toList();
        assertEquals(List.of("LBYMIL", "LBYGOV"), mentioned);
    }

    @Test
    void descriptionIsLinkedToThePersonNamedBefore() {
        AnnotatedArticle doc = Docs.article("2020-08-18")
                .sentence("Kalin spoke|speak .", "NNP VBD .", "nsubj(1,0) root(-1,1) punct(1,2)")
                .sentence("The Turkish spokesman left|leave .", "DT JJ NN VBD .",
                        "det(2,0) amod(2,1) nsubj(3,2) root(-1,3) punct(3,4)")
                .build();
        Actor a = resolver.resolve(doc).at(1, 2).get(0);
        assertEquals("TURGOV", a.code());
        assertEquals("kalin", a.kbId());
        assertEquals("description", a.via());
    }

    @Test
    void pluralDescriptionOfOneCountryIsNotLinkedToOnePerson() {
        AnnotatedArticle doc = Docs.article("2020-08-18")
                .sentence("Kalin spoke|speak .", "NNP VBD .", "nsubj(1,0) root(-1,1) punct(1,2)")
                .sentence("Turkish ministers|minister left|leave .", "JJ NNS VBD .",
                        "amod(1,0) nsubj(2,1) root(-1,2) punct(2,3)")
                .build();
        assertNull(resolver.resolve(doc).at(1, 1).get(0).kbId());
    }

    @Test
    void unknownNamesAreListedWithTheCodeTheirWordsSuggest() {
        AnnotatedArticle doc = Docs.article("2020-08-18")
                .sentence("Turkish Defense Minister Akar visited|visit Libya .", "JJ NNP NNP NNP VBD NNP .",
                        "amod(2,0) compound(2,1) compound(3,2) nsubj(4,3) root(-1,4) obj(4,5) punct(4,6)")
                .entity("Akar", "PERSON")
                .sentence("Kalin met|meet Akar .", "NNP VBD NNP .", "nsubj(1,0) root(-1,1) obj(1,2) punct(1,3)")
                .entity("Kalin", "PERSON").entity("Akar", "PERSON")
                .build();
        UnknownActors unknown = new UnknownActors();
        unknown.add(doc, resolver.resolve(doc));
        List<UnknownActors.Entry> entries = unknown.frequent(1);
        assertEquals(1, entries.size(), entries.toString());
        assertEquals("Akar", entries.get(0).name());
        assertEquals(2, entries.get(0).count());
        assertEquals("TURGOV", entries.get(0).suggestion());
    }

    @Test
    void itResolvesToTheLastCountryThatWasASubject() {
        AnnotatedArticle doc = Docs.article("2020-08-18")
                .sentence("Turkey said|say it would help|help Libya .", "NNP VBD PRP MD VB NNP .",
                        "nsubj(1,0) root(-1,1) nsubj(4,2) aux(4,3) ccomp(1,4) obj(4,5) punct(1,6)")
                .build();
        Actor a = resolver.resolve(doc).at(0, 2).get(0);
        assertEquals("TUR", a.code());
        assertEquals("pronoun", a.via());
    }

    @Test
    void theOtherSideIsTheSpeakersOpponentOfTheSameCountry() {
        AnnotatedArticle doc = Docs.article("2020-08-18")
                .sentence("Haftar 's forces|force attacked|attack .", "NNP POS NNS VBD .",
                        "nmod:poss(2,0) case(0,1) nsubj(3,2) root(-1,3) punct(3,4)")
                .sentence("Sarraj said|say the other side refused|refuse .", "NNP VBD DT JJ NN VBD .",
                        "nsubj(1,0) root(-1,1) det(4,2) amod(4,3) nsubj(5,4) ccomp(1,5) punct(1,6)")
                .build();
        Actor a = resolver.resolve(doc).at(1, 4).get(0);
        assertEquals("LBYMIL", a.code());
        assertEquals("other side", doc.text(a.span()));
    }
}
