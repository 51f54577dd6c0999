package fr.cession.ui.order;

import fr.cession.domain.agenda.Appointment;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.HandoverMode;
import fr.cession.ui.UiContext;
import fr.cession.ui.agenda.InspectorBooking;
import fr.cession.ui.task.BackgroundTask;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The order file's inspector (004:50): who holds the hand-over, chosen here as in the agenda, and
 * whether they are booked elsewhere at the same time (read off the FX thread each time the order
 * is shown).
 */
public final class OrderInspectorViewModel {

    private final UiContext ctx;
    private final InspectorBooking booking;
    private final ReadOnlyObjectProperty<OrderFile> file;
    private final ReadOnlyStringWrapper inspector = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper clash = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper applies = new ReadOnlyBooleanWrapper();
    private final Consumer<UUID> reload;
    private final Runnable changed;
    private final Consumer<String> tell;

    /**
     * @param reload  reads the order file again after a save
     * @param changed the lists elsewhere read again
     * @param tell    the order file's notice
     */
    OrderInspectorViewModel(UiContext ctx, InspectorBooking booking, ReadOnlyObjectProperty<OrderFile> file,
                            Consumer<UUID> reload, Runnable changed, Consumer<String> tell) {
        this.ctx = ctx;
        this.booking = booking;
        this.file = file;
        this.reload = reload;
        this.changed = changed;
        this.tell = tell;
        file.addListener((o, a, f) -> show(f));
        show(file.get());
    }

    /** « Inspecteur… » (Ctrl+Maj+I): the choice, warned of a double booking or a cheque without accreditation. */
    public void choose() {
        OrderFile f = file.get();
        if (f == null) {
            return;
        }
        if (f.order().handoverMode() == HandoverMode.LIVRAISON) {
            tell.accept(ctx.messages().get("inspector.delivery", f.order().number()));
            return;
        }
        booking.choose(InspectorBooking.of(f), saved -> {
            reload.accept(saved.orderId());
            changed.run();
        }, (refusal, text) -> tell.accept(text));
    }

    private void show(OrderFile f) {
        boolean handover = f != null && f.order().handoverMode() != HandoverMode.LIVRAISON;
        applies.set(handover);
        clash.set("");
        if (!handover) {
            inspector.set("");
            return;
        }
        String name = f.order().inspector();
        inspector.set(name == null ? ctx.messages().get("order.inspector.none") : name
                + booking.roster().find(name).filter(i -> i.chequeAccredited())
                .map(i -> " " + ctx.messages().get("order.inspector.accredited")).orElse(""));
        Appointment a = InspectorBooking.of(f);
        ctx.executor().execute(BackgroundTask.of(() -> booking.clashes(a))
                .onSuccess(others -> showClash(a, others)));
    }

    private void showClash(Appointment a, List<Appointment> others) {
        OrderFile now = file.get();
        if (now != null && now.orderId().equals(a.orderId())) {
            clash.set(others.isEmpty() ? "" : booking.clashText(a, others));
        }
    }

    /** The inspector's name, « none chosen » while empty. */
    public ReadOnlyStringProperty inspectorProperty() {
        return inspector.getReadOnlyProperty();
    }

    /** The other hand-overs the inspector holds at the same time; empty when none. */
    public ReadOnlyStringProperty clashProperty() {
        return clash.getReadOnlyProperty();
    }

    /** Whether the order is a hand-over (a delivery has a driver, not an inspector). */
    public ReadOnlyBooleanProperty appliesProperty() {
        return applies.getReadOnlyProperty();
    }
}
