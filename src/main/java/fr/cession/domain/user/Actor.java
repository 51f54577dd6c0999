package fr.cession.domain.user;

import java.util.Objects;

/**
 * Who does something, and from which desktop site. Until accounts exist it comes from the
 * configuration; a real login will produce the same value.
 */
public record Actor(String login, String displayName, Role role, String site) {

    public Actor {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(site, "site");
        displayName = displayName == null || displayName.isBlank() ? login : displayName;
    }
}
