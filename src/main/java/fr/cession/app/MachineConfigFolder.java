package fr.cession.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the IT contractor puts the machine-wide configuration (central database, site), shared by
 * every person of the desktop: {@code -Dcession.machineConfig=DOSSIER} when given (tests, unusual
 * installs), else the folder each system reserves for it.
 */
final class MachineConfigFolder {

    /** System property naming the machine-wide configuration folder instead of the system's. */
    static final String PROPERTY = "cession.machineConfig";

    private MachineConfigFolder() {
    }

    static Path of(Map<String, String> systemProperties, Map<String, String> environment) {
        String given = systemProperties.get(PROPERTY);
        if (given != null && !given.isBlank()) {
            return Path.of(given).toAbsolutePath().normalize();
        }
        return forSystem(systemProperties.getOrDefault("os.name", ""), environment);
    }

    /** The system's own folder for machine-wide program data, writable by administrators only. */
    static Path forSystem(String osName, Map<String, String> environment) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String programData = environment.get("PROGRAMDATA");
            // %PROGRAMDATA% is C:\ProgramData on every Windows since Vista unless moved on purpose.
            return Path.of(programData != null && !programData.isBlank() ? programData : "C:\\ProgramData")
                    .resolve("Cession");
        }
        if (os.contains("mac") || os.contains("darwin")) {
            return Path.of("/Library/Application Support/Cession");
        }
        return Path.of("/etc/cession");
    }
}
