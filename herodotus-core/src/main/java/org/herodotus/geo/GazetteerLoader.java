package org.herodotus.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.zip.GZIPInputStream;

/**
 * Reads the gazetteer files of {@code src/main/resources/geo/} (formats in their headers and in
 * {@code tools/geo/build_gazetteer.py}) into a {@link Gazetteer}.
 *
 * <p>Two threads share the work: a helper thread decompresses and parses the files and computes the
 * lookup keys of every name; the calling thread adds the parsed rows to the tables and indexes (and the
 * skeleton of each new key), in file order, so that the result does not depend on timing. A malformed line
 * fails the load with a {@link GazetteerFormatException}.
 */
final class GazetteerLoader {

    static final String COUNTRIES = "geo/countries.tsv";
    static final List<String> PLACE_FILES = List.of("geo/admin1.tsv", "geo/supplement.tsv", "geo/cities-1.tsv.gz",
            "geo/cities-2.tsv.gz");

    /** Sizes of the shipped data (places, distinct name keys, names, skeletons), with room to grow. */
    private static final int EXPECTED_PLACES = 210_000;
    private static final int EXPECTED_KEYS = 360_000;
    private static final int EXPECTED_NAMES = 420_000;
    private static final int EXPECTED_SKELETONS = 150_000;
    private static final int MIN_FUZZY_KEY = 5;
    private static final int MIN_SKELETON = 3;

    private GazetteerLoader() {
    }

    /** One parsed line: a place (a whole country or not), with the lookup keys of its names. */
    private record Row(long id, String name, String iso3, String admin1, double lat, double lon, String featureClass,
                       String featureCode, long population, String[] keys, boolean country) {
    }

    static Gazetteer loadResources() {
        RowReader reader = new RowReader();
        Thread helper = new Thread(reader, "herodotus-gazetteer-reader");
        helper.setDaemon(true);
        helper.start();
        try {
            PlaceTable.Builder places = new PlaceTable.Builder(EXPECTED_PLACES);
            KeyIndex.Builder names = new KeyIndex.Builder(EXPECTED_KEYS, EXPECTED_NAMES);
            KeyIndex.Builder skeletons = new KeyIndex.Builder(EXPECTED_SKELETONS, EXPECTED_KEYS);
            Map<String, Integer> countries = new HashMap<>();
            Map<String, Integer> divisions = new HashMap<>();
            for (List<Row> batch = reader.next(); !batch.isEmpty(); batch = reader.next()) {
                for (Row row : batch) {
                    int index = places.add(row.id(), row.name(), row.iso3(), row.admin1(), row.lat(), row.lon(),
                            row.featureClass(), row.featureCode(), row.population());
                    for (String key : row.keys()) {
                        int known = names.size();
                        int keyId = names.add(key, index);
                        if (keyId == known && key.length() >= MIN_FUZZY_KEY) {
                            String skeleton = PlaceNames.skeleton(key);
                            if (skeleton.length() >= MIN_SKELETON) {
                                skeletons.add(skeleton, keyId);
                            }
                        }
                    }
                    if (row.country()) {
                        countries.putIfAbsent(row.iso3(), index);
                    } else if (row.featureCode().equals("ADM1") && row.iso3() != null && row.admin1() != null) {
                        divisions.putIfAbsent(row.iso3() + "/" + row.admin1(), index);
                    }
                }
            }
            return new Gazetteer(places.build(), names.build(), skeletons.build(), countries, divisions);
        } finally {
            helper.interrupt();
        }
    }

    /**
     * Parses the countries, then the place files, on its own thread and hands the rows over in batches; an
     * empty batch marks the end, and a failure is rethrown by {@link #next()}.
     */
    private static final class RowReader implements Runnable {

        private static final int BATCH = 2048;

        private final BlockingQueue<Object> batches = new ArrayBlockingQueue<>(4);
        private final Map<String, String> iso2to3 = new HashMap<>();
        private final Map<String, String> shared = new HashMap<>();
        private final List<String> rowKeys = new ArrayList<>();
        private final int[] tabs = new int[12];
        private List<Row> batch = new ArrayList<>(BATCH);

        @Override
        public void run() {
            try {
                forEachLine(COUNTRIES, this::country);
                for (String file : PLACE_FILES) {
                    forEachLine(file, this::place);
                }
                flush();
                put(List.of());
            } catch (RuntimeException e) {
                fail(e);
            } catch (Error e) {
                fail(new IllegalStateException("geo: the gazetteer reader failed", e));
                throw e;
            }
        }

        /** Hands a failure to the calling thread, unless it has given up waiting. */
        private void fail(RuntimeException e) {
            try {
                batches.put(e);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }

        List<Row> next() {
            try {
                Object next = batches.take();
                if (next instanceof RuntimeException e) {
                    throw e;
                }
                @SuppressWarnings("unchecked")
                List<Row> rows = (List<Row>) next;
                return rows;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("geo: interrupted while loading the gazetteer", e);
            }
        }

        private void emit(Row row) {
            batch.add(row);
            if (batch.size() == BATCH) {
                flush();
            }
        }

        private void flush() {
            if (!batch.isEmpty()) {
                put(batch);
                batch = new ArrayList<>(BATCH);
            }
        }

        private void put(List<Row> rows) {
            try {
                batches.put(rows);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("geo: gazetteer loading abandoned", e);
            }
        }

        /** iso2, iso3, name, lat, lon, population, capital, altnames. */
        private void country(String line, String file, int number) {
            int n = split(line, file, number, 8, 8);
            String iso2 = line.substring(0, tabs[0]);
            String iso3 = line.substring(tabs[0] + 1, tabs[1]);
            if (iso2.length() != 2 || !Place.isIso3(iso2 + "A") || !Place.isIso3(iso3)) {
                throw new GazetteerFormatException(file, number, "bad ISO codes '" + iso2 + "', '" + iso3 + "'");
            }
            if (iso2to3.put(iso2, iso3) != null) {
                throw new GazetteerFormatException(file, number, "country " + iso2 + " listed twice");
            }
            long id = -(1 + (iso2.charAt(0) - 'A') * 26L + (iso2.charAt(1) - 'A'));
            keys(line, tabs[1] + 1, tabs[2], 0, 0, tabs[n - 2] + 1, tabs[n - 1]);
            emit(row(id, name(line, 2, file, number), iso3, null, column(line, 3, file, number),
                    column(line, 4, file, number), "A", "PCLI", column(line, 5, file, number), file, number));
        }

        /** id, name, asciiname, altnames, lat, lon, fclass, fcode, cc, admin1, population[, source]. */
        private void place(String line, String file, int number) {
            split(line, file, number, 11, 12);
            String cc = line.substring(tabs[7] + 1, tabs[8]);
            String iso3 = null;
            if (!cc.isEmpty()) {
                iso3 = iso2to3.get(cc);
                if (iso3 == null) {
                    throw new GazetteerFormatException(file, number,
                            "country code '" + cc + "' is not in " + COUNTRIES);
                }
            }
            long id;
            try {
                id = Long.parseLong(line, 0, tabs[0], 10);
            } catch (NumberFormatException e) {
                throw new GazetteerFormatException(file, number,
                        "id '" + line.substring(0, tabs[0]) + "' is not a number");
            }
            String admin1 = shared(line, tabs[8] + 1, tabs[9]);
            keys(line, tabs[0] + 1, tabs[1], tabs[1] + 1, tabs[2], tabs[2] + 1, tabs[3]);
            emit(row(id, name(line, 1, file, number), iso3, admin1.isEmpty() ? null : admin1,
                    column(line, 4, file, number), column(line, 5, file, number), shared(line, tabs[5] + 1, tabs[6]),
                    shared(line, tabs[6] + 1, tabs[7]), column(line, 10, file, number), file, number));
        }

        private Row row(long id, String name, String iso3, String admin1, double lat, double lon, String featureClass,
                        String featureCode, double population, String file, int number) {
            try {
                new Place(id, name, iso3, admin1, lat, lon, featureClass, featureCode, (long) population);
            } catch (IllegalArgumentException e) {
                throw new GazetteerFormatException(file, number, e.getMessage());
            }
            return new Row(id, name, iso3, admin1, lat, lon, featureClass, featureCode, (long) population,
                    rowKeys.toArray(new String[0]), file.equals(COUNTRIES));
        }

        /** Finds the tabs of a line; returns the number of columns. */
        private int split(String line, String file, int number, int min, int max) {
            int n = 0;
            for (int tab = line.indexOf('\t'); tab >= 0; tab = line.indexOf('\t', tab + 1)) {
                if (n == max - 1) {
                    throw new GazetteerFormatException(file, number, "more than " + max + " tab-separated columns");
                }
                tabs[n++] = tab;
            }
            tabs[n] = line.length();
            if (n + 1 < min) {
                throw new GazetteerFormatException(file, number, "expected " + (min == max ? min : min + " or " + max)
                        + " tab-separated columns, found " + (n + 1));
            }
            return n + 1;
        }

        private String name(String line, int column, String file, int number) {
            String name = line.substring(tabs[column - 1] + 1, tabs[column]);
            if (name.isBlank()) {
                throw new GazetteerFormatException(file, number, "empty name");
            }
            return name;
        }

        /** A number column: integer or decimal, kept to 4 decimals. */
        private double column(String line, int column, String file, int number) {
            int from = tabs[column - 1] + 1;
            int to = tabs[column];
            long scaled = 0;
            int decimals = -1;
            boolean negative = from < to && line.charAt(from) == '-';
            for (int i = negative ? from + 1 : from; i < to; i++) {
                char c = line.charAt(i);
                if (c == '.' && decimals < 0) {
                    decimals = 0;
                } else if (c >= '0' && c <= '9' && scaled < Long.MAX_VALUE / 100) {
                    if (decimals < 4) {
                        scaled = scaled * 10 + (c - '0');
                        decimals = decimals < 0 ? -1 : decimals + 1;
                    } else if (decimals == 4 && c >= '5') {
                        scaled++;
                        decimals++;
                    }
                } else {
                    throw new GazetteerFormatException(file, number, "column " + (column + 1) + ": '"
                            + line.substring(from, to) + "' is not a number");
                }
            }
            if (to - from == (negative ? 1 : 0)) {
                throw new GazetteerFormatException(file, number, "column " + (column + 1) + " is empty");
            }
            for (int d = Math.max(decimals, 0); d < 4; d++) {
                scaled *= 10;
            }
            return (negative ? -scaled : scaled) / 1e4;
        }

        /** A short, often repeated field (a code), one instance shared by all places. */
        private String shared(String line, int from, int to) {
            return shared.computeIfAbsent(line.substring(from, to), k -> k);
        }

        /** The distinct keys of the name, ASCII name and comma-separated alternates at these ranges of a line. */
        private void keys(String line, int nameFrom, int nameTo, int asciiFrom, int asciiTo, int altFrom, int altTo) {
            rowKeys.clear();
            addKey(line, nameFrom, nameTo);
            addKey(line, asciiFrom, asciiTo);
            int start = altFrom;
            for (int comma = line.indexOf(',', start); comma >= 0 && comma < altTo; comma = line.indexOf(',', start)) {
                addKey(line, start, comma);
                start = comma + 1;
            }
            addKey(line, start, altTo);
        }

        private void addKey(String line, int from, int to) {
            if (from < to) {
                String key = PlaceNames.key(line, from, to);
                if (!key.isEmpty() && !rowKeys.contains(key)) {
                    rowKeys.add(key);
                }
            }
        }
    }

    /** How a data line is handled. */
    private interface LineHandler {
        void line(String text, String file, int number);
    }

    /** Calls {@code handler} for each line of a resource that is neither blank nor a {@code #} comment. */
    private static void forEachLine(String resource, LineHandler handler) {
        InputStream raw = GazetteerLoader.class.getClassLoader().getResourceAsStream(resource);
        if (raw == null) {
            throw new GazetteerFormatException(resource, 0, "missing from the classpath");
        }
        try (InputStream in = resource.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            String text;
            int number = 0;
            while ((text = reader.readLine()) != null) {
                number++;
                if (!text.isEmpty() && text.charAt(0) != '#') {
                    handler.line(text, resource, number);
                }
            }
        } catch (IOException e) {
            throw new GazetteerFormatException(resource, "cannot be read", e);
        }
    }
}
