package fr.cession.domain.activity;

import fr.cession.domain.row.RowMeta;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One line of an activity's checklist, as the playbook planned it.
 *
 * @param lineCode the playbook line it comes from (stable across playbook edits of the text)
 * @param seedRef where the line comes from in the users' documents, e.g. "004:33"
 */
public record ChecklistItem(
        UUID id,
        UUID activityId,
        UUID orderId,
        String lineCode,
        String label,
        String seedRef,
        int position,
        boolean checked,
        Instant checkedAt,
        String checkedBy,
        RowMeta meta) {

    public ChecklistItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(activityId, "activityId");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(lineCode, "lineCode");
    }

    public ChecklistItem tick(String by, Instant at) {
        return new ChecklistItem(id, activityId, orderId, lineCode, label, seedRef, position, true, at, by, meta);
    }

    public ChecklistItem untick() {
        return new ChecklistItem(id, activityId, orderId, lineCode, label, seedRef, position, false, null, null, meta);
    }

    public ChecklistItem withMeta(RowMeta newMeta) {
        return new ChecklistItem(id, activityId, orderId, lineCode, label, seedRef, position, checked, checkedAt,
                checkedBy, newMeta);
    }
}
