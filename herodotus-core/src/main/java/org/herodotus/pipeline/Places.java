package org.herodotus.pipeline;

import org.herodotus.geo.EventLocator;

/** Chooses the built-in place stage, and lends its gazetteer to the actors stage. */
final class Places {

    private Places() {
    }

    static EventLocator builtIn() {
        return EventLocator.builtIn();
    }

    /** Place names to countries over the built-in gazetteer, for actors named by a place. */
    static org.herodotus.actors.PlaceCountries countries() {
        org.herodotus.geo.Gazetteer gazetteer = org.herodotus.geo.Gazetteer.loadDefault();
        org.herodotus.geo.ToponymResolver resolver = org.herodotus.geo.ToponymResolver.standard(gazetteer);
        return name -> resolver.resolve(name, org.herodotus.geo.GeoContext.NONE)
                .filter(r -> r.score() >= 0.5)
                .map(r -> r.place().countryIso3());
    }
}
