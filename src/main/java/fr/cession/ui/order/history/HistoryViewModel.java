package fr.cession.ui.order.history;

import fr.cession.domain.audit.Change;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.ui.i18n.FieldTexts;
import fr.cession.ui.i18n.Formats;
import fr.cession.ui.i18n.Messages;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;

/**
 * An order's history as a person reads it: moments of sentences, a filter (all, status, documents,
 * payments, approvals), and for managers only the raw log field by field. Telling a history is
 * a walk over the changes already read: no database work, so it runs where it is called.
 */
public final class HistoryViewModel {

    private final HistoryStory story;
    private final RawLog rawLog;
    private final boolean manager;
    private final ObjectProperty<HistoryFilter> filter = new SimpleObjectProperty<>(HistoryFilter.ALL);
    private final ReadOnlyBooleanWrapper raw = new ReadOnlyBooleanWrapper();
    private final ObservableList<HistoryMoment> moments = FXCollections.observableArrayList();
    private final ObservableList<RawChange> rawChanges = FXCollections.observableArrayList();
    private final ObservableList<HistoryMoment> momentsView = FXCollections.unmodifiableObservableList(moments);
    private final ObservableList<RawChange> rawView = FXCollections.unmodifiableObservableList(rawChanges);
    private final Messages m;
    private List<HistoryMoment> all = List.of();

    /** @param manager whether the raw log may be shown (Role.MANAGER) */
    public HistoryViewModel(FieldTexts texts, Formats formats, boolean manager) {
        this.story = new HistoryStory(texts, formats);
        this.rawLog = new RawLog(texts, formats);
        this.manager = manager;
        this.m = texts.messages();
        filter.addListener((o, was, is) -> {
            if (is == null) {
                filter.set(HistoryFilter.ALL);
            } else {
                applyFilter();
            }
        });
    }

    /** Tells the history of {@code file} from its changes, oldest first (as the store reads them). */
    public void show(OrderFile file, List<Change> history) {
        List<Change> own = file == null ? history
                : history.stream().filter(c -> c.orderId().equals(file.orderId())).toList();
        String number = file == null ? null : file.order().number();
        all = story.tell(own, number);
        rawChanges.setAll(manager ? rawLog.of(own, number) : List.of());
        applyFilter();
    }

    public ObjectProperty<HistoryFilter> filterProperty() {
        return filter;
    }

    /** The moments the filter keeps, newest first, each with only the entries it keeps. */
    public ObservableList<HistoryMoment> moments() {
        return momentsView;
    }

    public ObservableList<RawChange> rawChanges() {
        return rawView;
    }

    public boolean isManager() {
        return manager;
    }

    public ReadOnlyBooleanProperty rawProperty() {
        return raw.getReadOnlyProperty();
    }

    /** Shows the raw log instead of the sentences; refused (stays false) for anyone but a manager. */
    public void showRaw(boolean show) {
        raw.set(show && manager);
    }

    /** The sentences as shown, "Claire Dupont a coché « … » — 02/12 14:05", newest moment first. */
    public List<String> lines() {
        return moments.stream().flatMap(mo -> mo.entries().stream().map(e -> line(mo, e))).toList();
    }

    public String line(HistoryMoment moment, HistoryEntry entry) {
        return m.get("history.line", entry.text(), moment.when());
    }

    private void applyFilter() {
        HistoryFilter f = filter.get();
        moments.setAll(all.stream().map(mo -> mo.only(f)).filter(mo -> !mo.entries().isEmpty()).toList());
    }
}
