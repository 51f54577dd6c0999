package fr.cession.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StartupArchiveTest {

    @TempDir
    Path app;

    private Map<String, String> launcherProperties() {
        Map<String, String> p = new HashMap<>();
        p.put(StartupArchive.ARCHIVE_PROPERTY, app.resolve("cession.jsa").toString());
        p.put("java.home", "/opt/cession/lib/runtime");
        p.put("java.class.path", "/opt/cession/lib/app/cession.jar:/opt/cession/lib/app/h2.jar");
        p.put("os.name", "Linux");
        return p;
    }

    private static final List<String> LAUNCHER_JVM = List.of("-Dcession.config=/opt/cession/lib/app/config",
            "-XX:SharedArchiveFile=/opt/cession/lib/app/cession.jsa", "-Djava.class.path=/x.jar", "-Xshare:auto");

    @Test
    void theFirstLaunchRunsTheDesktopAgainRecordingTheArchiveBesideTheJars() {
        List<String> command = new StartupArchive(launcherProperties()).recordingCommand(LAUNCHER_JVM, new String[0])
                .orElseThrow();

        assertThat(command).startsWith("/opt/cession/lib/runtime/bin/java", "-Dcession.config=/opt/cession/lib/app/config")
                .contains("-XX:ArchiveClassesAtExit=" + app.resolve("cession.jsa"), "-Dcession.cds.recording=true",
                        "-Xshare:auto")
                .noneMatch(a -> a.startsWith("-XX:SharedArchiveFile") || a.startsWith("-Djava.class.path"))
                .endsWith("-cp", "/opt/cession/lib/app/cession.jar:/opt/cession/lib/app/h2.jar", Main.class.getName());
    }

    @Test
    void laterLaunchesAndTheRecordingJvmItselfStartAsUsual() throws Exception {
        Map<String, String> recording = launcherProperties();
        recording.put(StartupArchive.RECORDING_PROPERTY, "true");
        assertThat(new StartupArchive(recording).recordingCommand(LAUNCHER_JVM, new String[0])).isEmpty();

        Files.writeString(app.resolve("cession.jsa"), "archive");
        assertThat(new StartupArchive(launcherProperties()).recordingCommand(LAUNCHER_JVM, new String[0])).isEmpty();
    }

    @Test
    void noArchiveWithoutTheLauncherOrInsideAMacBundleOrAReadOnlyInstallation() {
        Map<String, String> plain = launcherProperties();
        plain.remove(StartupArchive.ARCHIVE_PROPERTY);
        assertThat(new StartupArchive(plain).recordingCommand(LAUNCHER_JVM, new String[0])).isEmpty();

        Map<String, String> mac = launcherProperties();
        mac.put("os.name", "Mac OS X");
        assertThat(new StartupArchive(mac).recordingCommand(LAUNCHER_JVM, new String[0])).isEmpty();

        Map<String, String> missingFolder = launcherProperties();
        missingFolder.put(StartupArchive.ARCHIVE_PROPERTY, app.resolve("absent/cession.jsa").toString());
        assertThat(new StartupArchive(missingFolder).recordingCommand(LAUNCHER_JVM, new String[0])).isEmpty();
    }
}
