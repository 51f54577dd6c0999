package fr.cession.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The installed desktop's class-data archive (AppCDS), made on its first launch at the installed
 * location: the archive records the absolute paths of the jars, so it cannot be built with the
 * package. Java 17 has no {@code -XX:+AutoCreateSharedArchive} (19+), so the first launch runs the
 * desktop in a child JVM started with {@code -XX:ArchiveClassesAtExit}; every later launch maps it
 * through the launcher's own {@code -XX:SharedArchiveFile} (a missing archive is ignored by the JVM).
 */
final class StartupArchive {

    /** Set by the installer's launcher: where the archive lives, beside the application's jars. */
    static final String ARCHIVE_PROPERTY = "cession.cds.archive";
    /** Marks the child JVM that records the archive, so that it does not relaunch itself. */
    static final String RECORDING_PROPERTY = "cession.cds.recording";

    private final Map<String, String> properties;

    StartupArchive(Map<String, String> properties) {
        this.properties = properties;
    }

    /**
     * The command that runs the desktop once more while recording the archive, when the launcher
     * asked for one, it does not exist yet and its folder is writable (an installation under
     * {@code /opt} or {@code Program Files} is not, for a person: it then starts without).
     */
    Optional<List<String>> recordingCommand(List<String> jvmArguments, String[] args) {
        String archive = properties.get(ARCHIVE_PROPERTY);
        if (archive == null || archive.isBlank() || properties.containsKey(RECORDING_PROPERTY)
                // a file added inside a signed macOS bundle breaks its seal
                || properties.getOrDefault("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("mac")) {
            return Optional.empty();
        }
        Path file = Path.of(archive);
        Path folder = file.toAbsolutePath().getParent();
        if (Files.exists(file) || folder == null || !Files.isWritable(folder)) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(properties.getOrDefault("java.home", ""), "bin", "java").toString());
        for (String a : jvmArguments) {
            // the recording JVM maps no archive (Java 17 refuses two at dump time) and gets its class path below
            if (!a.startsWith("-XX:SharedArchiveFile=") && !a.startsWith("-Djava.class.path=")) {
                command.add(a);
            }
        }
        command.add("-XX:ArchiveClassesAtExit=" + file);
        command.add("-D" + RECORDING_PROPERTY + "=true");
        command.add("-cp");
        command.add(properties.getOrDefault("java.class.path", ""));
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        return Optional.of(command);
    }

    /** Runs the desktop in the recording JVM; empty when it could not be started (then start here). */
    Optional<Integer> recordOnce(String[] args) {
        if (!Files.isExecutable(Path.of(properties.getOrDefault("java.home", ""), "bin", "java"))) {
            return Optional.empty();
        }
        Optional<List<String>> command = recordingCommand(ManagementFactory.getRuntimeMXBean().getInputArguments(), args);
        if (command.isEmpty()) {
            return Optional.empty();
        }
        try {
            Process child = new ProcessBuilder(command.get()).inheritIO().start();
            return Optional.of(child.waitFor());
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(1);
        }
    }
}
