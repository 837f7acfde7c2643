package org.herodotus.actors;

import org.herodotus.internal.DataLines;
import org.herodotus.internal.Lazy;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the knowledge-base files (formats documented in each file's header and in
 * {@code docs/knowledge-base.md}): {@code countries.tsv}, {@code agents.tsv} and {@code *.kb} entity
 * files. Problems are reported with file and line: unknown field, bad code, bad date, overlapping roles.
 */
public final class KbLoader {

    /** The files of the built-in knowledge base, in loading order. */
    public static final List<String> BUILT_IN = List.of("kb/countries.tsv", "kb/agents.tsv",
            "kb/organisations.kb", "kb/organisations-historical.kb", "kb/people.kb", "kb/people-historical.kb");
    private static final Set<String> ENTITY_TYPES = Set.of("person", "igo", "ngo", "armed_group", "party",
            "organisation", "media", "company");
    private static final Set<String> INTERNATIONAL = Set.of("IGO", "NGO", "IMG", "MNC");

    private final List<Country> countries = new ArrayList<>();
    private final Map<String, List<String>> agents = new LinkedHashMap<>();
    private final Map<String, Entity> entities = new LinkedHashMap<>();
    private final MessageDigest digest;

    public KbLoader() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final Lazy<KnowledgeBase> BUILT_IN_KB =
            Lazy.of(() -> {
                KbLoader loader = new KbLoader();
                BUILT_IN.forEach(loader::loadResource);
                return loader.build();
            });

    /** The built-in knowledge base, loaded once per JVM. */
    public static KnowledgeBase builtIn() {
        return BUILT_IN_KB.get();
    }

    public KbLoader loadResource(String resource) {
        InputStream in = KbLoader.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new KbFormatException(resource, "missing from the classpath; rebuild the jar");
        }
        return load(resource, in);
    }

    /** Reads one file; its kind is told by its name ({@code countries.tsv}, {@code agents.tsv}, {@code .kb}). */
    public KbLoader load(String name, InputStream in) {
        List<String> lines;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            lines = r.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("actors: cannot read " + name, e);
        }
        lines.forEach(l -> digest.update((l + "\n").getBytes(StandardCharsets.UTF_8)));
        if (name.endsWith("countries.tsv")) {
            readCountries(name, lines);
        } else if (name.endsWith("agents.tsv")) {
            readAgents(name, lines);
        } else if (name.endsWith(".kb")) {
            readEntities(name, lines);
        } else {
            throw new KbFormatException(name, "unknown kind of knowledge-base file; name it countries.tsv, "
                    + "agents.tsv or *.kb");
        }
        return this;
    }

    public KnowledgeBase build() {
        String hash = HexFormat.of().formatHex(digest.digest()).substring(0, 8);
        return new KnowledgeBase(countries, entities.values(), agents, "kb-" + hash);
    }

    static String stripComment(String line) {
        return DataLines.withoutComment(line);
    }

    private static List<String> values(String field) {
        if (field.equals("-") || field.isBlank()) {
            return List.of();
        }
        return Arrays.stream(field.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private void readCountries(String file, List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = stripComment(lines.get(i));
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            String where = file + ":" + (i + 1);
            if (f.length != 6) {
                throw new KbFormatException(where, "expected 6 TAB-separated columns (iso3 iso2 name other_names "
                        + "adjectives capitals), found " + f.length);
            }
            if (!f[0].matches("[A-Z]{3}") || !f[1].matches("[A-Z]{2}|-")) {
                throw new KbFormatException(where, "bad country code '" + f[0] + "'/'" + f[1]
                        + "'; use ISO 3166 alpha-3 and alpha-2");
            }
            countries.add(new Country(f[0], f[1], f[2].strip(), values(f[3]), values(f[4]), values(f[5])));
        }
    }

    private void readAgents(String file, List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = stripComment(lines.get(i));
            if (line.isBlank()) {
                continue;
            }
            String where = file + ":" + (i + 1);
            String[] f = line.split("\t");
            if (f.length != 2) {
                throw new KbFormatException(where, "expected 'phrase<TAB>sectors', found " + f.length + " columns");
            }
            List<String> sectors = List.of(f[1].strip().split("\\s+"));
            for (String s : sectors) {
                if (!KnowledgeBase.SECTORS.contains(s)) {
                    throw new KbFormatException(where, "unknown sector code '" + s + "'; known: "
                            + new java.util.TreeSet<>(KnowledgeBase.SECTORS));
                }
            }
            agents.put(f[0].strip().toLowerCase(java.util.Locale.ROOT), sectors);
        }
    }

    private void readEntities(String file, List<String> lines) {
        EntityBuilder current = null;
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i);
            String line = stripComment(raw);
            if (line.isBlank()) {
                continue;
            }
            String where = file + ":" + (i + 1);
            if (!Character.isWhitespace(line.charAt(0))) {
                String[] f = line.strip().split("\\s+");
                if (f.length != 2 || !f[0].equals("entity") || !f[1].matches("[a-z0-9_]+")) {
                    throw new KbFormatException(where, "expected 'entity ID' (ID in [a-z0-9_]) at the start "
                            + "of a block, found '" + line.strip() + "'");
                }
                finish(current);
                if (entities.containsKey(f[1])) {
                    throw new KbFormatException(where, "duplicate entity id '" + f[1] + "', first defined at "
                            + entities.get(f[1]).origin());
                }
                current = new EntityBuilder(f[1], where);
                continue;
            }
            if (current == null) {
                throw new KbFormatException(where, "indented field outside an entity block; start with 'entity ID'");
            }
            String body = line.strip();
            int sp = body.indexOf(' ');
            String field = sp < 0 ? body : body.substring(0, sp);
            String value = sp < 0 ? "" : body.substring(sp + 1).strip();
            switch (field) {
                case "type" -> {
                    if (!ENTITY_TYPES.contains(value)) {
                        throw new KbFormatException(where, "unknown type '" + value + "'; use one of "
                                + new java.util.TreeSet<>(ENTITY_TYPES));
                    }
                    current.type = value;
                }
                case "name" -> {
                    if (current.name != null) {
                        throw new KbFormatException(where, "second 'name' for " + current.id + "; use 'alias'");
                    }
                    current.name = value;
                }
                case "alias" -> current.aliases.addAll(values(value));
                case "role" -> current.roles.add(role(where, value));
                default -> throw new KbFormatException(where, "unknown field '" + field
                        + "'; an entity has type, name, alias and role");
            }
        }
        finish(current);
    }

    private Role role(String where, String value) {
        String[] f = value.split("\\s+");
        if (f.length < 1 || f.length > 3) {
            throw new KbFormatException(where, "expected 'role CODE [FROM [TO]]'");
        }
        String code = f[0];
        if (!code.matches("[A-Z]{3}([A-Z]{3})*")) {
            throw new KbFormatException(where, "bad actor code '" + code + "': 3-letter country or "
                    + "international code followed by 3-letter sector codes");
        }
        String first = code.substring(0, 3);
        boolean knownCountry = countries.stream().anyMatch(c -> c.iso3().equals(first));
        if (!knownCountry && !INTERNATIONAL.contains(first)) {
            throw new KbFormatException(where, "unknown country or international code '" + first + "' in "
                    + code + "; load countries.tsv first or use IGO, NGO, IMG, MNC");
        }
        LocalDate from = f.length > 1 ? date(where, f[1], false) : null;
        LocalDate to = f.length > 2 ? date(where, f[2], true) : null;
        if (from != null && to != null && to.isBefore(from)) {
            throw new KbFormatException(where, "role ends (" + to + ") before it begins (" + from + ")");
        }
        return new Role(code, from, to);
    }

    static LocalDate date(String where, String s, boolean end) {
        if (s.equals("..")) {
            return null;
        }
        try {
            if (s.matches("\\d{4}")) {
                int y = Integer.parseInt(s);
                return end ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1);
            }
            if (s.matches("\\d{4}-\\d{2}")) {
                LocalDate d = LocalDate.parse(s + "-01");
                return end ? d.withDayOfMonth(d.lengthOfMonth()) : d;
            }
            return LocalDate.parse(s);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new KbFormatException(where, "bad date '" + s + "'; use YYYY, YYYY-MM, YYYY-MM-DD or ..");
        }
    }

    private void finish(EntityBuilder b) {
        if (b == null) {
            return;
        }
        if (b.name == null || b.type == null) {
            throw new KbFormatException(b.origin, "entity " + b.id + " needs a 'name' and a 'type'");
        }
        for (int i = 0; i < b.roles.size(); i++) {
            for (int j = i + 1; j < b.roles.size(); j++) {
                Role x = b.roles.get(i);
                Role y = b.roles.get(j);
                if (x.overlaps(y) && !x.code().substring(0, 3).equals(y.code().substring(0, 3))) {
                    throw new KbFormatException(b.origin, "entity " + b.id + " has overlapping roles for "
                            + "different countries: " + x.code() + " and " + y.code());
                }
            }
        }
        entities.put(b.id, new Entity(b.id, b.type, b.name, b.aliases, b.roles, b.origin));
    }

    private static final class EntityBuilder {
        final String id;
        final String origin;
        String type;
        String name;
        final List<String> aliases = new ArrayList<>();
        final List<Role> roles = new ArrayList<>();

        EntityBuilder(String id, String origin) {
            this.id = id;
            this.origin = origin;
        }
    }
}
