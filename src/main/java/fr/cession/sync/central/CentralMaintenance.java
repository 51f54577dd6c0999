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
import java.util.UUID;

/** Central housekeeping: desktops seen, retention of the change log and of deleted rows. */
public final class CentralMaintenance {

    private final CentralDatabase central;

    public CentralMaintenance(CentralDatabase central) {
        this.central = central;
    }

    /**
     * What this desktop says of its last attempt, on the central clock: its outcome (in French),
     * the changes it still has to send, the refusals it received; {@code success} moves the date of
     * its last successful exchange. An administrator reads the {@code desktop} table to see who
     * is stuck.
     */
    public void report(UUID desktopId, String site, int schemaVersion, String outcome, int backlog, int refused,
                       boolean success) {
        String shortOutcome = outcome == null || outcome.length() <= 400 ? outcome : outcome.substring(0, 399) + "…";
        var now = DSL.currentOffsetDateTime();
        central.dsl().insertInto(Desktop.T).set(Desktop.DESKTOP_ID, desktopId).set(Desktop.SITE, site)
                .set(Desktop.SCHEMA_VERSION, schemaVersion).set(Desktop.LAST_SEEN, now)
                .set(Desktop.LAST_OUTCOME, shortOutcome).set(Desktop.BACKLOG, backlog).set(Desktop.REFUSED_TOTAL, refused)
                .set(Desktop.LAST_SUCCESS, success ? now : DSL.castNull(OffsetDateTime.class))
                .onConflict(Desktop.DESKTOP_ID).doUpdate().set(Desktop.SITE, site)
                .set(Desktop.SCHEMA_VERSION, schemaVersion).set(Desktop.LAST_SEEN, now)
                .set(Desktop.LAST_OUTCOME, shortOutcome).set(Desktop.BACKLOG, backlog)
                .set(Desktop.REFUSED_TOTAL, DSL.field(DSL.name("desktop", "refused_total"), Integer.class).plus(refused))
                .set(Desktop.LAST_SUCCESS, success ? now
                        : DSL.field(DSL.name("desktop", "last_success"), OffsetDateTime.class)).execute();
    }

    /** The central database's clock, the one every central decision is taken on. */
    public Instant now() {
        return central.dsl().select(DSL.currentOffsetDateTime()).fetchSingle().value1().toInstant();
    }

    public void setRetentionDays(int days) {
        central.dsl().update(Meta.T).set(Meta.RETENTION_DAYS, days).execute();
    }

    /**
     * Forgets change-log entries and soft-deleted rows older than the retention, at most once a
     * day; both the cut-off and the "once a day" are the central database's clock ({@code now()}),
     * so no desktop's clock, however wrong, can erase anything early. Desktops whose cursor is
     * below what was forgotten can no longer pull incrementally: they resync in full.
     *
     * @return the number of change-log entries removed, or -1 when the day's purge was already done
     */
    public int purgeIfDue() {
        return central.dsl().transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            int claimed = tx.update(Meta.T).set(Meta.LAST_PURGE_AT, DSL.currentOffsetDateTime())
                    .where(Meta.LAST_PURGE_AT.isNull().or(Meta.LAST_PURGE_AT.le(
                            DSL.field("now() - interval '1 day'", OffsetDateTime.class))))
                    .execute();
            return claimed == 0 ? -1 : purge(tx);
        });
    }

    /** The purge now, whatever the day's (an administrator's command, a test). */
    public int purge() {
        return central.dsl().transactionResult(cfg -> purge(cfg.dsl()));
    }

    private static int purge(DSLContext tx) {
        int days = tx.select(Meta.RETENTION_DAYS).from(Meta.T).fetchSingle().value1();
        var cutoff = DSL.field("now() - make_interval(days => {0})", OffsetDateTime.class, DSL.val(days));
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
    }
}
