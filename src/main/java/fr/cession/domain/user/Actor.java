package fr.cession.domain.user;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Who does something, and from which site: the person of the login screen (or of the command
 * line's login), never a configuration key.
 *
 * @param role  the role the person's day is organised by (their first working role)
 * @param roles every working role they hold, {@code role} included: a manager may also be an advisor
 */
public record Actor(String login, String displayName, Role role, String site, Set<Role> roles) {

    public Actor {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(site, "site");
        displayName = displayName == null || displayName.isBlank() ? login : displayName;
        EnumSet<Role> all = EnumSet.of(role);
        if (roles != null) {
            all.addAll(roles);
        }
        roles = Collections.unmodifiableSet(all);
    }

    /** A person with one role. */
    public Actor(String login, String displayName, Role role, String site) {
        this(login, displayName, role, site, Set.of(role));
    }

    public boolean holds(Role wanted) {
        return roles.contains(wanted);
    }
}
