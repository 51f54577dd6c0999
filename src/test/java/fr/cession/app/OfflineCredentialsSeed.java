package fr.cession.app;

import fr.cession.store.login.KnownPerson;
import fr.cession.store.login.OfflineCredentials;
import fr.cession.store.login.PasswordHash;

import java.nio.file.Path;

/** A person who already logged in on the desktop whose data folder is {@code data}. */
final class OfflineCredentialsSeed {

    private OfflineCredentialsSeed() {
    }

    static void person(Path data, String login, String password) {
        OfflineCredentials.in(data).remember(new KnownPerson(login, login, PersonLogin.LOCAL_ROLES, "PARIS",
                PersonLogin.STANDALONE_ORGANISATION, new PasswordHash().hash(password.toCharArray())));
    }
}
