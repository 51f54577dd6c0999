package fr.cession.ui.order.history;

import atlantafx.base.theme.Styles;
import fr.cession.domain.audit.Change;
import fr.cession.domain.demo.DemoPeople;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.user.Actor;
import fr.cession.domain.user.Role;
import fr.cession.ui.i18n.FieldTexts;
import fr.cession.ui.i18n.Formats;
import fr.cession.ui.i18n.Messages;
import fr.cession.ui.i18n.PersonNames;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

import java.util.List;

/**
 * An order's history, self-contained: a filter bar (all, status, documents, payments, approvals),
 * one block per moment with its sentences, and for managers a toggle to the raw log. The order
 * file puts it in its "Historique" section and calls {@link #show} whenever it has read the file.
 */
public final class HistoryPane extends VBox {

    private final HistoryViewModel vm;
    private final Messages m;
    private final VBox body = new VBox(8);

    /** The station's user: their own name and the demo team's for logins, the raw log if a manager. */
    public HistoryPane(Messages m, Formats f, Actor user) {
        this(m, f, new PersonNames(user, DemoPeople.displayNames()), user.role() == Role.MANAGER);
    }

    public HistoryPane(Messages m, Formats f, PersonNames people, boolean manager) {
        super(8);
        this.m = m;
        this.vm = new HistoryViewModel(new FieldTexts(m, f, people), f, manager);
        setId("history-pane");
        HBox bar = new HBox(4);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label show = new Label(m.get("history.filter"));
        show.getStyleClass().add(Styles.TEXT_MUTED);
        bar.getChildren().add(show);
        ToggleGroup filters = new ToggleGroup();
        for (HistoryFilter filter : HistoryFilter.values()) {
            ToggleButton b = new ToggleButton(m.label(filter));
            b.setId("history-filter-" + filter.name().toLowerCase());
            b.getStyleClass().add(Styles.SMALL);
            b.setToggleGroup(filters);
            b.setSelected(filter == vm.filterProperty().get());
            b.setOnAction(e -> {
                vm.filterProperty().set(filter);
                b.setSelected(true);
            });
            bar.getChildren().add(b);
        }
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        bar.getChildren().add(spring);
        if (manager) {
            ToggleButton raw = new ToggleButton(m.get("history.raw.toggle"), new FontIcon(Material2AL.LIST_ALT));
            raw.setId("history-raw");
            raw.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
            raw.setOnAction(e -> vm.showRaw(raw.isSelected()));
            bar.getChildren().add(raw);
        }
        body.setId("history-body");
        getChildren().addAll(bar, body);
        vm.moments().addListener((ListChangeListener<HistoryMoment>) c -> render());
        vm.rawChanges().addListener((ListChangeListener<RawChange>) c -> render());
        vm.rawProperty().addListener((o, was, is) -> render());
        render();
    }

    /** Shows the history of {@code file}: its changes as the store reads them, oldest first. */
    public void show(OrderFile file, List<Change> history) {
        vm.show(file, history);
    }

    public HistoryViewModel viewModel() {
        return vm;
    }

    private void render() {
        body.getChildren().clear();
        if (vm.rawProperty().get()) {
            for (RawChange r : vm.rawChanges()) {
                Label heading = new Label(r.heading());
                heading.getStyleClass().add(Styles.TEXT_BOLD);
                VBox block = new VBox(2, heading);
                r.fields().forEach(field -> block.getChildren().add(wrapped(field)));
                block.getStyleClass().add("history-raw");
                body.getChildren().add(block);
            }
            return;
        }
        if (vm.moments().isEmpty()) {
            Label none = new Label(m.get(vm.filterProperty().get() == HistoryFilter.ALL ? "history.none"
                    : "history.none.filtered"));
            none.getStyleClass().add(Styles.TEXT_MUTED);
            body.getChildren().add(none);
        }
        for (HistoryMoment moment : vm.moments()) {
            VBox block = new VBox(2);
            block.getStyleClass().add("history-moment");
            block.setPadding(new Insets(4, 0, 4, 8));
            for (HistoryEntry entry : moment.entries()) {
                Label line = wrapped(vm.line(moment, entry));
                line.setGraphic(new FontIcon(Material2AL.HISTORY));
                block.getChildren().add(line);
            }
            body.getChildren().add(block);
        }
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }
}
