package fr.cession.store.login;

import java.util.List;
import java.util.Objects;

/**
 * A person who logged in on this desktop, as the offline credentials keep them: who they are for
 * the central database, and the Argon2id hash of their password (never the password).
 *
 * @param roles their roles, in the order the central database gives them (COMMERCIAL, ADV, MANAGER, ADMINISTRATEUR, RESPONSABLE_CHEQUES)
 * @param organisation the organisation's name
 * @param passwordHash a {@link PasswordHash} string
 */
public record KnownPerson(String login, String displayName, List<String> roles, String site, String organisation,
                          String passwordHash) {

    public KnownPerson {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(passwordHash, "passwordHash");
        roles = List.copyOf(roles);
        displayName = displayName == null || displayName.isBlank() ? login : displayName;
        site = site == null ? "" : site;
        organisation = organisation == null ? "" : organisation;
    }
}
