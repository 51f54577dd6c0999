package fr.cession.app;

import fr.cession.cli.ConfigProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class AppConfigLoaderTest {

    @TempDir
    Path dir;

    private final Path defaultDb = Path.of("/donnees/cession");

    private AppConfigLoader loader(Map<String, String> props) {
        return new AppConfigLoader(props, () -> defaultDb);
    }

    private void write(String text) throws IOException {
        Files.writeString(dir.resolve("cession.properties"), text);
        Files.writeString(dir.resolve("playbook-b2c.yaml"), "fuseau: Europe/Paris\n");
    }

    @Test
    void theShippedConfigurationIsValid() {
        AppConfig config = loader(Map.of()).load(Path.of("config").toAbsolutePath());
        assertThat(config.site()).isEqualTo("PARIS");
        assertThat(config.warnings()).as("the shipped file names no person").isEmpty();
        assertThat(config.zone()).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(config.playbookFile()).endsWith(Path.of("config", "playbook-b2c.yaml"));
        assertThat(config.databaseFile()).isEqualTo(defaultDb);
        assertThat(config.central()).isEmpty();
    }

    @Test
    void readsEveryKey() throws IOException {
        write("""
                site.code=LYON-2
                time.zone=Europe/Paris
                language=en
                database.file=base/cession.mv.db
                playbook.file=playbook-b2c.yaml
                central.url=jdbc:postgresql://central:5432/cession
                central.user=cession
                central.password=secret
                """);
        AppConfig config = loader(Map.of()).load(dir);
        assertThat(config.site()).isEqualTo("LYON-2");
        assertThat(config.language()).isEqualTo(Locale.ENGLISH);
        assertThat(config.databaseFile()).isEqualTo(dir.resolve("base/cession"));
        assertThat(config.central()).get().satisfies(c -> {
            assertThat(c.url()).isEqualTo("jdbc:postgresql://central:5432/cession");
            assertThat(c.password()).isEqualTo("secret");
            assertThat(c.toString()).doesNotContain("secret");
        });
    }

    @Test
    void theDataPropertyOverridesTheDatabaseLocation() throws IOException {
        write("site.code=PARIS\ndatabase.file=ailleurs/base\n");
        AppConfig config = loader(Map.of("cession.data", dir.resolve("data").toString())).load(dir);
        assertThat(config.databaseFile()).isEqualTo(dir.resolve("data").resolve("cession"));
    }

    @Test
    void everyProblemNamesItsKeyAndReasonInFrench() throws IOException {
        write("time.zone=Mars/Olympus\nlanguage=de\n"
                + "playbook.file=absent.yaml\ncentral.url=http://central\n");
        ConfigProblem e = catchThrowableOfType(ConfigProblem.class, () -> loader(Map.of()).load(dir));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).contains("« site.code »", "obligatoire"))
                .anySatisfy(p -> assertThat(p).contains("« time.zone »", "fuseau horaire inconnu"))
                .anySatisfy(p -> assertThat(p).contains("« language »", "fr ou en"))
                .anySatisfy(p -> assertThat(p).contains("« playbook.file »", "introuvable"))
                .anySatisfy(p -> assertThat(p).contains("« central.url »", "PostgreSQL"));
    }

    @Test
    void anOldFileWithItsPersonStillStartsAndSaysTheKeysAreNoLongerRead() throws IOException {
        write("user.login=a.leroy\nuser.name=Anne Leroy\nuser.role=BOSS\nsite.code=LYON\nsite.cdoe=LYON\n");
        ConfigProblem typo = catchThrowableOfType(ConfigProblem.class, () -> loader(Map.of()).load(dir));
        assertThat(typo.problems()).containsExactly(
                "cession.properties : clé inconnue « site.cdoe » : vouliez-vous dire « site.code » ?");

        write("user.login=a.leroy\nuser.name=Anne Leroy\nuser.role=BOSS\nsite.code=LYON\n");
        AppConfig config = loader(Map.of()).load(dir);
        assertThat(config.site()).isEqualTo("LYON");
        assertThat(config.warnings()).containsExactly(
                "cession.properties : clé « user.login » ignorée : elle n'est plus lue, la personne vient désormais "
                        + "de l'écran de connexion (retirez-la du fichier)",
                "cession.properties : clé « user.name » ignorée : elle n'est plus lue, la personne vient désormais "
                        + "de l'écran de connexion (retirez-la du fichier)",
                "cession.properties : clé « user.role » ignorée : elle n'est plus lue, la personne vient désormais "
                        + "de l'écran de connexion (retirez-la du fichier)");
    }

    @Test
    void aMissingFileSaysWhereItWasLooked() {
        assertThatThrownBy(() -> loader(Map.of("cession.config", dir.resolve("rien").toString())).load())
                .isInstanceOf(ConfigProblem.class).hasMessageContaining("introuvable").hasMessageContaining("rien");
    }
}
