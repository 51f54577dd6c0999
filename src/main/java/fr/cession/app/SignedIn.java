package fr.cession.app;

import fr.cession.domain.user.Actor;

/**
 * The person of a login, for the session it opens. With a central database their own password is
 * kept here, in memory only and for the session alone, for the sync to connect as them.
 *
 * @param centralPassword null on a standalone desktop, or for the command line's last person
 */
record SignedIn(Actor actor, char[] centralPassword) {

    @Override
    public String toString() {
        return "SignedIn[" + actor.login() + "]";
    }
}
