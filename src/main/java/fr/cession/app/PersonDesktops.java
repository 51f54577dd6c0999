package fr.cession.app;

import fr.cession.domain.playbook.Playbook;
import fr.cession.domain.time.FrenchCalendar;
import fr.cession.store.StoreKey;
import fr.cession.store.StoreKeyMismatchException;
import fr.cession.ui.login.DesktopOpener;

import java.time.Clock;
import java.util.function.Function;

/** What a login opens: the person's own store, encrypted with their key, and its sync. */
final class PersonDesktops {

    private PersonDesktops() {
    }

    static Function<SignedIn, DesktopOpener.OpenedDesktop> opener(AppConfig config, AppModule module,
                                                                   Playbook playbook, Clock clock,
                                                                   FrenchCalendar calendar) {
        return who -> {
            AppConfig own = config.withDatabaseFile(PersonStores.storeFor(config, who.actor().login()));
            DesktopSession session;
            try {
                session = module.openDesktop(own, who, playbook, clock, calendar);
            } catch (StoreKeyMismatchException e) {
                // The central database took a new password (reset by the account holder): the old store,
                // locked with the old one, is kept aside and the person starts again from the central copy.
                if (who.centralPassword() == null) {
                    throw e;
                }
                PersonStores.setAside(own.databaseFile(), clock);
                SignedIn renewed = new SignedIn(who.actor(), who.centralPassword(),
                        StoreKey.forStore(own.databaseFile(), who.centralPassword()));
                session = module.openDesktop(own, renewed, playbook, clock, calendar);
            }
            return new DesktopOpener.OpenedDesktop(session.dependencies(), session, session.diagnosis());
        };
    }
}
