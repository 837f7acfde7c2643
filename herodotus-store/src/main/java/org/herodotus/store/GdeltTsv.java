package org.herodotus.store;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A stored event as a row in the layout of GDELT 2.0's event table: its 61 columns in GDELT's order,
 * each filled from the event when Herodotus knows it and empty when not. The mapping, and where it
 * departs from GDELT (ISO alpha-3 for place countries, GeoNames ids, a derived numeric id), is in
 * {@code docs/store.md}. Unlike GDELT's files, the output starts with a header line.
 */
final class GdeltTsv {

    static final List<String> COLUMNS = List.of("GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
            "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
            "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
            "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
            "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
            "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
            "NumMentions", "NumSources", "NumArticles", "AvgTone",
            "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
            "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
            "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
            "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
            "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
            "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
            "DATEADDED", "SOURCEURL");

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter ADDED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT);

    private GdeltTsv() {
    }

    static String header() {
        return String.join("\t", COLUMNS);
    }

    static String row(StoredEvent e) {
        List<String> c = new ArrayList<>(COLUMNS.size());
        c.add(Long.toString(numericId(e.id())));
        LocalDate d = e.day();
        c.add(d == null ? "" : d.format(DAY));
        c.add(d == null ? "" : String.format(Locale.ROOT, "%04d%02d", d.getYear(), d.getMonthValue()));
        c.add(d == null ? "" : Integer.toString(d.getYear()));
        c.add(d == null ? "" : String.format(Locale.ROOT, "%.4f",
                d.getYear() + (d.getMonthValue() * 30 + d.getDayOfMonth()) / 365.0));
        actor(c, e, "source");
        actor(c, e, "target");
        String cameo = e.text("cameo");
        c.add(Integer.toString(e.mention().path("sentence").asInt(-1) == 0 ? 1 : 0));
        c.add(cameo);
        c.add(cameo.substring(0, Math.min(3, cameo.length())));
        c.add(e.text("cameo_root"));
        c.add(e.text("quad_class"));
        c.add(number(e.number("goldstein")));
        c.add(Integer.toString(e.numMentions()));
        c.add(Integer.toString(e.numSources()));
        c.add(Integer.toString(e.numArticles()));
        c.add("");  // AvgTone: no tone model
        for (int i = 0; i < 16; i++) {
            c.add("");  // Actor1Geo_* and Actor2Geo_*: places are located per event, not per actor
        }
        place(c, e);
        c.add(e.addedAt() == null ? "" : e.addedAt().format(ADDED));
        c.add(e.url() != null ? e.url() : e.text("article_id"));
        return String.join("\t", c.stream().map(GdeltTsv::clean).toList());
    }

    /** GDELT's ids are integers: the first 60 bits of the SHA-256 of our event id. */
    static long numericId(String id) {
        return Long.parseLong(Triage.sha256(id).substring(0, 15), 16);
    }

    private static void actor(List<String> c, StoredEvent e, String side) {
        String code = e.text(side, "code");
        c.add(code == null ? "" : code);
        String name = e.text(side, "name");
        c.add(name == null ? "" : name.toUpperCase(Locale.ROOT));
        String country = e.text(side, "country");
        c.add(country == null ? "" : country);
        for (int i = 0; i < 4; i++) {
            c.add("");
        }
        List<String> sectors = e.sectors(side);
        for (int i = 0; i < 3; i++) {
            c.add(i < sectors.size() ? sectors.get(i) : "");
        }
    }

    /** ActionGeo_*: GDELT's type is 1 country, 4 world city, 5 world state (3 and 2 for US cities and states). */
    private static void place(List<String> c, StoredEvent e) {
        String precision = e.text("location", "precision");
        if (precision == null || precision.equals("unknown")) {
            for (int i = 0; i < 8; i++) {
                c.add("");
            }
            return;
        }
        String country = e.text("location", "country");
        boolean us = "USA".equals(country);
        c.add(switch (precision) {
            case "country" -> "1";
            case "admin1" -> us ? "2" : "5";
            default -> us ? "3" : "4";
        });
        c.add(nz(e.text("location", "name")));
        c.add(nz(country));
        c.add(nz(e.text("location", "admin1")));
        c.add("");
        c.add(number(e.number("location", "lat")));
        c.add(number(e.number("location", "lon")));
        Double geonames = e.number("location", "geonames_id");
        c.add(geonames == null || geonames == 0 ? "" : Long.toString(geonames.longValue()));
    }

    private static String number(Double d) {
        if (d == null) {
            return "";
        }
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue()) : Double.toString(d);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String clean(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
