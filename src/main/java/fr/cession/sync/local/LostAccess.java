package fr.cession.sync.local;

import fr.cession.sync.central.PullReader;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static fr.cession.store.schema.Tables.CHANGE_FIELD;
import static fr.cession.store.schema.Tables.CHANGE_OP;
import static fr.cession.store.schema.Tables.SALES_ORDER;
import static fr.cession.store.schema.Tables.SYNC_BLOCKED_ROW;
import static fr.cession.store.schema.Tables.SYNC_CONFLICT;
import static fr.cession.store.schema.Tables.SYNC_OUTBOX;
import static fr.cession.store.schema.Tables.SYNC_OUTBOX_FIELD;
import static fr.cession.store.schema.Tables.SYNC_TO_FIX;

/**
 * Orders the person may no longer see (the order went to another organisation, or the person
 * did): this desktop's copy goes at the next sync, with its history and conflicts, since they hold
 * the customer's data too. Refusals stay: they say, with the order's number, why a last change
 * made here was not taken. An order with something still to send, or held « à corriger »,
 * is left for now: its changes are refused or sent first, and it is asked about again next time.
 */
public final class LostAccess {

    private static final Logger LOG = LoggerFactory.getLogger(LostAccess.class);

    private final DSLContext local;

    public LostAccess(DSLContext local) {
        this.local = local;
    }

    /** Asks the centre about every order that could go, removes those out of reach; returns their numbers. */
    public List<String> removeOutOfReach(PullReader reader) {
        Set<UUID> askable = askable();
        if (askable.isEmpty()) {
            return List.of();
        }
        Set<UUID> gone = reader.outOfReach(askable);
        if (gone.isEmpty()) {
            return List.of();
        }
        List<String> numbers = remove(gone);
        LOG.info("{} commande(s) retirée(s) de ce poste, plus accessibles à cette personne : {}", numbers.size(), numbers);
        return numbers;
    }

    /** Orders held here with nothing waiting to be sent and not « à corriger ». */
    Set<UUID> askable() {
        Set<UUID> ids = new HashSet<>(local.select(SALES_ORDER.ID).from(SALES_ORDER).fetch(SALES_ORDER.ID));
        ids.removeAll(local.selectDistinct(CHANGE_OP.ORDER_ID).from(CHANGE_OP).where(CHANGE_OP.PUSHED_AT.isNull())
                .fetch(CHANGE_OP.ORDER_ID));
        ids.removeAll(local.selectDistinct(SYNC_OUTBOX.ORDER_ID).from(SYNC_OUTBOX).where(SYNC_OUTBOX.PUSHED_AT.isNull())
                .fetch(SYNC_OUTBOX.ORDER_ID));
        ids.removeAll(local.select(SYNC_TO_FIX.ORDER_ID).from(SYNC_TO_FIX).fetch(SYNC_TO_FIX.ORDER_ID));
        return ids;
    }

    /** Removes the orders' rows and everything this desktop kept about them, in one transaction. */
    List<String> remove(Set<UUID> orderIds) {
        return local.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            List<String> numbers = tx.select(SALES_ORDER.NUMBER).from(SALES_ORDER).where(SALES_ORDER.ID.in(orderIds))
                    .orderBy(SALES_ORDER.NUMBER).fetch(SALES_ORDER.NUMBER);
            for (UUID id : orderIds) {
                LocalFamily.delete(tx, id);
            }
            tx.deleteFrom(CHANGE_FIELD).where(CHANGE_FIELD.OP_ID.in(
                    tx.select(CHANGE_OP.OP_ID).from(CHANGE_OP).where(CHANGE_OP.ORDER_ID.in(orderIds)))).execute();
            tx.deleteFrom(CHANGE_OP).where(CHANGE_OP.ORDER_ID.in(orderIds)).execute();
            tx.deleteFrom(SYNC_OUTBOX_FIELD).where(SYNC_OUTBOX_FIELD.OP_ID.in(
                    tx.select(SYNC_OUTBOX.OP_ID).from(SYNC_OUTBOX).where(SYNC_OUTBOX.ORDER_ID.in(orderIds)))).execute();
            tx.deleteFrom(SYNC_OUTBOX).where(SYNC_OUTBOX.ORDER_ID.in(orderIds)).execute();
            tx.deleteFrom(SYNC_CONFLICT).where(SYNC_CONFLICT.ORDER_ID.in(orderIds)).execute();
            tx.deleteFrom(SYNC_BLOCKED_ROW).where(SYNC_BLOCKED_ROW.ORDER_ID.in(orderIds)).execute();
            return numbers;
        });
    }
}
