package org.herodotus.geo;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The gazetteer's places, stored by column (ids, coordinates, codes) rather than as one object each, so
 * that 200,000 places take a few MB; {@link #place(int)} builds a {@link Place} on demand.
 */
final class PlaceTable {

    private final long[] ids;
    private final byte[] nameBytes;
    private final int[] nameStarts;
    private final int[] lat;
    private final int[] lon;
    private final int[] population;
    private final short[] feature;
    private final String[] featureClasses;
    private final String[] featureCodes;
    private final short[] country;
    private final List<String> countries;
    private final String[] admin1;

    private PlaceTable(Builder b) {
        int n = b.size;
        ids = Arrays.copyOf(b.ids, n);
        nameBytes = Arrays.copyOf(b.nameBytes, b.nameBytesUsed);
        nameStarts = Arrays.copyOf(b.nameStarts, n + 1);
        lat = Arrays.copyOf(b.lat, n);
        lon = Arrays.copyOf(b.lon, n);
        population = Arrays.copyOf(b.population, n);
        feature = Arrays.copyOf(b.feature, n);
        featureClasses = b.featureClasses.toArray(new String[0]);
        featureCodes = b.featureCodes.toArray(new String[0]);
        country = Arrays.copyOf(b.country, n);
        countries = List.copyOf(b.countries);
        admin1 = Arrays.copyOf(b.admin1, n);
    }

    int size() {
        return ids.length;
    }

    Place place(int i) {
        return new Place(ids[i], name(i), countryIso3(i), admin1[i], lat[i] / 1e4, lon[i] / 1e4,
                featureClasses[feature[i]], featureCodes[feature[i]], population[i]);
    }

    String name(int i) {
        return new String(nameBytes, nameStarts[i], nameStarts[i + 1] - nameStarts[i], StandardCharsets.UTF_8);
    }

    String countryIso3(int i) {
        return country[i] < 0 ? null : countries.get(country[i]);
    }

    String admin1(int i) {
        return admin1[i];
    }

    String featureCode(int i) {
        return featureCodes[feature[i]];
    }

    int population(int i) {
        return population[i];
    }

    /** Appends places; not thread-safe. */
    static final class Builder {

        private int size;
        private long[] ids;
        private byte[] nameBytes;
        private int nameBytesUsed;
        private int[] nameStarts;
        private int[] lat;
        private int[] lon;
        private int[] population;
        private short[] feature;
        private final List<String> featureClasses = new ArrayList<>();
        private final List<String> featureCodes = new ArrayList<>();
        private final Map<String, Short> featureIds = new HashMap<>();
        private short[] country;
        private final List<String> countries = new ArrayList<>();
        private final Map<String, Short> countryIds = new HashMap<>();
        private String[] admin1;
        private final Map<String, String> admin1Codes = new HashMap<>();

        /** A builder sized for about this many places, so that loading does not copy arrays. */
        Builder(int expectedPlaces) {
            int n = Math.max(expectedPlaces, 16);
            ids = new long[n];
            nameBytes = new byte[n * 12];
            nameStarts = new int[n + 1];
            lat = new int[n];
            lon = new int[n];
            population = new int[n];
            feature = new short[n];
            country = new short[n];
            admin1 = new String[n];
        }

        /** Adds a place and returns its index. */
        int add(long id, String name, String countryIso3, String admin1Code, double latitude, double longitude,
                String featureClass, String featureCode, long people) {
            if (size == ids.length) {
                grow();
            }
            int i = size++;
            ids[i] = id;
            byte[] utf8 = name.getBytes(StandardCharsets.UTF_8);
            while (nameBytesUsed + utf8.length > nameBytes.length) {
                nameBytes = Arrays.copyOf(nameBytes, nameBytes.length * 2);
            }
            System.arraycopy(utf8, 0, nameBytes, nameBytesUsed, utf8.length);
            nameBytesUsed += utf8.length;
            nameStarts[i + 1] = nameBytesUsed;
            lat[i] = (int) Math.round(latitude * 1e4);
            lon[i] = (int) Math.round(longitude * 1e4);
            population[i] = (int) Math.min(Integer.MAX_VALUE, people);
            feature[i] = featureId(featureClass, featureCode);
            country[i] = countryIso3 == null ? -1 : countryIds.computeIfAbsent(countryIso3, k -> {
                countries.add(k);
                return (short) (countries.size() - 1);
            });
            admin1[i] = admin1Code == null || admin1Code.isEmpty() ? null
                    : admin1Codes.computeIfAbsent(admin1Code, k -> k);
            return i;
        }

        private short featureId(String featureClass, String featureCode) {
            Short id = featureIds.get(featureCode);
            if (id != null && featureClasses.get(id).equals(featureClass)) {
                return id;
            }
            for (int k = 0; k < featureCodes.size(); k++) {
                if (featureCodes.get(k).equals(featureCode) && featureClasses.get(k).equals(featureClass)) {
                    return (short) k;
                }
            }
            featureClasses.add(featureClass);
            featureCodes.add(featureCode);
            short added = (short) (featureCodes.size() - 1);
            featureIds.putIfAbsent(featureCode, added);
            return added;
        }

        private void grow() {
            int n = ids.length * 2;
            ids = Arrays.copyOf(ids, n);
            nameStarts = Arrays.copyOf(nameStarts, n + 1);
            lat = Arrays.copyOf(lat, n);
            lon = Arrays.copyOf(lon, n);
            population = Arrays.copyOf(population, n);
            feature = Arrays.copyOf(feature, n);
            country = Arrays.copyOf(country, n);
            admin1 = Arrays.copyOf(admin1, n);
        }

        PlaceTable build() {
            return new PlaceTable(this);
        }
    }
}
