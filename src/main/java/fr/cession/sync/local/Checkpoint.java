package fr.cession.sync.local;

import fr.cession.sync.protocol.Cursor;

import java.time.Instant;
import java.util.UUID;

/** This desktop's identity, data schema version and position in the central change feed. */
public record Checkpoint(UUID desktopId, int schemaVersion, Cursor cursor, Instant lastSyncAt) {
}
