package fr.cession.sync.protocol;

import java.util.List;
import java.util.UUID;

/**
 * A person as the central database knows them, from their own authenticated login: the roles
 * are among COMMERCIAL, ADV, MANAGER, ADMINISTRATEUR, RESPONSABLE_CHEQUES; {@code site} is the code orders carry.
 */
public record CentralPerson(String login, String displayName, UUID organisationId, String organisationName,
                            String site, List<String> roles, boolean mainAccount, boolean active) {

    public CentralPerson {
        roles = List.copyOf(roles);
    }

    public boolean holds(String role) {
        return roles.contains(role);
    }
}
