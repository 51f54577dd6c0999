package fr.cession.domain.workflow;

import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.Customer;
import fr.cession.domain.order.HandoverMode;
import fr.cession.domain.order.Vehicle;
import fr.cession.domain.rules.RuleViolationException;
import fr.cession.domain.rules.WithdrawalPeriod;
import fr.cession.domain.user.Actor;
import fr.cession.domain.validation.FieldError;
import fr.cession.domain.validation.ValidationException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

/**
 * Corrections of an order after its creation (customer, vehicle, hand-over, advisor) and the
 * dates after the hand-over (reception, withdrawal notice): each one change of the order file,
 * recorded in its history by the save ({@link OrderWorkflow#edits()}).
 */
public final class OrderEdits {

    private final OrderChanges changes;
    private final HandoverScheduler handover;
    private final WithdrawalPeriod withdrawal;
    private final ZoneId zone;
    private final OrderEditDesk edits = new OrderEditDesk();

    OrderEdits(OrderChanges changes, HandoverScheduler handover, WithdrawalPeriod withdrawal, ZoneId zone) {
        this.changes = changes;
        this.handover = handover;
        this.withdrawal = withdrawal;
        this.zone = zone;
    }

    /** The day the customer received the vehicle: the withdrawal period starts the day after. */
    public OrderFile recordVehicleReceived(UUID orderId, LocalDate receivedOn, Actor actor) {
        return changes.change(orderId, actor, (file, now) -> {
            notInTheFuture("vehicleReceivedOn", "Réception du véhicule", receivedOn, now);
            return file.withOrder(file.order().withVehicleReceivedOn(receivedOn));
        });
    }

    public OrderFile recordWithdrawalNotice(UUID orderId, LocalDate noticeOn, Actor actor) {
        return changes.change(orderId, actor, (file, now) -> {
            notInTheFuture("withdrawalNoticeOn", "Notification de rétractation", noticeOn, now);
            withdrawal.check(file.order(), noticeOn).ifPresent(v -> {
                throw new RuleViolationException(v);
            });
            return file.withOrder(file.order().withWithdrawalNoticeOn(noticeOn));
        });
    }

    public OrderFile editCustomer(UUID orderId, Customer customer, Actor actor) {
        return changes.change(orderId, actor, (file, now) -> edits.customer(file, customer));
    }

    public OrderFile editVehicle(UUID orderId, Vehicle vehicle, Actor actor) {
        return changes.change(orderId, actor, (file, now) -> edits.vehicle(file, vehicle));
    }

    /** Hand-over date and mode in one save; a date beyond the window asks the manager (004:26). */
    public OrderFile editHandover(UUID orderId, LocalDateTime handoverAt, HandoverMode mode, Actor actor) {
        return changes.change(orderId, actor, (file, now) -> {
            OrderFile out = file;
            if (handoverAt != null && !handoverAt.equals(file.order().handoverAt())) {
                out = handover.set(out, handoverAt, actor, now);
            }
            return edits.handoverMode(out, mode);
        });
    }

    /** The order goes to another advisor, with its advisor's open tasks. */
    public OrderFile reassign(UUID orderId, String advisor, Actor actor) {
        return changes.change(orderId, actor, (file, now) -> edits.reassign(file, advisor));
    }

    /**
     * Who holds the hand-over (004:50); null or blank takes the inspector off. A delivery has a
     * driver, not an inspector, and a cancelled or closed order has no hand-over left to hold.
     */
    public OrderFile setInspector(UUID orderId, String inspector, Actor actor) {
        return changes.change(orderId, actor, (file, now) -> edits.inspector(file, inspector));
    }

    private void notInTheFuture(String field, String label, LocalDate day, Instant now) {
        if (day == null) {
            throw new ValidationException(new FieldError(field, label + " : date obligatoire"));
        }
        if (day.isAfter(now.atZone(zone).toLocalDate())) {
            throw new ValidationException(new FieldError(field, label + " : date dans le futur"));
        }
    }
}
