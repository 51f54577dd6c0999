package fr.cession.ui.board;

import fr.cession.domain.activity.ActivityTiming;
import fr.cession.domain.board.ActivityCard;
import fr.cession.domain.order.HandoverMode;
import fr.cession.ui.i18n.Formats;
import fr.cession.ui.i18n.Messages;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.time.Clock;
import java.time.ZoneId;

/** A card of the board; the layout is built once per cell and only its texts change while scrolling. */
final class CardCell extends ListCell<ActivityCard> {

    private final BoardViewModel vm;
    private final Messages m;
    private final Formats f;
    private final Clock clock;
    private final ZoneId zone;
    private final Label number = new Label();
    private final Label customer = new Label();
    private final Label title = new Label();
    private final Label vehicle = new Label();
    private final Label due = new Label();
    private final Tooltip dueInFull = new Tooltip();
    private final Label payment = new Label();
    private final Label handover = new Label();
    private final Label progressText = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Label warning = new Label();
    private final VBox box;

    CardCell(BoardViewModel vm, Messages m, Formats f, Clock clock, ZoneId zone) {
        this.vm = vm;
        this.m = m;
        this.f = f;
        this.clock = clock;
        this.zone = zone;
        number.getStyleClass().add("order-number");
        // the order number is what users look for on a card: it never gets cut
        number.setMinWidth(Region.USE_PREF_SIZE);
        customer.getStyleClass().add("text-bold");
        title.getStyleClass().add("text-small");
        vehicle.getStyleClass().addAll("text-muted", "text-small");
        due.setGraphic(new FontIcon(Material2AL.ACCESS_TIME));
        due.setTooltip(dueInFull);
        payment.setGraphic(new FontIcon(Material2AL.EURO_SYMBOL));
        payment.getStyleClass().add("text-small");
        handover.getStyleClass().add("text-small");
        progress.setPrefWidth(70);
        progress.getStyleClass().add("small");
        warning.getStyleClass().add("card-warning");
        warning.setGraphic(new FontIcon(Material2AL.BLOCK));
        warning.setWrapText(true);
        warning.setMaxWidth(250);
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox head = new HBox(8, number, spring, due);
        head.setAlignment(Pos.CENTER_LEFT);
        VBox modes = new VBox(2, payment, handover);
        HBox checklist = new HBox(6, progress, progressText);
        checklist.setAlignment(Pos.CENTER_LEFT);
        box = new VBox(3, head, customer, title, vehicle, modes, checklist, warning);
        box.getStyleClass().add("card");
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(ActivityCard c, boolean empty) {
        super.updateItem(c, empty);
        box.getStyleClass().removeAll("timing-EN_RETARD", "timing-AUJOURDHUI", "timing-PLANIFIEE");
        if (empty || c == null) {
            setGraphic(null);
            return;
        }
        ActivityTiming t = c.timing(clock.instant(), zone);
        box.getStyleClass().add("timing-" + t.name());
        number.setText(c.orderNumber());
        customer.setText(c.customer());
        title.setText(vm.groupingProperty().get() == BoardGrouping.ETAPE_COMMANDE ? c.title()
                : m.label(c.orderStatus()));
        vehicle.setText(c.vehicle() + (c.plate() == null ? "" : " · " + c.plate()));
        due.setText(f.shortDateTime(c.dueAt()));
        dueInFull.setText(f.dateTime(c.dueAt()));
        payment.setText(m.label(c.paymentMethod()));
        handover.setText(m.label(c.handoverMode())
                + (c.handoverAt() == null ? "" : " " + f.dateTime(c.handoverAt())));
        handover.setGraphic(new FontIcon(c.handoverMode() == HandoverMode.LIVRAISON ? Material2AL.LOCAL_SHIPPING
                : Material2MZ.STORE));
        progress.setProgress(c.itemsTotal() == 0 ? 0 : (double) c.itemsDone() / c.itemsTotal());
        progressText.setText(m.get("checklist.progress", c.itemsDone(), c.itemsTotal()));
        var w = vm.warning(c);
        warning.setText(w.map(m::label).orElse(""));
        warning.setVisible(w.isPresent());
        warning.setManaged(w.isPresent());
        setGraphic(box);
    }
}
