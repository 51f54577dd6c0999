package fr.cession.app;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.FlywayException;
import org.postgresql.ds.PGSimpleDataSource;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;

/**
 * What {@code check-config} learns by trying the central database: whether it answers (short
 * timeouts), whether it takes the user and password, and whether its schema is the one this
 * version speaks. Each outcome is one French sentence for the user; never a stack trace.
 */
final class CentralCheck {

    /** Seconds check-config waits for the server: a person is waiting at the console. */
    static final int TIMEOUT_SECONDS = 3;

    /** @param problem what is wrong, or null when the central database is usable */
    record Outcome(String summary, String problem) {
        boolean ok() {
            return problem == null;
        }
    }

    private CentralCheck() {
    }

    static Outcome probe(CentralSettings settings) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(settings.url());
        ds.setUser(settings.user());
        ds.setPassword(settings.password());
        ds.setConnectTimeout(TIMEOUT_SECONDS);
        ds.setLoginTimeout(TIMEOUT_SECONDS);
        ds.setSocketTimeout(2 * TIMEOUT_SECONDS);
        ds.setApplicationName("cession-check-config");
        try (Connection c = ds.getConnection()) {
            c.isValid(TIMEOUT_SECONDS);
        } catch (SQLException e) {
            return new Outcome(null, "base centrale " + settings.url() + " : " + connectionProblem(e, settings));
        }
        return schema(ds, settings);
    }

    /** The reason a connection failed, as the user can act on it. */
    static String connectionProblem(SQLException e, CentralSettings settings) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.equals("28P01") || state.equals("28000")) {
            return "utilisateur « " + settings.user() + " » ou mot de passe refusé (vérifiez central.user et "
                    + "central.password)";
        }
        if (state.equals("3D000")) {
            return "la base de données nommée dans central.url n'existe pas sur ce serveur";
        }
        Optional<Throwable> network = cause(e, UnknownHostException.class, ConnectException.class,
                NoRouteToHostException.class, SocketTimeoutException.class);
        if (network.isPresent() || state.startsWith("08")) {
            String why = network.map(t -> t instanceof UnknownHostException ? "serveur inconnu"
                    : t instanceof SocketTimeoutException ? "pas de réponse en " + TIMEOUT_SECONDS + " s"
                    : "connexion refusée").orElse("connexion impossible");
            return "serveur injoignable (" + why + ") : vérifiez central.url, le réseau ou que le serveur est démarré";
        }
        return "connexion refusée (code " + state + ") : " + firstLine(e.getMessage());
    }

    private static Outcome schema(PGSimpleDataSource ds, CentralSettings settings) {
        MigrationInfoService info;
        try {
            info = Flyway.configure().dataSource(ds).locations("classpath:db/central").table("central_schema_history")
                    .load().info();
        } catch (FlywayException e) {
            return new Outcome(null, "base centrale " + settings.url() + " : version du schéma illisible ("
                    + firstLine(e.getMessage()) + ")");
        }
        String known = Arrays.stream(info.all()).filter(m -> m.getVersion() != null
                        && m.getState() != MigrationState.FUTURE_SUCCESS && m.getState() != MigrationState.FUTURE_FAILED)
                .reduce((a, b) -> b).map(m -> m.getVersion().toString()).orElse("?");
        MigrationInfo current = info.current();
        if (current == null) {
            return new Outcome(null, "base centrale " + settings.url() + " : joignable, mais sans schéma Cession "
                    + "(l'administrateur l'installe avec « sync --installer-central »)");
        }
        String version = current.getVersion().toString();
        if (current.getState() == MigrationState.FUTURE_SUCCESS || current.getState() == MigrationState.FUTURE_FAILED) {
            return new Outcome(null, "base centrale " + settings.url() + " : schéma " + version
                    + " plus récent que celui de cette version de Cession (" + known
                    + ") : installez la dernière version de l'application");
        }
        if (info.pending().length > 0) {
            return new Outcome(null, "base centrale " + settings.url() + " : schéma " + version
                    + " en retard sur cette version de Cession (" + known
                    + ") : l'administrateur le met à jour avec « sync --installer-central »");
        }
        return new Outcome("Base centrale joignable : " + settings.url() + " (utilisateur " + settings.user()
                + ", schéma " + version + ")", null);
    }

    @SafeVarargs
    private static Optional<Throwable> cause(Throwable t, Class<? extends Throwable>... types) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            for (Class<? extends Throwable> type : types) {
                if (type.isInstance(c)) {
                    return Optional.of(c);
                }
            }
        }
        return Optional.empty();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
