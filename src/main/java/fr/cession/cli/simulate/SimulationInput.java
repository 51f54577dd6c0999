package fr.cession.cli.simulate;

import fr.cession.domain.order.CustomerKind;
import fr.cession.domain.order.HandoverMode;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.order.PaymentMethod;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The order a manager describes to see what the playbook plans for it (format in README,
 * "simulate").
 *
 * @param today the day to evaluate "late" against; null means the clock's today
 * @param status the status to simulate up to (RESERVEE by default)
 * @param address, phone, site, imported what the red flags of 003:9 look at
 */
public record SimulationInput(
        LocalDate reservedOn,
        OrderStatus status,
        PaymentMethod payment,
        HandoverMode handover,
        CustomerKind customerKind,
        boolean coHolder,
        LocalDateTime handoverAt,
        LocalDate firstRegistration,
        LocalDate lastCt,
        LocalDate lastService,
        BigDecimal reservationFee,
        BigDecimal price,
        LocalDate vehicleReceivedOn,
        LocalDate withdrawalNoticeOn,
        LocalDate today,
        String address,
        String phone,
        String site,
        boolean imported) {
}
