package fr.cession.domain.audit;

import fr.cession.domain.approval.ApprovalKind;
import fr.cession.domain.approval.ApprovalRequest;
import fr.cession.domain.approval.ApprovalStatus;
import fr.cession.domain.document.DocumentStatus;
import fr.cession.domain.document.DocumentType;
import fr.cession.domain.document.OrderDocument;
import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.payment.Payment;
import fr.cession.domain.payment.PaymentKind;
import fr.cession.domain.row.RowMeta;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static fr.cession.domain.audit.FieldValues.*;

/** Documents, payments and approval requests as named field values (their table columns), and back. */
public final class PaperworkFields {

    private PaperworkFields() {
    }

    public static Map<String, String> of(OrderDocument d) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("order_id", FieldValues.of(d.orderId()));
        f.put("doc_type", FieldValues.of(d.type()));
        f.put("status", FieldValues.of(d.status()));
        f.put("issued_on", FieldValues.of(d.issuedOn()));
        f.put("received_at", FieldValues.of(d.receivedAt()));
        f.put("validated_at", FieldValues.of(d.validatedAt()));
        f.put("validated_by", d.validatedBy());
        f.put("refusal_reason", d.refusalReason());
        f.put("reference", d.reference());
        return f;
    }

    public static OrderDocument document(UUID id, Map<String, String> f, RowMeta meta) {
        return new OrderDocument(id, uuid(f.get("order_id")), enumOf(DocumentType.class, f.get("doc_type")),
                enumOf(DocumentStatus.class, f.get("status")), date(f.get("issued_on")),
                instant(f.get("received_at")), instant(f.get("validated_at")), f.get("validated_by"),
                f.get("refusal_reason"), f.get("reference"), meta);
    }

    public static Map<String, String> of(Payment p) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("order_id", FieldValues.of(p.orderId()));
        f.put("kind", FieldValues.of(p.kind()));
        f.put("method", FieldValues.of(p.method()));
        f.put("amount", FieldValues.of(p.amount()));
        f.put("ordered_at", FieldValues.of(p.orderedAt()));
        f.put("received_at", FieldValues.of(p.receivedAt()));
        f.put("reference", p.reference());
        f.put("recorded_by", p.recordedBy());
        f.put("received_by", p.receivedBy());
        f.put("released_at", FieldValues.of(p.releasedAt()));
        f.put("released_by", p.releasedBy());
        f.put("payer_name", p.payerName());
        return f;
    }

    public static Payment payment(UUID id, Map<String, String> f, RowMeta meta) {
        return new Payment(id, uuid(f.get("order_id")), enumOf(PaymentKind.class, f.get("kind")),
                enumOf(PaymentMethod.class, f.get("method")), decimal(f.get("amount")),
                instant(f.get("ordered_at")), instant(f.get("received_at")), f.get("reference"), f.get("recorded_by"),
                f.get("received_by"), instant(f.get("released_at")), f.get("released_by"), f.get("payer_name"), meta);
    }

    public static Map<String, String> of(ApprovalRequest a) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("order_id", FieldValues.of(a.orderId()));
        f.put("kind", FieldValues.of(a.kind()));
        f.put("status", FieldValues.of(a.status()));
        f.put("requested_by", a.requestedBy());
        f.put("requested_at", FieldValues.of(a.requestedAt()));
        f.put("decided_by", a.decidedBy());
        f.put("decided_at", FieldValues.of(a.decidedAt()));
        f.put("amount", FieldValues.of(a.amount()));
        f.put("detail", a.detail());
        return f;
    }

    public static ApprovalRequest approval(UUID id, Map<String, String> f, RowMeta meta) {
        return new ApprovalRequest(id, uuid(f.get("order_id")), enumOf(ApprovalKind.class, f.get("kind")),
                enumOf(ApprovalStatus.class, f.get("status")), f.get("requested_by"),
                instant(f.get("requested_at")), f.get("decided_by"), instant(f.get("decided_at")),
                decimal(f.get("amount")), f.get("detail"), meta);
    }
}
