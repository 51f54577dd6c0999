package fr.cession.app;

import fr.cession.cli.CessionCommandLine;
import fr.cession.cli.ConfigProblem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Issue 11: defaults, then the machine's folder (IT), then the configuration folder, key by key. */
class AppConfigLayersTest {

    @TempDir
    Path dir;

    private Path machine;
    private Path user;

    @BeforeEach
    void folders() throws IOException {
        machine = Files.createDirectories(dir.resolve("poste"));
        user = Files.createDirectories(dir.resolve("config"));
        Files.writeString(user.resolve("playbook-b2c.yaml"), "fuseau: Europe/Paris\n");
    }

    private AppConfigLoader loader() {
        return new AppConfigLoader(Map.of(AppConfigLoader.MACHINE_CONFIG_PROPERTY, machine.toString(),
                AppConfigLoader.CONFIG_PROPERTY, user.toString()), () -> dir.resolve("donnees/cession"));
    }

    @Test
    void theConfigurationFolderOverridesTheMachinesFileKeyByKeyAndEachValueSaysWhereItCameFrom() throws IOException {
        Files.writeString(machine.resolve("cession.properties"), """
                site.code=LYON
                central.url=jdbc:postgresql://central.exemple:5432/cession
                central.password=Tr3s-secret!
                """);
        Files.writeString(machine.resolve("central.properties"), "central.poll-seconds=60\n");
        // The shipped file's empty central.url means "not set here": it must not undo IT's central database.
        Files.writeString(user.resolve("cession.properties"), "site.code=PARIS\ncentral.url=\nlanguage=en\n");

        AppConfig config = loader().load();

        assertThat(config.site()).as("the person's folder wins").isEqualTo("PARIS");
        assertThat(config.central()).get().satisfies(c -> {
            assertThat(c.url()).isEqualTo("jdbc:postgresql://central.exemple:5432/cession");
            assertThat(c.all()).containsEntry("central.poll-seconds", "60");
        });
        assertThat(config.origins().layers()).containsExactly(
                "1. valeurs par défaut de l'application",
                "2. poste (installation) : " + machine.resolve("cession.properties") + ", puis "
                        + machine.resolve("central.properties"),
                "3. dossier de configuration : " + user.resolve("cession.properties"));
        assertThat(config.origins().effective()).contains(
                "site.code = PARIS (" + user.resolve("cession.properties") + ")",
                "language = en (" + user.resolve("cession.properties") + ")",
                "central.url = jdbc:postgresql://central.exemple:5432/cession (" + machine.resolve("cession.properties") + ")",
                "central.poll-seconds = 60 (" + machine.resolve("central.properties") + ")",
                "central.password = défini, non montré (" + machine.resolve("cession.properties") + ")",
                "time.zone = Europe/Paris (défaut)",
                "playbook.file = playbook-b2c.yaml (défaut)");
        assertThat(String.join("\n", config.origins().effective())).doesNotContain("Tr3s-secret!");
    }

    @Test
    void withoutTheMachinesFileTheConfigurationFolderAloneIsReadAndTheFileIsSaidAbsent() throws IOException {
        Files.writeString(user.resolve("cession.properties"), "site.code=PARIS\n");
        AppConfig config = loader().load();
        assertThat(config.site()).isEqualTo("PARIS");
        assertThat(config.origins().layers()).contains(
                "2. poste (installation) : " + machine.resolve("cession.properties") + " (absent, ignoré)");
    }

    @Test
    void theMachinesFileAloneIsEnoughAndItsRelativePathsAreReadFromItsOwnFolder() throws IOException {
        Files.writeString(machine.resolve("cession.properties"), "site.code=LYON\nplaybook.file=playbook-lyon.yaml\n");
        Files.writeString(machine.resolve("playbook-lyon.yaml"), "fuseau: Europe/Paris\n");
        AppConfig config = loader().load();
        assertThat(config.site()).isEqualTo("LYON");
        assertThat(config.playbookFile()).isEqualTo(machine.resolve("playbook-lyon.yaml"));
        assertThat(config.origins().layers()).contains(
                "3. dossier de configuration : " + user.resolve("cession.properties") + " (absent, ignoré)");
    }

    @Test
    void aWrongValueNamesTheFileItCameFrom() throws IOException {
        Files.writeString(machine.resolve("cession.properties"), "site.code=LYON\ncentral.batch-size=0\ntime.zone=Mars/Olympus\n");
        Files.writeString(user.resolve("cession.properties"), "language=de\n");
        ConfigProblem e = catchThrowableOfType(ConfigProblem.class, () -> loader().load());
        assertThat(e.problems()).containsExactlyInAnyOrder(
                machine.resolve("cession.properties") + " : clé « central.batch-size » : valeur « 0 » refusée : nombre"
                        + " entier de 1 à 10000 attendu (opérations par envoi)",
                machine.resolve("cession.properties") + " : clé « time.zone » : valeur « Mars/Olympus » refusée : fuseau"
                        + " horaire inconnu (exemple : Europe/Paris)",
                "cession.properties : clé « language » : valeur « de » refusée : langue non prise en charge (fr ou en)");
    }

    @Test
    void anUnknownKeyInTheMachinesFileGetsItsSuggestion() throws IOException {
        Files.writeString(machine.resolve("cession.properties"), "site.cdoe=LYON\n");
        Files.writeString(machine.resolve("central.properties"), "central.ulr=jdbc:postgresql://x/y\n");
        Files.writeString(user.resolve("cession.properties"), "site.code=PARIS\n");
        ConfigProblem e = catchThrowableOfType(ConfigProblem.class, () -> loader().load());
        assertThat(e.problems()).containsExactly(
                machine.resolve("cession.properties") + " : clé inconnue « site.cdoe » : vouliez-vous dire « site.code » ?",
                machine.resolve("central.properties") + " : clé inconnue « central.ulr » : vouliez-vous dire « central.url » ?");
    }

    @Test
    void noFileAnywhereSaysBothPlacesLooked() {
        ConfigProblem e = catchThrowableOfType(ConfigProblem.class, () -> loader().load());
        assertThat(e.getMessage()).contains("introuvable", user.resolve("cession.properties").toString(),
                machine.resolve("cession.properties").toString());
    }

    @Test
    void eachSystemHasItsMachineFolder() {
        assertThat(MachineConfigFolder.forSystem("Linux", Map.of())).isEqualTo(Path.of("/etc/cession"));
        assertThat(MachineConfigFolder.forSystem("Mac OS X", Map.of()))
                .isEqualTo(Path.of("/Library/Application Support/Cession"));
        assertThat(MachineConfigFolder.forSystem("Windows 11", Map.of("PROGRAMDATA", "D:\\Donnees")).toString())
                .startsWith("D:\\Donnees").endsWith("Cession");
        assertThat(new AppConfigLoader(Map.of("os.name", "Linux"), () -> dir).machineFolder())
                .isEqualTo(Path.of("/etc/cession"));
    }

    @Test
    void checkConfigPrintsTheFilesInOrderAndEachValuesOrigin() throws IOException {
        Files.writeString(machine.resolve("cession.properties"), "site.code=LYON\n");
        Files.writeString(user.resolve("cession.properties"), "time.zone=Europe/Paris\n");
        Files.copy(Path.of("config", "playbook-b2c.yaml"), user.resolve("playbook-b2c.yaml"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Map<String, String> props = Map.of(AppConfigLoader.MACHINE_CONFIG_PROPERTY, machine.toString(),
                AppConfigLoader.CONFIG_PROPERTY, user.toString(), AppConfigLoader.DATA_PROPERTY, dir.resolve("data").toString());
        Launcher launcher = new Launcher(props, new DataLocations(props, Map.of()));
        AppCliEnvironment env = launcher.cliEnvironment(new AppModule(),
                Clock.fixed(Instant.parse("2025-03-12T10:00:00Z"), ZoneOffset.UTC));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = CessionCommandLine.create(env, List.of());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        assertThat(cl.execute("check-config")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Fichiers lus, dans cet ordre",
                "1. valeurs par défaut de l'application",
                "2. poste (installation) : " + machine.resolve("cession.properties"),
                "site.code = LYON (" + machine.resolve("cession.properties") + ")",
                "time.zone = Europe/Paris (" + user.resolve("cession.properties") + ")",
                "language = fr (défaut)");
    }

    /** Issue 8: « local store, logs and configuration readable by their owner only ». */
    @Test
    void configurationFilesEndReadableByTheirOwnerOnlyAndAPasswordThatWasExposedIsReported() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(fr.cession.store.OwnerOnlyFiles.supported(dir), "POSIX permissions");
        var everyone = java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
        Path main = Files.writeString(user.resolve("cession.properties"), "site.code=LYON\n");
        Path central = Files.writeString(user.resolve("central.properties"),
                "central.url=jdbc:postgresql://central.exemple:5432/cession\ncentral.password=Tr3s-secret!\n");
        Files.setPosixFilePermissions(main, everyone);
        Files.setPosixFilePermissions(central, everyone);

        AppConfig config = loader().load();

        assertThat(Files.getPosixFilePermissions(main)).isEqualTo(fr.cession.store.OwnerOnlyFiles.FILE);
        assertThat(Files.getPosixFilePermissions(central)).isEqualTo(fr.cession.store.OwnerOnlyFiles.FILE);
        assertThat(config.warnings()).containsExactly("central.properties : contient central.password et d'autres"
                + " comptes pouvaient le lire : droits réduits à son propriétaire (600)");

        assertThat(loader().load().warnings()).as("said once, when it was narrowed").isEmpty();
    }
}
