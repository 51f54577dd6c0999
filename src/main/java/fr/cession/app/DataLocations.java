package fr.cession.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the station keeps its data when the configuration does not say: {@code -Dcession.data},
 * else the user's data folder as each system names it.
 */
public final class DataLocations {

    private final Map<String, String> systemProperties;
    private final Map<String, String> environment;

    public DataLocations(Map<String, String> systemProperties, Map<String, String> environment) {
        this.systemProperties = Map.copyOf(systemProperties);
        this.environment = Map.copyOf(environment);
    }

    public Path dataFolder() {
        String data = systemProperties.get(AppConfigLoader.DATA_PROPERTY);
        if (data != null && !data.isBlank()) {
            return Path.of(data).toAbsolutePath().normalize();
        }
        String home = systemProperties.getOrDefault("user.home", ".");
        String os = systemProperties.getOrDefault("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String local = environment.get("LOCALAPPDATA");
            return Path.of(local != null ? local : home, "Cession");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Cession");
        }
        String xdg = environment.get("XDG_DATA_HOME");
        return Path.of(xdg != null && !xdg.isBlank() ? xdg : Path.of(home, ".local", "share").toString(), "cession");
    }

    public Path defaultDatabaseFile() {
        return dataFolder().resolve(AppConfigLoader.DATABASE_NAME);
    }

    public Path logFolder() {
        return dataFolder().resolve("logs");
    }
}
