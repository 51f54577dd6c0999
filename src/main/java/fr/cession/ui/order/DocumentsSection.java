package fr.cession.ui.order;

import atlantafx.base.theme.Styles;
import fr.cession.domain.document.DocumentType;
import fr.cession.domain.document.OrderDocument;
import fr.cession.ui.i18n.Formats;
import fr.cession.ui.i18n.Messages;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The order's documents, one row per type. Rows are updated in place after a validation or a
 * refusal (same nodes, same height), so the next click lands on the document the person aims at.
 * With the keyboard on a row: R received, V validate, F refuse.
 */
final class DocumentsSection extends VBox {

    private final OrderFileViewModel vm;
    private final Messages m;
    private final Formats f;
    private final Consumer<Node> anchor;
    private final Map<DocumentType, Row> rows = new EnumMap<>(DocumentType.class);
    private final Label none;

    /** @param beforeChange called before a row's action, so the page can keep that row where it is */
    DocumentsSection(OrderFileViewModel vm, Messages m, Formats f, Consumer<Node> beforeChange) {
        super(4);
        this.vm = vm;
        this.m = m;
        this.f = f;
        this.none = new Label(m.get("order.documents.none"));
        this.anchor = beforeChange;
        setId("order-documents");
        vm.documents().addListener((ListChangeListener<OrderDocument>) c -> show());
        show();
    }

    private void show() {
        List<DocumentType> types = vm.documents().stream().map(OrderDocument::type).toList();
        if (!types.equals(List.copyOf(rows.keySet())) || getChildren().isEmpty()) {
            // another set of documents (another order, a newly required paper): rows built again
            rows.clear();
            getChildren().clear();
            for (OrderDocument d : vm.documents()) {
                Row r = new Row(d.type());
                rows.put(d.type(), r);
                getChildren().add(r.box);
            }
            if (rows.isEmpty()) {
                getChildren().add(none);
            }
        }
        for (OrderDocument d : vm.documents()) {
            rows.get(d.type()).update(d);
        }
    }

    private final class Row {
        final HBox box;
        final Label status = new Label();
        final Label detail = new Label();
        OrderDocument doc;

        Row(DocumentType type) {
            Label name = new Label(m.label(type));
            name.setMinWidth(260);
            status.setMinWidth(90);
            detail.getStyleClass().add(Styles.TEXT_MUTED);
            detail.setMinWidth(140);
            Region spring = new Region();
            HBox.setHgrow(spring, Priority.ALWAYS);
            Button received = button("order.document.received", "order.document.received.tip",
                    () -> vm.forms().received(doc));
            received.setId("doc-received-" + type.name());
            Button validate = button("order.document.validate", "order.document.validate.tip", () -> vm.validate(doc));
            validate.setId("doc-validate-" + type.name());
            Button refuse = button("order.document.refuse", "order.document.refuse.tip", () -> vm.forms().refuse(doc));
            refuse.setId("doc-refuse-" + type.name());
            box = new HBox(10, name, status, detail, spring, received, validate, refuse);
            box.setAlignment(Pos.CENTER_LEFT);
            box.setId("doc-" + type.name());
            box.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
                if (e.isShortcutDown() || e.isAltDown()) {
                    return;
                }
                Button target = e.getCode() == KeyCode.R ? received : e.getCode() == KeyCode.V ? validate
                        : e.getCode() == KeyCode.F ? refuse : null;
                if (target != null) {
                    target.fire();
                    e.consume();
                }
            });
        }

        private Button button(String key, String tip, Runnable action) {
            Button b = ChecklistSection.small(m.get(key), () -> {
                anchor.accept(box);
                action.run();
            });
            b.setTooltip(new Tooltip(m.get(tip)));
            return b;
        }

        void update(OrderDocument d) {
            doc = d;
            status.setText(m.label(d.status()));
            status.getStyleClass().setAll("label", "doc-status", "doc-" + d.status().name());
            detail.setText(d.refusalReason() != null ? d.refusalReason()
                    : d.issuedOn() != null ? m.get("order.document.issuedOn", f.date(d.issuedOn())) : "");
        }
    }
}
