package fr.cession.ui.accounts;

import fr.cession.sync.protocol.CentralPerson;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * The organisation's accounts at the central database, as the "Comptes" screen uses them. Every
 * call is made with the logged-in person's own central login, so the central database decides
 * what they may do; a refusal comes back as {@link RefusedException} with its French reason.
 * Each call may take a network round trip: the screen runs them off the FX thread.
 * Implemented in the composition root over the central account functions.
 */
public interface AccountsDesk {

    /** The roles a person may hold at the central database, in the order the screen shows them. */
    List<String> ROLES = List.of("COMMERCIAL", "ADV", "MANAGER", "ADMINISTRATEUR", "RESPONSABLE_CHEQUES");

    /**
     * What the person of this desktop may do here, from the central database's own answer.
     *
     * @param manage      creates, disables and changes people (the main account or an ADMINISTRATEUR)
     * @param readJournal reads the account journal (the main account or a MANAGER)
     */
    record Access(String login, String organisation, boolean manage, boolean readJournal) {
    }

    /** A site of the organisation: {@code code} is what orders and people carry. */
    record Site(String code, String name) {
    }

    /** One line of the account journal (audit trail): who did what, on whom. */
    record JournalLine(Instant at, String actor, String action, String target, String detail) {
    }

    /** An open activity of a disabled person, to hand to someone else. */
    record OpenActivity(String orderNumber, String title, Instant dueAt) {
    }

    /** The central database refused the request; the message is its reason, in French. */
    final class RefusedException extends RuntimeException {
        public RefusedException(String reason, Throwable cause) {
            super(reason, cause);
        }
    }

    /** False on a desktop that works without a central database: there are no accounts to run here. */
    boolean available();

    /** Who is asking and what they may do; empty-handed (no right) rather than an error for an advisor. */
    Access access();

    /** The people of the organisation, by name. */
    List<CentralPerson> people();

    List<Site> sites();

    /** Creates the account with a drawn password and returns it, to be shown once and handed over. */
    char[] create(String login, String displayName, String site, Collection<String> roles);

    void disable(String login);

    /** What the person is still in charge of: to reassign once they are disabled. */
    List<OpenActivity> openActivitiesOf(String login);

    /** Gives the person a new drawn password and returns it, to be shown once. */
    char[] resetPassword(String login);

    void setRoles(String login, Collection<String> roles);

    void moveToSite(String login, String site);

    /** The journal since {@code since} (null: all of it), oldest first. */
    List<JournalLine> journal(Instant since);

    /** Writes these lines as the command line's CSV does (for Excel, formulas made inert). */
    void exportJournal(List<JournalLine> lines, Path file);

    /** A standalone desktop: nothing to run, and the screen says why. */
    AccountsDesk NONE = new AccountsDesk() {
        @Override
        public boolean available() {
            return false;
        }

        @Override
        public Access access() {
            return new Access("", "", false, false);
        }

        @Override
        public List<CentralPerson> people() {
            return List.of();
        }

        @Override
        public List<Site> sites() {
            return List.of();
        }

        @Override
        public char[] create(String login, String displayName, String site, Collection<String> roles) {
            throw new UnsupportedOperationException("no central database");
        }

        @Override
        public void disable(String login) {
            throw new UnsupportedOperationException("no central database");
        }

        @Override
        public List<OpenActivity> openActivitiesOf(String login) {
            return List.of();
        }

        @Override
        public char[] resetPassword(String login) {
            throw new UnsupportedOperationException("no central database");
        }

        @Override
        public void setRoles(String login, Collection<String> roles) {
            throw new UnsupportedOperationException("no central database");
        }

        @Override
        public void moveToSite(String login, String site) {
            throw new UnsupportedOperationException("no central database");
        }

        @Override
        public List<JournalLine> journal(Instant since) {
            return List.of();
        }

        @Override
        public void exportJournal(List<JournalLine> lines, Path file) {
            throw new UnsupportedOperationException("no central database");
        }
    };
}
