package org.herodotus.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.herodotus.dedup.Reports;
import org.herodotus.model.Event;
import org.herodotus.model.Location;
import org.herodotus.model.Precision;
import org.herodotus.model.Span;
import org.herodotus.output.EventJson;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GdeltTsvTest {

    private static StoredEvent storedAt(Location place) {
        Reports.Report r = Reports.report("a1", "Wire", "2021-03-10", "TURGOV", "IRQGOV", "042",
                "Turkish Foreign Minister Mehmet Arslan arrived in Baghdad.");
        Event e = r.event();
        Event located = new Event(e.id(), e.articleId(), e.sentence(), e.source(), e.target(), e.cameo(),
                e.factuality(), e.modality(), e.claimant(), e.date(), place, e.evidence(), e.confidence(), e.coder());
        ObjectNode json = EventJson.toJson(located, r.article().text());
        return new StoredEvent("evt-a1", 3, 2, 3, List.of("a1", "a2", "a3"), List.of("ev-a1", "ev-a2", "ev-a3"),
                LocalDate.of(2021, 3, 10), null, LocalDateTime.of(2021, 3, 11, 8, 30, 5), json);
    }

    private static String[] row(StoredEvent e) {
        String[] cells = GdeltTsv.row(e).split("\t", -1);
        assertEquals(GdeltTsv.COLUMNS.size(), cells.length);
        return cells;
    }

    private static String cell(String[] cells, String column) {
        return cells[GdeltTsv.COLUMNS.indexOf(column)];
    }

    @Test
    void aCityFillsTheActionGeoColumns() {
        String[] c = row(storedAt(new Location("Baghdad", "IRQ", "07", 33.34, 44.40, 98182, Precision.PLACE,
                new Span(49, 56))));
        assertEquals("4", cell(c, "ActionGeo_Type"));
        assertEquals("Baghdad", cell(c, "ActionGeo_FullName"));
        assertEquals("IRQ", cell(c, "ActionGeo_CountryCode"));
        assertEquals("07", cell(c, "ActionGeo_ADM1Code"));
        assertEquals("33.34", cell(c, "ActionGeo_Lat"));
        assertEquals("44.4", cell(c, "ActionGeo_Long"));
        assertEquals("98182", cell(c, "ActionGeo_FeatureID"));
        assertEquals("", cell(c, "Actor1Geo_FullName"));
    }

    @Test
    void countryAndUsStatePrecisionsMapToGdeltGeoTypes() {
        assertEquals("1", cell(row(storedAt(new Location("Iraq", "IRQ", null, 33, 44, 99237, Precision.COUNTRY,
                new Span(49, 56)))), "ActionGeo_Type"));
        assertEquals("2", cell(row(storedAt(new Location("Texas", "USA", "TX", 31, -99, 4736286, Precision.ADMIN1,
                new Span(49, 56)))), "ActionGeo_Type"));
    }

    @Test
    void datesCountsAndIdFollowGdelt() {
        String[] c = row(storedAt(null));
        assertEquals("20210310", cell(c, "Day"));
        assertEquals("202103", cell(c, "MonthYear"));
        assertEquals("2021.2740", cell(c, "FractionDate"));
        assertEquals("20210311083005", cell(c, "DATEADDED"));
        assertEquals("3", cell(c, "NumMentions"));
        assertEquals("2", cell(c, "NumSources"));
        assertEquals("a1", cell(c, "SOURCEURL"), "the article id when there is no URL");
        assertEquals(Long.toString(GdeltTsv.numericId("evt-a1")), cell(c, "GlobalEventID"));
        assertEquals("", cell(c, "ActionGeo_Type"));
    }
}
