package fr.cession.domain.aftersale;

import fr.cession.domain.row.RowMeta;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A complaint (and the dispute it may become) or a return, on an order after its hand-over or
 * delivery. One row per case; each step changes it, so the order's history tells the whole story.
 *
 * @param openedOn       the day the buyer asked (a return: the return notice, start of the refund's 14 days)
 * @param request        what the buyer asks, as the advisor recorded it (a return: why)
 * @param answer         the work accepted, or the refusal's reason
 * @param workActivityId the activity that carries the accepted work (or the repair a manager decided)
 * @param approvalId     the dispute's request to the manager
 * @param pickupReference the DRIIVEME booking of the return's pick-up
 */
public record AfterSaleCase(
        UUID id,
        UUID orderId,
        AfterSaleKind kind,
        AfterSaleStatus status,
        LocalDate openedOn,
        Instant openedAt,
        String openedBy,
        String request,
        Instant answeredAt,
        String answeredBy,
        String answer,
        UUID workActivityId,
        UUID approvalId,
        DisputeDecision decision,
        BigDecimal decisionAmount,
        LocalDate pickupOn,
        String pickupReference,
        Instant inspectedAt,
        String inspectedBy,
        Integer mileageKm,
        String damage,
        RowMeta meta) {

    public AfterSaleCase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        decisionAmount = fr.cession.domain.order.Money.euros(decisionAmount);
    }

    public static AfterSaleCase opened(UUID id, UUID orderId, AfterSaleKind kind, LocalDate on, Instant at,
                                       String by, String request) {
        return new AfterSaleCase(id, orderId, kind, kind == AfterSaleKind.RETOUR ? AfterSaleStatus.RETOUR_NOTIFIE
                : AfterSaleStatus.OUVERTE, on, at, by, request, null, null, null, null, null, null, null, null, null,
                null, null, null, null, RowMeta.NEW);
    }

    public AfterSaleCase answered(AfterSaleStatus newStatus, String by, Instant at, String text, UUID activityId) {
        return new AfterSaleCase(id, orderId, kind, newStatus, openedOn, openedAt, openedBy, request, at, by, text,
                activityId, approvalId, decision, decisionAmount, pickupOn, pickupReference, inspectedAt,
                inspectedBy, mileageKm, damage, meta);
    }

    public AfterSaleCase disputed(UUID approval) {
        return new AfterSaleCase(id, orderId, kind, AfterSaleStatus.LITIGE, openedOn, openedAt, openedBy, request,
                answeredAt, answeredBy, answer, workActivityId, approval, decision, decisionAmount, pickupOn,
                pickupReference, inspectedAt, inspectedBy, mileageKm, damage, meta);
    }

    public AfterSaleCase decided(DisputeDecision newDecision, BigDecimal amount, UUID activityId) {
        return new AfterSaleCase(id, orderId, kind, AfterSaleStatus.TRANCHEE, openedOn, openedAt, openedBy, request,
                answeredAt, answeredBy, answer, activityId == null ? workActivityId : activityId, approvalId,
                newDecision, amount, pickupOn, pickupReference, inspectedAt, inspectedBy, mileageKm, damage, meta);
    }

    public AfterSaleCase pickupBooked(LocalDate on, String reference) {
        return new AfterSaleCase(id, orderId, kind, AfterSaleStatus.ENLEVEMENT_PLANIFIE, openedOn, openedAt, openedBy,
                request, answeredAt, answeredBy, answer, workActivityId, approvalId, decision, decisionAmount, on,
                reference, inspectedAt, inspectedBy, mileageKm, damage, meta);
    }

    public AfterSaleCase inspected(String by, Instant at, int mileage, String damageSeen) {
        return new AfterSaleCase(id, orderId, kind, AfterSaleStatus.INSPECTE, openedOn, openedAt, openedBy, request,
                answeredAt, answeredBy, answer, workActivityId, approvalId, decision, decisionAmount, pickupOn,
                pickupReference, at, by, mileage, damageSeen, meta);
    }

    public AfterSaleCase withMeta(RowMeta newMeta) {
        return new AfterSaleCase(id, orderId, kind, status, openedOn, openedAt, openedBy, request, answeredAt,
                answeredBy, answer, workActivityId, approvalId, decision, decisionAmount, pickupOn, pickupReference,
                inspectedAt, inspectedBy, mileageKm, damage, newMeta);
    }

    /** A complaint no one answered yet, or a return still under way. */
    public boolean isOpen() {
        return status == AfterSaleStatus.OUVERTE || status == AfterSaleStatus.LITIGE
                || status == AfterSaleStatus.RETOUR_NOTIFIE || status == AfterSaleStatus.ENLEVEMENT_PLANIFIE;
    }
}
