package fr.cession.sync;

import org.jooq.exception.DataAccessException;

import java.io.IOException;
import java.sql.SQLException;

/**
 * Why an exchange failed, in one French line an operator can act on. Expected failures (server
 * down, wrong password, no central schema, a transaction conflict that outlived its retries) are
 * logged as that line alone; anything else is a bug and keeps its stack trace in the log.
 */
record SyncFailure(String message, boolean expected, boolean offline) {

    static SyncFailure of(DataAccessException e) {
        String detail = firstLine(e);
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException) {
                return new SyncFailure("base centrale injoignable (" + detail + ") : vérifiez le réseau et central.url",
                        true, true);
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String s = sql.getSQLState();
                if (s.startsWith("28")) {
                    return new SyncFailure("connexion refusée par la base centrale : identifiant ou mot de passe incorrect"
                            + " (central.user, central.password)", true, true);
                }
                if (s.equals("3D000")) {
                    return new SyncFailure("la base centrale nommée dans central.url n'existe pas", true, true);
                }
                if (s.startsWith("08") || s.startsWith("57P") || s.startsWith("53")) {
                    return new SyncFailure("base centrale injoignable (" + detail + ") : vérifiez le réseau et central.url",
                            true, true);
                }
                if (s.equals("42P01")) {
                    return new SyncFailure("schéma central absent ou incomplet : l'administrateur doit lancer"
                            + " « sync --installer-central »", true, false);
                }
                if (s.startsWith("40")) {
                    return new SyncFailure("conflit de transactions persistant à la base centrale, nouvel essai plus tard",
                            true, true);
                }
            }
        }
        return new SyncFailure("erreur inattendue : " + detail, false, false);
    }

    /** Lost or refused connections, and transient conflicts between transactions: worth retrying later. */
    static boolean isConnectivity(DataAccessException e) {
        return of(e).offline();
    }

    private static String firstLine(DataAccessException e) {
        SQLException sql = e.getCause(SQLException.class);
        String msg = sql == null ? e.getMessage() : sql.getMessage();
        return msg == null ? e.getClass().getSimpleName() : msg.lines().findFirst().orElse("");
    }
}
