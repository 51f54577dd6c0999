package fr.cession.domain.approval;

import fr.cession.domain.row.RowMeta;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Something only a manager may decide: a hand-over date beyond the window, a refund. */
public record ApprovalRequest(
        UUID id,
        UUID orderId,
        ApprovalKind kind,
        ApprovalStatus status,
        String requestedBy,
        Instant requestedAt,
        String decidedBy,
        Instant decidedAt,
        BigDecimal amount,
        String detail,
        RowMeta meta) {

    public ApprovalRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        amount = fr.cession.domain.order.Money.euros(amount);
    }

    /** Refused with the manager's reason, kept after the detail ({@link RefusalNote}). */
    public ApprovalRequest refuse(String by, Instant at, String reason) {
        return new ApprovalRequest(id, orderId, kind, ApprovalStatus.REFUSEE, requestedBy, requestedAt, by, at, amount,
                RefusalNote.append(detail, reason), meta);
    }

    public ApprovalRequest decide(boolean approved, String by, Instant at) {
        return new ApprovalRequest(id, orderId, kind, approved ? ApprovalStatus.APPROUVEE : ApprovalStatus.REFUSEE,
                requestedBy, requestedAt, by, at, amount, detail, meta);
    }

    /** Taken back before a decision; who and when are kept where a decision would be, the reason after the detail. */
    public ApprovalRequest withdraw(String by, Instant at, WithdrawalReason reason) {
        String asked = detail == null ? "" : detail;
        return new ApprovalRequest(id, orderId, kind, ApprovalStatus.RETIREE, requestedBy, requestedAt, by, at, amount,
                asked + WithdrawalReason.SEPARATOR + reason.text(), meta);
    }

    /** What was asked, without the withdrawal's or the refusal's reason. */
    public String askedDetail() {
        String d = RefusalNote.askedDetail(WithdrawalReason.askedDetail(detail));
        return d == null || d.isEmpty() ? null : d;
    }

    /** Why the manager refused, when they said. */
    public java.util.Optional<String> refusalReason() {
        return status == ApprovalStatus.REFUSEE ? RefusalNote.of(detail) : java.util.Optional.empty();
    }

    public java.util.Optional<WithdrawalReason> withdrawalReason() {
        return status == ApprovalStatus.RETIREE ? WithdrawalReason.of(detail) : java.util.Optional.empty();
    }

    /** The amount a manager settles on as they decide (a dispute's partial refund). */
    public ApprovalRequest withAmount(BigDecimal newAmount) {
        return new ApprovalRequest(id, orderId, kind, status, requestedBy, requestedAt, decidedBy, decidedAt, newAmount,
                detail, meta);
    }

    public ApprovalRequest withMeta(RowMeta newMeta) {
        return new ApprovalRequest(id, orderId, kind, status, requestedBy, requestedAt, decidedBy, decidedAt, amount,
                detail, newMeta);
    }
}
