package fr.cession.ui.i18n;

import fr.cession.domain.timer.TimerActor;
import fr.cession.domain.user.Actor;

import java.util.HashMap;
import java.util.Map;

/**
 * The name a person reads for a login written in the data (who changed, ticked, validated): the
 * station's user's own name, the names of other known people (the demonstration team), else the
 * login itself, which is still what that person types to sign in.
 */
public final class PersonNames {

    private final Map<String, String> names;

    public PersonNames(Actor localUser, Map<String, String> known) {
        this.names = withTimers(known);
        names.put(localUser.login(), localUser.displayName());
    }

    public static PersonNames of(Map<String, String> known) {
        return new PersonNames(known);
    }

    private PersonNames(Map<String, String> known) {
        this.names = withTimers(known);
    }

    /** A timed outcome, and its taking back by the central database, are no person: the history names them. */
    private static Map<String, String> withTimers(Map<String, String> known) {
        Map<String, String> out = new HashMap<>(known);
        out.putIfAbsent(TimerActor.LOGIN, TimerActor.NAME);
        out.putIfAbsent(TimerActor.BEATEN_LOGIN, TimerActor.BEATEN_NAME);
        return out;
    }

    /** @return "" for no one */
    public String name(String login) {
        if (login == null || login.isBlank()) {
            return "";
        }
        return names.getOrDefault(login, login);
    }
}
