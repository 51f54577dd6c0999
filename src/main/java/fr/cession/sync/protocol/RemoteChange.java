package fr.cession.sync.protocol;

import fr.cession.domain.audit.FieldChange;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One entry of the central change feed (an applied operation, or a conflict recorded). */
public record RemoteChange(
        long xid,
        long seq,
        UUID opId,
        String entity,
        UUID entityId,
        UUID orderId,
        String kind,
        long version,
        Instant changedAt,
        String changedBy,
        String site,
        List<FieldChange> fields) {

    public RemoteChange {
        fields = List.copyOf(fields);
    }
}
