package fr.cession.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the application keeps its data on this computer: the user's per-application data folder
 * of each system, never the working directory or the bare home folder.
 */
public final class DataFolder {

    public static final String DATABASE_FILE = "cession.mv.db";

    private DataFolder() {
    }

    public static Path defaultDatabaseFile() {
        return defaultFolder().resolve(DATABASE_FILE);
    }

    public static Path defaultFolder() {
        return folderFor(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /** The data folder for a given system, environment and home folder (testable without them). */
    public static Path folderFor(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String local = env.get("LOCALAPPDATA");
            Path base = local != null && !local.isBlank() ? Path.of(local) : home.resolve("AppData").resolve("Local");
            return base.resolve("Cession");
        }
        if (os.contains("mac") || os.contains("darwin")) {
            return home.resolve("Library").resolve("Application Support").resolve("Cession");
        }
        String xdg = env.get("XDG_DATA_HOME");
        // The XDG specification says a relative value is invalid and must be ignored.
        Path base = isAbsolute(xdg) ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve("cession");
    }

    private static boolean isAbsolute(String path) {
        return path != null && !path.isBlank() && Path.of(path).isAbsolute();
    }
}
