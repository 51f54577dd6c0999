package fr.cession.ui.accounts;

import fr.cession.ui.i18n.Messages;

import java.util.Collection;
import java.util.Map;

/**
 * The names of the central database's codes on the "Comptes" screen: roles and journal actions.
 * A code the bundles do not know yet (a newer central database) shows as the database wrote it.
 */
final class AccountTexts {

    private static final Map<String, String> ROLES = Map.of(
            "COMMERCIAL", "accounts.role.COMMERCIAL", "ADV", "accounts.role.ADV",
            "MANAGER", "accounts.role.MANAGER", "ADMINISTRATEUR", "accounts.role.ADMINISTRATEUR",
            "RESPONSABLE_CHEQUES", "accounts.role.RESPONSABLE_CHEQUES");
    private static final Map<String, String> ACTIONS = Map.ofEntries(
            Map.entry("ORGANISATION_CREEE", "accounts.action.ORGANISATION_CREEE"),
            Map.entry("SITE_CREE", "accounts.action.SITE_CREE"),
            Map.entry("COMPTE_CREE", "accounts.action.COMPTE_CREE"),
            Map.entry("COMPTE_DESACTIVE", "accounts.action.COMPTE_DESACTIVE"),
            Map.entry("MOT_DE_PASSE_CHANGE", "accounts.action.MOT_DE_PASSE_CHANGE"),
            Map.entry("ROLES_CHANGES", "accounts.action.ROLES_CHANGES"),
            Map.entry("SITE_CHANGE", "accounts.action.SITE_CHANGE"),
            Map.entry("CONNEXION", "accounts.action.CONNEXION"),
            Map.entry("DEMANDE_APPROUVEE", "accounts.action.DEMANDE_APPROUVEE"),
            Map.entry("DEMANDE_REFUSEE", "accounts.action.DEMANDE_REFUSEE"));

    private final Messages m;

    AccountTexts(Messages m) {
        this.m = m;
    }

    String role(String code) {
        String key = ROLES.get(code);
        return key == null ? code : m.get(key);
    }

    /** The roles in the central database's order, whatever order they were ticked in. */
    String roles(Collection<String> codes) {
        return String.join(", ", AccountsDesk.ROLES.stream().filter(codes::contains).map(this::role).toList());
    }

    String action(String code) {
        String key = ACTIONS.get(code);
        return key == null ? code : m.get(key);
    }
}
