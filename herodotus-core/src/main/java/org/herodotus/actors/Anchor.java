package org.herodotus.actors;

import java.util.List;

/**
 * What a phrase of the text can stand for: an entity, a country (by name, adjective or capital) or a
 * sector word. One phrase can carry several anchors ("Jordan" the country and a person's alias).
 */
sealed interface Anchor {

    /** An alias of a knowledge-base entity. */
    record EntityName(Entity entity) implements Anchor {
    }

    /** A country named, described by an adjective, or stood for by its capital. */
    record CountryWord(Country country, Kind kind) implements Anchor {
        enum Kind { NAME, ADJECTIVE, CAPITAL }
    }

    /** A word for an agent ("minister", "forces") with its sector codes. */
    record AgentWord(List<String> sectors) implements Anchor {
    }
}
