package org.herodotus.eval;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.herodotus.model.Actor;
import org.herodotus.model.Event;

/**
 * The levels at which a predicted event can match a gold one ({@code shared/eval/FORMAT.md} section 4).
 * A gold event without what a level compares (a CAMEO code for root and strict, a PLOVER type for plover)
 * is optional at that level and matched on its dyad alone.
 */
public enum Level {
    /** Source and target countries equal, CAMEO root equal. */
    ROOT,
    /** Each gold actor code a prefix of the predicted one, CAMEO code equal. */
    STRICT,
    /** PLOVER type equal on 2021 names, source country equal, target country equal unless gold has none. */
    PLOVER;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether gold event {@code g} has what this level compares. */
    boolean applies(GoldEvent g) {
        return this == PLOVER ? !g.plover().isEmpty() : !g.cameo().isEmpty();
    }

    /**
     * Whether {@code e} matches {@code g} at this level; for a gold event without what the level compares,
     * whether their dyads match (such an event is optional here, and may absorb the event that reports it).
     */
    boolean matchesAsFarAsKnown(GoldEvent g, Event e) {
        return applies(g) ? matches(g, e) : sameDyad(g, e);
    }

    boolean matches(GoldEvent g, Event e) {
        return switch (this) {
            case ROOT -> sameDyad(g, e) && g.cameoRoot().equals(e.cameo().root());
            case STRICT -> prefix(g.source(), e.source()) && prefix(g.target(), e.target())
                    && g.cameo().equals(e.cameo().code());
            case PLOVER -> sameDyad(g, e) && PloverTypes.same(g.plover(), e.cameo().ploverType());
        };
    }

    /** Whether the countries match as this level compares them, whatever the event type. */
    boolean sameDyad(GoldEvent g, Event e) {
        boolean source = ActorCodes.country(g.source()).equals(country(e.source()));
        boolean target = (this == PLOVER && g.target().isEmpty())
                || ActorCodes.country(g.target()).equals(country(e.target()));
        return source && target;
    }

    /** What this level compares, on the gold side: root, code or 2021 type. */
    String goldKey(GoldEvent g) {
        return switch (this) {
            case ROOT -> g.cameoRoot();
            case STRICT -> g.cameo();
            case PLOVER -> PloverTypes.current(g.plover());
        };
    }

    /** What this level compares, on the predicted side. */
    String predictedKey(Event e) {
        return switch (this) {
            case ROOT -> e.cameo().root();
            case STRICT -> e.cameo().code();
            case PLOVER -> PloverTypes.current(e.cameo().ploverType());
        };
    }

    private static String country(Actor a) {
        return a == null ? "" : ActorCodes.country(a.code());
    }

    /**
     * Whether gold actor code {@code gold} is a prefix of the predicted actor's code. An empty gold code
     * wants no actor; PETRARCH's {@code ---} stands for "no country": the predicted actor must have none
     * and its code must start with the rest ({@code ---REB} accepts {@code REB}).
     */
    private static boolean prefix(String gold, Actor predicted) {
        if (gold.isEmpty()) {
            return predicted == null;
        }
        if (predicted == null) {
            return false;
        }
        if (gold.startsWith("---")) {
            return ActorCodes.country(predicted.code()).isEmpty() && predicted.code().startsWith(gold.substring(3));
        }
        return predicted.code().startsWith(gold);
    }
}
