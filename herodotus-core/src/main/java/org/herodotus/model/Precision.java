package org.herodotus.model;

import java.util.Locale;

/** How precisely a date or place is known. */
public enum Precision {
    DAY, MONTH, YEAR, PLACE, ADMIN1, COUNTRY, UNKNOWN;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
