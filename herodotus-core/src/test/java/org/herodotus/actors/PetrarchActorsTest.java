package org.herodotus.actors;

import org.herodotus.model.Actor;
import org.herodotus.testkit.Docs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class PetrarchActorsTest {

    private static final Path PHOENIX = Path.of("../../shared/reference/phoenix-dictionaries");
    private static final Path VALIDATE = Path.of("../../shared/eval/dev/petrarch/dictionaries");

    private static PetrarchActors.Loaded actors(String text) {
        PetrarchActors r = new PetrarchActors();
        r.readActors("x.actors.txt", text.lines().toList());
        return r.result();
    }

    private static Entity only(PetrarchActors.Loaded loaded) {
        assertEquals(1, loaded.entities().size(), loaded.entities().toString());
        return loaded.entities().get(0);
    }

    private static String codeOn(Entity e, String date) {
        return e.roleOn(LocalDate.parse(date)).orElseThrow().code();
    }

    @Test
    void synonymsBecomeAliasesWithSpacesForUnderscores() {
        Entity libya = only(actors("# countries\nLIBYA_  [LBY]\n+LIBYAN_\n+STATE_OF_LIBYA  # official\n"));
        assertEquals("petr_libya", libya.id());
        assertEquals("LIBYA", libya.name());
        assertEquals(List.of("LIBYAN", "STATE OF LIBYA"), libya.aliases());
        assertEquals(List.of(new Role("LBY", null, null)), libya.roles());
        assertEquals("organisation", libya.type());
        assertEquals("x.actors.txt:2", libya.origin());
    }

    @Test
    void dateRestrictionsOfTheThreeKindsBecomeRoles() {
        Entity sam = only(actors(String.join("\n",
                "SAM_GAMGEE [HOB]  # default",
                "\t[HOBCIV <20080120]",
                "\t[HOBMIL 20080120 - 20121109]",
                "\t[HOBELI >130119]")));
        assertEquals(new Role("HOBCIV", null, LocalDate.of(2008, 1, 19)), sam.roles().get(0));
        assertEquals(new Role("HOBMIL", LocalDate.of(2008, 1, 20), LocalDate.of(2012, 11, 9)), sam.roles().get(1));
        assertEquals(new Role("HOBELI", LocalDate.of(2013, 1, 20), null), sam.roles().get(2));
        assertEquals(new Role("HOB", null, null), sam.roles().get(3), "the undated code comes last");
        assertEquals("HOBCIV", codeOn(sam, "2008-01-19"));
        assertEquals("HOBMIL", codeOn(sam, "2008-01-20"));
        assertEquals("HOBMIL", codeOn(sam, "2012-11-09"));
        assertEquals("HOB", codeOn(sam, "2013-01-19"));
        assertEquals("HOBELI", codeOn(sam, "2013-01-20"));
    }

    @Test
    void twoDigitYearsBelowThirtyAreInThe2000s() {
        Entity zahir = only(actors("MOHAMMAD_ZAHIR_SHAH_\n\t[AFGELI 320101-331108]\n\t[AFGELI 730717-070723]\n"));
        assertEquals(LocalDate.of(1932, 1, 1), zahir.roles().get(0).from());
        assertEquals(LocalDate.of(2007, 7, 23), zahir.roles().get(1).to());
        assertEquals("person", zahir.type());
    }

    @Test
    void severalCodesOnOneLineGiveSeveralRolesAndSlashesCodesHeldAtOnce() {
        Entity e = only(actors("JAVIER_SOLANA_\t[IGOEUREEC 950701-951231][IGOWSTNAT 951205-991006] [ESP/IGO]\n"));
        assertEquals(List.of("IGOEUREEC", "IGOWSTNAT", "ESP/IGO"), e.roles().stream().map(Role::code).toList());
        assertEquals(List.of("ESP", "IGO"), e.roles().get(2).codes());
    }

    @Test
    void coordinatedNamesBeforeOneNounAreOneActorEach() {
        PetrarchActors.Loaded l = actors("ERIADOR [ERI]\nCALENARDHON [CAL]\n");
        ActorResolver resolver = ActorResolver.over(KnowledgeBase.combine(tinyBase(), l.entities(),
                Map.of("leader", List.of("GOV")), true));
        List<Actor> leaders = resolver.resolve(Docs.article("2020-08-18")
                .sentence("Kalin met|meet Eriador and Calenardhon leaders|leader .", "NNP VBD NNP CC NNP NNS .",
                        "nsubj(1,0) root(-1,1) compound(5,2) cc(4,3) conj:and(2,4) compound(5,4) obj(1,5) punct(1,6)")
                .build()).at(0, 5);
        assertEquals(List.of("ERI", "CAL"), leaders.stream().map(Actor::code).toList());
    }

    @Test
    void aLowerCaseWordIsACountryEvenWhenADictionaryEntitySharesItsName() {
        PetrarchActors.Loaded l = actors("GERMANY [DEU]\n");
        ActorResolver resolver = resolverOver(l);
        List<Actor> germany = resolver.resolve(Docs.article("2020-08-18")
                .sentence("Kalin met|meet gErmany .", "NNP VBD NN .", "nsubj(1,0) root(-1,1) obj(1,2) punct(1,3)")
                .build()).at(0, 2);
        assertEquals(List.of("DEU"), germany.stream().map(Actor::code).toList());
    }

    @Test
    void anEntityWithCodesHeldAtOnceIsOneActorForEachCode() {
        PetrarchActors.Loaded l = actors("LORIEN [ELR/GAL]\n");
        ActorResolver resolver = resolverOver(l);
        List<Actor> lorien = resolver.resolve(Docs.article("2020-08-18")
                .sentence("Lorien met|meet Kalin .", "NNP VBD NNP .", "nsubj(1,0) root(-1,1) obj(1,2) punct(1,3)")
                .build()).at(0, 0);
        assertEquals(List.of("ELR", "GAL"), lorien.stream().map(Actor::code).toList());
    }

    @Test
    void nameLinesWithoutCodeShareTheCodesThatFollow() {
        Entity b = only(actors(
                "LEONID_BREZHNEV_\nLEONID_ILYICH_BREZHNEV\n+SECRETARY_BREZHNEV\n\t[RUSGOV 641014-821110]\n"));
        assertEquals("LEONID BREZHNEV", b.name());
        assertEquals(List.of("LEONID ILYICH BREZHNEV", "SECRETARY BREZHNEV"), b.aliases());
    }

    @Test
    void nullCodeKeepsThePhraseWithoutARoleAndCodesOfOtherShapesAreAccepted() {
        PetrarchActors.Loaded l = actors("BOROMIR  [---]\nUN_SECRETARIAT [IGOUNO]\nSOMEONE [---GOV]\nAFRICA [AFR]\n");
        assertEquals(4, l.entities().size());
        assertTrue(l.entities().get(0).roles().isEmpty());
        assertEquals(1, l.counts().nullCodes());
        assertEquals("---GOV", l.entities().get(2).roles().get(0).code());
        assertTrue(l.warnings().isEmpty(), l.warnings().toString());
    }

    @Test
    void parenthesisedAbbreviationAlsoGivesTheBareName() {
        Entity e = only(actors("ANIMAL_LIBERATION_FRONT_(ALF)_ [INTREB]\n"));
        assertEquals(List.of("ANIMAL LIBERATION FRONT"), e.aliases());
        assertEquals("armed_group", e.type());
    }

    @Test
    void malformedLinesAreWarningsWithFileAndLine() {
        PetrarchActors.Loaded l = actors(String.join("\n",
                "+ORPHAN_SYNONYM",
                "BAN_KI-MOON",
                "\t[IGOUNO >20070101]",
                "\t[KORGOVBUS 2004017-20061201]",
                "ISILDUR  [+++]",
                "MNE [MNEGOV 20121204]",
                "<!-- a comment block",
                "NOT_AN_ENTRY [XXX]",
                "-->",
                "LAST_NAME_WITHOUT_CODE"));
        List<String> w = l.warnings();
        assertEquals(5, w.size(), w.toString());
        assertTrue(w.get(0).startsWith("x.actors.txt:1: synonym or code outside"), w.get(0));
        assertTrue(w.get(1).startsWith("x.actors.txt:4: date 2004017 has 7 digits"), w.get(1));
        assertTrue(w.get(2).startsWith("x.actors.txt:5: bad actor code '+++'"), w.get(2));
        assertTrue(w.get(3).startsWith("x.actors.txt:6: date 20121204"), w.get(3));
        assertTrue(w.get(4).startsWith("x.actors.txt:10: no code for 'LAST NAME WITHOUT CODE'"), w.get(4));
        assertEquals(List.of("BAN KI-MOON"), l.entities().stream().map(Entity::name).toList(),
                "an entry whose only codes cannot be read is left out");
    }

    @Test
    void warningsAreCappedButAllCounted() {
        String bad = "X [LBY 1-2]\n".repeat(PetrarchActors.MAX_WARNINGS + 50);
        PetrarchActors.Loaded l = actors(bad);
        assertEquals(PetrarchActors.MAX_WARNINGS, l.warnings().size());
        assertEquals(PetrarchActors.MAX_WARNINGS + 50, l.counts().problems());
    }

    @Test
    void repeatedNamesGetNumberedIds() {
        PetrarchActors.Loaded l = actors("UNDP_ [IGOUNODEV]\nUNDP [IGOUNODEV]\nU.N.D.P. [IGOUNODEV]\n");
        assertEquals(List.of("petr_undp", "petr_undp_2", "petr_undp_3"),
                l.entities().stream().map(Entity::id).toList());
    }

    @Test
    void typeIsToldFromCodesAndDates() {
        assertEquals("person", PetrarchActors.type("HAMID KARZAI",
                List.of(new Role("AFGGOV", LocalDate.of(2001, 12, 22), null))));
        assertEquals("organisation", PetrarchActors.type("ISLAMIC REVOLUTIONARY COUNCIL",
                List.of(new Role("IRNGOV", LocalDate.of(1979, 11, 6), LocalDate.of(1980, 8, 12)))));
        assertEquals("organisation", PetrarchActors.type("U.S.S.R",
                List.of(new Role("USR", null, LocalDate.of(1991, 12, 25)))));
        assertEquals("igo", PetrarchActors.type("UNICEF", List.of(new Role("IGOUNOKID", null, null))));
        assertEquals("ngo", PetrarchActors.type("AMNESTY", List.of(new Role("NGOHRIAMN", null, null))));
        assertEquals("company", PetrarchActors.type("VODAFONE", List.of(new Role("MNCGBRMED", null, null))));
        assertEquals("armed_group", PetrarchActors.type("AL-QAEDA", List.of(new Role("IMGMUSALQ", null, null))));
        assertEquals("armed_group", PetrarchActors.type("FARC", List.of(new Role("COLREB", null, null))));
    }

    @Test
    void agentsWithPluralsAndSubstitutionSets() {
        PetrarchActors r = new PetrarchActors();
        r.readAgents("x.agents.txt", List.of(
                "!PERSON! = MAN, WOMAN",
                "MINISTER_ [~GOV]  # a comment",
                "CHAMBER_OF_COMMERCE {CHAMBERS_OF_COMMERCE} [~BUS]",
                "POLICE {} [ ~COP]",
                "CONGRESS!PERSON! [~LEG]",
                "FOREIGN_MINISTER [~GOVFRM]",
                "PEACEKEEPING_TROOPS {} [IGO~]",
                "ISLAMIC_EXTREMIST",
                "DEPARTMENT_OF_ENVIRONMENT [~ENV}"));
        PetrarchActors.Loaded l = r.result();
        Map<String, List<String>> a = l.agents();
        assertEquals(List.of("GOV"), a.get("minister"));
        assertEquals(List.of("BUS"), a.get("chamber of commerce"));
        assertEquals(List.of("BUS"), a.get("chambers of commerce"));
        assertEquals(List.of("COP"), a.get("police"));
        assertEquals(List.of("LEG"), a.get("congressman"));
        assertEquals(List.of("LEG"), a.get("congresswoman"));
        assertEquals(List.of("GOV", "FRM"), a.get("foreign minister"));
        assertEquals(List.of("IGO"), a.get("peacekeeping troops"));
        assertEquals(8, a.size());
        assertEquals(2, l.warnings().size(), l.warnings().toString());
        assertTrue(l.warnings().get(0).startsWith("x.agents.txt:8: agent without a code"));
    }

    @Test
    void discardsKeepWhetherTheyDiscardTheStory() {
        PetrarchActors r = new PetrarchActors();
        r.readDiscards("x.discards.txt", List.of("# Story-level discards are marked with '+'",
                "MONTHS LATER", "+World Golf Championships   # pas", "+ MANCHESTER_UNITED", ""));
        assertEquals(List.of(new PetrarchActors.Discard("months later", false),
                new PetrarchActors.Discard("world golf championships", true),
                new PetrarchActors.Discard("manchester united", true)), r.result().discards());
    }

    @Test
    void directoryFilesAreRecognisedByName(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("My.actors.txt"), "LIBYA_ [LBY]\n");
        Files.writeString(dir.resolve("My.agents.txt"), "MINISTER_ [~GOV]\n");
        Files.writeString(dir.resolve("My.discards.txt"), "SOCCER\n");
        Files.writeString(dir.resolve("My.verbs.txt"), "--- ATTACK [190] ---\nATTACK\n");
        PetrarchActors.Loaded l = PetrarchActors.loadDirectory(dir);
        assertEquals(3, l.counts().files());
        assertEquals(1, l.counts().entities());
        assertEquals(1, l.counts().agents());
        assertEquals(1, l.counts().discards());
    }

    @Test
    void missingDirectoryIsAnErrorNamingIt() {
        KbFormatException e = assertThrows(KbFormatException.class,
                () -> PetrarchActors.loadDirectory(Path.of("no/such/dir")));
        assertTrue(e.getMessage().contains("no/such/dir"), e.getMessage());
    }

    private static KnowledgeBase tinyBase() {
        return new KbLoader()
                .load("countries.tsv", TinyKb.stream(TinyKb.COUNTRIES))
                .load("agents.tsv", TinyKb.stream(TinyKb.AGENTS))
                .load("people.kb", TinyKb.stream(TinyKb.PEOPLE))
                .build();
    }

    @Test
    void replacingKeepsOnlyTheBaseCountries() {
        KnowledgeBase base = tinyBase();
        PetrarchActors.Loaded l = actors("LIBYAN_NATIONAL_ARMY [LBYMIL]\nSOMEONE [---GOV]\nAFRICAN_UNION [IGOAFR]\n");
        KnowledgeBase kb = KnowledgeBase.combine(base, l.entities(), Map.of("warlord", List.of("UAF")), true);
        assertEquals(base.countries().size(), kb.countries().size());
        assertEquals(3, kb.entities().size());
        assertTrue(kb.entity("sarraj").isEmpty());
        assertEquals(Map.of("warlord", List.of("UAF")), kb.agents());
        assertTrue(kb.version().startsWith(base.version() + "+petr-"), kb.version());
        assertEquals("---GOV", kb.entity("petr_someone").orElseThrow().roles().get(0).code());
    }

    @Test
    void onTopAddsToTheBaseAndWinsOnClash() {
        KnowledgeBase base = tinyBase();
        Entity sarraj = new Entity("sarraj", "person", "FAYEZ AL-SARRAJ", List.of(),
                List.of(new Role("LBYGOV", null, null)), "x.actors.txt:1");
        List<Entity> extra = new ArrayList<>(actors("LIBYAN_NATIONAL_ARMY [LBYMIL]\n").entities());
        extra.add(sarraj);
        KnowledgeBase kb = KnowledgeBase.combine(base, extra, Map.of("minister", List.of("GOV", "ELI")), false);
        assertEquals(base.entities().size() + 1, kb.entities().size());
        assertEquals("FAYEZ AL-SARRAJ", kb.entity("sarraj").orElseThrow().name());
        assertEquals(List.of("GOV", "ELI"), kb.agents().get("minister"));
        assertEquals(base.agents().size(), kb.agents().size());
        assertFalse(kb.version().equals(KnowledgeBase.combine(base, extra, Map.of(), false).version()),
                "the version changes with the dictionaries");
    }

    @Test
    void resolverUsesPetrarchEntitiesWithTheirDates() {
        PetrarchActors.Loaded l = actors("FAYEZ_AL-SARRAJ_\n+SERRAJ\n\t[LBYGOV 20160330-20210315]\n\t[LBYELI]\n");
        ActorResolver resolver = resolverOver(l);
        String tokens = "Serraj met|meet Kalin .";
        String deps = "nsubj(1,0) root(-1,1) obj(1,2) punct(1,3)";
        Actor in2020 = resolver.resolve(Docs.article("2020-08-18").sentence(tokens, "NNP VBD NNP .", deps).build())
                .at(0, 0).get(0);
        Actor in2022 = resolver.resolve(Docs.article("2022-06-01").sentence(tokens, "NNP VBD NNP .", deps).build())
                .at(0, 0).get(0);
        assertEquals("petr_fayez_sarraj", in2020.kbId());
        assertEquals("LBYGOV", in2020.code());
        assertEquals("LBYELI", in2022.code(), "the undated code holds outside the dated ones");
    }

    @Test
    void withDictionaryAgentsAnAgentWithoutACountryIsCodedAsPetrarchCodesIt() {
        String tokens = "Officials|official met|meet Kalin .";
        String deps = "nsubj(1,0) root(-1,1) obj(1,2) punct(1,3)";
        KnowledgeBase withAgents = KnowledgeBase.combine(tinyBase(), List.of(), Map.of("official", List.of("GOV")),
                false);
        assertTrue(withAgents.agentsWithoutCountry());
        List<Actor> officials = ActorResolver.over(withAgents)
                .resolve(Docs.article("2020-08-18").sentence(tokens, "NNS VBD NNP .", deps).build()).at(0, 0);
        assertEquals(List.of("---GOV"), officials.stream().map(Actor::code).toList());
        assertEquals(null, officials.get(0).country());
        KnowledgeBase builtIn = tinyBase();
        assertFalse(builtIn.agentsWithoutCountry());
        assertEquals(List.of(), ActorResolver.over(builtIn)
                .resolve(Docs.article("2020-08-18").sentence(tokens, "NNS VBD NNP .", deps).build()).at(0, 0),
                "the built-in knowledge base leaves an agent without a country out");
    }

    /** A resolver over the tiny base's countries and the dictionary's entities and agents alone. */
    private static ActorResolver resolverOver(PetrarchActors.Loaded l) {
        return ActorResolver.over(KnowledgeBase.combine(tinyBase(), l.entities(), l.agents(), true));
    }

    @Test
    void phoenixDictionariesLoadFully() {
        assumeTrue(Files.isDirectory(PHOENIX), "Phoenix dictionaries not present: " + PHOENIX.toAbsolutePath());
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        long t0 = System.nanoTime();
        PetrarchActors.Loaded l = PetrarchActors.loadDirectory(PHOENIX);
        long t1 = System.nanoTime();
        KnowledgeBase base = new KbLoader().loadResource("kb/countries.tsv").build();
        KnowledgeBase kb = KnowledgeBase.combine(base, l.entities(), l.agents(), true);
        long t2 = System.nanoTime();
        System.gc();
        long after = rt.totalMemory() - rt.freeMemory();
        System.err.printf("Phoenix actors: %s%n  read %d ms, knowledge base built %d ms, heap +%d MB (%s)%n",
                l.counts(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (after - before) >> 20, kb.version());
        PetrarchActors.Counts c = l.counts();
        assertEquals(5, c.files());
        assertTrue(c.entities() > 20_000, "entities: " + c.entities());
        assertTrue(c.datedRoles() > 20_000, "dated roles: " + c.datedRoles());
        assertTrue(c.agents() > 2_000, "agents: " + c.agents());
        assertTrue(c.discards() > 400, "discards: " + c.discards());
        assertTrue(c.problems() < 100, "problems: " + l.warnings());
        Entity karzai = kb.entity("petr_hamid_karzai").orElseThrow();
        assertEquals("AFGGOV", codeOn(karzai, "2005-06-01"));
        assertEquals("person", karzai.type());
    }

    @Test
    void petrarchValidationDictionariesLoadFully() {
        assumeTrue(Files.isDirectory(VALIDATE),
                "PETRARCH validation dictionaries not present: " + VALIDATE.toAbsolutePath());
        PetrarchActors.Loaded l = PetrarchActors.loadDirectory(VALIDATE);
        System.err.println("PETR.Validate actors: " + l.counts());
        PetrarchActors.Counts c = l.counts();
        assertEquals(3, c.files());
        assertTrue(c.entities() > 100, "entities: " + c.entities());
        assertTrue(c.agents() > 80, "agents: " + c.agents());
        assertEquals(9, c.discards());
        assertTrue(c.problems() < 10, "problems: " + l.warnings());
        Entity sam = l.entities().stream().filter(e -> e.name().equals("SAM GAMGEE")).findFirst().orElseThrow();
        assertEquals("ORCHOB", codeOn(sam, "2010-01-09"), "the first matching restriction wins");
        assertEquals("HOBMIL", codeOn(sam, "2010-01-06"));
    }
}
