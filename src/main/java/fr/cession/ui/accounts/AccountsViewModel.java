package fr.cession.ui.accounts;

import fr.cession.sync.protocol.CentralPerson;
import fr.cession.ui.UiContext;
import fr.cession.ui.accounts.AccountsDesk.Access;
import fr.cession.ui.accounts.AccountsDesk.JournalLine;
import fr.cession.ui.accounts.AccountsDesk.OpenActivity;
import fr.cession.ui.accounts.AccountsDesk.Site;
import fr.cession.ui.i18n.Messages;
import fr.cession.ui.task.BackgroundTask;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * "Comptes" (Ctrl+5): the organisation's people at the central database, and its account journal.
 * The main account or an ADMINISTRATEUR creates, disables, re-roles, moves and resets; a manager
 * reads and exports the journal. The central database decides every request (its refusal is shown
 * as it says it, in French); this model only hides what it would refuse, and runs every call off
 * the FX thread, the list and the journal read again in the same task so the screen never lags.
 */
public final class AccountsViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(AccountsViewModel.class);

    /** How far back the journal reads: the whole trail grows with every login. */
    public enum Period {
        WEEK(7), MONTH(30), QUARTER(90), ALL(0);

        private final int days;

        Period(int days) {
            this.days = days;
        }

        Instant since(Instant now) {
            return days == 0 ? null : now.minus(java.time.Duration.ofDays(days));
        }
    }

    /** A password just drawn for someone, shown once to be handed over. */
    public record IssuedPassword(String login, String displayName, String password) {
    }

    private record Loaded(Access access, List<CentralPerson> people, List<Site> sites, List<JournalLine> journal) {
    }

    private record Changed<T>(T result, Loaded loaded) {
    }

    private final UiContext ctx;
    private final AccountsDesk desk;
    private final AccountTexts texts;
    private final ReadOnlyObjectWrapper<Access> access = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<IssuedPassword> issued = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper reassignFrom = new ReadOnlyStringWrapper("");
    private final ObservableList<CentralPerson> people = FXCollections.observableArrayList();
    private final ObservableList<Site> sites = FXCollections.observableArrayList();
    private final ObservableList<JournalLine> journal = FXCollections.observableArrayList();
    private final ObservableList<OpenActivity> toReassign = FXCollections.observableArrayList();
    // one read-only view of each list: a fresh wrapper per call would drop the screen's listeners once collected
    private final ObservableList<CentralPerson> peopleView = FXCollections.unmodifiableObservableList(people);
    private final ObservableList<Site> sitesView = FXCollections.unmodifiableObservableList(sites);
    private final ObservableList<JournalLine> journalView = FXCollections.unmodifiableObservableList(journal);
    private final ObservableList<OpenActivity> toReassignView = FXCollections.unmodifiableObservableList(toReassign);
    private final ObjectProperty<Period> period = new SimpleObjectProperty<>(Period.MONTH);

    public AccountsViewModel(UiContext ctx, AccountsDesk desk) {
        this.ctx = ctx;
        this.desk = desk;
        this.texts = new AccountTexts(ctx.messages());
    }

    /** What the person may do here, once the central database said it; null before. */
    public ReadOnlyObjectProperty<Access> accessProperty() {
        return access.getReadOnlyProperty();
    }

    /** Why the screen shows nothing (standalone, no right, central database out of reach); empty otherwise. */
    public ReadOnlyStringProperty refusalProperty() {
        return refusal.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What the last change did, for the screen to say; empty before any. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** The password to hand over, until the person says it is noted; null otherwise. */
    public ReadOnlyObjectProperty<IssuedPassword> issuedProperty() {
        return issued.getReadOnlyProperty();
    }

    /** Whose open activities {@link #toReassign()} lists (a name), empty when none is shown. */
    public ReadOnlyStringProperty reassignFromProperty() {
        return reassignFrom.getReadOnlyProperty();
    }

    public ObservableList<CentralPerson> people() {
        return peopleView;
    }

    public ObservableList<Site> sites() {
        return sitesView;
    }

    public ObservableList<JournalLine> journal() {
        return journalView;
    }

    public ObservableList<OpenActivity> toReassign() {
        return toReassignView;
    }

    /** How far back the journal reads; changing it reads the journal again. */
    public ObjectProperty<Period> periodProperty() {
        return period;
    }

    /** False on a standalone desktop: nothing to retry, the screen only says why. */
    public boolean isAvailable() {
        return desk.available();
    }

    public boolean canManage() {
        return access.get() != null && access.get().manage();
    }

    public boolean canReadJournal() {
        return access.get() != null && access.get().readJournal();
    }

    /** Why this person's account cannot be changed from here; empty when it can (the central database still decides). */
    public Optional<String> cannotChange(CentralPerson person) {
        Messages m = ctx.messages();
        if (!canManage()) {
            return Optional.of(m.get("accounts.manageOnly"));
        }
        if (person != null && person.login().equals(access.get().login())) {
            return Optional.of(m.get("accounts.ownAccount"));
        }
        return Optional.empty();
    }

    /** Asks the central database who is here, then reads the people, the sites and the journal. */
    public void refresh() {
        Messages m = ctx.messages();
        if (!desk.available()) {
            refusal.set(m.get("accounts.standalone"));
            return;
        }
        busy.set(true);
        Period p = period.get();
        ctx.executor().execute(BackgroundTask.of(() -> load(desk.access(), p))
                .onSuccess(loaded -> {
                    show(loaded);
                    Access a = loaded.access();
                    refusal.set(a.manage() || a.readJournal() ? "" : m.get("accounts.noRight",
                            a.login().isEmpty() ? ctx.actor().login() : a.login()));
                })
                .onFailure(e -> refusal.set(say(e)))
                .onFinished(() -> busy.set(false)));
    }

    /** Reads the journal again, for {@link #periodProperty()}. */
    public void readJournal() {
        if (!canReadJournal()) {
            return;
        }
        busy.set(true);
        Period p = period.get();
        ctx.executor().execute(BackgroundTask.of(() -> desk.journal(p.since(ctx.clock().instant())))
                .onSuccess(journal::setAll)
                .onFailure(this::refused)
                .onFinished(() -> busy.set(false)));
    }

    /** Creates the account; the drawn password is shown once. Missing fields are said before anything is sent. */
    public void create(String login, String displayName, String site, Collection<String> roles) {
        Messages m = ctx.messages();
        List<String> missing = new ArrayList<>();
        String l = login == null ? "" : login.strip();
        String n = displayName == null ? "" : displayName.strip();
        if (l.isEmpty()) {
            missing.add(m.get("accounts.field.login"));
        }
        if (n.isEmpty()) {
            missing.add(m.get("accounts.field.name"));
        }
        if (site == null || site.isBlank()) {
            missing.add(m.get("accounts.field.site"));
        }
        if (roles == null || roles.isEmpty()) {
            missing.add(m.get("accounts.field.roles"));
        }
        if (!missing.isEmpty()) {
            ctx.dialogs().showError(m.get("accounts.create.title"), m.get("accounts.missing", String.join(", ", missing)));
            return;
        }
        if (cannotChange(null).isPresent()) {
            ctx.dialogs().showError(m.get("accounts.create.title"), cannotChange(null).get());
            return;
        }
        List<String> chosen = ordered(roles);
        change(() -> desk.create(l, n, site, chosen), password -> {
            issued.set(new IssuedPassword(l, n, new String(password)));
            notice.set(m.get("accounts.created", l, roleLabels(chosen), site));
        });
    }

    /** Asks, disables, then lists the person's open activities to hand to someone else. */
    public void disable(CentralPerson person) {
        Messages m = ctx.messages();
        if (refusedFor(person, m.get("accounts.disable.title"))) {
            return;
        }
        if (!ctx.dialogs().confirm(m.get("accounts.disable.title"),
                m.get("accounts.disable.ask", person.displayName(), person.login()))) {
            return;
        }
        change(() -> {
            desk.disable(person.login());
            return desk.openActivitiesOf(person.login());
        }, open -> {
            reassignFrom.set(person.displayName());
            toReassign.setAll(open);
            notice.set(m.get(open.isEmpty() ? "accounts.disabled.none" : "accounts.disabled",
                    person.displayName(), open.size()));
        });
    }

    /** Asks, then gives the person a new drawn password, shown once. */
    public void resetPassword(CentralPerson person) {
        Messages m = ctx.messages();
        if (refusedFor(person, m.get("accounts.reset.title"))) {
            return;
        }
        if (!ctx.dialogs().confirm(m.get("accounts.reset.title"),
                m.get("accounts.reset.ask", person.displayName(), person.login()))) {
            return;
        }
        change(() -> desk.resetPassword(person.login()), password -> {
            issued.set(new IssuedPassword(person.login(), person.displayName(), new String(password)));
            notice.set(m.get("accounts.reset.done", person.displayName()));
        });
    }

    /** Replaces the person's roles (one or several). */
    public void setRoles(CentralPerson person, Collection<String> roles) {
        Messages m = ctx.messages();
        if (refusedFor(person, m.get("accounts.roles.title"))) {
            return;
        }
        if (roles == null || roles.isEmpty()) {
            ctx.dialogs().showError(m.get("accounts.roles.title"), m.get("accounts.roles.none"));
            return;
        }
        List<String> chosen = ordered(roles);
        change(() -> {
            desk.setRoles(person.login(), chosen);
            return null;
        }, v -> notice.set(m.get("accounts.roles.done", person.displayName(), roleLabels(chosen))));
    }

    /** Attaches the person to another site of the organisation. */
    public void moveToSite(CentralPerson person, String site) {
        Messages m = ctx.messages();
        if (refusedFor(person, m.get("accounts.site.title"))) {
            return;
        }
        if (site == null || site.equals(person.site())) {
            ctx.dialogs().showError(m.get("accounts.site.title"), m.get("accounts.site.same", person.displayName()));
            return;
        }
        change(() -> {
            desk.moveToSite(person.login(), site);
            return null;
        }, v -> notice.set(m.get("accounts.site.done", person.displayName(), site)));
    }

    /** Writes the journal as shown into {@code file} (CSV for Excel). */
    public void exportJournal(Path file) {
        Messages m = ctx.messages();
        List<JournalLine> lines = List.copyOf(journal);
        busy.set(true);
        ctx.executor().execute(BackgroundTask.run(() -> desk.exportJournal(lines, file))
                .onSuccess(v -> notice.set(m.get("accounts.exported", lines.size(), file.toString())))
                .onFailure(this::refused)
                .onFinished(() -> busy.set(false)));
    }

    /** The password was handed over: it leaves the screen for good. */
    public void passwordNoted() {
        issued.set(null);
    }

    /** The activities were noted (or reassigned): the list leaves the screen. */
    public void reassignNoted() {
        toReassign.clear();
        reassignFrom.set("");
    }

    /** A role's name in the interface language. */
    public String roleLabel(String role) {
        return texts.role(role);
    }

    /** A journal action's name in the interface language (the central database's code when unknown). */
    public String actionLabel(String action) {
        return texts.action(action);
    }

    public String roleLabels(Collection<String> roles) {
        return texts.roles(roles);
    }

    private boolean refusedFor(CentralPerson person, String title) {
        Optional<String> why = cannotChange(person);
        why.ifPresent(text -> ctx.dialogs().showError(title, text));
        return why.isPresent() || person == null;
    }

    /** The central database's order of roles, whatever order they were ticked in. */
    private static List<String> ordered(Collection<String> roles) {
        return AccountsDesk.ROLES.stream().filter(roles::contains).toList();
    }

    private Loaded load(Access a, Period p) {
        if (!a.manage() && !a.readJournal()) {
            return new Loaded(a, List.of(), List.of(), List.of());
        }
        List<JournalLine> lines = a.readJournal() ? desk.journal(p.since(ctx.clock().instant())) : List.of();
        return new Loaded(a, desk.people(), desk.sites(), lines);
    }

    private void show(Loaded loaded) {
        access.set(loaded.access());
        // the sites before the people: the panel of the selected person picks their site among them
        sites.setAll(loaded.sites());
        journal.setAll(loaded.journal());
        people.setAll(loaded.people());
    }

    /** The change, then the list and the journal read again in the same task, so the screen shows its effect. */
    private <T> void change(Callable<T> action, Consumer<T> done) {
        busy.set(true);
        notice.set("");
        Access a = access.get();
        Period p = period.get();
        ctx.executor().execute(BackgroundTask.of(() -> new Changed<>(action.call(), load(a, p)))
                .onSuccess(c -> {
                    show(c.loaded());
                    done.accept(c.result());
                })
                .onFailure(this::refused)
                .onFinished(() -> busy.set(false)));
    }

    private void refused(Throwable e) {
        ctx.dialogs().showError(ctx.messages().get("accounts.title"), say(e));
    }

    /** The central database's own reason when it refused; otherwise it did not answer (offline, server down). */
    private String say(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof AccountsDesk.RefusedException r) {
                return ctx.messages().get("accounts.refused", r.getMessage());
            }
        }
        LOG.warn("Comptes : la base centrale n'a pas répondu", e);
        return ctx.messages().get("accounts.unreachable");
    }
}
