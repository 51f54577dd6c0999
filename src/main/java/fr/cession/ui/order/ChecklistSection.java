package fr.cession.ui.order;

import atlantafx.base.theme.Styles;
import fr.cession.domain.activity.ChecklistItem;
import fr.cession.ui.i18n.Formats;
import fr.cession.ui.i18n.Messages;
import javafx.collections.ListChangeListener;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

import java.util.List;
import java.util.Optional;

/**
 * The open activities and their checklist lines. The line with the keyboard is the selected one:
 * Space ticks it (the CheckBox's own key), and after the page is read again the keyboard goes
 * back to the same line, so Space goes on ticking where the person is rather than pressing
 * whatever button was focused before.
 */
final class ChecklistSection extends VBox {

    private final OrderFileViewModel vm;
    private final Messages m;
    private final Formats f;
    /** The line code of the selected line, kept across re-reads. */
    private String selected;
    private boolean focusWanted;

    ChecklistSection(OrderFileViewModel vm, Messages m, Formats f) {
        super(10);
        this.vm = vm;
        this.m = m;
        this.f = f;
        setId("order-activities");
        vm.activities().addListener((ListChangeListener<OrderFileViewModel.ActivityRow>) c -> show());
        show();
    }

    /** Puts the keyboard on the first unticked line once the order's lines are there. */
    void focusFirst() {
        selected = null;
        focusWanted = true;
        retries = 0;
        restoreFocus();
    }

    /** The activity of the selected line, or the first open one. */
    Optional<OrderFileViewModel.ActivityRow> selectedActivity() {
        List<OrderFileViewModel.ActivityRow> rows = vm.activities();
        return rows.stream().filter(r -> r.items().stream().anyMatch(i -> i.lineCode().equals(selected)))
                .findFirst().or(() -> rows.stream().findFirst());
    }

    private void show() {
        boolean hadFocus = getScene() != null && getScene().getFocusOwner() != null
                && isAncestorOf(getScene().getFocusOwner());
        getChildren().clear();
        if (vm.activities().isEmpty()) {
            getChildren().add(new Label(m.get("order.activities.none")));
        }
        for (OrderFileViewModel.ActivityRow row : vm.activities()) {
            getChildren().add(activity(row));
        }
        if (hadFocus || focusWanted) {
            restoreFocus();
        }
    }

    private VBox activity(OrderFileViewModel.ActivityRow row) {
        Label name = new Label(row.activity().title());
        name.getStyleClass().add(Styles.TEXT_BOLD);
        Label meta = new Label(m.get("order.activity.meta", m.label(row.activity().role()),
                f.dateTime(row.activity().dueAt()), row.done(), row.items().size())
                + (row.activity().assignee() == null ? "" : " · " + row.activity().assignee()));
        meta.getStyleClass().add(Styles.TEXT_MUTED);
        Button move = small(m.get("order.activity.move"), () -> vm.forms().moveDue(row.activity()));
        move.setGraphic(new FontIcon(Material2AL.EVENT));
        move.setId("activity-move-" + row.activity().typeCode());
        move.setTooltip(new Tooltip(m.get("order.activity.move.tip")));
        HBox head = new HBox(10, name, meta, move);
        head.setAlignment(Pos.CENTER_LEFT);
        VBox lines = new VBox(4);
        lines.setPadding(new Insets(0, 0, 0, 12));
        for (ChecklistItem item : row.items()) {
            lines.getChildren().add(line(item));
        }
        VBox box = new VBox(4, head, lines);
        if (row.activity().note() != null && !row.activity().note().isBlank()) {
            Label note = new Label(row.activity().note());
            note.setWrapText(true);
            note.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            box.getChildren().add(note);
        }
        if (row.done() == row.items().size()) {
            // an activity without lines (or whose lines are all ticked) is closed by hand
            Button done = small(m.get("order.activity.complete"), () -> vm.complete(row));
            done.setGraphic(new FontIcon(Material2AL.DONE_ALL));
            done.setId("activity-complete-" + row.activity().typeCode());
            done.setTooltip(new Tooltip(m.get("order.activity.complete.tip")));
            box.getChildren().add(done);
        }
        return box;
    }

    private HBox line(ChecklistItem item) {
        CheckBox box = new CheckBox(item.label());
        box.setSelected(item.checked());
        box.setWrapText(true);
        box.getStyleClass().add("checklist-line");
        box.setUserData(item.lineCode());
        // the box shows what is stored: a refused tick must not stay ticked on screen
        box.setOnAction(e -> {
            box.setSelected(item.checked());
            selected = item.lineCode();
            vm.toggle(item);
        });
        box.focusedProperty().addListener((o, was, is) -> {
            if (is) {
                selected = item.lineCode();
            }
        });
        box.setTooltip(new Tooltip(item.seedRef() == null ? m.get("order.activity.space")
                : m.get("order.activity.seed", item.seedRef()) + " — " + m.get("order.activity.space")));
        HBox line = new HBox(10, box);
        if (item.checked()) {
            Label who = new Label(m.get("order.activity.tickedBy", item.checkedBy(), f.dateTime(item.checkedAt())));
            who.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            line.getChildren().add(who);
        }
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    private boolean retryQueued;
    private int retries;

    private void restoreFocus() {
        List<CheckBox> boxes = lookupAll(".checklist-line").stream().filter(n -> n instanceof CheckBox)
                .map(n -> (CheckBox) n).toList();
        if (boxes.isEmpty()) {
            return;
        }
        Node target = boxes.stream().filter(b -> b.getUserData().equals(selected)).findFirst()
                .map(Node.class::cast)
                .or(() -> boxes.stream().filter(b -> !b.isSelected()).findFirst().map(Node.class::cast))
                .orElse(boxes.get(0));
        target.requestFocus();
        // the lines can arrive before the page is on screen (the order is read in the background):
        // a request made then is lost, so it stays wanted until a line really has the keyboard
        focusWanted = !target.isFocused();
        // a window in the background never gives the keyboard: a few pulses, then the next show tries again
        if (focusWanted && !retryQueued && retries++ < 5) {
            retryQueued = true;
            Platform.runLater(() -> {
                retryQueued = false;
                if (focusWanted) {
                    restoreFocus();
                }
            });
        }
    }

    private boolean isAncestorOf(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p == this) {
                return true;
            }
        }
        return false;
    }

    static Button small(String text, Runnable action) {
        Button b = new Button(text);
        b.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        b.setOnAction(e -> action.run());
        return b;
    }
}
