package fr.cession.cli.simulate;

import fr.cession.domain.contact.ContactChannel;
import fr.cession.domain.order.CustomerKind;
import fr.cession.domain.order.HandoverMode;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.order.PaymentMethod;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/**
 * The order a manager describes to see what the playbook plans for it (format in README,
 * "simulate").
 *
 * @param today the day to evaluate "late" against; null means the clock's today
 * @param status the status to simulate up to (RESERVEE by default)
 * @param address, phone, site, imported what the red flags of 003:9 look at
 * @param reservedAt when the order was created on the reservation day (starts the 48 h timer)
 * @param movements the ledger's movements, in their number's order
 * @param addressChangedAt when a person changed the buyer's address; null when never
 * @param iban the IBAN of the buyer's RIB; null when none was received
 * @param contacts the channels of the contact reports recorded on the order (calls, visits...)
 * @param complaintOpenedAt, complaintAnsweredAt a complaint after the sale (001:35), for its timer
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
        boolean imported,
        LocalTime reservedAt,
        List<SimulatedMovement> movements,
        LocalDateTime addressChangedAt,
        String iban,
        List<ContactChannel> contacts,
        LocalDateTime complaintOpenedAt,
        LocalDateTime complaintAnsweredAt) {

    public SimulationInput {
        movements = List.copyOf(movements);
        contacts = List.copyOf(contacts);
    }
}
