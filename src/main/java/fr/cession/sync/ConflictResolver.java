package fr.cession.sync;

import fr.cession.sync.local.ConflictClosing;
import fr.cession.sync.protocol.OpenConflict;
import fr.cession.sync.tables.OrderInvariants;
import org.jooq.DSLContext;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static fr.cession.store.schema.Tables.SYNC_CONFLICT;

/**
 * Lists open conflicts and resolves one by choosing a value. The choice is itself a local
 * change: the field gets the chosen value (an ordinary change of the order, in its history) and
 * the conflict becomes RESOLU (in the synchronisation's outbox), so every site sees the same
 * decision after its next sync.
 */
public final class ConflictResolver {

    private final DSLContext local;
    private final Clock clock;

    private final ConflictClosing closing;

    public ConflictResolver(DSLContext local, Clock clock) {
        this(local, clock, UUID::randomUUID);
    }

    /** @param ids where operation ids come from (the store's time-ordered ids in production) */
    public ConflictResolver(DSLContext local, Clock clock, Supplier<UUID> ids) {
        this.local = local;
        this.clock = clock;
        this.closing = new ConflictClosing(ids);
    }

    public List<OpenConflict> openConflicts() {
        return local.selectFrom(SYNC_CONFLICT).where(SYNC_CONFLICT.STATUS.eq("OUVERT"))
                .and(SYNC_CONFLICT.DELETED.isFalse()).orderBy(SYNC_CONFLICT.LOST_AT)
                .fetch(r -> new OpenConflict(r.getId(), r.getEntity(), r.getEntityId(), r.getOrderId(), r.getField(),
                        r.getKeptValue(), r.getKeptBy(), r.getKeptSite(), r.getKeptAt().toInstant(),
                        r.getLostValue(), r.getLostBy(), r.getLostSite(), r.getLostAt().toInstant()));
    }

    /** Open conflicts grouped per order (orders in the order of their oldest conflict): a person settles an order at once. */
    public Map<UUID, List<OpenConflict>> openByOrder() {
        Map<UUID, List<OpenConflict>> out = new LinkedHashMap<>();
        openConflicts().forEach(c -> out.computeIfAbsent(c.orderId(), k -> new ArrayList<>()).add(c));
        return out;
    }

    /**
     * Sets the field to {@code chosen} (one of the two values, or another) and closes the conflict.
     *
     * @throws ConflictChoiceRefusedException when the choice would leave the order impossible
     */
    public void resolve(UUID conflictId, String chosen, String by, String site) {
        Instant at = clock.instant();
        local.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            var c = tx.selectFrom(SYNC_CONFLICT).where(SYNC_CONFLICT.ID.eq(conflictId)).fetchOptional()
                    .orElseThrow(() -> new IllegalArgumentException("Conflit introuvable : " + conflictId));
            if (!"OUVERT".equals(c.getStatus())) {
                throw new IllegalStateException("Ce conflit est déjà résolu (par " + c.getResolvedBy() + ").");
            }
            // A field of a status change (status, cancellation case and date…) only makes sense with
            // the others of its unit: a choice that would split the unit is refused, nothing written.
            List<String> before = c.getOrderId() == null ? List.of() : OrderInvariants.check(tx, c.getOrderId());
            closing.close(tx, c, chosen, by, site, at);
            if (c.getOrderId() != null) {
                List<String> added = new ArrayList<>(OrderInvariants.check(tx, c.getOrderId()));
                added.removeAll(before);
                if (!added.isEmpty()) {
                    throw new ConflictChoiceRefusedException(added);
                }
            }
        });
    }
}
