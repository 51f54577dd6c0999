package fr.cession.domain.order;

import java.time.Instant;

public record Cancellation(CancellationCase cancellationCase, String reason, Instant cancelledAt) {
}
