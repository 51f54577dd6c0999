package fr.cession.ui.fakes;

import fr.cession.sync.protocol.CentralPerson;
import fr.cession.ui.accounts.AccountsDesk;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An organisation's accounts in memory, with the central database's main rules (its own
 * organisation, nobody changes their own roles or disables themselves) and its French refusals.
 */
public final class FakeAccountsDesk implements AccountsDesk {

    public static final UUID ORG = UUID.randomUUID();

    private final Access access;
    private final Map<String, CentralPerson> people = new ConcurrentHashMap<>();
    public final List<JournalLine> journal = new CopyOnWriteArrayList<>();
    public final Map<String, List<OpenActivity>> open = new ConcurrentHashMap<>();
    public final List<Path> exported = new CopyOnWriteArrayList<>();
    public final List<Instant> journalSince = new CopyOnWriteArrayList<>();
    public volatile boolean offline;
    private int drawn;

    public FakeAccountsDesk(Access access) {
        this.access = access;
    }

    /** The main account of "Distributeur Lyon", with Alice and Bruno. */
    public static FakeAccountsDesk mainAccount() {
        FakeAccountsDesk desk = new FakeAccountsDesk(new Access("chef_lyon", "Distributeur Lyon", true, true));
        desk.add("chef_lyon", "Chef de Lyon", "LYON", List.of("ADMINISTRATEUR", "MANAGER"), true);
        desk.add("alice", "Alice Martin", "LYON", List.of("COMMERCIAL"), true);
        desk.add("bruno", "Bruno Petit", "PARIS", List.of("ADV"), true);
        desk.journal.add(new JournalLine(Instant.parse("2026-03-09T08:00:00Z"), "alice", "CONNEXION", null, null));
        return desk;
    }

    public void add(String login, String name, String site, List<String> roles, boolean active) {
        people.put(login, new CentralPerson(login, name, ORG, null, site, roles, false, active));
    }

    public CentralPerson person(String login) {
        return people.get(login);
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public Access access() {
        reach();
        return access;
    }

    @Override
    public List<CentralPerson> people() {
        reach();
        return people.values().stream().sorted(java.util.Comparator.comparing(CentralPerson::displayName)).toList();
    }

    @Override
    public List<Site> sites() {
        return List.of(new Site("LYON", "Lyon"), new Site("PARIS", "Paris"));
    }

    @Override
    public char[] create(String login, String displayName, String site, Collection<String> roles) {
        reach();
        manage();
        if (people.containsKey(login)) {
            throw new RefusedException("Identifiant « " + login + " » : déjà pris sur ce serveur.", null);
        }
        add(login, displayName, site, List.copyOf(roles), true);
        log("COMPTE_CREE", login, displayName + ", site " + site);
        return ("Mot2passe" + (++drawn) + "abcdefg").toCharArray();
    }

    @Override
    public void disable(String login) {
        CentralPerson p = target(login);
        if (login.equals(access.login())) {
            throw new RefusedException("On ne désactive pas son propre compte.", null);
        }
        people.put(login, new CentralPerson(login, p.displayName(), ORG, null, p.site(), p.roles(), false, false));
        log("COMPTE_DESACTIVE", login, null);
    }

    @Override
    public List<OpenActivity> openActivitiesOf(String login) {
        return open.getOrDefault(login, List.of());
    }

    @Override
    public char[] resetPassword(String login) {
        target(login);
        log("MOT_DE_PASSE_CHANGE", login, null);
        return ("Nouveau" + (++drawn) + "motdepasse").toCharArray();
    }

    @Override
    public void setRoles(String login, Collection<String> roles) {
        CentralPerson p = target(login);
        if (login.equals(access.login())) {
            throw new RefusedException("On ne change pas ses propres rôles : demandez-le à un autre administrateur.", null);
        }
        people.put(login, new CentralPerson(login, p.displayName(), ORG, null, p.site(), List.copyOf(roles), false,
                p.active()));
        log("ROLES_CHANGES", login, String.join(", ", p.roles()) + " → " + String.join(", ", roles));
    }

    @Override
    public void moveToSite(String login, String site) {
        CentralPerson p = target(login);
        people.put(login, new CentralPerson(login, p.displayName(), ORG, null, site, p.roles(), false, p.active()));
        log("SITE_CHANGE", login, p.site() + " → " + site);
    }

    @Override
    public List<JournalLine> journal(Instant since) {
        reach();
        journalSince.add(since == null ? Instant.EPOCH : since);
        return new ArrayList<>(journal);
    }

    @Override
    public void exportJournal(List<JournalLine> lines, Path file) {
        exported.add(file);
    }

    private CentralPerson target(String login) {
        reach();
        manage();
        CentralPerson p = people.get(login);
        if (p == null) {
            throw new RefusedException("Compte « " + login + " » inconnu.", null);
        }
        return p;
    }

    private void manage() {
        if (!access.manage()) {
            throw new RefusedException("Compte « " + access.login() + " » : seuls le compte principal de l'organisation"
                    + " et un administrateur gèrent les comptes.", null);
        }
    }

    private void reach() {
        if (offline) {
            throw new IllegalStateException("Connection refused");
        }
    }

    private void log(String action, String target, String detail) {
        journal.add(new JournalLine(Instant.parse("2026-03-10T09:00:00Z"), access.login(), action, target, detail));
    }
}
