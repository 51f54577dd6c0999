package fr.cession.ui.order;

import atlantafx.base.theme.Styles;
import fr.cession.ui.i18n.Messages;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

import java.util.function.Function;

/**
 * The ledger of the order file: its movements in a table (reached with Ctrl+G, rows walked with
 * the arrows) and the totals due, held on the escrow wallet and released to the seller.
 */
final class LedgerSection extends VBox {

    private final TableView<LedgerViewModel.Row> table = new TableView<>();

    LedgerSection(LedgerViewModel vm, Messages m) {
        super(6);
        setId("order-ledger");
        table.setId("ledger-table");
        table.setItems(vm.rows());
        table.getColumns().add(column(m.get("ledger.col.movement"), LedgerViewModel.Row::movement, 260));
        table.getColumns().add(column(m.get("ledger.col.amount"), LedgerViewModel.Row::amount, 110));
        table.getColumns().add(column(m.get("ledger.col.state"), LedgerViewModel.Row::stateText, 170));
        table.getColumns().add(column(m.get("ledger.col.people"), LedgerViewModel.Row::people, 360));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(m.get("ledger.empty")));
        table.setFixedCellSize(28);
        // as tall as its rows: the order file scrolls, not the table
        table.prefHeightProperty().bind(javafx.beans.binding.Bindings.size(vm.rows()).add(1.6).multiply(28));
        table.setTooltip(new Tooltip(m.get("ledger.table.tip")));
        FlowPane totals = new FlowPane(18, 4,
                total("ledger-due", m.get("ledger.total.due"), vm.dueProperty()),
                total("ledger-announced", m.get("ledger.total.announced"), vm.announcedProperty()),
                total("ledger-held", m.get("ledger.total.held"), vm.heldProperty()),
                total("ledger-released", m.get("ledger.total.released"), vm.releasedProperty()),
                total("ledger-refunded", m.get("ledger.total.refunded"), vm.refundedProperty()));
        totals.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(totals, table);
    }

    /** Ctrl+G: the keyboard goes to the ledger's first row. */
    void focus() {
        table.requestFocus();
        if (!table.getItems().isEmpty() && table.getSelectionModel().isEmpty()) {
            table.getSelectionModel().select(0);
            table.getFocusModel().focus(0);
        }
    }

    private static Label total(String id, String label, ReadOnlyStringProperty value) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add(Styles.TEXT_BOLD);
        l.textProperty().bind(javafx.beans.binding.Bindings.concat(label, " : ", value));
        return l;
    }

    private static TableColumn<LedgerViewModel.Row, String> column(String title,
                                                                  Function<LedgerViewModel.Row, String> value,
                                                                  double width) {
        TableColumn<LedgerViewModel.Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new SimpleStringProperty(value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }
}
