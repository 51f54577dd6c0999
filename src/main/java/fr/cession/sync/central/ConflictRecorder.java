package fr.cession.sync.central;

import fr.cession.sync.central.CentralTables.Change;
import fr.cession.sync.protocol.OutgoingOp;
import fr.cession.sync.tables.SyncedTables;
import org.jooq.DSLContext;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static fr.cession.store.schema.Tables.SYNC_CONFLICT;

/** Writes same-field conflicts (both values, both authors) and puts them on the change feed. */
final class ConflictRecorder {

    /** The field, the value kept and who set it, the value that lost and who set it. */
    record Lost(String field, String keptValue, ConflictPolicy.Author kept, String lostValue, ConflictPolicy.Author lost) {
    }

    private final DSLContext tx;

    ConflictRecorder(DSLContext tx) {
        this.tx = tx;
    }

    void record(OutgoingOp op, List<Lost> conflicts) {
        for (Lost c : conflicts) {
            // Derived from the operation and the field: a replayed push finds the same conflict.
            UUID id = UUID.nameUUIDFromBytes((op.opId() + "/" + c.field()).getBytes(StandardCharsets.UTF_8));
            tx.insertInto(SYNC_CONFLICT)
                    .set(SYNC_CONFLICT.ID, id).set(SYNC_CONFLICT.ENTITY, op.entity())
                    .set(SYNC_CONFLICT.ENTITY_ID, op.entityId()).set(SYNC_CONFLICT.ORDER_ID, op.orderId())
                    .set(SYNC_CONFLICT.FIELD, c.field())
                    .set(SYNC_CONFLICT.KEPT_VALUE, c.keptValue()).set(SYNC_CONFLICT.KEPT_BY, c.kept().by())
                    .set(SYNC_CONFLICT.KEPT_SITE, c.kept().site()).set(SYNC_CONFLICT.KEPT_AT, OpApplication.utc(c.kept().at()))
                    .set(SYNC_CONFLICT.LOST_VALUE, c.lostValue()).set(SYNC_CONFLICT.LOST_BY, c.lost().by())
                    .set(SYNC_CONFLICT.LOST_SITE, c.lost().site()).set(SYNC_CONFLICT.LOST_AT, OpApplication.utc(c.lost().at()))
                    .set(SYNC_CONFLICT.OP_ID, op.opId()).set(SYNC_CONFLICT.STATUS, "OUVERT")
                    .set(SYNC_CONFLICT.VERSION, 1L).set(SYNC_CONFLICT.MODIFIED_AT, OpApplication.utc(op.changedAt()))
                    .set(SYNC_CONFLICT.MODIFIED_BY, op.changedBy()).set(SYNC_CONFLICT.MODIFIED_SITE, op.site())
                    .set(SYNC_CONFLICT.DELETED, false)
                    .execute();
            tx.insertInto(Change.T).set(Change.ENTITY, SyncedTables.CONFLICT).set(Change.ENTITY_ID, id)
                    .set(Change.ORDER_ID, op.orderId()).set(Change.KIND, "CREATION").set(Change.VERSION, 1L)
                    .set(Change.CHANGED_AT, OpApplication.utc(op.changedAt())).set(Change.CHANGED_BY, op.changedBy())
                    .set(Change.SITE, op.site()).execute();
        }
    }
}
