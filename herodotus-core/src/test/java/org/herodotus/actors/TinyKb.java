package org.herodotus.actors;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/** A knowledge base of a few lines, written in the shipped formats, for unit tests. */
final class TinyKb {

    static final String COUNTRIES = String.join("\n",
            "# iso3 iso2 name other_names adjectives capitals",
            "LBY\tLY\tLibya\tState of Libya\tLibyan|Libyans\tTripoli",
            "TUR\tTR\tTurkey\tTürkiye|Turkiye\tTurkish|Turk|Turks\tAnkara",
            "DEU\tDE\tGermany\t-\tGerman|Germans\tBerlin",
            "QAT\tQA\tQatar\t-\tQatari|Qataris\tDoha",
            "RUS\tRU\tRussia\tRussian Federation\tRussian|Russians\tMoscow");
    static final String AGENTS = String.join("\n",
            "# phrase sectors",
            "minister\tGOV",
            "defense minister\tGOV",
            "foreign minister\tGOV",
            "ambassador\tGOV",
            "chief of staff\tMIL",
            "force\tMIL",
            "mercenary\tUAF",
            "human rights activist\tHRI",
            "spokesman\tGOV   # a spokesman speaks for a government");
    static final String PEOPLE = String.join("\n",
            "entity sarraj",
            "  type person",
            "  name Fayez al-Sarraj",
            "  alias Serraj | Fayez Serraj",
            "  role LBYGOV 2016-03-30 2021-03-15",
            "",
            "entity kalin",
            "  type person",
            "  name Ibrahim Kalin",
            "  role TURGOV 2014-12 2023-06",
            "",
            "entity haftar",
            "  type person",
            "  name Khalifa Haftar",
            "  role LBYMIL 2014-05 ..   # commander of the Libyan National Army",
            "",
            "entity un",
            "  type igo",
            "  name United Nations",
            "  alias UN | U.N.",
            "  role IGOUNO");

    private TinyKb() {
    }

    static KnowledgeBase build() {
        return new KbLoader()
                .load("countries.tsv", stream(COUNTRIES))
                .load("agents.tsv", stream(AGENTS))
                .load("people.kb", stream(PEOPLE))
                .build();
    }

    static ByteArrayInputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
