package fr.cession.sync.central;

import fr.cession.sync.protocol.CentralPerson;
import org.jooq.exception.DataAccessException;
import org.postgresql.ds.PGSimpleDataSource;

import java.sql.SQLException;
import java.util.Optional;

/**
 * Checks a person's password the only way that counts: by connecting to the central database as
 * that person (their own PostgreSQL login) and asking it who they are ({@code whoami()}). The
 * desktop never sees a password list; the server's own authentication answers.
 */
public final class CentralLogin {

    /** What the central database said. */
    public sealed interface Outcome {
        /** The password is right and the account active. */
        record Person(CentralPerson person) implements Outcome {
        }

        /** Wrong password, or no such login (the server does not say which). */
        record WrongPassword() implements Outcome {
        }

        /** The account exists but may not log in any more. */
        record Disabled() implements Outcome {
        }

        /** The login works but is not a person's (the central database's administrator). */
        record NotAPerson() implements Outcome {
        }

        /** The server could not be asked (network, server down, schema missing): the desktop may work offline. */
        record Unreachable(String reason) implements Outcome {
        }
    }

    private final String url;
    private final int timeoutSeconds;

    /** @param url the {@code central.url} of the configuration */
    public CentralLogin(String url, int timeoutSeconds) {
        this.url = url;
        this.timeoutSeconds = timeoutSeconds;
    }

    public Outcome check(String login, char[] password) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(url);
        ds.setUser(login);
        ds.setPassword(new String(password));
        ds.setConnectTimeout(timeoutSeconds);
        ds.setLoginTimeout(timeoutSeconds);
        ds.setSocketTimeout(timeoutSeconds * 3);
        ds.setApplicationName("cession-connexion");
        try {
            CentralAccounts accounts = new CentralAccounts(new CentralDatabase(ds));
            Optional<CentralPerson> me = accounts.whoAmI();
            if (me.isEmpty()) {
                return new Outcome.NotAPerson();
            }
            if (!me.get().active()) {
                return new Outcome.Disabled();
            }
            accounts.recordLogin();
            return new Outcome.Person(me.get());
        } catch (DataAccessException e) {
            return outcome(e.getCause(SQLException.class), e);
        }
    }

    private static boolean disabledRole(String message) {
        return message != null && (message.contains("not permitted to log in") || message.contains("pas autorisé à se connecter"));
    }

    private static Outcome outcome(SQLException sql, RuntimeException e) {
        String state = sql == null ? null : sql.getSQLState();
        if ("28P01".equals(state)) {
            return new Outcome.WrongPassword();
        }
        if ("28000".equals(state) && disabledRole(sql.getMessage())) {
            // "role … is not permitted to log in": the account was disabled (ALTER ROLE … NOLOGIN). Other
            // 28000 refusals (no pg_hba.conf line for this desktop) are the server's set-up, not the person's.
            return new Outcome.Disabled();
        }
        return new Outcome.Unreachable(sql != null && sql.getMessage() != null ? sql.getMessage() : e.getMessage());
    }
}
