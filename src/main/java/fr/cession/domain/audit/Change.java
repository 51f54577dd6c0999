package fr.cession.domain.audit;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One change of one entity: an audit entry and, until the central database has it, an outbox
 * operation. {@code baseVersion} is the version the author saw; {@code newVersion} the one it made.
 */
public record Change(
        UUID opId,
        EntityKind entity,
        UUID entityId,
        UUID orderId,
        ChangeKind kind,
        long baseVersion,
        long newVersion,
        Instant at,
        String by,
        String site,
        List<FieldChange> fields) {

    public Change {
        Objects.requireNonNull(opId, "opId");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        fields = List.copyOf(fields);
    }
}
