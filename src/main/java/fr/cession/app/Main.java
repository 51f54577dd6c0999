package fr.cession.app;

import org.slf4j.LoggerFactory;

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
        DataLocations locations = new DataLocations(properties, System.getenv());
        // Before the first logger exists, so logback writes its file in the user's data folder.
        if (System.getProperty(LOG_DIR_PROPERTY) == null) {
            System.setProperty(LOG_DIR_PROPERTY, locations.logFolder().toString());
        }
        Launcher launcher = new Launcher(properties, locations);
        int code = args.length == 0 ? launcher.startDesktop() : launcher.runCommandLine(args);
        LoggerFactory.getLogger(Main.class).debug("Fin, code {}", code);
        System.exit(code);
    }
}
