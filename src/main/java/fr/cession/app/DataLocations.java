package fr.cession.app;

import fr.cession.store.DataFolder;

import java.nio.file.Path;
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
        // The store's own rule for each system, so the command line and the desktop agree with it.
        return DataFolder.folderFor(systemProperties.getOrDefault("os.name", ""), environment,
                Path.of(systemProperties.getOrDefault("user.home", ".")));
    }

    /** The process's environment (the command line reads its login from it). */
    public Map<String, String> environment() {
        return environment;
    }

    public Path defaultDatabaseFile() {
        return dataFolder().resolve(AppConfigLoader.DATABASE_NAME);
    }

    public Path logFolder() {
        return dataFolder().resolve("logs");
    }
}
