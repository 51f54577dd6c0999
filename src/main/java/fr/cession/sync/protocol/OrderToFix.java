package fr.cession.sync.protocol;

import java.time.Instant;
import java.util.UUID;

/** One order to fix: its number, why the centre refused it (French, with what to do), when. */
public record OrderToFix(UUID orderId, String number, String reason, Instant refusedAt) {
}
