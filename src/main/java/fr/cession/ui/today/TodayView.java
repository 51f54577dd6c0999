package fr.cession.ui.today;

import atlantafx.base.theme.Styles;
import fr.cession.domain.activity.ActivityTiming;
import fr.cession.domain.approval.ApprovalItem;
import fr.cession.domain.approval.ApprovalRequest;
import fr.cession.domain.approval.ApprovalStatus;
import fr.cession.domain.board.ActivityCard;
import fr.cession.domain.playbook.TimerOutcome;
import fr.cession.ui.i18n.Formats;
import fr.cession.ui.i18n.Messages;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** "Ma journée": one virtualised list with a heading per group. */
public final class TodayView extends BorderPane {

    private final ListView<TodayRow> list = new ListView<>();

    public TodayView(TodayViewModel vm, Messages m, Formats f) {
        getStyleClass().add("today-view");
        setId("today-view");
        Label title = new Label(m.get("today.title"));
        title.getStyleClass().add(Styles.TITLE_2);
        Label counts = new Label();
        counts.setId("today-counts");
        Runnable updateCounts = () -> counts.setText(m.get("today.counts", vm.overdueProperty().get(),
                vm.todayProperty().get(), vm.upcomingProperty().get(), vm.idleProperty().get()));
        vm.overdueProperty().addListener(o -> updateCounts.run());
        vm.todayProperty().addListener(o -> updateCounts.run());
        vm.upcomingProperty().addListener(o -> updateCounts.run());
        vm.idleProperty().addListener(o -> updateCounts.run());
        updateCounts.run();
        counts.getStyleClass().add(Styles.TEXT_MUTED);
        VBox top = new VBox(4, title, counts);
        top.setPadding(new Insets(16, 16, 8, 16));
        setTop(top);

        list.setId("today-list");
        list.setItems(vm.rows());
        list.setCellFactory(v -> new RowCell(m, f));
        list.setPlaceholder(new Label(m.get("today.empty")));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.open(list.getSelectionModel().getSelectedItem());
                e.consume();
            } else if (e.getCode() == KeyCode.J) {
                list.getSelectionModel().selectNext();
                list.scrollTo(list.getSelectionModel().getSelectedIndex());
            } else if (e.getCode() == KeyCode.K) {
                list.getSelectionModel().selectPrevious();
                list.scrollTo(list.getSelectionModel().getSelectedIndex());
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                vm.open(list.getSelectionModel().getSelectedItem());
            }
        });
        BorderPane.setMargin(list, new Insets(0, 16, 16, 16));
        setCenter(list);
    }

    public void focusList() {
        list.requestFocus();
        if (list.getSelectionModel().isEmpty() && !list.getItems().isEmpty()) {
            list.getSelectionModel().select(0);
        }
    }

    private static final class RowCell extends ListCell<TodayRow> {
        private static final PseudoClass LATE = PseudoClass.getPseudoClass("late");
        private static final PseudoClass TODAY = PseudoClass.getPseudoClass("today");
        private static final PseudoClass PLANNED = PseudoClass.getPseudoClass("planned");
        private final Messages m;
        private final Formats f;
        private final Label number = new Label();
        private final Label customer = new Label();
        private final Label activity = new Label();
        private final Label vehicle = new Label();
        private final Label due = new Label();
        private final Label progress = new Label();
        private final HBox itemBox;

        RowCell(Messages m, Formats f) {
            this.m = m;
            this.f = f;
            number.getStyleClass().add("order-number");
            customer.getStyleClass().add(Styles.TEXT_BOLD);
            activity.setMinWidth(Region.USE_PREF_SIZE);
            vehicle.getStyleClass().add(Styles.TEXT_MUTED);
            Region spring = new Region();
            HBox.setHgrow(spring, Priority.ALWAYS);
            due.setGraphic(new FontIcon(Material2AL.ACCESS_TIME));
            progress.setGraphic(new FontIcon(Material2AL.CHECK_BOX));
            progress.setMinWidth(60);
            due.setMinWidth(130);
            itemBox = new HBox(12, number, customer, activity, vehicle, spring, due, progress);
            itemBox.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(TodayRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("today-heading", "today-item", "today-idle", "today-answer", "today-waiting",
                    "today-timer");
            pseudo(null);
            setText(null);
            setGraphic(null);
            if (empty || row == null) {
                return;
            }
            if (row instanceof TodayRow.Heading h) {
                getStyleClass().add("today-heading");
                pseudo(h.group());
                setText(m.get(groupKey(h.group()), h.count()));
                setGraphic(new FontIcon(icon(h.group())));
            } else if (row instanceof TodayRow.IdleHeading h) {
                getStyleClass().add("today-heading");
                setText(m.get("today.group.idle", h.count()));
                setGraphic(new FontIcon(Material2AL.ERROR_OUTLINE));
            } else if (row instanceof TodayRow.Item item) {
                ActivityCard c = item.card();
                getStyleClass().add("today-item");
                pseudo(item.timing());
                number.setText(c.orderNumber());
                customer.setText(c.customer());
                activity.setText(m.activityTitle(c.typeCode(), c.title()));
                vehicle.setText(c.vehicle() + (c.plate() == null ? "" : " · " + c.plate()));
                due.setText(item.timing() == ActivityTiming.AUJOURDHUI ? f.time(c.dueAt()) : f.dateTime(c.dueAt()));
                progress.setText(m.get("checklist.progress", c.itemsDone(), c.itemsTotal()));
                setGraphic(itemBox);
            } else if (row instanceof TodayRow.AnswersHeading h) {
                getStyleClass().add("today-heading");
                setText(m.get("today.group.answers", h.count()));
                setGraphic(new FontIcon(Material2MZ.QUESTION_ANSWER));
            } else if (row instanceof TodayRow.Answer answer) {
                getStyleClass().add("today-answer");
                setText(answerText(answer.item()));
                boolean approved = answer.item().request().status() == ApprovalStatus.APPROUVEE;
                FontIcon icon = new FontIcon(approved ? Material2AL.CHECK_CIRCLE : Material2AL.CANCEL);
                icon.getStyleClass().add(approved ? Styles.SUCCESS : Styles.DANGER);
                setGraphic(icon);
            } else if (row instanceof TodayRow.TimersHeading h) {
                getStyleClass().add("today-heading");
                setText(m.get("today.group.timers", h.count()));
                setGraphic(new FontIcon(Material2AL.ALARM_ON));
            } else if (row instanceof TodayRow.Timer t) {
                getStyleClass().add("today-timer");
                setText(m.get("today.timer", t.timer().orderNumber(), t.timer().definition().title(),
                        outcome(t.timer().definition().outcome()), f.dateTime(t.timer().dueAt())));
                setGraphic(new FontIcon(Material2AL.HOURGLASS_BOTTOM));
            } else if (row instanceof TodayRow.Waiting w) {
                getStyleClass().add("today-waiting");
                setText(m.get("today.waiting", w.count()));
                setGraphic(new FontIcon(Material2AL.FACT_CHECK));
            } else if (row instanceof TodayRow.Idle idle) {
                getStyleClass().add("today-idle");
                setText(m.get("today.idle", idle.order().orderNumber(), idle.order().customer(),
                        m.label(idle.order().status())));
                setGraphic(new FontIcon(Material2MZ.WARNING));
            }
        }

        private String outcome(TimerOutcome o) {
            return switch (o) {
                case ANNULATION -> m.get("today.timer.ANNULATION");
                case CLOTURE -> m.get("today.timer.CLOTURE");
                case ESCALADE_MANAGER -> m.get("today.timer.ESCALADE_MANAGER");
            };
        }

        /** The timing as a pseudo-class (:late, :today, :planned) for the stylesheet's colours. */
        private void pseudo(ActivityTiming timing) {
            pseudoClassStateChanged(LATE, timing == ActivityTiming.EN_RETARD);
            pseudoClassStateChanged(TODAY, timing == ActivityTiming.AUJOURDHUI);
            pseudoClassStateChanged(PLANNED, timing == ActivityTiming.PLANIFIEE);
        }

        private static String groupKey(ActivityTiming timing) {
            return switch (timing) {
                case EN_RETARD -> "today.group.EN_RETARD";
                case AUJOURDHUI -> "today.group.AUJOURDHUI";
                default -> "today.group.PLANIFIEE";
            };
        }

        private String answerText(ApprovalItem item) {
            ApprovalRequest r = item.request();
            String key = r.status() == ApprovalStatus.APPROUVEE ? "today.answer.approved" : "today.answer.refused";
            String text = m.get(key, m.label(r.kind()), item.orderNumber(),
                    item.customer(), r.decidedBy(), r.decidedAt() == null ? "" : f.dateTime(r.decidedAt()));
            // the reason on its own line: a manager's sentence is too long to follow on the first
            return r.refusalReason().map(reason -> text + "\n" + m.get("today.answer.reason", reason)).orElse(text);
        }

        private static org.kordamp.ikonli.Ikon icon(ActivityTiming t) {
            return switch (t) {
                case EN_RETARD -> Material2AL.ALARM;
                case AUJOURDHUI -> Material2MZ.TODAY;
                default -> Material2AL.EVENT;
            };
        }
    }
}
