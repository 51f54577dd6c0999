package fr.cession.ui.accounts;

import atlantafx.base.theme.Styles;
import fr.cession.ui.accounts.AccountsDesk.JournalLine;
import fr.cession.ui.accounts.AccountsViewModel.Period;
import fr.cession.ui.i18n.Formats;
import fr.cession.ui.i18n.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

import java.io.File;
import java.util.function.Function;

/**
 * The account journal, read-only: logins, account changes and the manager's decisions, the
 * newest last as the central database writes them; exported as the command line's CSV.
 */
final class JournalPane extends BorderPane {

    JournalPane(AccountsViewModel vm, Messages m, Formats f) {
        setId("accounts-journal");
        Label since = new Label(m.get("accounts.journal.since"));
        ComboBox<Period> period = new ComboBox<>();
        period.setId("accounts-period");
        period.getItems().setAll(Period.values());
        period.setCellFactory(v -> new PeriodCell(m));
        period.setButtonCell(new PeriodCell(m));
        period.setValue(vm.periodProperty().get());
        period.valueProperty().addListener((o, a, p) -> {
            vm.periodProperty().set(p);
            vm.readJournal();
        });
        Label count = new Label();
        count.setId("accounts-journal-count");
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.textProperty().bind(Bindings.createStringBinding(() -> m.get("accounts.journal.count",
                vm.journal().size()), vm.journal()));
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        Button export = new Button(m.get("accounts.export"), new FontIcon(Material2AL.GET_APP));
        export.setId("accounts-export");
        export.disableProperty().bind(Bindings.or(vm.busyProperty(), Bindings.isEmpty(vm.journal())));
        export.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(m.get("accounts.export.title"));
            chooser.setInitialFileName(m.get("accounts.export.file"));
            File file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
            if (file != null) {
                vm.exportJournal(file.toPath());
            }
        });
        HBox bar = new HBox(8, since, period, count, spring, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 0, 8, 0));
        setTop(bar);

        TableView<JournalLine> table = new TableView<>(vm.journal());
        table.setId("accounts-journal-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(m.get("accounts.journal.empty")));
        table.getColumns().add(column(m.get("accounts.journal.at"), 130, l -> f.dateTime(l.at())));
        table.getColumns().add(column(m.get("accounts.journal.actor"), 120, JournalLine::actor));
        table.getColumns().add(column(m.get("accounts.journal.action"), 160, l -> vm.actionLabel(l.action())));
        table.getColumns().add(column(m.get("accounts.journal.target"), 120, JournalLine::target));
        table.getColumns().add(column(m.get("accounts.journal.detail"), 260, JournalLine::detail));
        // the newest line is the one a manager looks for first
        vm.journal().addListener((javafx.collections.ListChangeListener<JournalLine>) c -> {
            if (!table.getItems().isEmpty()) {
                table.scrollTo(table.getItems().size() - 1);
            }
        });
        setCenter(table);
    }

    private static TableColumn<JournalLine, String> column(String title, double width,
                                                          Function<JournalLine, String> text) {
        TableColumn<JournalLine, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(text.apply(d.getValue())));
        c.setSortable(false);
        return c;
    }

    private static final class PeriodCell extends ListCell<Period> {
        private final Messages m;

        PeriodCell(Messages m) {
            this.m = m;
        }

        @Override
        protected void updateItem(Period p, boolean empty) {
            super.updateItem(p, empty);
            setText(empty || p == null ? null : switch (p) {
                case WEEK -> m.get("accounts.period.week");
                case MONTH -> m.get("accounts.period.month");
                case QUARTER -> m.get("accounts.period.quarter");
                case ALL -> m.get("accounts.period.all");
            });
        }
    }
}
