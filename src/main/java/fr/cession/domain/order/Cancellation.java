package fr.cession.domain.order;

import java.time.Instant;

/**
 * @param statusBefore the status the order had when it was cancelled: an order already organised
 *                     (seed 004 line 73) has works, an inspector or a DRIIVEME to call off
 */
public record Cancellation(CancellationCase cancellationCase, String reason, Instant cancelledAt,
                           OrderStatus statusBefore) {

    public boolean wasOrganised() {
        return statusBefore != null && statusBefore.ordinal() >= OrderStatus.ORGANISEE.ordinal()
                && statusBefore != OrderStatus.ANNULEE;
    }
}
