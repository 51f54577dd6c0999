package fr.cession.sync.central;

import fr.cession.sync.SyncedTables;
import fr.cession.sync.central.CentralTables.Change;
import fr.cession.sync.central.CentralTables.Desktop;
import fr.cession.sync.central.CentralTables.Meta;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.impl.DSL;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Central housekeeping: desktops seen, retention of the change log and of deleted rows. */
public final class CentralMaintenance {

    private final CentralDatabase central;

    public CentralMaintenance(CentralDatabase central) {
        this.central = central;
    }

    public void desktopSeen(UUID desktopId, String site, int schemaVersion, Instant at, String outcome) {
        OffsetDateTime when = at.atOffset(ZoneOffset.UTC);
        String shortOutcome = outcome == null || outcome.length() <= 200 ? outcome : outcome.substring(0, 200);
        central.dsl().insertInto(Desktop.T).set(Desktop.DESKTOP_ID, desktopId).set(Desktop.SITE, site)
                .set(Desktop.SCHEMA_VERSION, schemaVersion).set(Desktop.LAST_SEEN, when)
                .set(Desktop.LAST_OUTCOME, shortOutcome)
                .onConflict(Desktop.DESKTOP_ID).doUpdate().set(Desktop.SITE, site)
                .set(Desktop.SCHEMA_VERSION, schemaVersion).set(Desktop.LAST_SEEN, when)
                .set(Desktop.LAST_OUTCOME, shortOutcome).execute();
    }

    public void setRetentionDays(int days) {
        central.dsl().update(Meta.T).set(Meta.RETENTION_DAYS, days).execute();
    }

    /**
     * Forgets change-log entries and soft-deleted rows older than the retention. Desktops whose
     * cursor is below what was forgotten can no longer pull incrementally: they resync in full.
     *
     * @return the number of change-log entries removed
     */
    public int purge(Instant now) {
        return central.dsl().transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            int days = tx.select(Meta.RETENTION_DAYS).from(Meta.T).fetchSingle().value1();
            OffsetDateTime cutoff = now.minus(days, ChronoUnit.DAYS).atOffset(ZoneOffset.UTC);
            Long maxXid = tx.select(DSL.max(Change.XID)).from(Change.T).where(Change.RECORDED_AT.lt(cutoff))
                    .fetchSingle().value1();
            if (maxXid == null) {
                return 0;
            }
            int removed = tx.deleteFrom(Change.T).where(Change.XID.le(maxXid)).execute();
            tx.update(Meta.T).set(Meta.PURGED_BELOW_XID, DSL.greatest(Meta.PURGED_BELOW_XID, DSL.val(maxXid + 1)))
                    .execute();
            for (String name : SyncedTables.ALL) {
                Table<?> table = SyncedTables.table(name);
                tx.deleteFrom(table).where(DSL.field(DSL.name("deleted"), Boolean.class).isTrue())
                        .and(DSL.field(DSL.name("modified_at"), OffsetDateTime.class).lt(cutoff)).execute();
            }
            return removed;
        });
    }
}
