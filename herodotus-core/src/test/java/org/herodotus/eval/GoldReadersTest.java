package org.herodotus.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.herodotus.model.Span;
import org.junit.jupiter.api.Test;

class GoldReadersTest {

    private static List<GoldArticle> read(GoldFormat format, String content) {
        return format.reader().parse(content, "gold.txt");
    }

    private static GoldFormatException failure(GoldFormat format, String content) {
        return assertThrows(GoldFormatException.class, () -> read(format, content));
    }

    @Test
    void formatsAreFoundByTheirCommandLineNames() {
        assertSame(GoldFormat.CONFLI_CLASS, GoldFormat.fromName("confli-class"));
        assertSame(GoldFormat.CONFLI_SPANS, GoldFormat.fromName("CONFLI_SPANS"));
        assertSame(GoldFormat.PETRARCH, GoldFormat.fromName("petrarch"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GoldFormat.fromName("tabari"));
        assertTrue(e.getMessage().contains("herodotus, petrarch, plover, confli-class, confli-spans"), e.getMessage());
    }

    // herodotus

    @Test
    void herodotusLinesGiveArticlesWithEvents() {
        String jsonl = """
                {"id": "t1", "date": "2020-08-18", "text": "Sarraj met Erdogan.", "events": [\
                {"source": "LBYGOV", "target": "TURGOV", "code": "040", "optional": false, "date": "2020-08-17"},\
                {"source": "LBYGOV", "target": "", "code": "010", "optional": true}],\
                "actors": [{"text": "Sarraj", "code": "LBYGOV"}], "places": []}

                {"id": "t2", "text": "Nothing happened.", "category": "quiet"}
                """;
        List<GoldArticle> gold = read(GoldFormat.HERODOTUS, jsonl);
        assertEquals(2, gold.size());
        GoldArticle t1 = gold.get(0);
        assertEquals(LocalDate.of(2020, 8, 18), t1.date());
        assertEquals(new GoldEvent("LBYGOV", "TURGOV", "040", "", false, LocalDate.of(2020, 8, 17)), t1.events().get(0));
        assertTrue(t1.events().get(1).optional());
        assertFalse(t1.events().get(1).hasTarget());
        assertTrue(gold.get(1).events().isEmpty());
        assertEquals("quiet", gold.get(1).category());
        assertNull(gold.get(1).date());
    }

    @Test
    void herodotusFailuresNameFileLineAndFix() {
        GoldFormatException bad = failure(GoldFormat.HERODOTUS, "{\"id\": \"a\", \"text\": \"x\"}\n{\"id\": \"b\", ");
        assertTrue(bad.getMessage().startsWith("eval: gold file gold.txt, line 2: not valid JSON"), bad.getMessage());
        assertTrue(bad.getMessage().contains("Fix: "), bad.getMessage());
        GoldFormatException number = failure(GoldFormat.HERODOTUS,
                "{\"id\": \"a\", \"text\": \"x\", \"events\": [{\"source\": \"USA\", \"code\": 40}]}");
        assertTrue(number.getMessage().contains("\"code\" is not a string"), number.getMessage());
        assertEquals("line 1 (id \"a\"), event 1", number.record());
        GoldFormatException twice = failure(GoldFormat.HERODOTUS,
                "{\"id\": \"a\", \"text\": \"x\"}\n{\"id\": \"a\", \"text\": \"y\"}");
        assertTrue(twice.getMessage().contains("appears twice"), twice.getMessage());
        GoldFormatException date = failure(GoldFormat.HERODOTUS, "{\"id\": \"a\", \"text\": \"x\", \"date\": \"18/08/2020\"}");
        assertTrue(date.getMessage().contains("YYYY-MM-DD"), date.getMessage());
    }

    // petrarch

    private static final String PETRARCH = """
            <Validation>
            # free text with <EventCoding...> in a header
            <Environment><Include>valid AFP DEMO ERROR</Include></Environment>
            <Sentences>
            <Sentence category="AFP" date="20080804" id="AFP_1" evaluate="true"/>
            <EventCoding eventcode="042" sourcecode="USA" targetcode="CHN" />
            <EventCoding eventcode="043" sourcecode="CHN" targetcode="---" />
            <Text>
            The US leader   went
            to Beijing &amp; stayed.
            </Text>
            <Parse>
            1	The	the	DET	DT	_	2	det	_	<odd>
            </Parse></Sentence>
            <Sentence category="AFP" date="121108" id="AFP_2" evaluate="true">
            <!-- <EventCoding eventcode="010" sourcecode="USA" targetcode="CHN" /> -->
            <EventCoding noevents="True" />
            <Text>Nothing.</Text>
            </Sentence>
            <Sentence date = "19950101" id ="DEMO-1" category="DEMO" sentence="true">
            <EventCoding sourcecode='"INJURY TOLL"' targetcode="OSG" eventcode="223"></EventCoding>
            <EventCoding sourcecode="HOB" targetcode="GON" eventcode="174K"></EventCoding>
            <Text>Gollum will bargain.</Text>
            </Sentence>
            <Sentence date="19950101" id="DEMO-1" category="DEMO" sentence="false">
            <EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
            <Text>Arnor restores ties.</Text>
            </Sentence>
            <Sentence date="19950101" id="DISCARD-01" category="ERROR" sentence="true">
            <EventCoding error="storydiscard"></EventCoding>
            <Text>A typhoon.</Text>
            </Sentence>
            <Sentence date="19950101" id="ERROR-01" category="ERROR" sentence="true">
            <EventCoding error="dateline"></EventCoding>
            <Text>CEBU CITY: -- A suit.</Text>
            </Sentence>
            <Sentence date="19950101" id="X-1" category="COMPOUNDx" sentence="true">
            <EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
            <Text>Arnor again.</Text>
            </Sentence>
            </Sentences>
            </Validation>
            """;

    @Test
    void petrarchRecordsGiveEventsTextAndDates() {
        List<GoldArticle> gold = read(GoldFormat.PETRARCH, PETRARCH);
        assertEquals(List.of("AFP_1", "AFP_2", "DEMO-1", "DEMO-1#2", "DISCARD-01", "ERROR-01", "X-1"),
                gold.stream().map(GoldArticle::id).toList());
        GoldArticle first = gold.get(0);
        assertEquals("The US leader went to Beijing & stayed.", first.text());
        assertEquals(LocalDate.of(2008, 8, 4), first.date());
        assertEquals("AFP", first.category());
        assertEquals(List.of(GoldEvent.cameo("USA", "CHN", "042"), GoldEvent.cameo("CHN", "---", "043")),
                first.events());
        assertTrue(first.scored());
        GoldArticle second = gold.get(1);
        assertTrue(second.events().isEmpty());
        assertEquals(LocalDate.of(2012, 11, 8), second.date());
    }

    @Test
    void petrarchCodesNoCoderCanProduceAreOptional() {
        List<GoldEvent> events = read(GoldFormat.PETRARCH, PETRARCH).get(2).events();
        assertEquals(new GoldEvent("\"INJURY TOLL\"", "OSG", "223", "", true, null), events.get(0));
        assertEquals(new GoldEvent("HOB", "GON", "174", "", true, null), events.get(1));
    }

    @Test
    void petrarchFlagsDecideWhatIsScored() {
        List<GoldArticle> gold = read(GoldFormat.PETRARCH, PETRARCH);
        assertFalse(gold.get(3).scored());
        assertTrue(gold.get(3).unscoredReason().startsWith("sentence=\"false\""));
        assertTrue(gold.get(4).scored(), "a discard is scored: nothing should be coded");
        assertTrue(gold.get(4).events().isEmpty());
        assertFalse(gold.get(5).scored(), "a dateline error tests PETRARCH's input checks");
        assertTrue(gold.get(5).unscoredReason().contains("dateline"));
        assertFalse(gold.get(6).scored());
        assertTrue(gold.get(6).unscoredReason().contains("<Include>"));
    }

    @Test
    void petrarchFailuresNameTheRecord() {
        GoldFormatException noText = failure(GoldFormat.PETRARCH,
                "<Sentences>\n<Sentence id=\"S1\" date=\"20080101\">\n<EventCoding noevents=\"True\"/>\n</Sentence>");
        assertEquals("record \"S1\" (line 2)", noText.record());
        assertTrue(noText.getMessage().contains("no <Text> element"), noText.getMessage());
        GoldFormatException outside = failure(GoldFormat.PETRARCH,
                "<Sentences>\n<EventCoding eventcode=\"042\" sourcecode=\"USA\" targetcode=\"CHN\"/>");
        assertEquals("line 2", outside.record());
        GoldFormatException noCode = failure(GoldFormat.PETRARCH,
                "<Sentence id=\"S1\"><EventCoding sourcecode=\"USA\" targetcode=\"CHN\"/><Text>x</Text></Sentence>");
        assertTrue(noCode.getMessage().contains("noevents=\"True\""), noCode.getMessage());
        GoldFormatException date = failure(GoldFormat.PETRARCH,
                "<Sentence id=\"S1\" date=\"2008-01-01\"><Text>x</Text></Sentence>");
        assertTrue(date.getMessage().contains("YYYYMMDD"), date.getMessage());
    }

    // plover

    private static final String PLOVER = """
            [
             {"id": "DOC", "event": "DOCUMENT", "eventText": "documentation"},
             {"id": "P1", "date": "2000-01-01", "event": "AGREE",
              "source": [{"actorText": "Hungarian", "code": "HUN", "sector": "GOV"},
                         {"actorText": "Romanian", "code": "ROU", "sector": "***"}],
              "text": "Hungarian and Romanian officials agreed.",
              "textInfo": {"markup": "(SRC/TAR: Hungarian) and (SRC/TAR: Romanian) officials (EVT: agreed)."}},
             {"id": "P2", "date": "2000-01-01", "event": "DEMAND",
              "source": [{"actorText": "Tokyo", "code": "JAP"}],
              "target": [{"actorText": "Kosovo Albanians", "code": "SRB", "sector": "CVLalb"},
                         {"actorText": "Belgrade", "code": "SRB", "sector": "GOV"}],
              "text": "Tokyo demanded things."},
             {"id": "P3", "date": "2000-01-01", "event": "CONSULT",
              "source": [{"actorText": "U.S.", "code": "USA"}, {"actorText": "Russian negotiators", "code": "RUS"}],
              "target": "diplomatic",
              "text": "U.S. and Russian negotiators return to Geneva.", "textInfo": {"markup": "(SRC: U.S.) and (SRC: Russian)"}}
            ]
            """;

    @Test
    void ploverRecordsGiveOneEventPerDyad() {
        List<GoldArticle> gold = read(GoldFormat.PLOVER, PLOVER);
        assertEquals(List.of("P1", "P2", "P3"), gold.stream().map(GoldArticle::id).toList());
        assertEquals(List.of(GoldEvent.plover("HUNGOV", "ROU", "AGREE"), GoldEvent.plover("ROU", "HUNGOV", "AGREE")),
                gold.get(0).events());
        assertEquals(List.of(GoldEvent.plover("JPN", "SRBCVL", "DEMAND"), GoldEvent.plover("JPN", "SRBGOV", "DEMAND")),
                gold.get(1).events());
        assertEquals("DEMAND", gold.get(1).category());
        assertEquals(List.of(GoldEvent.plover("USA", "", "CONSULT"), GoldEvent.plover("RUS", "", "CONSULT")),
                gold.get(2).events());
        assertEquals(LocalDate.of(2000, 1, 1), gold.get(2).date());
    }

    @Test
    void ploverFailuresNameTheRecord() {
        assertTrue(failure(GoldFormat.PLOVER, "{\"id\": \"x\"}").getMessage().contains("not a JSON array"));
        GoldFormatException noText = failure(GoldFormat.PLOVER,
                "[{\"id\": \"P9\", \"event\": \"AGREE\", \"source\": [{\"code\": \"USA\"}]}]");
        assertEquals("record 1 (id \"P9\")", noText.record());
        GoldFormatException badCode = failure(GoldFormat.PLOVER,
                "[{\"id\": \"P9\", \"event\": \"AGREE\", \"text\": \"x\", \"source\": [{\"code\": \"United States\"}]}]");
        assertTrue(badCode.getMessage().contains("three-letter code"), badCode.getMessage());
    }

    // confli-class

    @Test
    void confliClassLinesGiveLabelledSentences() {
        List<GoldArticle> gold = read(GoldFormat.CONFLI_CLASS,
                "Russia vetoed a resolution.\t3\r\nProtesters burned a flag.\t4\r\n\r\n");
        assertEquals(2, gold.size());
        assertEquals("line-1", gold.get(0).id());
        assertEquals("Russia vetoed a resolution.", gold.get(0).text());
        assertEquals(3, gold.get(0).pentaClass());
        assertTrue(gold.get(1).events().isEmpty());
        assertFalse(gold.get(1).hasEventGold());
    }

    @Test
    void confliClassRejectsLabelsOutsideZeroToFour() {
        GoldFormatException e = failure(GoldFormat.CONFLI_CLASS, "A sentence.\t1\nAnother.\t7\n");
        assertEquals("line 2", e.record());
        assertTrue(e.getMessage().contains("not 0-4"), e.getMessage());
        assertEquals("line 1", failure(GoldFormat.CONFLI_CLASS, "No tab here 2").record());
    }

    // confli-spans

    @Test
    void confliSpansGiveCharacterOffsetsIntoTheSpaceJoinedTokens() {
        String conll = "a B-S\nSwiss I-S\ncourt I-S\nrejected B-R\nthe B-T\nCroatian I-T\nrequest I-T\n. O\n\n"
                + "Troops I-S\nattacked O\nrebels B-T\n";
        List<GoldArticle> gold = read(GoldFormat.CONFLI_SPANS, conll);
        assertEquals(2, gold.size());
        GoldArticle first = gold.get(0);
        assertEquals("sentence-1", first.id());
        assertEquals("a Swiss court rejected the Croatian request .", first.text());
        assertEquals(List.of(new Span(0, 13)), first.spans().sources());
        assertEquals(List.of(new Span(23, 43)), first.spans().targets());
        assertEquals("the Croatian request", first.spans().targets().get(0).of(first.text()));
        GoldArticle second = gold.get(1);
        assertEquals(List.of(new Span(0, 6)), second.spans().sources(), "an I- tag without B- starts a span");
        assertEquals("rebels", second.spans().targets().get(0).of(second.text()));
    }

    @Test
    void confliSpansRejectUnknownTags() {
        GoldFormatException e = failure(GoldFormat.CONFLI_SPANS, "Troops B-S\nattacked B-X\n");
        assertEquals("line 2", e.record());
        assertTrue(e.getMessage().contains("B-X"), e.getMessage());
    }
}
