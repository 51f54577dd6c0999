package fr.cession.app;

import fr.cession.cli.accounts.AccountJournalCsv;
import fr.cession.cli.accounts.PasswordDraw;
import fr.cession.sync.central.CentralAccounts;
import fr.cession.sync.central.CentralAccounts.AccountEvent;
import fr.cession.sync.central.CentralAccounts.AccountRefusedException;
import fr.cession.sync.protocol.CentralPerson;
import fr.cession.ui.accounts.AccountsDesk;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

/**
 * The "Comptes" screen over the central database's account functions, called with the logged-in
 * person's own login: the same {@link CentralAccounts} calls, password draw and CSV as the
 * {@code comptes} command, so the screen and the command line cannot disagree.
 */
final class CentralAccountsDesk implements AccountsDesk {

    private final CentralAccounts central;
    private final ZoneId zone;

    /** @param zone the zone the journal's CSV dates are written in (the desktop's) */
    CentralAccountsDesk(CentralAccounts central, ZoneId zone) {
        this.central = central;
        this.zone = zone;
    }

    @Override
    public boolean available() {
        return true;
    }

    /**
     * The rights the central functions check, read from the person's own record: the screen shows
     * only what will be accepted, and the central database still refuses anything else.
     */
    @Override
    public Access access() {
        return ask(() -> central.whoAmI().map(p -> new Access(p.login(), p.organisationName(),
                        p.mainAccount() || p.holds("ADMINISTRATEUR"), p.mainAccount() || p.holds("MANAGER")))
                .orElseGet(() -> new Access("", "", false, false)));
    }

    @Override
    public List<CentralPerson> people() {
        return ask(central::people);
    }

    @Override
    public List<Site> sites() {
        return ask(() -> central.sites().stream().map(s -> new Site(s.code(), s.name())).toList());
    }

    @Override
    public char[] create(String login, String displayName, String site, Collection<String> roles) {
        return ask(() -> {
            // a person creates people of their own organisation only: the central database says which
            CentralPerson me = central.whoAmI().orElseThrow(() -> new RefusedException(
                    "ce compte n'appartient à aucune organisation : la création se fait avec « comptes creer --organisation ».",
                    null));
            char[] password = PasswordDraw.draw();
            central.createPerson(login, password, displayName, me.organisationId(), site, roles, false);
            return password;
        });
    }

    @Override
    public void disable(String login) {
        ask(() -> {
            central.disable(login);
            return null;
        });
    }

    @Override
    public List<OpenActivity> openActivitiesOf(String login) {
        return ask(() -> central.openActivitiesOf(login).stream()
                .map(a -> new OpenActivity(a.orderNumber(), a.title(), a.dueAt())).toList());
    }

    @Override
    public char[] resetPassword(String login) {
        return ask(() -> {
            char[] password = PasswordDraw.draw();
            central.resetPassword(login, password);
            return password;
        });
    }

    @Override
    public void setRoles(String login, Collection<String> roles) {
        ask(() -> {
            central.setRoles(login, roles);
            return null;
        });
    }

    @Override
    public void moveToSite(String login, String site) {
        ask(() -> {
            central.moveToSite(login, site);
            return null;
        });
    }

    @Override
    public List<JournalLine> journal(java.time.Instant since) {
        return ask(() -> central.journal(since).stream()
                .map(e -> new JournalLine(e.at(), e.actor(), e.action(), e.target(), e.detail())).toList());
    }

    @Override
    public void exportJournal(List<JournalLine> lines, Path file) {
        AccountJournalCsv.write(lines.stream()
                .map(l -> new AccountEvent(l.at(), l.actor(), l.action(), l.target(), l.detail())).toList(), file, zone);
    }

    /**
     * The central database's refusal, with its French reason, for the screen to say as it is. Any
     * other failure (network, server down) stays as it is: the screen says the database did not answer.
     */
    private static <T> T ask(Supplier<T> request) {
        try {
            return request.get();
        } catch (AccountRefusedException e) {
            throw new RefusedException(e.getMessage(), e);
        }
    }

}
