package fr.cession.sync;

import fr.cession.sync.protocol.RefusedChange;
import org.jooq.DSLContext;

import java.util.List;
import java.util.UUID;

import static fr.cession.store.schema.Tables.SYNC_REFUSAL;

/** Local changes the central database refused, with its reason, until the user has read them. */
public final class RefusalLog {


    private final DSLContext local;

    public RefusalLog(DSLContext local) {
        this.local = local;
    }

    public List<RefusedChange> unread() {
        return local.selectFrom(SYNC_REFUSAL).where(SYNC_REFUSAL.ACKNOWLEDGED.isFalse()).orderBy(SYNC_REFUSAL.REFUSED_AT)
                .fetch(r -> new RefusedChange(r.getOpId(), r.getEntity(), r.getEntityId(), r.getOrderId(), r.getChangedBy(),
                        r.getReason(), r.getRefusedAt().toInstant()));
    }

    public void acknowledge(UUID opId) {
        local.update(SYNC_REFUSAL).set(SYNC_REFUSAL.ACKNOWLEDGED, true).where(SYNC_REFUSAL.OP_ID.eq(opId)).execute();
    }
}
