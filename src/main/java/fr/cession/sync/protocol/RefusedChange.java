package fr.cession.sync.protocol;

import java.time.Instant;
import java.util.UUID;

/** One refused change: what, on which order, by whom, why (French), when. */
public record RefusedChange(UUID opId, String entity, UUID entityId, UUID orderId, String changedBy, String reason, Instant refusedAt) {
}
