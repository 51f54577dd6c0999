package fr.cession.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** A fresh data folder under the build folder, and the real configuration folder. */
final class AppTestFolders {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-01T08:00:00Z"), ZoneId.of("Europe/Paris"));

    private AppTestFolders() {
    }

    static Path freshDataFolder() {
        return Path.of(System.getProperty("cession.test.dir", "target/test-work")).resolve("app")
                .resolve(UUID.randomUUID().toString()).toAbsolutePath();
    }

    /** System properties pointing at the real {@code config/} and at {@code data}. */
    static Map<String, String> properties(Path data) {
        Map<String, String> p = new HashMap<>();
        p.put(AppConfigLoader.CONFIG_PROPERTY, Path.of("config").toAbsolutePath().toString());
        p.put(AppConfigLoader.DATA_PROPERTY, data.toString());
        p.put("user.home", data.resolve("home").toString());
        p.put("os.name", "Linux");
        // never the real /etc/cession of the machine running the tests
        p.put("cession.machineConfig", data.resolve("machine-config").toString());
        return p;
    }

    static Launcher launcher(Path data) {
        Map<String, String> p = properties(data);
        return new Launcher(p, new DataLocations(p, Map.of()));
    }
}
