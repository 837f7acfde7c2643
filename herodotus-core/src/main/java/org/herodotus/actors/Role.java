package org.herodotus.actors;

import java.time.LocalDate;

/**
 * A role an entity holds over a time interval: who it acts for.
 *
 * @param code CAMEO actor code ({@code LBYGOV}, {@code IGOUNO}); codes the entity holds at once are
 *             joined by {@code /} (PETRARCH's {@code [ELR/GAL]}: Lorien is two actors)
 * @param from first day, or null when open
 * @param to   last day, or null when open
 */
public record Role(String code, LocalDate from, LocalDate to) {

    /** The codes held at once: one, or those joined by {@code /}. */
    public java.util.List<String> codes() {
        return java.util.List.of(code.split("/"));
    }

    public boolean validOn(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }

    boolean overlaps(Role other) {
        LocalDate aFrom = from == null ? LocalDate.MIN : from;
        LocalDate aTo = to == null ? LocalDate.MAX : to;
        LocalDate bFrom = other.from == null ? LocalDate.MIN : other.from;
        LocalDate bTo = other.to == null ? LocalDate.MAX : other.to;
        return !aFrom.isAfter(bTo) && !bFrom.isAfter(aTo);
    }
}
