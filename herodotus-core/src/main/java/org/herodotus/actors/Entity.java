package org.herodotus.actors;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A knowledge-base entity: a person, organisation, armed group or international body.
 *
 * @param id      stable id, unique across the knowledge base
 * @param type    {@code person}, {@code igo}, {@code ngo}, {@code armed_group}, {@code party},
 *                {@code organisation}, {@code media}, {@code company}
 * @param name    canonical name
 * @param aliases other names, spellings and abbreviations
 * @param roles   time-valid roles
 * @param origin  file and line where the entity is defined, for error messages
 */
public record Entity(String id, String type, String name, List<String> aliases, List<Role> roles, String origin) {

    public Entity {
        aliases = List.copyOf(aliases);
        roles = List.copyOf(roles);
    }

    public boolean isPerson() {
        return "person".equals(type);
    }

    /**
     * The role on a date. With no date, or no role valid on it, the latest role that began before the
     * date (or the latest of all) stands in: a former minister still belongs to his country.
     */
    public Optional<Role> roleOn(LocalDate date) {
        if (roles.isEmpty()) {
            return Optional.empty();
        }
        if (date != null) {
            for (Role r : roles) {
                if (r.validOn(date)) {
                    return Optional.of(r);
                }
            }
        }
        Comparator<Role> byStart = Comparator.comparing(r -> r.from() == null ? LocalDate.MIN : r.from());
        return roles.stream()
                .filter(r -> date == null || r.from() == null || !r.from().isAfter(date))
                .max(byStart)
                .or(() -> roles.stream().min(byStart));
    }

    /** Whether a role is valid on the date itself, not only standing in for one. */
    public boolean activeOn(LocalDate date) {
        return date == null || roles.stream().anyMatch(r -> r.validOn(date));
    }
}
