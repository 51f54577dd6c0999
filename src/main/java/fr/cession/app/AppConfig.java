package fr.cession.app;

import fr.cession.domain.user.Actor;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/**
 * The station's configuration ({@code config/cession.properties}), validated.
 *
 * @param folder the configuration folder the relative paths are resolved against
 * @param databaseFile the local H2 file (without {@code .mv.db}), already resolved
 * @param central empty when the station works on its own
 */
public record AppConfig(
        Path folder,
        Actor actor,
        ZoneId zone,
        Locale language,
        Path databaseFile,
        Path playbookFile,
        Optional<CentralSettings> central) {

    public static final String FILE_NAME = "cession.properties";

    public String site() {
        return actor.site();
    }

    public AppConfig withDatabaseFile(Path file) {
        return new AppConfig(folder, actor, zone, language, file, playbookFile, central);
    }

    public AppConfig withPlaybookFile(Path file) {
        return new AppConfig(folder, actor, zone, language, databaseFile, file, central);
    }
}
