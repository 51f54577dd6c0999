package fr.cession.domain.demo;

import fr.cession.domain.approval.ApprovalKind;
import fr.cession.domain.approval.ApprovalRequest;
import fr.cession.domain.approval.ApprovalStatus;
import fr.cession.domain.document.DocumentType;
import fr.cession.domain.document.OrderDocument;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.CancellationCase;
import fr.cession.domain.order.Order;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.payment.Payment;
import fr.cession.domain.payment.PaymentKind;
import fr.cession.domain.playbook.Playbook;
import fr.cession.domain.row.RowMeta;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;

/** The documents, payments and manager approvals of a demo order, consistent with where it stands. */
final class DemoPaperwork {

    private static final String ADV = "adv";
    private static final String MANAGER = "manager";

    private final Random random;
    private final DemoOrders orders;
    private final Playbook playbook;
    private final Instant now;

    DemoPaperwork(Random random, DemoOrders orders, Playbook playbook, Instant now) {
        this.random = random;
        this.orders = orders;
        this.playbook = playbook;
        this.now = now;
    }

    OrderFile add(OrderFile file, DemoTimeline timeline, OrderStatus last) {
        OrderFile result = documents(file, timeline.entry(OrderStatus.RESERVEE), last);
        result = payments(result, timeline, last);
        Order order = result.order();
        LocalDate reserved = order.reservedOn();
        if (order.handoverAt() != null && order.handoverAt().toLocalDate().isAfter(reserved.plusDays(15))) {
            // 004:26 "si + voir avec manager": the date beyond the window was approved.
            Instant asked = timeline.entry(OrderStatus.DESTOCKAGE);
            result = result.withApproval(new ApprovalRequest(orders.uuid(), order.id(),
                    ApprovalKind.DATE_CESSION_HORS_DELAI, ApprovalStatus.APPROUVEE, order.advisor(), asked, MANAGER,
                    DemoDataGenerator.min(asked.plus(Duration.ofHours(3)), now), null,
                    "Client indisponible avant cette date", RowMeta.NEW));
        }
        if (order.isCredit() && last.ordinal() >= OrderStatus.VENDUE.ordinal()) {
            // 004:53 the N+1 moved the funds from the lender's wallet.
            Instant sold = timeline.entry(OrderStatus.VENDUE);
            result = result.withApproval(new ApprovalRequest(orders.uuid(), order.id(),
                    ApprovalKind.TRANSFERT_FONDS_CREDIT, ApprovalStatus.APPROUVEE, order.advisor(), sold, MANAGER,
                    DemoDataGenerator.min(sold.plus(Duration.ofHours(1)), now), order.financing().financedAmount(),
                    "Wallet " + order.financing().lender(), RowMeta.NEW));
        }
        return result;
    }

    /** A cancelled order whose funds arrived waits for (or got) its refund (004:62-71). */
    OrderFile afterCancellation(OrderFile file, Instant cancelledAt) {
        OrderFile result = documents(file, cancelledAt, OrderStatus.RESERVEE);
        BigDecimal received = file.payments().stream().filter(Payment::isReceived).map(Payment::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean decided = random.nextBoolean();
        CancellationCase cancellationCase = file.order().cancellation().cancellationCase();
        Instant decidedAt = DemoDataGenerator.min(cancelledAt.plus(Duration.ofDays(2)), now);
        String asked = cancellationCase == CancellationCase.FRAIS_RESERVATION_SEULS
                ? "Remboursement des frais de réservation" : "Remboursement des fonds reçus après KYC 2";
        result = result.withApproval(new ApprovalRequest(orders.uuid(), file.orderId(), ApprovalKind.REMBOURSEMENT,
                decided ? ApprovalStatus.APPROUVEE : ApprovalStatus.DEMANDEE, file.order().advisor(), cancelledAt,
                decided ? MANAGER : null, decided ? decidedAt : null, received, asked, RowMeta.NEW));
        if (decided && received.signum() > 0) {
            // 004:71 an approved refund is money paid back, recorded as such (the day after the decision)
            Instant paid = DemoDataGenerator.min(decidedAt.plus(Duration.ofDays(1)), now);
            result = result.withPayment(new Payment(orders.uuid(), file.orderId(), PaymentKind.REMBOURSEMENT,
                    PaymentMethod.VIR, received, null, paid, null, RowMeta.NEW));
        }
        return result;
    }

    /** Adds the documents the playbook requires and the order does not hold yet. */
    private OrderFile documents(OrderFile file, Instant since, OrderStatus last) {
        OrderFile result = file;
        for (DocumentType type : playbook.requiredDocuments(file)) {
            if (result.document(type).isPresent()) {
                continue;
            }
            OrderDocument doc = OrderDocument.missing(orders.uuid(), file.orderId(), type);
            int draw = random.nextInt(100);
            int rank = last.ordinal();
            boolean inHand = rank >= OrderStatus.PAIEMENT_VERIFIE.ordinal() || draw < 40 + rank * 15;
            boolean validated = rank >= OrderStatus.PAIEMENT_VERIFIE.ordinal()
                    || (rank >= OrderStatus.ORGANISEE.ordinal() && draw < 60);
            if (inHand) {
                Instant at = DemoDataGenerator.clamp(since.plus(Duration.ofHours(2 + random.nextInt(72))), since, now);
                doc = doc.received(issuedOn(type, file.order(), at), at, reference(type));
                if (validated) {
                    doc = doc.validated(ADV, DemoDataGenerator.clamp(at.plus(Duration.ofHours(5)), at, now));
                }
            }
            result = result.withDocument(doc);
        }
        return result;
    }

    private LocalDate issuedOn(DocumentType type, Order order, Instant receivedAt) {
        LocalDate received = LocalDate.ofInstant(receivedAt, playbook.zone());
        return switch (type) {
            case JUSTIFICATIF_DOMICILE, ASSURANCE -> received.minusDays(5 + random.nextInt(80));
            case KBIS -> received.minusDays(20 + random.nextInt(300));
            case RAPPORT_CT -> order.vehicle().lastCt() != null ? order.vehicle().lastCt()
                    : received.minusDays(10 + random.nextInt(60));
            case CNI, CNI_GERANT, CNI_COTITULAIRE, PERMIS, PERMIS_COLLECTEUR, PIECE_IDENTITE_KYC_1,
                    PIECE_IDENTITE_KYC_2 -> received.minusDays(200 + random.nextInt(3000));
            default -> received.minusDays(random.nextInt(3));
        };
    }

    private String reference(DocumentType type) {
        return type == DocumentType.RIB ? orders.ids().frenchIban() : null;
    }

    private OrderFile payments(OrderFile file, DemoTimeline timeline, OrderStatus last) {
        Order order = file.order();
        Instant reserved = timeline.entry(OrderStatus.RESERVEE);
        OrderFile result = file.withPayment(new Payment(orders.uuid(), order.id(), PaymentKind.FRAIS_RESERVATION,
                PaymentMethod.VIR,
                order.reservationFee(), reserved, reserved, "RESA-" + order.number(), RowMeta.NEW));
        if (last.ordinal() < OrderStatus.ORGANISEE.ordinal() || order.vehicle().price() == null) {
            return result;
        }
        Instant organised = timeline.entry(OrderStatus.ORGANISEE);
        Instant verified = timeline.entry(OrderStatus.PAIEMENT_VERIFIE);
        boolean fundsIn = last.ordinal() >= OrderStatus.PAIEMENT_VERIFIE.ordinal();
        Instant receivedAt = fundsIn ? DemoDataGenerator.min(verified.minus(Duration.ofHours(3)), now) : null;
        BigDecimal balance = order.vehicle().price().subtract(order.reservationFee());
        if (order.isCredit()) {
            BigDecimal down = order.financing().downPayment();
            result = result.withPayment(new Payment(orders.uuid(), order.id(), PaymentKind.APPORT, PaymentMethod.VIR,
                    down, organised, receivedAt, "APPORT-" + order.number(), RowMeta.NEW));
            BigDecimal financed = balance.subtract(down).max(BigDecimal.ZERO);
            return result.withPayment(new Payment(orders.uuid(), order.id(), PaymentKind.FINANCEMENT, PaymentMethod.CRD,
                    financed, organised, receivedAt, order.financing().lender() + "-" + orders.ids().digits(8),
                    RowMeta.NEW));
        }
        String ref = order.paymentMethod() == PaymentMethod.CHQ ? "CHQ-" + orders.ids().digits(7)
                : "VIR-" + order.number();
        return result.withPayment(new Payment(orders.uuid(), order.id(), PaymentKind.SOLDE, order.paymentMethod(),
                balance, organised, receivedAt, ref, RowMeta.NEW));
    }
}
