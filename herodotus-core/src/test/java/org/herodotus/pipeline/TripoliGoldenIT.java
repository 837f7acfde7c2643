package org.herodotus.pipeline;

import org.herodotus.model.Article;
import org.herodotus.model.Event;
import org.herodotus.model.Factuality;
import org.herodotus.testkit.Invariants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reference article through the whole pipeline with the real models: the events the foundation
 * issue names must be among its output (issue 2), and every offset must slice the text exactly.
 */
class TripoliGoldenIT {

    private static String text;
    private static List<Event> events;
    private static List<org.herodotus.model.ActorMention> actors;
    private static List<org.herodotus.model.Location> places;

    @BeforeAll
    static void code() throws IOException {
        text = Files.readString(Path.of("../examples/tripoli-2020-08-17.txt"));
        CodedArticle coded = Pipeline.builtIn().code(Article.of("tripoli", text, LocalDate.of(2020, 8, 18)));
        assertTrue(coded.ok(), coded.problem());
        events = coded.events();
        actors = coded.actors();
        places = coded.places();
    }

    private static org.herodotus.model.Location place(String surface) {
        return places.stream().filter(l -> l.span().of(text).equals(surface)).findFirst()
                .orElseThrow(() -> new AssertionError("toponym '" + surface + "' not resolved; places: "
                        + places.stream().map(l -> l.span().of(text) + "=" + l.name()).toList()));
    }

    /** Issue 5: the article's places resolved with coordinates; the three spellings of Jufra are one place. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"Tripoli, LBY, 32.89, 13.19", "Sirte, LBY, 31.2, 16.6",
            "Berlin, DEU, 52.52, 13.40", "Moscow, RUS, 55.75, 37.62", "Ankara, TUR, 39.92, 32.85",
            "Jufra, LBY, 29.1, 16.0"})
    void placeIsResolvedWithCoordinates(String surface, String country, double lat, double lon) {
        org.herodotus.model.Location l = place(surface);
        org.junit.jupiter.api.Assertions.assertEquals(country, l.country());
        assertTrue(org.herodotus.geo.Place.haversineKm(lat, lon, l.lat(), l.lon()) < 161,
                surface + " resolved to " + l.name() + " at " + l.lat() + "," + l.lon());
    }

    @Test
    void jufraJufrahAndJafraAreOnePlace() {
        org.junit.jupiter.api.Assertions.assertEquals(place("Jufra").name(), place("Jufrah").name());
        org.junit.jupiter.api.Assertions.assertEquals(place("Jufra").name(), place("Jafra").name());
    }

    @Test
    void theMinistersVisitIsLocatedInTripoli() {
        expect("visit in Tripoli on 2020-08-17", e -> e.cameo().code().equals("042") && e.location() != null
                && e.location().name().equals("Tripoli") && "2020-08-17".equals(e.date().value()));
    }

    /** Issue 3: every named person and group of the article, each spelling, coded right. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
            "Fayez al-Sarraj, LBYGOV", "Sarraj, LBYGOV", "Al-Sarraj, LBYGOV", "Hulusi Akar, TUR",
            "Khaled Al-Attiyah, QAT", "Yasar Gular, TURMIL", "Serhat Aksin, TURGOV", "Muhammad bin Nasser, QATGOV",
            "Ibrahim Kalin, TURGOV", "Kalan, TURGOV", "Heiko Maas, DEUGOV", "Mohamed Siala, LBYGOV",
            "Haftar's forces, LBYMIL", "Russian Wagner Company, RUS", "other side, LBYMIL", "other party, LBYMIL"})
    void namedActorIsCodedInEverySpelling(String name, String code) {
        List<String> found = actors.stream().filter(m -> m.actor().span().of(text).contains(name))
                .map(m -> m.actor().code()).toList();
        assertTrue(!found.isEmpty() && found.stream().allMatch(c -> c.startsWith(code)),
                name + " should be " + code + " but is " + found + "; mentions: " + actors.stream()
                        .map(m -> m.actor().span().of(text) + "=" + m.actor().code()).toList());
    }

    private static String describe() {
        return events.stream().map(e -> e.sentence() + " " + e.source().code() + ">"
                        + (e.target() == null ? "-" : e.target().code()) + " " + e.cameo().code() + " "
                        + e.factuality().label() + " " + e.date().value() + " '" + e.evidence().trigger().of(text) + "'")
                .collect(Collectors.joining("\n"));
    }

    private static void expect(String what, Predicate<Event> p) {
        assertTrue(events.stream().anyMatch(p), "missing: " + what + "\nevents:\n" + describe());
    }

    private static boolean dyad(Event e, String source, String target, String root) {
        return e.source().code().startsWith(source) && e.target() != null && e.target().code().startsWith(target)
                && e.cameo().root().equals(root) && e.factuality() != Factuality.NEGATED;
    }

    @Test
    void everyOffsetSlicesTheArticleAndNoActorIsPairedWithItself() {
        Invariants.eventsWellFormed(events, text);
    }

    @Test
    void sarrajConsultsTheTurkishMinister() {
        expect("LBYGOV consults TUR", e -> dyad(e, "LBYGOV", "TUR", "04") && "sarraj".equals(e.source().kbId()));
    }

    @Test
    void sarrajConsultsTheQatariMinister() {
        expect("LBYGOV consults QAT", e -> dyad(e, "LBYGOV", "QAT", "04"));
    }

    @Test
    void theTwoMinistersVisitLibya() {
        expect("TUR visits LBY", e -> dyad(e, "TUR", "LBY", "04") && e.cameo().code().equals("042"));
        expect("QAT visits LBY", e -> dyad(e, "QAT", "LBY", "04") && e.cameo().code().equals("042"));
    }

    @Test
    void theVisitIsDatedMonday() {
        expect("visit on 2020-08-17", e -> e.cameo().code().equals("042") && "2020-08-17".equals(e.date().value()));
    }

    @Test
    void germanyMakesAnAppeal() {
        expect("DEU appeals", e -> e.source().code().startsWith("DEU") && e.cameo().root().equals("02"));
    }

    @Test
    void theTurkishSpokesmanAccusesHaftarsForces() {
        expect("TURGOV accuses LBY", e -> dyad(e, "TUR", "LBY", "11") && e.cameo().code().startsWith("112"));
    }

    @Test
    void sarrajPraisesGermany() {
        expect("LBYGOV praises DEU", e -> dyad(e, "LBYGOV", "DEU", "05"));
    }

    @Test
    void haftarsForcesAttackedTripoliInApril2019() {
        expect("LBY attacks LBY in 2019-04", e -> dyad(e, "LBYMIL", "LBY", "19") && "2019-04".equals(e.date().value()));
    }

    /** Issue 4: Kalin's statements are an accusation of Haftar's forces and a criticism of Russia and the UAE. */
    @Test
    void kalinCriticisesRussiaAndTheUae() {
        expect("TURGOV criticises RUS", e -> dyad(e, "TURGOV", "RUS", "11") && "kalin".equals(e.source().kbId()));
        expect("TURGOV criticises ARE", e -> dyad(e, "TURGOV", "ARE", "11") && "kalin".equals(e.source().kbId()));
    }

    @Test
    void theCeasefireViolationsAreClaimedByKalin() {
        expect("LBYMIL violation claimed by Kalin", e -> e.source().code().startsWith("LBY")
                && e.factuality() == Factuality.CLAIMED && "kalin".equals(e.claimant().kbId())
                && e.cameo().root().equals("19"));
    }

    @Test
    void turkeyNotPreferringAMilitarySolutionIsNoPositiveEvent() {
        assertTrue(events.stream().noneMatch(e -> e.evidence().trigger().of(text).equals("prefer")
                && e.factuality() == Factuality.ASSERTED && e.cameo().goldstein() > 0),
                "\"does not prefer\" coded as a positive event:\n" + describe());
    }
}
