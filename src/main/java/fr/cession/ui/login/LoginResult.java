package fr.cession.ui.login;

import fr.cession.domain.user.Actor;

/** What a login attempt gave. */
public sealed interface LoginResult {

    /**
     * The person is who they said.
     *
     * @param offline checked against this desktop's copy, the central database being out of reach
     * @param opener  opens that person's store and sync (slow: off the FX thread)
     */
    record Accepted(Actor actor, boolean offline, DesktopOpener opener) implements LoginResult {
    }

    /**
     * Not let in; {@code reason} says why in French.
     *
     * @param wrongPassword a failed guess, which makes the next attempt wait longer
     */
    record Refused(String reason, boolean wrongPassword) implements LoginResult {
    }

    /** A standalone desktop does not know this login: the person may create it here after confirming. */
    record ConfirmLocalAccount(String login) implements LoginResult {
    }
}
