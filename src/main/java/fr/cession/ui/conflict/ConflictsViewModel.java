package fr.cession.ui.conflict;

import fr.cession.domain.demo.DemoPeople;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.sync.protocol.OpenConflict;
import fr.cession.sync.protocol.OrderToFix;
import fr.cession.sync.protocol.RefusedChange;
import fr.cession.ui.UiContext;
import fr.cession.ui.dialog.Refusals;
import fr.cession.ui.i18n.FieldTexts;
import fr.cession.ui.i18n.PersonNames;
import fr.cession.ui.task.BackgroundTask;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The "Conflits" screen: same-field conflicts the sync met, each with both values, authors, sites
 * and times, for the user to pick the value to keep; the changes the central database
 * refused, with its reason, to acknowledge; and the orders whose creation it refused (« à corriger »),
 * to renumber, open and fix, resend or withdraw. Every read and write runs off the FX thread.
 */
public final class ConflictsViewModel {

    /**
     * A conflict with the number of its order, for people who know orders by number, and what the
     * screen says of it: "Champ « E-mail du client » (Commande) — commande LYON-2026-00012", both
     * values and both authors as a person reads them (the raw values stay in {@code conflict}, to resolve).
     */
    public record ConflictRow(OpenConflict conflict, String orderNumber, String what, String keptText,
                              String lostText, String keptBy, String lostBy) {
    }

    /** A refusal with the number of its order, the name of what was refused and of who changed it. */
    public record RefusalRow(RefusedChange refusal, String orderNumber, String entity, String changedBy) {
    }

    private final UiContext ctx;
    private final FieldTexts texts;
    private final ConflictDesk desk;
    private final Runnable changed;
    private final ObservableList<ConflictRow> conflicts = FXCollections.observableArrayList();
    private final ObservableList<ConflictRow> conflictsView = FXCollections.unmodifiableObservableList(conflicts);
    private final ObservableList<RefusalRow> refusals = FXCollections.observableArrayList();
    private final ObservableList<RefusalRow> refusalsView = FXCollections.unmodifiableObservableList(refusals);
    private final ObservableList<OrderToFix> toFix = FXCollections.observableArrayList();
    private final ObservableList<OrderToFix> toFixView = FXCollections.unmodifiableObservableList(toFix);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final Consumer<UUID> open;

    /**
     * @param changed called after a resolution or a repair, so the lists of orders read again
     * @param open    opens an order's file, to fix the field the central database refused
     */
    public ConflictsViewModel(UiContext ctx, ConflictDesk desk, Runnable changed, Consumer<UUID> open) {
        this.ctx = ctx;
        this.texts = new FieldTexts(ctx.messages(), ctx.formats(),
                new PersonNames(ctx.actor(), DemoPeople.displayNames()));
        this.desk = desk;
        this.changed = changed;
        this.open = open;
    }

    public ObservableList<ConflictRow> conflicts() {
        return conflictsView;
    }

    public ObservableList<RefusalRow> refusals() {
        return refusalsView;
    }

    /** Orders to fix, oldest refusal first: number, the central database's reason (what to do), when. */
    public ObservableList<OrderToFix> toFix() {
        return toFixView;
    }

    /** What the last repair did (« … renvoyée : elle partira à la prochaine synchronisation »), empty before. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public void refresh() {
        run(null);
    }

    /** Keeps {@code chosen} (one of the two values) as the field's value, for every site. */
    public void resolve(ConflictRow row, String chosen) {
        run(() -> desk.resolve(row.conflict().id(), chosen, ctx.actor()));
    }

    public void acknowledge(RefusalRow row) {
        run(() -> desk.acknowledge(row.refusal().opId()));
    }

    /** A dialog's state to give the order another number; the row stays until it is resent. */
    public Renumbering renumbering(OrderToFix row) {
        return new Renumbering(row.number(), ctx.executor(), n -> desk.renumber(row.orderId(), n, ctx.actor()),
                n -> {
                    notice.set(ctx.messages().get("tofix.renumbered", row.number(), n));
                    refresh();
                    changed.run();
                },
                this::failed);
    }

    /** The order's file, where the refused field is corrected; it stays in the list until resent. */
    public void openOrder(OrderToFix row) {
        open.accept(row.orderId());
    }

    public void resend(OrderToFix row) {
        run(() -> desk.resend(row.orderId(), ctx.actor()), ctx.messages().get("tofix.resent", row.number()));
    }

    /** After a confirmation saying what it means: the order leaves this desktop, its history stays, nothing is sent. */
    public void withdraw(OrderToFix row) {
        if (!ctx.dialogs().confirm(ctx.messages().get("tofix.withdraw.title"),
                ctx.messages().get("tofix.withdraw.ask", row.number()))) {
            return;
        }
        run(() -> desk.withdraw(row.orderId()), ctx.messages().get("tofix.withdrawn", row.number()));
    }

    private record Loaded(List<ConflictRow> conflicts, List<RefusalRow> refusals, List<OrderToFix> toFix) {
    }

    private void run(Runnable action) {
        run(action, null, "conflict.error");
    }

    private void run(Runnable action, String done) {
        run(action, done, "tofix.error");
    }

    /**
     * @param action a change to make first, or null to only read
     * @param done   what to say once the change is made, or null
     * @param title  the key of the error dialog's title
     */
    private void run(Runnable action, String done, String title) {
        busy.set(true);
        ctx.executor().execute(BackgroundTask.of(() -> {
                    if (action != null) {
                        action.run();
                    }
                    return read();
                })
                .onSuccess(l -> {
                    conflicts.setAll(l.conflicts());
                    refusals.setAll(l.refusals());
                    toFix.setAll(l.toFix());
                    if (done != null) {
                        notice.set(done);
                    }
                    if (action != null) {
                        changed.run();
                    }
                })
                .onFailure(e -> {
                    showError(title, e);
                    if (action != null) {
                        refresh();
                    }
                })
                .onFinished(() -> busy.set(false)));
    }

    private void failed(Throwable e) {
        showError("tofix.error", e);
        refresh();
    }

    private void showError(String title, Throwable e) {
        ctx.dialogs().showError(ctx.messages().get(title), new Refusals(ctx.messages(), ctx.zone()).say(e));
    }

    private Loaded read() {
        Map<UUID, Optional<OrderFile>> files = new HashMap<>();
        List<ConflictRow> c = desk.openConflicts().stream().map(x -> row(x, file(x.orderId(), files))).toList();
        List<RefusalRow> r = desk.unreadRefusals().stream()
                .map(x -> new RefusalRow(x, number(file(x.orderId(), files)), texts.entity(x.entity()),
                        person(x.changedBy()))).toList();
        return new Loaded(c, r, desk.toFix());
    }

    private ConflictRow row(OpenConflict x, Optional<OrderFile> file) {
        String number = number(file);
        String field = texts.label(x.entity(), x.field());
        String what = ConflictSubjects.of(x, file, ctx.messages())
                .map(subject -> ctx.messages().get("conflict.whatOf", field, texts.entity(x.entity()), subject, number))
                .orElseGet(() -> ctx.messages().get("conflict.what", field, texts.entity(x.entity()), number));
        return new ConflictRow(x, number, what, shown(x, x.keptValue()), shown(x, x.lostValue()),
                person(x.keptBy()), person(x.lostBy()));
    }

    private String shown(OpenConflict x, String raw) {
        return texts.value(x.entity(), x.field(), raw == null || raw.isEmpty() ? null : raw);
    }

    private String person(String login) {
        return login == null ? ctx.messages().get("conflict.unknown") : texts.people().name(login);
    }

    private Optional<OrderFile> file(UUID orderId, Map<UUID, Optional<OrderFile>> cache) {
        return orderId == null ? Optional.empty() : cache.computeIfAbsent(orderId, id -> ctx.orders().load(id));
    }

    private static String number(Optional<OrderFile> file) {
        return file.map(OrderFile::order).map(o -> o.number() == null ? "" : o.number()).orElse("");
    }
}
