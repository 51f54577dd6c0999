package fr.cession.papers;

import fr.cession.domain.approval.ApprovalKind;
import fr.cession.domain.approval.ApprovalRequest;
import fr.cession.domain.approval.ApprovalStatus;
import fr.cession.domain.document.DocumentStatus;
import fr.cession.domain.document.DocumentType;
import fr.cession.domain.document.OrderDocument;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.Cancellation;
import fr.cession.domain.order.CancellationCase;
import fr.cession.domain.order.Order;
import fr.cession.domain.payment.Payment;
import fr.cession.domain.payment.PaymentKind;
import fr.cession.papers.PdfCanvas.Field;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static fr.cession.papers.FrenchText.amount;
import static fr.cession.papers.FrenchText.get;

/**
 * The refund request the manager signs (004:63 "demande de remboursement au manager", 004:71 "le
 * manager procède au remboursement"): the order and customer, the cancellation case, the amount,
 * where the money goes (the IBAN of the validated RIB, 004:69) and by when (L221-24 after a withdrawal).
 */
final class RefundRequestPaper {

    private RefundRequestPaper() {
    }

    /** The refund request a paper is printed for: the latest one that was not withdrawn or refused. */
    static Optional<ApprovalRequest> requestOf(OrderFile file) {
        return file.approvals().stream()
                .filter(a -> a.kind() == ApprovalKind.REMBOURSEMENT)
                .filter(a -> a.status() == ApprovalStatus.DEMANDEE || a.status() == ApprovalStatus.APPROUVEE)
                .max(Comparator.comparing(ApprovalRequest::requestedAt, Comparator.nullsFirst(Comparator.naturalOrder())));
    }

    static String reference(OrderFile file, PaperContext ctx) {
        Instant asked = requestOf(file).map(ApprovalRequest::requestedAt).orElse(null);
        return get("refund.reference", OrderFacts.number(file.order()),
                asked == null ? FrenchText.date(ctx.today()) : FrenchText.date(asked, ctx.zone()));
    }

    static void draw(PdfCanvas c, OrderFile file, PaperContext ctx) throws IOException {
        Order o = file.order();
        ApprovalRequest request = requestOf(file).orElseThrow(() -> new IllegalArgumentException(
                "La commande " + OrderFacts.number(o) + " n'a pas de demande de remboursement"));
        c.section(get("refund.order"));
        c.fields(List.of(
                Field.of(get("field.number"), OrderFacts.number(o)),
                Field.of(get("field.status"), FrenchText.label(o.status())),
                Field.of(get("field.reservedOn"), FrenchText.date(o.reservedOn())),
                Field.of(get("field.advisor"), o.advisor()),
                Field.of(get("field.vehicle"), o.vehicle().displayName()),
                Field.of(get("field.plate"), o.vehicle().plate())));

        c.section(get("refund.customer"));
        c.fields(List.of(
                Field.of(get("field.name"), o.customer().displayName()),
                Field.of(get("field.phone"), o.customer().phone()),
                Field.of(get("field.email"), o.customer().email()),
                Field.wide(get("field.address"), o.customer().address())));

        Cancellation cancel = o.cancellation();
        c.section(get("refund.cancellation"));
        c.fields(List.of(
                Field.wide(get("field.case"), cancel == null ? null : FrenchText.label(cancel.cancellationCase())),
                Field.of(get("field.vehicleReceivedOn"), FrenchText.date(o.vehicleReceivedOn())),
                Field.of(get("field.noticeOn"), FrenchText.date(o.withdrawalNoticeOn())),
                Field.of(get("field.cancelledAt"), cancel == null ? null : FrenchText.date(cancel.cancelledAt(), ctx.zone())),
                Field.wide(get("field.reason"), cancel == null ? null : cancel.reason())));

        c.section(get("refund.refund"));
        BigDecimal held = held(file);
        c.fields(List.of(
                Field.of(get("field.amount"), amount(request.amount() == null ? held : request.amount())),
                Field.of(get("field.requestedBy"), get("request.by", nz(request.requestedBy()),
                        FrenchText.date(request.requestedAt(), ctx.zone()))),
                Field.wide(get("field.decision"), decision(request, ctx)),
                Field.wide(get("field.detail"), request.askedDetail())));
        c.callout(deadline(o, ctx));

        c.section(get("refund.transfer"));
        Optional<OrderDocument> rib = file.document(DocumentType.RIB).filter(d -> d.status() == DocumentStatus.VALIDE);
        c.fields(List.of(
                Field.wide(get("field.iban"), rib.map(d -> FrenchText.iban(d.reference())).filter(s -> !s.isEmpty())
                        .orElse(get("field.iban.none"))),
                Field.of(get("field.holder"), o.customer().displayName()),
                Field.of(get("field.ribValidated"), OrderFacts.state(file.document(DocumentType.RIB).orElse(null), ctx.zone()))));

        c.section(get("refund.funds"));
        List<Payment> money = file.payments().stream().filter(p -> p.isReceived() || p.kind() == PaymentKind.REMBOURSEMENT)
                .sorted(Comparator.comparing(Payment::receivedAt, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        if (money.isEmpty()) {
            c.paragraph(get("refund.funds.none"));
        } else {
            c.table(List.of(get("column.date"), get("column.kind"), get("column.method"), get("column.amount")),
                    new float[]{0.2f, 0.3f, 0.3f, 0.2f},
                    money.stream().map(p -> List.of(FrenchText.date(p.receivedAt(), ctx.zone()),
                            FrenchText.label(p.kind()), FrenchText.label(p.method()), amount(p.amount()))).toList(), true);
        }

        // 004:66-69: two IDs and a RIB for KYC 2, only once funds came in (a fee alone goes back without them)
        if (cancel != null && cancel.cancellationCase() == CancellationCase.FRAIS_RESERVATION_SEULS) {
            c.signatures(get("refund.sign.advisor", nz(request.requestedBy())), get("refund.sign.manager"));
            return;
        }
        c.section(get("refund.kyc"));
        // the RIB's own state is under the transfer above
        for (DocumentType t : List.of(DocumentType.PIECE_IDENTITE_KYC_1, DocumentType.PIECE_IDENTITE_KYC_2)) {
            c.checkbox(t.label(), OrderFacts.state(file.document(t).orElse(null), ctx.zone()));
        }
        c.signatures(get("refund.sign.advisor", nz(request.requestedBy())), get("refund.sign.manager"));
    }

    private static String decision(ApprovalRequest r, PaperContext ctx) {
        if (r.status() == ApprovalStatus.APPROUVEE) {
            return get("request.decided", FrenchText.label(r.status()), nz(r.decidedBy()),
                    FrenchText.date(r.decidedAt(), ctx.zone()));
        }
        return FrenchText.label(r.status());
    }

    /** L221-24: within 14 days of the withdrawal notice; a cancellation of another case has no legal delay. */
    private static String deadline(Order o, PaperContext ctx) {
        int days = ctx.settings().refundDays();
        boolean withdrawal = o.cancellation() != null && o.cancellation().cancellationCase() == CancellationCase.RETRACTATION;
        LocalDate notice = o.withdrawalNoticeOn();
        if (notice == null) {
            return withdrawal ? get("refund.deadline.unknown", days) : get("refund.deadline.none");
        }
        LocalDate due = notice.plusDays(days);
        return get(due.isBefore(ctx.today()) ? "refund.deadline.late" : "refund.deadline", FrenchText.date(due), days,
                FrenchText.date(notice));
    }

    /** Received and not yet paid back: what a refund without an amount gives back. */
    private static BigDecimal held(OrderFile file) {
        BigDecimal back = file.payments().stream().filter(p -> p.kind() == PaymentKind.REMBOURSEMENT && p.isReceived())
                .map(Payment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return OrderFacts.received(file).subtract(back);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
