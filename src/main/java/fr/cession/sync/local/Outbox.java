package fr.cession.sync.local;

import fr.cession.domain.audit.ChangeKind;
import fr.cession.domain.audit.FieldChange;
import fr.cession.sync.protocol.OpOutcome;
import fr.cession.sync.protocol.OutgoingOp;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fr.cession.store.schema.Tables.CHANGE_FIELD;
import static fr.cession.store.schema.Tables.CHANGE_OP;
import static fr.cession.store.schema.Tables.SYNC_REFUSAL;

/**
 * The local outbox: change_op rows written by this desktop and not yet acknowledged by the
 * central database (pushed_at null), in local_seq order.
 */
public final class Outbox {

    private final DSLContext local;

    public Outbox(DSLContext local) {
        this.local = local;
    }

    public int pendingCount() {
        return local.fetchCount(CHANGE_OP, CHANGE_OP.PUSHED_AT.isNull().and(CHANGE_OP.ORIGIN.eq("LOCAL")));
    }

    public List<OutgoingOp> pending(int limit) {
        Map<UUID, Record> ops = new LinkedHashMap<>();
        local.selectFrom(CHANGE_OP).where(CHANGE_OP.PUSHED_AT.isNull()).and(CHANGE_OP.ORIGIN.eq("LOCAL"))
                .orderBy(CHANGE_OP.LOCAL_SEQ).limit(limit).forEach(r -> ops.put(r.getOpId(), r));
        if (ops.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<FieldChange>> fields = new LinkedHashMap<>();
        local.selectFrom(CHANGE_FIELD).where(CHANGE_FIELD.OP_ID.in(ops.keySet())).orderBy(CHANGE_FIELD.FIELD)
                .forEach(f -> fields.computeIfAbsent(f.getOpId(), k -> new ArrayList<>())
                        .add(new FieldChange(f.getField(), f.getOldValue(), f.getNewValue())));
        List<OutgoingOp> out = new ArrayList<>(ops.size());
        for (Record r : ops.values()) {
            var op = r.into(CHANGE_OP);
            out.add(new OutgoingOp(op.getOpId(), op.getEntity(), op.getEntityId(), op.getOrderId(),
                    ChangeKind.valueOf(op.getKind()), op.getBaseVersion(), op.getChangedAt().toInstant(),
                    op.getChangedBy(), op.getSite(), fields.getOrDefault(op.getOpId(), List.of())));
        }
        return out;
    }

    /**
     * Marks the operations acknowledged by the central database as pushed (only ever after its
     * commit) and keeps the refusals with their reason, so they are shown and never retried.
     */
    public void recordOutcomes(List<OutgoingOp> sent, List<OpOutcome> outcomes, Instant now) {
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        Map<UUID, OutgoingOp> byId = new LinkedHashMap<>();
        sent.forEach(op -> byId.put(op.opId(), op));
        local.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            List<UUID> ids = outcomes.stream().map(OpOutcome::opId).toList();
            tx.update(CHANGE_OP).set(CHANGE_OP.PUSHED_AT, at).where(CHANGE_OP.OP_ID.in(ids)).execute();
            for (OpOutcome o : outcomes) {
                if (!o.refused()) {
                    continue;
                }
                OutgoingOp op = byId.get(o.opId());
                tx.insertInto(SYNC_REFUSAL).set(SYNC_REFUSAL.OP_ID, op.opId()).set(SYNC_REFUSAL.ENTITY, op.entity())
                        .set(SYNC_REFUSAL.ENTITY_ID, op.entityId()).set(SYNC_REFUSAL.ORDER_ID, op.orderId())
                        .set(SYNC_REFUSAL.CHANGED_BY, op.changedBy()).set(SYNC_REFUSAL.SITE, op.site())
                        .set(SYNC_REFUSAL.REASON, o.reason()).set(SYNC_REFUSAL.REFUSED_AT, at)
                        .onConflictDoNothing().execute();
            }
        });
    }
}
