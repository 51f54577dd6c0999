package fr.cession.app;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The station's configuration ({@code config/cession.properties}), validated. Who works on the
 * station is not in it: the person comes from the login.
 *
 * @param folder the configuration folder the relative paths are resolved against
 * @param site the station's site ({@code site.code}): the site of its local accounts
 * @param databaseFile the local H2 file (without {@code .mv.db}), already resolved: the place of the
 *                     station's store, beside which each person's own store goes
 * @param central empty when the station works on its own
 * @param warnings what the file still says that is no longer read, to tell the user
 * @param origins  the files read, in order, and where each value in effect came from (check-config, diagnostic)
 */
public record AppConfig(
        Path folder,
        String site,
        ZoneId zone,
        Locale language,
        Path databaseFile,
        Path playbookFile,
        Optional<CentralSettings> central,
        List<String> warnings,
        ConfigOrigins origins) {

    public static final String FILE_NAME = "cession.properties";

    public AppConfig {
        warnings = List.copyOf(warnings);
        origins = origins == null ? ConfigOrigins.NONE : origins;
    }

    /** A configuration built without the loader (no origins to show). */
    public AppConfig(Path folder, String site, ZoneId zone, Locale language, Path databaseFile, Path playbookFile,
                     Optional<CentralSettings> central, List<String> warnings) {
        this(folder, site, zone, language, databaseFile, playbookFile, central, warnings, ConfigOrigins.NONE);
    }

    public AppConfig withDatabaseFile(Path file) {
        return new AppConfig(folder, site, zone, language, file, playbookFile, central, warnings, origins);
    }

    public AppConfig withPlaybookFile(Path file) {
        return new AppConfig(folder, site, zone, language, databaseFile, file, central, warnings, origins);
    }

    /** The folder of the people's stores and of the station's offline credentials. */
    public Path dataFolder() {
        return databaseFile.toAbsolutePath().getParent();
    }

    /** This person's own store: {@code <data>/<login>/cession}, so people sharing a desktop never share a file. */
    public Path storeOf(String login) {
        return dataFolder().resolve(login).resolve(databaseFile.getFileName());
    }
}
