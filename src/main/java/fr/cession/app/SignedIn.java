package fr.cession.app;

import fr.cession.domain.user.Actor;
import fr.cession.store.StoreKey;

/**
 * The person of a login, for the session it opens. With a central database their own password is
 * kept here, in memory only and for the session alone, for the sync to connect as them; their
 * store's key comes from the same password, so the store is unreadable without them.
 *
 * @param centralPassword null on a standalone desktop, or for the command line's last person
 * @param storeKey        null for a store kept in clear (the station's own, before anyone logged in)
 */
record SignedIn(Actor actor, char[] centralPassword, StoreKey storeKey) {

    SignedIn(Actor actor, char[] centralPassword) {
        this(actor, centralPassword, null);
    }

    @Override
    public String toString() {
        return "SignedIn[" + actor.login() + "]";
    }
}
