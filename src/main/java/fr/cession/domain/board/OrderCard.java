package fr.cession.domain.board;

import fr.cession.domain.order.HandoverMode;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.order.PaymentMethod;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * One order as the board shows it, whatever its status: the order, its next open activity (none
 * once everything is done, or on a closed or cancelled order) and how many activities are open.
 *
 * @param vehiclePrice  the sale price, summed in the column headers; null when not entered yet
 * @param fundsReceived whether money other than the reservation fee has been received
 * @param next          null when no activity is open
 */
public record OrderCard(
        UUID orderId,
        String orderNumber,
        OrderStatus status,
        String customer,
        String plate,
        String vin,
        String vehicle,
        String advisor,
        BigDecimal vehiclePrice,
        PaymentMethod paymentMethod,
        HandoverMode handoverMode,
        LocalDateTime handoverAt,
        boolean fundsReceived,
        NextActivity next,
        int openActivities) {

    public Optional<NextActivity> nextActivity() {
        return Optional.ofNullable(next);
    }

    /** Open activities besides the next one. */
    public int othersOpen() {
        return Math.max(0, openActivities - (next == null ? 0 : 1));
    }
}
