package fr.cession.testdata;

import fr.cession.domain.account.AccountLink;
import fr.cession.domain.account.CustomerAccountKind;
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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A new (never saved) order file with sensible defaults: a credit order reserved in Lyon with
 * activities, checklist lines, a document, a payment and an approval request, every optional
 * field filled unless told otherwise. Change what a test cares about with {@code withX(...)}.
 */
public final class OrderFileBuilder {

    private Supplier<UUID> ids = UUID::randomUUID;
    private UUID orderId = UUID.randomUUID();
    private String number;
    private OrderStatus status = OrderStatus.RESERVEE;
    private LocalDate reservedOn = LocalDate.of(2025, 3, 3);
    private String site = "LYON";
    private String advisor = "c.martin";
    private String customerLastName = "Durand";
    private PaymentMethod paymentMethod = PaymentMethod.CRD;
    private HandoverMode handoverMode = HandoverMode.CESSION;
    private LocalDateTime handoverAt = LocalDateTime.of(2025, 3, 14, 10, 30);
    private Cancellation cancellation;
    private int activities = 2;
    private int itemsPerActivity = 3;
    private boolean paperwork = true;
    private boolean ledgerFilled;
    private Instant at = Instant.parse("2025-03-03T09:15:30.123456Z");
    private String address = "12 rue de la République, 69002 Lyon";
    private String phone = "+33612345678";
    private BigDecimal vehiclePrice = new BigDecimal("14990.00");
    private boolean vehicleImported = true;
    private final List<OrderDocument> extraDocuments = new ArrayList<>();

    public static OrderFileBuilder anOrderFile() {
        return new OrderFileBuilder();
    }

    /** Every column of every entity holds a value (the cancellation too): for round-trip tests. */
    public static OrderFileBuilder everyFieldFilled() {
        OrderFileBuilder b = new OrderFileBuilder();
        b.ledgerFilled = true;
        return b.withCancellation(new Cancellation(
                CancellationCase.RETRACTATION, "Rétractation dans les 14 jours",
                Instant.parse("2025-03-10T16:45:12.654321Z"), OrderStatus.ORGANISEE));
    }

    public OrderFileBuilder withOrderId(UUID id) {
        this.orderId = id;
        return this;
    }

    /** Where the ids of the file's rows come from (random by default). */
    public OrderFileBuilder withIds(Supplier<UUID> idSource) {
        this.ids = idSource;
        this.orderId = idSource.get();
        return this;
    }

    public OrderFileBuilder withNumber(String n) {
        this.number = n;
        return this;
    }

    public OrderFileBuilder withStatus(OrderStatus s) {
        this.status = s;
        return this;
    }

    public OrderFileBuilder withReservedOn(LocalDate d) {
        this.reservedOn = d;
        return this;
    }

    public OrderFileBuilder withSite(String s) {
        this.site = s;
        return this;
    }

    public OrderFileBuilder withAdvisor(String a) {
        this.advisor = a;
        return this;
    }

    public OrderFileBuilder withCustomerLastName(String name) {
        this.customerLastName = name;
        return this;
    }

    public OrderFileBuilder withPaymentMethod(PaymentMethod m) {
        this.paymentMethod = m;
        return this;
    }

    public OrderFileBuilder withHandover(HandoverMode mode, LocalDateTime when) {
        this.handoverMode = mode;
        this.handoverAt = when;
        return this;
    }

    public OrderFileBuilder withCancellation(Cancellation c) {
        this.cancellation = c;
        this.status = c == null ? status : OrderStatus.ANNULEE;
        return this;
    }

    public OrderFileBuilder withActivities(int count, int itemsEach) {
        this.activities = count;
        this.itemsPerActivity = itemsEach;
        return this;
    }

    public OrderFileBuilder withoutPaperwork() {
        this.paperwork = false;
        return this;
    }

    /** When the file's timestamps (due dates, receipts) are placed. */
    public OrderFileBuilder site(String s) {
        return withSite(s);
    }

    public OrderFileBuilder address(String a) {
        this.address = a;
        return this;
    }

    public OrderFileBuilder phone(String p) {
        this.phone = p;
        return this;
    }

    public OrderFileBuilder handoverMode(HandoverMode mode) {
        this.handoverMode = mode;
        return this;
    }

    public OrderFileBuilder vehiclePrice(BigDecimal price) {
        this.vehiclePrice = price;
        return this;
    }

    public OrderFileBuilder vehicleImported(boolean imported) {
        this.vehicleImported = imported;
        return this;
    }

    /** A document of this type instead of the default paperwork's (reference: the IBAN of a RIB). */
    public OrderFileBuilder withDocument(DocumentType type, DocumentStatus status, String reference) {
        extraDocuments.add(new OrderDocument(ids.get(), orderId, type, status, LocalDate.of(2025, 2, 20),
                at.plusSeconds(120), at.plusSeconds(240), "adv.lyon", null, reference, RowMeta.NEW));
        return this;
    }

    public OrderFileBuilder at(Instant instant) {
        this.at = instant;
        return this;
    }

    public Order order() {
        Customer customer = new Customer(CustomerKind.PARTICULIER, "Camille", customerLastName, "Durand Autos SARL",
                "123456789", "camille.durand@example.fr", phone, address,
                CgHolding.COTITULAIRE, "Alex Durand", "Sam Durand");
        Vehicle vehicle = new Vehicle("VF1RFB00X12345678", "AB-123-CD", "Renault", "Clio V",
                LocalDate.of(2021, 4, 1), LocalDate.of(2024, 11, 2), LocalDate.of(2024, 6, 15), 42_315,
                vehiclePrice, vehicleImported, "Partenaire Rhône Autos");
        Financing financing = new Financing(new BigDecimal("2000.50"), new BigDecimal("12989.5"),
                EnumSet.of(FinancingCover.CG, FinancingCover.LIVRAISON), Lender.COFIDIS);
        return new Order(orderId, number, status, reservedOn, new BigDecimal("250.00"), advisor, site, customer,
                vehicle, handoverMode, handoverAt, paymentMethod, financing, reservedOn.plusDays(12),
                reservedOn.plusDays(13), cancellation, RowMeta.NEW,
                // the hand-over's inspector (004:50) and the customer account (seed 000) ride with every filled order
                ledgerFilled ? "Sophie Girard" : null,
                ledgerFilled ? new AccountLink(UUID.nameUUIDFromBytes(("compte-" + orderId).getBytes()),
                        "Garage Lenoir", CustomerAccountKind.PROFESSIONNEL,
                        UUID.nameUUIDFromBytes(("sous-compte-" + orderId).getBytes()), "Sophie Klein", 15, 35_000L,
                        UUID.nameUUIDFromBytes(("collecteur-" + orderId).getBytes())) : AccountLink.NONE);
    }

    public OrderFile build() {
        OrderFile file = OrderFile.of(order());
        for (int a = 0; a < activities; a++) {
            UUID activityId = ids.get();
            file = file.withActivity(new Activity(activityId, orderId, "ACT_" + a, "Activité n° " + (a + 1),
                    a % 2 == 0 ? Role.COMMERCIAL : Role.ADV, advisor, at.plus(Duration.ofDays(a + 1L)),
                    a == 0 ? ActivityState.FAITE : ActivityState.OUVERTE, at.plusSeconds(3600), "a.dupont",
                    "Note « " + a + " »", RowMeta.NEW));
            for (int i = 0; i < itemsPerActivity; i++) {
                file = file.withItem(new ChecklistItem(ids.get(), activityId, orderId, "LIGNE_" + a + "_" + i,
                        "Ligne " + i + " de l'activité " + a, "004:" + (5 + i), i, i == 0, at.plusSeconds(60L * i),
                        "a.dupont", RowMeta.NEW));
            }
        }
        boolean ownRib = extraDocuments.stream().anyMatch(d -> d.type() == DocumentType.RIB);
        for (OrderDocument d : extraDocuments) {
            file = file.withDocument(d);
        }
        if (paperwork) {
            if (!ownRib) {
                file = file.withDocument(new OrderDocument(ids.get(), orderId, DocumentType.RIB,
                        DocumentStatus.REFUSE, LocalDate.of(2025, 2, 20), at.plusSeconds(120), at.plusSeconds(240),
                        "adv.lyon", "RIB illisible", "FR7630006000011234567890189", RowMeta.NEW));
            }
            file = file.withPayment(ledgerFilled
                    // the ledger's columns too (who recorded, received, released it; the payer's name)
                    ? new Payment(ids.get(), orderId, PaymentKind.FRAIS_RESERVATION, PaymentMethod.VIR,
                            new BigDecimal("250.00"), at.minusSeconds(3600), at, "VIR-2025-0042", "c.martin",
                            "adv.lyon", at.plusSeconds(86_400), "m.bernard", "Kevin Martin", RowMeta.NEW)
                    : new Payment(ids.get(), orderId, PaymentKind.FRAIS_RESERVATION, PaymentMethod.VIR,
                            new BigDecimal("250.00"), at.minusSeconds(3600), at, "VIR-2025-0042", RowMeta.NEW));
            file = file.withApproval(new ApprovalRequest(ids.get(), orderId,
                    ApprovalKind.DATE_CESSION_HORS_DELAI, ApprovalStatus.APPROUVEE, "c.martin", at, "m.bernard",
                    at.plusSeconds(7200), new BigDecimal("0.10"), "Client disponible seulement le 20", RowMeta.NEW));
        }
        return file;
    }

    /** Several files with the same settings (fresh ids each). */
    public List<OrderFile> build(int count) {
        List<OrderFile> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(withOrderId(ids.get()).build());
        }
        return out;
    }
}
