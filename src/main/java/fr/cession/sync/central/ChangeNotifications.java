package fr.cession.sync.central;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A dedicated connection LISTENing on the central change channel. PgJDBC delivers
 * notifications only through its own API, hence plain JDBC here and nowhere else.
 */
public final class ChangeNotifications implements AutoCloseable {

    private final Connection connection;
    private final PGConnection pg;
    private final String ownPayload;

    public ChangeNotifications(DataSource dataSource, UUID ownDesktop) throws SQLException {
        this.connection = dataSource.getConnection();
        this.connection.setAutoCommit(true);
        this.pg = connection.unwrap(PGConnection.class);
        this.ownPayload = ownDesktop.toString();
        try (Statement s = connection.createStatement()) {
            s.execute("LISTEN " + PushApplier.CHANNEL);
        }
    }

    /**
     * Waits up to {@code timeoutMs} for another desktop's commit.
     *
     * @return true when at least one came from another desktop
     */
    public boolean awaitOthers(int timeoutMs) throws SQLException {
        PGNotification[] received = pg.getNotifications(timeoutMs);
        if (received == null) {
            return false;
        }
        for (PGNotification n : received) {
            if (!ownPayload.equals(n.getParameter())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
