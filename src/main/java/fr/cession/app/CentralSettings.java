package fr.cession.app;

import java.util.Map;

/**
 * The central PostgreSQL database this station synchronises with. Every {@code central.*} key
 * found is kept in {@code all}, so the sync can read its own extra keys.
 */
public record CentralSettings(String url, String user, String password, Map<String, String> all) {

    public CentralSettings {
        all = Map.copyOf(all);
    }

    @Override
    public String toString() {
        // Never print the password in a log line or a summary.
        return "CentralSettings[url=" + url + ", user=" + user + "]";
    }
}
