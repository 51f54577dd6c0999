package fr.cession.sync;

import fr.cession.domain.audit.ChangeKind;
import fr.cession.sync.local.LocalChangeWriter;
import org.jooq.DSLContext;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fr.cession.store.schema.Tables.SYNC_CONFLICT;

/**
 * Lists open conflicts and resolves one by choosing a value. The choice is itself a local
 * change: the field gets the chosen value and the conflict becomes RESOLU, both in the outbox,
 * so every site sees the same decision after its next sync.
 */
public final class ConflictResolver {

    private final DSLContext local;
    private final Clock clock;

    public ConflictResolver(DSLContext local, Clock clock) {
        this.local = local;
        this.clock = clock;
    }

    public List<OpenConflict> openConflicts() {
        return local.selectFrom(SYNC_CONFLICT).where(SYNC_CONFLICT.STATUS.eq("OUVERT"))
                .and(SYNC_CONFLICT.DELETED.isFalse()).orderBy(SYNC_CONFLICT.LOST_AT)
                .fetch(r -> new OpenConflict(r.getId(), r.getEntity(), r.getEntityId(), r.getOrderId(), r.getField(),
                        r.getKeptValue(), r.getKeptBy(), r.getKeptSite(), r.getKeptAt().toInstant(),
                        r.getLostValue(), r.getLostBy(), r.getLostSite(), r.getLostAt().toInstant()));
    }

    /** Sets the field to {@code chosen} (one of the two values, or another) and closes the conflict. */
    public void resolve(UUID conflictId, String chosen, String by, String site) {
        Instant at = clock.instant();
        local.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            var c = tx.selectFrom(SYNC_CONFLICT).where(SYNC_CONFLICT.ID.eq(conflictId)).fetchOptional()
                    .orElseThrow(() -> new IllegalArgumentException("Conflit introuvable : " + conflictId));
            if (!"OUVERT".equals(c.getStatus())) {
                throw new IllegalStateException("Ce conflit est déjà résolu (par " + c.getResolvedBy() + ").");
            }
            Map<String, String> value = new LinkedHashMap<>();
            value.put(c.getField(), chosen);
            LocalChangeWriter.write(tx, c.getEntity(), c.getEntityId(), c.getOrderId(), ChangeKind.MODIFICATION,
                    value, by, site, at);
            Map<String, String> closing = new LinkedHashMap<>();
            closing.put("status", "RESOLU");
            closing.put("resolved_value", chosen);
            closing.put("resolved_by", by);
            closing.put("resolved_site", site);
            closing.put("resolved_at", at.toString());
            LocalChangeWriter.write(tx, SyncedTables.CONFLICT, conflictId, c.getOrderId(), ChangeKind.MODIFICATION,
                    closing, by, site, at);
        });
    }
}
