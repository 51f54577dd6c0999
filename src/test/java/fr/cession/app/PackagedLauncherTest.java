package fr.cession.app;

import fr.cession.store.login.KnownPerson;
import fr.cession.store.login.OfflineCredentials;
import fr.cession.store.login.PasswordHash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The installed application as IT gets it: builds nothing, but when {@code target/installer/Cession}
 * holds an app image ({@code ./mvnw -Pinstaller -DskipTests package}, installer/README.md) it starts
 * the image's own launcher, headless, on a throwaway data folder, and reads in its log that the
 * store opened and « Ma journée » came up. Elsewhere it is skipped, saying why.
 *
 * <p>Headless: the image has no Monocle, and its launcher takes its class path and JVM options
 * only from {@code lib/app/<launcher name>.cfg}; so the test links the launcher under another name
 * beside it, with a copy of its configuration that adds Monocle and the tests' headless options.
 */
class PackagedLauncherTest {

    private static final Path IMAGE = Path.of("target", "installer", "Cession").toAbsolutePath();
    private static final String NAME = "CessionSmokeTest";
    private static final String LOGIN = "essai";
    private static final String PASSWORD = "essai-du-paquet-2026";

    @TempDir
    Path work;

    @Test
    void theInstalledLauncherOpensTheStoreAndShowsMaJournee() throws Exception {
        Path launcher = IMAGE.resolve("bin").resolve("Cession");
        Path config = IMAGE.resolve("lib").resolve("app").resolve("Cession.cfg");
        skipUnless(Files.isExecutable(launcher) && Files.isRegularFile(config),
                "no app image in " + IMAGE + " (build it with ./mvnw -Pinstaller -DskipTests package; "
                        + "Linux image layout only)");
        Path monocle = jarOf("com.sun.glass.ui.monocle.MonoclePlatformFactory");
        Path data = Files.createDirectories(work.resolve("data"));
        Path logs = Files.createDirectories(data.resolve("logs"));
        // A local account of this throwaway station, so that the launch can log in without the form.
        OfflineCredentials.in(data).remember(new KnownPerson(LOGIN, "Essai", List.of("COMMERCIAL"), "PARIS",
                PersonLogin.STANDALONE_ORGANISATION, new PasswordHash().hash(PASSWORD.toCharArray())));

        Path linked = launcher.resolveSibling(NAME);
        Path linkedConfig = config.resolveSibling(NAME + ".cfg");
        try {
            Files.deleteIfExists(linked);
            Files.createLink(linked, launcher);
            Files.writeString(linkedConfig, headless(Files.readString(config), monocle, data), StandardCharsets.UTF_8);
            ProcessBuilder start = new ProcessBuilder(linked.toString())
                    .redirectErrorStream(true).redirectOutput(work.resolve("console.txt").toFile());
            start.environment().put(AppCliEnvironment.USER_VARIABLE, LOGIN);
            start.environment().put(AppCliEnvironment.PASSWORD_VARIABLE, PASSWORD);
            start.environment().put("HOME", work.toString());
            Process app = start.start();
            try {
                String log = waitForLog(logs.resolve("cession.log"), app);
                assertThat(log).as("log of the packaged launch; console: %s", console())
                        .contains("Base locale ouverte : " + data.resolve(LOGIN))
                        .contains("Ma journée affichée");
            } finally {
                app.descendants().forEach(ProcessHandle::destroy);
                app.destroy();
                if (!app.waitFor(30, TimeUnit.SECONDS)) {
                    app.destroyForcibly();
                }
            }
        } finally {
            Files.deleteIfExists(linked);
            Files.deleteIfExists(linkedConfig);
        }
    }

    private static void skipUnless(boolean condition, String reason) {
        if (!condition) {
            System.out.println("PackagedLauncherTest skipped: " + reason);
        }
        assumeTrue(condition, reason);
    }

    /** The image's launcher configuration, plus Monocle and the same headless options as the tests. */
    private String headless(String cfg, Path monocle, Path data) {
        List<String> lines = new ArrayList<>();
        for (String line : cfg.split("\n")) {
            // no start-up archive: the image stays as built, and a throwaway run records nothing
            if (!line.startsWith("java-options=-XX:SharedArchiveFile") && !line.startsWith("java-options=-Dcession.cds")) {
                lines.add(line);
            }
            if (line.startsWith("app.mainclass=")) {
                lines.add("app.classpath=" + monocle);
            }
        }
        for (String option : List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Dprism.text=t2k", "-Djava.awt.headless=true", "-Djavafx.cachedir=" + work.resolve("openjfx"),
                "-Dcession.data=" + data, "-Dcession.machineConfig=" + work.resolve("no-machine-config"),
                "-Djava.util.prefs.userRoot=" + work.resolve("prefs"))) {
            lines.add("java-options=" + option);
        }
        return String.join("\n", lines) + "\n";
    }

    /** Reads the log each time its folder changes until « Ma journée » is in it, the launcher ends or 3 minutes pass. */
    private static String waitForLog(Path log, Process app) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        try (WatchService watch = FileSystems.getDefault().newWatchService()) {
            log.getParent().register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
            while (System.nanoTime() < deadline) {
                String text = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
                if (text.contains("Ma journée affichée") || !app.isAlive()) {
                    return text;
                }
                var key = watch.poll(1, TimeUnit.SECONDS);
                if (key != null) {
                    key.pollEvents();
                    key.reset();
                }
            }
        }
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    private String console() throws IOException {
        Path file = work.resolve("console.txt");
        return Files.exists(file) ? Files.readString(file) : "";
    }

    private static Path jarOf(String className) throws Exception {
        return Path.of(Class.forName(className).getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
