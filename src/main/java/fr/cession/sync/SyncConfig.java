package fr.cession.sync;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;

/**
 * How to reach the central database (config/central.properties). Absent or without
 * {@code central.url}: the desktop runs local-only.
 */
public record SyncConfig(String url, String user, String password, String site, int batchSize,
                         Duration pollInterval, Duration maxBackoff) {

    public static Optional<SyncConfig> load(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("lecture impossible de " + file, e);
        }
        return from(p);
    }

    public static Optional<SyncConfig> from(Properties p) {
        String url = p.getProperty("central.url", "").trim();
        if (url.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SyncConfig(url, p.getProperty("central.user", ""), p.getProperty("central.password", ""),
                p.getProperty("central.site", "SIEGE").trim(),
                Integer.parseInt(p.getProperty("central.batch-size", "500").trim()),
                Duration.ofSeconds(Long.parseLong(p.getProperty("central.poll-seconds", "30").trim())),
                Duration.ofSeconds(Long.parseLong(p.getProperty("central.max-backoff-seconds", "300").trim()))));
    }

    @Override
    public String toString() {
        return "SyncConfig[url=" + url + ", user=" + user + ", site=" + site + "]"; // never the password
    }
}
