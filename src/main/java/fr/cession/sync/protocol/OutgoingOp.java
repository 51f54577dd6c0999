package fr.cession.sync.protocol;

import fr.cession.domain.audit.ChangeKind;
import fr.cession.domain.audit.FieldChange;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One local change sent to the central database. {@code opId} is generated on the desktop and
 * makes the push idempotent; {@code baseVersion} is the row version its author saw. {@code entity}
 * is the table name, field names are its columns, values canonical text.
 */
public record OutgoingOp(
        UUID opId,
        String entity,
        UUID entityId,
        UUID orderId,
        ChangeKind kind,
        long baseVersion,
        Instant changedAt,
        String changedBy,
        String site,
        List<FieldChange> fields) {

    public OutgoingOp {
        fields = List.copyOf(fields);
    }
}
