package fr.cession.domain.rules;

import fr.cession.domain.order.HandoverMode;
import fr.cession.domain.order.Order;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The two ways back after the hand-over or delivery, from the day the buyer received the vehicle:
 * the commercial return window (003:6 « une politique de retour de sept jours »), offered on every
 * sale, and the legal 14-day withdrawal (004:65, L221-18), which applies to a distance sale, i.e.
 * a delivery the buyer did not collect on site.
 *
 * @param returnLastDay     received on + the playbook's {@code reglages.retour_jours}
 * @param withdrawalApplies whether the legal withdrawal applies (a delivery)
 */
public record AfterSaleWindows(LocalDate receivedOn, int returnDays, LocalDate returnLastDay, int withdrawalDays,
                               LocalDate withdrawalLastDay, boolean withdrawalApplies) {

    public static final String RETURN_SEED = "003:6";

    /** Empty until the buyer received the vehicle: neither window has started. */
    public static Optional<AfterSaleWindows> of(Order order, int returnDays, int withdrawalDays, WithdrawalPeriod period) {
        LocalDate received = order.vehicleReceivedOn();
        if (received == null) {
            return Optional.empty();
        }
        return Optional.of(new AfterSaleWindows(received, returnDays, received.plusDays(returnDays), withdrawalDays,
                period.lastDay(received), order.handoverMode() == HandoverMode.LIVRAISON));
    }

    public boolean returnOpenOn(LocalDate day) {
        return !day.isAfter(returnLastDay);
    }
}
