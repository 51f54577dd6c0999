package fr.cession.sync.local;

import fr.cession.domain.audit.Change;
import fr.cession.domain.audit.ChangeKind;
import fr.cession.domain.audit.FieldChange;
import fr.cession.store.changelog.ChangeLog;
import fr.cession.sync.protocol.OpOutcome;
import fr.cession.sync.protocol.OutgoingOp;
import org.jooq.DSLContext;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import static fr.cession.store.schema.Tables.SALES_ORDER;
import static fr.cession.store.schema.Tables.SYNC_OUTBOX;
import static fr.cession.store.schema.Tables.SYNC_OUTBOX_FIELD;
import static fr.cession.store.schema.Tables.SYNC_REFUSAL;
import static fr.cession.store.schema.Tables.SYNC_TO_FIX;

/**
 * What this desktop has to send: the store's change log entries not yet pushed (order
 * entities, read through {@link ChangeLog}) followed by the synchronisation's own operations
 * ({@code sync_outbox}: conflicts closed here). The log names entities by kind; the protocol by
 * table, the name both databases share.
 */
public final class Outbox {

    private final DSLContext local;
    private final ChangeLog log;

    public Outbox(DSLContext local) {
        this.local = local;
        this.log = new ChangeLog(local);
    }

    /** Changes waiting to be sent: a count on the pending indexes, cheap enough to run after every save. */
    public int pendingCount() {
        return log.pendingCount(heldOrders(local)) + local.fetchCount(SYNC_OUTBOX, SYNC_OUTBOX.PUSHED_AT.isNull());
    }

    /** Orders whose creation was refused: their changes wait for a person ({@code sync_to_fix}). */
    public static Set<UUID> heldOrders(DSLContext ctx) {
        return new HashSet<>(ctx.select(SYNC_TO_FIX.ORDER_ID).from(SYNC_TO_FIX).fetch(SYNC_TO_FIX.ORDER_ID));
    }

    /**
     * The next batch: the synchronisation's own operations first (whole-order resends, conflict
     * closings), then the change log's, about {@code limit} of them but never cutting what one save
     * wrote in two (the central database applies a status change and what goes with it as one unit).
     */
    public List<OutgoingOp> pending(int limit) {
        List<OutgoingOp> out = new ArrayList<>(ownPending(limit));
        if (out.size() >= limit) {
            return out;
        }
        Set<UUID> held = heldOrders(local);
        int want = limit - out.size();
        for (int read = want + 64; ; read *= 2) {
            List<Change> changes = log.pending(local, read, held);
            int n = Math.min(want, changes.size());
            while (n > 0 && n < changes.size() && sameSave(changes.get(n - 1), changes.get(n))) {
                n++;
            }
            if (n < changes.size() || changes.size() < read) {
                for (Change c : changes.subList(0, n)) {
                    out.add(new OutgoingOp(c.opId(), c.entity().table(), c.entityId(), c.orderId(), c.kind(),
                            c.baseVersion(), c.at(), c.by(), c.site(), c.fields()));
                }
                return out;
            }
        }
    }

    private static boolean sameSave(Change a, Change b) {
        return a.orderId().equals(b.orderId()) && a.at().equals(b.at()) && Objects.equals(a.by(), b.by())
                && Objects.equals(a.site(), b.site());
    }

    private List<OutgoingOp> ownPending(int limit) {
        var ops = local.selectFrom(SYNC_OUTBOX).where(SYNC_OUTBOX.PUSHED_AT.isNull()).orderBy(SYNC_OUTBOX.LOCAL_SEQ)
                .limit(limit).fetch();
        if (ops.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<FieldChange>> fields = new LinkedHashMap<>();
        local.selectFrom(SYNC_OUTBOX_FIELD).where(SYNC_OUTBOX_FIELD.OP_ID.in(ops.getValues(SYNC_OUTBOX.OP_ID)))
                .orderBy(SYNC_OUTBOX_FIELD.FIELD)
                .forEach(f -> fields.computeIfAbsent(f.getOpId(), k -> new ArrayList<>())
                        .add(new FieldChange(f.getField(), f.getOldValue(), f.getNewValue())));
        return ops.map(op -> new OutgoingOp(op.getOpId(), op.getEntity(), op.getEntityId(), op.getOrderId(),
                ChangeKind.valueOf(op.getKind()), op.getBaseVersion(), op.getChangedAt().toInstant(),
                op.getChangedBy(), op.getSite(), fields.getOrDefault(op.getOpId(), List.of())));
    }

    private static String numberOf(DSLContext tx, OutgoingOp op) {
        return tx.select(SALES_ORDER.NUMBER).from(SALES_ORDER).where(SALES_ORDER.ID.eq(op.orderId()))
                .fetchOptional(SALES_ORDER.NUMBER).orElse(null);
    }

    /** Queues an operation on a synchronisation table, in the caller's transaction. */
    public static void queueOwn(DSLContext tx, OutgoingOp op) {
        tx.insertInto(SYNC_OUTBOX).set(SYNC_OUTBOX.OP_ID, op.opId()).set(SYNC_OUTBOX.ENTITY, op.entity())
                .set(SYNC_OUTBOX.ENTITY_ID, op.entityId()).set(SYNC_OUTBOX.ORDER_ID, op.orderId())
                .set(SYNC_OUTBOX.KIND, op.kind().name()).set(SYNC_OUTBOX.BASE_VERSION, op.baseVersion())
                .set(SYNC_OUTBOX.CHANGED_AT, op.changedAt().atOffset(ZoneOffset.UTC))
                .set(SYNC_OUTBOX.CHANGED_BY, op.changedBy()).set(SYNC_OUTBOX.SITE, op.site()).execute();
        for (FieldChange f : op.fields()) {
            tx.insertInto(SYNC_OUTBOX_FIELD).set(SYNC_OUTBOX_FIELD.OP_ID, op.opId())
                    .set(SYNC_OUTBOX_FIELD.FIELD, f.field()).set(SYNC_OUTBOX_FIELD.OLD_VALUE, f.oldValue())
                    .set(SYNC_OUTBOX_FIELD.NEW_VALUE, f.newValue()).execute();
        }
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
            log.markPushed(tx, ids, now);
            tx.update(SYNC_OUTBOX).set(SYNC_OUTBOX.PUSHED_AT, at).where(SYNC_OUTBOX.OP_ID.in(ids))
                    .and(SYNC_OUTBOX.PUSHED_AT.isNull()).execute();
            Set<UUID> held = heldOrders(tx);
            Set<String> said = new HashSet<>();
            for (OpOutcome o : outcomes) {
                if (!o.refused()) {
                    continue;
                }
                OutgoingOp op = byId.get(o.opId());
                boolean orderCreation = "sales_order".equals(op.entity()) && op.kind() == ChangeKind.CREATION;
                String number = numberOf(tx, op);
                if (orderCreation && held.add(op.orderId())) {
                    // Kept on this desktop, visible "à corriger"; what follows it waits for the fix.
                    tx.insertInto(SYNC_TO_FIX).set(SYNC_TO_FIX.ORDER_ID, op.orderId())
                            .set(SYNC_TO_FIX.NUMBER, number == null ? "?" : number)
                            .set(SYNC_TO_FIX.REASON, o.reason()).set(SYNC_TO_FIX.REFUSED_AT, at).execute();
                } else if (held.contains(op.orderId())) {
                    continue; // refused because its order's creation was: the order's own refusal says it all
                }
                if (!said.add(op.orderId() + "/" + o.reason())) {
                    continue; // one line per order and reason (a refused unit refuses each of its operations)
                }
                tx.insertInto(SYNC_REFUSAL).set(SYNC_REFUSAL.OP_ID, op.opId()).set(SYNC_REFUSAL.ENTITY, op.entity())
                        .set(SYNC_REFUSAL.ENTITY_ID, op.entityId()).set(SYNC_REFUSAL.ORDER_ID, op.orderId())
                        .set(SYNC_REFUSAL.CHANGED_BY, op.changedBy()).set(SYNC_REFUSAL.SITE, op.site())
                        .set(SYNC_REFUSAL.REASON, o.reason()).set(SYNC_REFUSAL.REFUSED_AT, at)
                        .set(SYNC_REFUSAL.ORDER_NUMBER, number)
                        .onConflictDoNothing().execute();
            }
        });
    }
}
