package fr.cession.sync.central;

import fr.cession.sync.central.CentralTables.Desktop;
import fr.cession.sync.central.CentralTables.Meta;
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
        return purge(false);
    }

    /** The purge now, whatever the day's (an administrator's command, a test): refused to a person's login. */
    public int purge() {
        return purge(true);
    }

    /** In the database ({@code central_purge}): no person's login may delete from the history itself. */
    private int purge(boolean force) {
        return central.dsl().select(DSL.function(DSL.name("central_purge"), Integer.class, DSL.val(force)))
                .fetchSingle().value1();
    }
}
