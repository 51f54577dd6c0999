package fr.cession.domain.timer;

import fr.cession.domain.user.Actor;
import fr.cession.domain.user.Role;

/**
 * Who the history names when a timed outcome fires: not the person whose desktop noticed it
 * first, so that every desktop writes the same change (and the central database, seeing this
 * name on a change, knows it came from a timer).
 */
public final class TimerActor {

    public static final String LOGIN = "echeance";
    public static final String NAME = "Échéance automatique";

    /**
     * Who the history names when the central database takes a timed outcome back because a person
     * had acted before its due instant and their change arrived later (issue 10).
     */
    public static final String BEATEN_LOGIN = "echeance_devancee";
    public static final String BEATEN_NAME = "Échéance devancée (une personne avait agi avant)";

    private TimerActor() {
    }

    /** @param role the role the outcome acts for: a manager's activity is created with the manager role */
    public static Actor on(String site, Role role) {
        return new Actor(LOGIN, NAME, role, site);
    }

    public static boolean isTimer(String login) {
        return LOGIN.equals(login);
    }
}
