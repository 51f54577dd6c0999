package fr.cession.app;

import fr.cession.store.OwnerOnlyFiles;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * The jar's entry point. Without arguments it starts the desktop; with arguments it runs the
 * command line. Not a JavaFX {@code Application}: the launcher must start without JavaFX on the
 * module path.
 */
public final class Main {

    /** Read by logback.xml: the rolling log file goes there. */
    static final String LOG_DIR_PROPERTY = "cession.log.dir";

    private Main() {
    }

    public static void main(String[] args) {
        Map<String, String> properties = AppConfigLoader.systemProperties();
        if (args.length == 0) {
            // The installed desktop's first launch records its start-up archive (before any logger opens the log).
            new StartupArchive(properties).recordOnce(args).ifPresent(System::exit);
        }
        DataLocations locations = new DataLocations(properties, System.getenv());
        // Before the first logger exists, so logback writes its file in the user's data folder.
        if (System.getProperty(LOG_DIR_PROPERTY) == null) {
            System.setProperty(LOG_DIR_PROPERTY, locations.logFolder().toString());
        }
        ownerOnlyLogs(Path.of(System.getProperty(LOG_DIR_PROPERTY)));
        Launcher launcher = new Launcher(properties, locations);
        int code = args.length == 0 ? launcher.startDesktop() : launcher.runCommandLine(args);
        LoggerFactory.getLogger(Main.class).debug("Fin, code {}", code);
        System.exit(code);
    }

    /**
     * The log names customers and orders: its folder and file are the user's alone. Made before
     * logback opens the file, which then appends to it and keeps its permissions.
     */
    private static void ownerOnlyLogs(Path folder) {
        try {
            OwnerOnlyFiles.folder(folder);
            OwnerOnlyFiles.file(folder.resolve("cession.log"));
        } catch (IOException e) {
            // The command must still run; logback opens the file itself (or says why it cannot).
            LoggerFactory.getLogger(Main.class).warn("Journal : droits du dossier {} non restreints au propriétaire ({})",
                    folder, e.getMessage());
        }
    }
}
