package fr.cession.sync;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import fr.cession.sync.central.PushApplier;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.Statement;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 8, "No deadlocks": a push that PostgreSQL cannot serialise (or a deadlock it broke) is
 * replayed, counted in the report and logged, and the sync still succeeds with nothing applied twice.
 */
class SyncRetryTest extends SyncTestBase {

    @Test
    void aSerializationFailureIsReplayedCountedAndLoggedAndTheSyncSucceeds() throws Exception {
        Desktop lyon = desktop("LYON");
        UUID a = lyon.createOrder("LYON-2026-0600");
        assertThat(lyon.syncOnce().ok()).isTrue();
        failTheNextOrderWriteOnce();
        lyon.edit("sales_order", a, a, "customer_phone", "0612345678");

        Logger pushLog = (Logger) LoggerFactory.getLogger(PushApplier.class);
        Logger syncLog = (Logger) LoggerFactory.getLogger(SyncService.class);
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        pushLog.addAppender(lines);
        syncLog.addAppender(lines);
        SyncReport report;
        try {
            report = lyon.syncOnce();
        } finally {
            pushLog.detachAppender(lines);
            syncLog.detachAppender(lines);
        }

        assertThat(report.ok()).as(String.valueOf(report)).isTrue();
        assertThat(report.retries()).isEqualTo(1);
        assertThat(central.row("sales_order", a).get("customer_phone")).isEqualTo("0612345678");
        assertThat(lyon.pending()).isZero();
        assertThat(lines.list).filteredOn(e -> e.getLevel() == Level.WARN).singleElement()
                .satisfies(e -> assertThat(e.getFormattedMessage()).startsWith("Envoi de 1 opération(s) rejoué (1 / "));
        // One INFO line per sync, with what it sent and the replay.
        assertThat(lines.list).filteredOn(e -> e.getLevel() == Level.INFO)
                .filteredOn(e -> e.getFormattedMessage().startsWith("Synchronisation réussie"))
                .singleElement().satisfies(e -> assertThat(e.getFormattedMessage())
                        .contains("1 envoyée(s)", "0 conflit(s)", "0 refus", "1 rejeu(x)"));
    }

    /**
     * The next write to a central order fails as PostgreSQL fails a transaction it cannot serialise
     * (SQLSTATE 40001); later ones pass. A sequence counts the tries: it is not rolled back with them.
     */
    private void failTheNextOrderWriteOnce() throws Exception {
        try (Connection c = centralDs.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE SEQUENCE test_fail_once");
            s.execute("CREATE FUNCTION test_fail_once() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$"
                    + " BEGIN IF nextval('test_fail_once') = 1 THEN"
                    + " RAISE EXCEPTION 'could not serialize access (test)' USING ERRCODE = 'serialization_failure';"
                    + " END IF; RETURN NEW; END $$");
            s.execute("CREATE TRIGGER test_fail_once BEFORE UPDATE ON sales_order FOR EACH ROW"
                    + " EXECUTE FUNCTION test_fail_once()");
        }
    }
}
