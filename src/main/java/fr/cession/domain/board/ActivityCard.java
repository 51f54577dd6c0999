package fr.cession.domain.board;

import fr.cession.domain.activity.ActivityTiming;
import fr.cession.domain.activity.ActivityState;
import fr.cession.domain.order.HandoverMode;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.user.Role;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

/**
 * One open activity as the board and "Ma journée" show it: the activity, the order it belongs to
 * and its checklist progress, flattened so that 50,000 of them fit in memory and filter fast.
 *
 * @param fundsReceived whether money other than the reservation fee has been received
 */
public record ActivityCard(
        UUID activityId,
        UUID orderId,
        String orderNumber,
        OrderStatus orderStatus,
        String customer,
        String plate,
        String vin,
        String vehicle,
        String typeCode,
        String title,
        Role role,
        String assignee,
        String advisor,
        Instant dueAt,
        PaymentMethod paymentMethod,
        HandoverMode handoverMode,
        LocalDateTime handoverAt,
        int itemsDone,
        int itemsTotal,
        boolean fundsReceived) {

    public ActivityTiming timing(Instant now, ZoneId zone) {
        return ActivityTiming.of(ActivityState.OUVERTE, dueAt, now, zone);
    }

    /** Whose list the activity is on: its assignee, or the order's advisor for an unassigned commercial task. */
    public boolean isFor(String login) {
        if (assignee != null && !assignee.isBlank()) {
            return assignee.equals(login);
        }
        return role == Role.COMMERCIAL && login.equals(advisor);
    }
}
