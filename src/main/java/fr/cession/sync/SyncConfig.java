package fr.cession.sync;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * How to reach the central database (config/central.properties). Absent or without
 * {@code central.url}: the desktop runs local-only. Every number has a range, checked by
 * {@link #problems} before the sync starts: a batch size of 0 would leave changes pending forever.
 */
public record SyncConfig(String url, String user, String password, String site, int batchSize,
                         Duration pollInterval, Duration maxBackoff) {

    /** A numeric key, its default and the values it accepts. */
    public record NumericKey(String key, long defaultValue, long min, long max, String meaning) {
    }

    public static final NumericKey BATCH_SIZE =
            new NumericKey("central.batch-size", 500, 1, 10_000, "opérations par envoi");
    public static final NumericKey POLL_SECONDS =
            new NumericKey("central.poll-seconds", 30, 1, 3_600, "secondes entre deux synchronisations");
    public static final NumericKey MAX_BACKOFF_SECONDS =
            new NumericKey("central.max-backoff-seconds", 300, 1, 86_400, "attente maximale hors ligne, en secondes");
    public static final List<NumericKey> NUMERIC_KEYS = List.of(BATCH_SIZE, POLL_SECONDS, MAX_BACKOFF_SECONDS);

    /** Every key the sync reads; any other {@code central.*} key is a mistake to report. */
    public static final Set<String> KEYS = Set.of("central.url", "central.user", "central.password", "central.site",
            BATCH_SIZE.key(), POLL_SECONDS.key(), MAX_BACKOFF_SECONDS.key());

    public SyncConfig {
        check(BATCH_SIZE, batchSize);
        check(POLL_SECONDS, pollInterval.toSeconds());
        check(MAX_BACKOFF_SECONDS, maxBackoff.toSeconds());
    }

    private static void check(NumericKey key, long value) {
        if (value < key.min() || value > key.max()) {
            throw new IllegalArgumentException(key.key() + " : " + value + " hors bornes (" + key.min() + " à "
                    + key.max() + ")");
        }
    }

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

    /**
     * @throws IllegalArgumentException when a number is unreadable or out of its range (the
     *                                  configuration loader reports {@link #problems} first)
     */
    public static Optional<SyncConfig> from(Properties p) {
        String url = p.getProperty("central.url", "").trim();
        if (url.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SyncConfig(url, p.getProperty("central.user", ""), p.getProperty("central.password", ""),
                p.getProperty("central.site", "SIEGE").trim(),
                (int) number(p, BATCH_SIZE),
                Duration.ofSeconds(number(p, POLL_SECONDS)),
                Duration.ofSeconds(number(p, MAX_BACKOFF_SECONDS))));
    }

    private static long number(Properties p, NumericKey key) {
        String text = p.getProperty(key.key(), "").trim();
        return text.isEmpty() ? key.defaultValue() : Long.parseLong(text);
    }

    /**
     * What is wrong with the numeric keys, by key, in French (e.g. "nombre entier de 1 à 10000
     * attendu (opérations par envoi)"); empty when every present key is a number in its range.
     */
    public static Map<String, String> problems(Map<String, String> values) {
        Map<String, String> out = new LinkedHashMap<>();
        for (NumericKey key : NUMERIC_KEYS) {
            String text = values.getOrDefault(key.key(), "").trim();
            if (text.isEmpty()) {
                continue;
            }
            String expected = "nombre entier de " + key.min() + " à " + key.max() + " attendu (" + key.meaning() + ")";
            try {
                long value = Long.parseLong(text);
                if (value < key.min() || value > key.max()) {
                    out.put(key.key(), expected);
                }
            } catch (NumberFormatException e) {
                out.put(key.key(), expected);
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return "SyncConfig[url=" + url + ", user=" + user + ", site=" + site + "]"; // never the password
    }
}
