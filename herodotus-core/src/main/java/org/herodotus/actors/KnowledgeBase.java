package org.herodotus.actors;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The actor knowledge base: countries, entities with time-valid roles, and sector words, indexed for
 * matching token sequences. Immutable once built; safe to share between threads.
 */
public final class KnowledgeBase {

    /** Sector and international codes that a role or agent may use. */
    public static final java.util.Set<String> SECTORS = java.util.Set.of(
            "GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "LEG", "BUS", "MED", "EDU", "REL", "HLH", "CVL",
            "REF", "INS", "SPY", "UAF", "IGO", "NGO", "NGM", "IMG", "LAB", "AGR", "ELI", "CRM", "HRI", "ENV",
            "MNC", "SEP", "RAD", "MOD", "DEV", "AMN", "IRC", "HRW", "MSF", "UNO", "PKO", "SET", "ITL", "GRN",
            "PRO", "DIP", "MUS", "CHR", "JEW", "BUD", "HIN", "SHI", "SUN");

    private final Map<String, Country> countries;
    private final Map<String, Entity> entities;
    private final Map<String, List<String>> agents;
    private final PhraseIndex index;
    private final Map<String, List<Entity>> surnames;
    private final String version;
    private final boolean agentsWithoutCountry;

    KnowledgeBase(Collection<Country> countries, Collection<Entity> entities, Map<String, List<String>> agents,
                  String version) {
        this(countries, entities, agents, version, false);
    }

    private KnowledgeBase(Collection<Country> countries, Collection<Entity> entities,
                          Map<String, List<String>> agents, String version, boolean agentsWithoutCountry) {
        this.agentsWithoutCountry = agentsWithoutCountry;
        Map<String, Country> c = new HashMap<>();
        countries.forEach(x -> c.put(x.iso3(), x));
        Map<String, Entity> e = new HashMap<>();
        entities.forEach(x -> e.put(x.id(), x));
        this.countries = Map.copyOf(c);
        this.entities = Map.copyOf(e);
        this.agents = Map.copyOf(agents);
        this.version = version;
        this.index = PhraseIndex.build(countries, entities, agents);
        this.surnames = surnameIndex(entities);
    }

    /**
     * The base's countries with extra entities and agents (read from PETRARCH dictionaries by
     * {@link PetrarchActors}): with {@code replace} they stand instead of the base's entities and agents,
     * otherwise they go on top and win over a base entity of the same id or a base agent of the same
     * phrase. Extra roles are not checked against the countries. The version is the base's plus
     * {@code +petr-} and a hash of the extras. With extra agents, an agent whose country the text does
     * not give is coded as PETRARCH codes it, {@code ---} and its sectors ({@link #agentsWithoutCountry()}).
     */
    public static KnowledgeBase combine(KnowledgeBase base, Collection<Entity> extraEntities,
                                        Map<String, List<String>> extraAgents, boolean replace) {
        Map<String, Entity> entities = new LinkedHashMap<>();
        Map<String, List<String>> agents = new LinkedHashMap<>();
        if (!replace) {
            base.entities.values().stream().sorted(Comparator.comparing(Entity::id))
                    .forEach(e -> entities.put(e.id(), e));
            agents.putAll(new java.util.TreeMap<>(base.agents));
        }
        extraEntities.forEach(e -> entities.put(e.id(), e));
        agents.putAll(extraAgents);
        List<Country> countries = base.countries.values().stream().sorted(Comparator.comparing(Country::iso3))
                .toList();
        return new KnowledgeBase(countries, entities.values(), agents,
                base.version + "+petr-" + PetrarchActors.fingerprint(extraEntities, extraAgents),
                base.agentsWithoutCountry || !extraAgents.isEmpty());
    }

    private static Map<String, List<Entity>> surnameIndex(Collection<Entity> entities) {
        Map<String, List<Entity>> out = new HashMap<>();
        for (Entity e : entities) {
            if (!e.isPerson()) {
                continue;
            }
            List<String> names = new ArrayList<>(e.aliases());
            names.add(e.name());
            for (String n : names) {
                List<String> keys = Names.keys(n);
                if (!keys.isEmpty() && keys.get(keys.size() - 1).length() >= 4) {
                    List<Entity> list = out.computeIfAbsent(keys.get(keys.size() - 1), k -> new ArrayList<>());
                    if (!list.contains(e)) {
                        list.add(e);
                    }
                }
            }
        }
        return out;
    }

    /**
     * Whether an agent whose country the text does not give ("officials said", "insurgents bombarded")
     * is an actor of its own, coded {@code ---} and its sectors ({@code ---GOV}), as PETRARCH dictionaries
     * code it. The built-in knowledge base leaves such agents out: an event with no country on a side
     * says little about relations between states, and the PLOVER gold we measure with has none.
     */
    public boolean agentsWithoutCountry() {
        return agentsWithoutCountry;
    }

    public Optional<Country> country(String iso3) {
        return Optional.ofNullable(countries.get(iso3));
    }

    public Optional<Entity> entity(String id) {
        return Optional.ofNullable(entities.get(id));
    }

    public Collection<Country> countries() {
        return countries.values();
    }

    public Collection<Entity> entities() {
        return entities.values();
    }

    /** Sector words and phrases with their sectors. */
    public Map<String, List<String>> agents() {
        return agents;
    }

    PhraseIndex index() {
        return index;
    }

    /** Person entities by the key of the last word of any of their names, for fuzzy matching. */
    Map<String, List<Entity>> surnames() {
        return surnames;
    }

    /** Content version, written into every event's {@code coder} field. */
    public String version() {
        return version;
    }

    /** Number of aliases over all entities, names included. */
    public int aliasCount() {
        return entities.values().stream().mapToInt(e -> e.aliases().size() + 1).sum();
    }

    public int roleCount() {
        return entities.values().stream().mapToInt(e -> e.roles().size()).sum();
    }
}
