package fr.cession.domain.audit;

import fr.cession.domain.aftersale.AfterSaleCase;
import fr.cession.domain.aftersale.AfterSaleKind;
import fr.cession.domain.aftersale.AfterSaleStatus;
import fr.cession.domain.aftersale.DisputeDecision;
import fr.cession.domain.row.RowMeta;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static fr.cession.domain.audit.FieldValues.*;

/** Complaints, disputes and returns as named field values (the columns of {@code after_sale_case}), and back. */
public final class AfterSaleFields {

    private AfterSaleFields() {
    }

    public static Map<String, String> of(AfterSaleCase c) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("order_id", FieldValues.of(c.orderId()));
        f.put("kind", FieldValues.of(c.kind()));
        f.put("status", FieldValues.of(c.status()));
        f.put("opened_on", FieldValues.of(c.openedOn()));
        f.put("opened_at", FieldValues.of(c.openedAt()));
        f.put("opened_by", c.openedBy());
        f.put("request", c.request());
        f.put("answered_at", FieldValues.of(c.answeredAt()));
        f.put("answered_by", c.answeredBy());
        f.put("answer", c.answer());
        f.put("work_activity_id", FieldValues.of(c.workActivityId()));
        f.put("approval_id", FieldValues.of(c.approvalId()));
        f.put("decision", FieldValues.of(c.decision()));
        f.put("decision_amount", FieldValues.of(c.decisionAmount()));
        f.put("pickup_on", FieldValues.of(c.pickupOn()));
        f.put("pickup_reference", c.pickupReference());
        f.put("inspected_at", FieldValues.of(c.inspectedAt()));
        f.put("inspected_by", c.inspectedBy());
        f.put("mileage_km", FieldValues.of(c.mileageKm()));
        f.put("damage", c.damage());
        return f;
    }

    public static AfterSaleCase afterSale(UUID id, Map<String, String> f, RowMeta meta) {
        return new AfterSaleCase(id, uuid(f.get("order_id")), enumOf(AfterSaleKind.class, f.get("kind")),
                enumOf(AfterSaleStatus.class, f.get("status")), date(f.get("opened_on")),
                instant(f.get("opened_at")), f.get("opened_by"), f.get("request"), instant(f.get("answered_at")),
                f.get("answered_by"), f.get("answer"), uuid(f.get("work_activity_id")), uuid(f.get("approval_id")),
                enumOf(DisputeDecision.class, f.get("decision")), decimal(f.get("decision_amount")),
                date(f.get("pickup_on")), f.get("pickup_reference"), instant(f.get("inspected_at")),
                f.get("inspected_by"), integer(f.get("mileage_km")), f.get("damage"), meta);
    }
}
