package fr.cession.domain.rules;

import fr.cession.domain.approval.ApprovalKind;
import fr.cession.domain.approval.ApprovalRequest;
import fr.cession.domain.approval.ApprovalStatus;
import fr.cession.domain.document.DocumentStatus;
import fr.cession.domain.document.DocumentType;
import fr.cession.domain.document.OrderDocument;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.CgHolding;
import fr.cession.domain.order.Customer;
import fr.cession.domain.order.CustomerKind;
import fr.cession.domain.order.Financing;
import fr.cession.domain.order.FinancingCover;
import fr.cession.domain.order.HandoverMode;
import fr.cession.domain.order.Lender;
import fr.cession.domain.order.Order;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.order.Vehicle;
import fr.cession.domain.payment.Payment;
import fr.cession.domain.payment.PaymentKind;
import fr.cession.domain.row.RowMeta;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

/** Test data: one typical order (reserved 2026-04-01, 15 000 € by transfer), and its paperwork. */
public final class TestOrders {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    public static final UUID ORDER_ID = UUID.fromString("00000000-0000-0000-0000-000000000001");
    public static final LocalDate RESERVED = LocalDate.of(2026, 4, 1);

    private TestOrders() {
    }

    public static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(PARIS).toInstant();
    }

    public static Customer person() {
        return new Customer(CustomerKind.PARTICULIER, "Camille", "Martin", null, null, "camille.martin@example.fr",
                "06 12 34 56 78", "12 rue des Lilas, 69003 Lyon", CgHolding.TITULAIRE, null, null);
    }

    public static Customer company() {
        return new Customer(CustomerKind.SOCIETE, "Paul", "Durand", "Transports Durand", "443061841",
                "compta@durand.fr", "04 72 00 00 00", "1 quai Perrache, 69002 Lyon", CgHolding.SOCIETE, null,
                "Luc Bernard");
    }

    public static Vehicle vehicle(LocalDate firstRegistration) {
        return new Vehicle("VF1RFB00X12345678", "AB-123-CD", "Renault", "Clio", firstRegistration,
                LocalDate.of(2025, 3, 1), LocalDate.of(2025, 9, 1), 62000, new BigDecimal("15000.00"), false,
                "Partenaire Lyon");
    }

    public static Order order(PaymentMethod method) {
        return order(method, person(), HandoverMode.CESSION);
    }

    public static Order order(PaymentMethod method, Customer customer, HandoverMode mode) {
        Financing financing = method == PaymentMethod.CRD
                ? new Financing(new BigDecimal("3000.00"), new BigDecimal("12000.00"), Set.of(FinancingCover.CG),
                Lender.COFIDIS)
                : Financing.NONE;
        return new Order(ORDER_ID, null, OrderStatus.RESERVEE, RESERVED, new BigDecimal("500.00"), "jdupont",
                "LYON", customer, vehicle(LocalDate.of(2019, 3, 1)), mode, null, method, financing, null, null, null,
                RowMeta.NEW);
    }

    public static Order withVehicle(Order o, Vehicle v) {
        return new Order(o.id(), o.number(), o.status(), o.reservedOn(), o.reservationFee(), o.advisor(),
                o.owningSite(), o.customer(), v, o.handoverMode(), o.handoverAt(), o.paymentMethod(), o.financing(),
                o.vehicleReceivedOn(), o.withdrawalNoticeOn(), o.cancellation(), o.meta());
    }

    public static OrderFile file(Order order) {
        return OrderFile.of(order);
    }

    public static Payment payment(PaymentKind kind, PaymentMethod method, String amount, Instant orderedAt,
                                  Instant receivedAt, String reference) {
        return new Payment(UUID.randomUUID(), ORDER_ID, kind, method, new BigDecimal(amount), orderedAt, receivedAt,
                reference, RowMeta.NEW);
    }

    public static OrderDocument document(DocumentType type, DocumentStatus status, LocalDate issuedOn) {
        return document(type, status, issuedOn, status == DocumentStatus.VALIDE ? at("2026-04-05T10:00") : null, null);
    }

    public static OrderDocument document(DocumentType type, DocumentStatus status, LocalDate issuedOn,
                                         Instant validatedAt, String reference) {
        return new OrderDocument(UUID.randomUUID(), ORDER_ID, type, status, issuedOn,
                status == DocumentStatus.MANQUANT ? null : at("2026-04-03T10:00"), validatedAt,
                validatedAt == null ? null : "adv", null, reference, RowMeta.NEW);
    }

    public static ApprovalRequest approval(ApprovalKind kind, ApprovalStatus status, String detail) {
        return new ApprovalRequest(UUID.randomUUID(), ORDER_ID, kind, status, "jdupont", at("2026-04-02T10:00"),
                status == ApprovalStatus.DEMANDEE ? null : "manager", status == ApprovalStatus.DEMANDEE ? null
                : at("2026-04-02T12:00"), null, detail, RowMeta.NEW);
    }
}
