package fr.cession.sync;

import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** What an operator reads when a sync fails: one French line, and whether it is worth a stack trace. */
class SyncFailureTest {

    private static DataAccessException failing(String state, String message) {
        return new DataAccessException("SQL [select 1]", new SQLException(message, state));
    }

    @Test
    void aWrongPasswordSaysWhichSettingsToCheck() {
        SyncFailure f = SyncFailure.of(failing("28P01", "FATAL: password authentication failed for user \"cession\""));
        assertThat(f.message()).contains("mot de passe incorrect").contains("central.password");
        assertThat(f.expected()).isTrue();
        assertThat(f.offline()).isTrue();
    }

    @Test
    void aServerDownIsOfflineWithoutAStackTrace() {
        SyncFailure refused = SyncFailure.of(failing("08001", "Connection to localhost:5432 refused"));
        assertThat(refused.message()).startsWith("base centrale injoignable").contains("central.url");
        assertThat(refused.expected()).isTrue();
        SyncFailure io = SyncFailure.of(new DataAccessException("io", new ConnectException("Connection refused")));
        assertThat(io.offline()).isTrue();
        assertThat(io.expected()).isTrue();
    }

    @Test
    void aMissingCentralSchemaNamesTheCommandToRun() {
        SyncFailure f = SyncFailure.of(failing("42P01", "ERROR: relation \"sync_meta\" does not exist"));
        assertThat(f.message()).contains("sync --installer-central");
        assertThat(f.offline()).isFalse();
    }

    @Test
    void anythingElseIsUnexpectedAndKeepsItsDetail() {
        SyncFailure f = SyncFailure.of(failing("XX000", "internal error"));
        assertThat(f.expected()).isFalse();
        assertThat(f.message()).contains("internal error");
    }
}
