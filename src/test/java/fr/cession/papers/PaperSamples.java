package fr.cession.papers;

import fr.cession.domain.activity.Activity;
import fr.cession.domain.activity.ActivityState;
import fr.cession.domain.activity.ChecklistItem;
import fr.cession.domain.approval.ApprovalKind;
import fr.cession.domain.approval.ApprovalRequest;
import fr.cession.domain.approval.ApprovalStatus;
import fr.cession.domain.document.DocumentStatus;
import fr.cession.domain.document.DocumentType;
import fr.cession.domain.document.OrderDocument;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.Cancellation;
import fr.cession.domain.order.CancellationCase;
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
import fr.cession.domain.user.Role;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

/** Order files as the papers meet them: a credit sale being organised, a withdrawal to refund. */
final class PaperSamples {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** Tuesday 10 March 2026, 10:00 in Paris. */
    static final Clock CLOCK = Clock.fixed(ZonedDateTime.of(2026, 3, 10, 10, 0, 0, 0, PARIS).toInstant(), PARIS);

    private PaperSamples() {
    }

    static Instant at(int day, int hour) {
        return ZonedDateTime.of(2026, 3, day, hour, 0, 0, 0, PARIS).toInstant();
    }

    /** CRD, Cofidis, financing the fee and the CG, hand-over with an inspector on 23/03 14:00, fee and down payment in. */
    static OrderFile creditSale() {
        UUID id = UUID.randomUUID();
        Customer c = new Customer(CustomerKind.PARTICULIER, "Karim", "Benali", null, null, "karim.benali@example.fr",
                "06 78 90 12 34", "8 place Bellecour, 69002 Lyon", CgHolding.COTITULAIRE, "Nadia Benali", null);
        Vehicle v = new Vehicle("VF1KZ1A0547123456", "EX-789-MN", "Renault", "Mégane Estate", LocalDate.of(2020, 3, 1),
                LocalDate.of(2026, 3, 2), LocalDate.of(2025, 4, 15), 84250, new BigDecimal("12990"), false, "Auto Partenaire Lyon");
        Financing f = new Financing(new BigDecimal("2990"), new BigDecimal("10000"),
                EnumSet.of(FinancingCover.FRAIS_RESERVATION, FinancingCover.CG), Lender.COFIDIS);
        Order o = new Order(id, "LYON-2026-0042", OrderStatus.ORGANISEE, LocalDate.of(2026, 3, 9), new BigDecimal("500"),
                "cdupont", "LYON", c, v, HandoverMode.CESSION, LocalDateTime.of(2026, 3, 23, 14, 0), PaymentMethod.CRD,
                f, null, null, null, RowMeta.NEW, "Sophie Girard");
        UUID check = UUID.randomUUID();
        UUID organise = UUID.randomUUID();
        return new OrderFile(o,
                List.of(new Activity(check, id, "verification_documents", "Vérification des documents B2C", Role.COMMERCIAL,
                                "cdupont", at(18, 18), ActivityState.OUVERTE, null, null, null, RowMeta.NEW),
                        new Activity(organise, id, "inspecteur_driiveme", "Inspecteur ou driiveme planifier B2C",
                                Role.COMMERCIAL, "cdupont", at(18, 18), ActivityState.OUVERTE, null, null, null, RowMeta.NEW)),
                List.of(item(check, id, "docs_recus", "Vérifier les documents reçus et relancer si besoin", 1, true),
                        item(check, id, "titulaire_present", "Futur titulaire présent, sinon procuration", 2, false),
                        item(organise, id, "inspecteur", "Rechercher et planifier un inspecteur", 1, false)),
                List.of(doc(id, DocumentType.CNI, DocumentStatus.VALIDE, null),
                        doc(id, DocumentType.JUSTIFICATIF_DOMICILE, DocumentStatus.RECU, null),
                        doc(id, DocumentType.PERMIS, DocumentStatus.MANQUANT, null),
                        doc(id, DocumentType.OFFRE_CREDIT, DocumentStatus.VALIDE, null),
                        doc(id, DocumentType.BON_DE_REMISE, DocumentStatus.MANQUANT, null),
                        doc(id, DocumentType.CERFA_CESSION, DocumentStatus.MANQUANT, null)),
                List.of(pay(id, PaymentKind.FRAIS_RESERVATION, PaymentMethod.VIR, "500", at(9, 11)),
                        pay(id, PaymentKind.APPORT, PaymentMethod.VIR, "2990", at(10, 9))),
                List.of());
    }

    /** Sold, received on 01/03, withdrawal notified on 05/03; the refund approved, RIB validated. */
    static OrderFile withdrawalToRefund(String lastName) {
        UUID id = UUID.randomUUID();
        Customer c = new Customer(CustomerKind.PARTICULIER, "Sophie", lastName, null, null, "sophie.lambert@example.fr",
                "06 45 78 90 12", "21 rue Mercière, 69002 Lyon", CgHolding.TITULAIRE, null, null);
        Vehicle v = new Vehicle("WVWZZZAUZKW123456", "FL-321-PQ", "Volkswagen", "Golf", LocalDate.of(2024, 1, 20),
                null, null, 30500, new BigDecimal("17490"), false, null);
        Order o = new Order(id, "LYON-2026-0017", OrderStatus.ANNULEE, LocalDate.of(2026, 2, 12), new BigDecimal("500"),
                "cdupont", "LYON", c, v, HandoverMode.LIVRAISON, LocalDateTime.of(2026, 3, 1, 10, 0), PaymentMethod.VIR,
                Financing.NONE, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 5),
                new Cancellation(CancellationCase.RETRACTATION, "La cliente se rétracte : le véhicule ne lui convient pas",
                        at(5, 15), OrderStatus.VENDUE), RowMeta.NEW);
        ApprovalRequest refund = new ApprovalRequest(UUID.randomUUID(), id, ApprovalKind.REMBOURSEMENT,
                ApprovalStatus.APPROUVEE, "cdupont", at(6, 9), "mlefevre", at(6, 14), new BigDecimal("17490"),
                "Rétractation dans le délai : rembourser le prix payé", RowMeta.NEW);
        return new OrderFile(o, List.of(), List.of(),
                List.of(doc(id, DocumentType.PIECE_IDENTITE_KYC_1, DocumentStatus.VALIDE, null),
                        doc(id, DocumentType.PIECE_IDENTITE_KYC_2, DocumentStatus.VALIDE, null),
                        doc(id, DocumentType.RIB, DocumentStatus.VALIDE, "FR7630006000011234567890189")),
                List.of(pay(id, PaymentKind.FRAIS_RESERVATION, PaymentMethod.VIR, "500", at(2, 10)),
                        pay(id, PaymentKind.SOLDE, PaymentMethod.VIR, "16990", at(2, 16))),
                List.of(refund));
    }

    private static ChecklistItem item(UUID activity, UUID order, String code, String label, int pos, boolean checked) {
        return new ChecklistItem(UUID.randomUUID(), activity, order, code, label, "004:30", pos, checked,
                checked ? at(10, 9) : null, checked ? "cdupont" : null, RowMeta.NEW);
    }

    private static OrderDocument doc(UUID order, DocumentType type, DocumentStatus status, String ref) {
        OrderDocument d = OrderDocument.missing(UUID.randomUUID(), order, type);
        if (status == DocumentStatus.MANQUANT) {
            return d;
        }
        d = d.received(LocalDate.of(2026, 3, 3), at(4, 10), ref);
        return status == DocumentStatus.VALIDE ? d.validated("adv", at(4, 15)) : d;
    }

    private static Payment pay(UUID order, PaymentKind kind, PaymentMethod method, String amount, Instant received) {
        return new Payment(UUID.randomUUID(), order, kind, method, new BigDecimal(amount), received, received, null,
                RowMeta.NEW);
    }
}
