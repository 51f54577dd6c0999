package fr.cession.app;

import fr.cession.cli.ConfigProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Issue 8, settings: every number has a range, every unknown key is reported with the closest known one. */
class SettingsRangesTest {

    @TempDir
    Path dir;

    private static final String BASE = "site.code=PARIS\n";

    private ConfigProblem problem(String cession, String central) throws IOException {
        Files.writeString(dir.resolve("cession.properties"), BASE + cession);
        Files.writeString(dir.resolve("playbook-b2c.yaml"), "fuseau: Europe/Paris\n");
        if (central != null) {
            Files.writeString(dir.resolve("central.properties"), central);
        }
        return catchThrowableOfType(() -> new AppConfigLoader(Map.of(), () -> dir.resolve("db")).load(dir),
                ConfigProblem.class);
    }

    @Test
    void aBatchSizeOfZeroIsRefusedWithFileKeyAndRange() throws IOException {
        ConfigProblem p = problem("", "central.url=jdbc:postgresql://central/cession\ncentral.batch-size=0\n"
                + "central.poll-seconds=trente\ncentral.max-backoff-seconds=100000\n");
        assertThat(p).isNotNull();
        assertThat(p.problems()).contains(
                "central.properties : clé « central.batch-size » : valeur « 0 » refusée : nombre entier de 1 à 10000"
                        + " attendu (opérations par envoi)",
                "central.properties : clé « central.poll-seconds » : valeur « trente » refusée : nombre entier de 1 à"
                        + " 3600 attendu (secondes entre deux synchronisations)",
                "central.properties : clé « central.max-backoff-seconds » : valeur « 100000 » refusée : nombre entier"
                        + " de 1 à 86400 attendu (attente maximale hors ligne, en secondes)");
    }

    @Test
    void aRangeProblemInCessionPropertiesNamesThatFile() throws IOException {
        ConfigProblem p = problem("central.url=jdbc:postgresql://central/cession\ncentral.batch-size=20000\n", null);
        assertThat(p.problems()).singleElement().asString()
                .startsWith("cession.properties : clé « central.batch-size » : valeur « 20000 » refusée");
    }

    @Test
    void aMistypedKeyIsReportedWithTheClosestKnownKey() throws IOException {
        ConfigProblem p = problem("time.zoen=Europe/Paris\n", "central.ulr=jdbc:postgresql://central/cession\n"
                + "sans.rapport=1\n");
        assertThat(p.problems()).contains(
                "cession.properties : clé inconnue « time.zoen » : vouliez-vous dire « time.zone » ?",
                "central.properties : clé inconnue « central.ulr » : vouliez-vous dire « central.url » ?");
        assertThat(p.problems()).anyMatch(s -> s.startsWith("central.properties : clé inconnue « sans.rapport » (clés connues : "));
    }

    @Test
    void theClosestKeyCountsASwapAsOneEdit() {
        assertThat(KeySuggestion.distance("central.ulr", "central.url")).isEqualTo(1);
        assertThat(KeySuggestion.closest("central.batchsize", AppConfigLoader.KNOWN_KEYS)).contains("central.batch-size");
        assertThat(KeySuggestion.closest("imprimante", AppConfigLoader.KNOWN_KEYS)).isEmpty();
    }

    @Test
    void numbersInRangeAreAccepted() throws IOException {
        Files.writeString(dir.resolve("cession.properties"), BASE
                + "central.url=jdbc:postgresql://central/cession\ncentral.batch-size=10000\ncentral.poll-seconds=1\n");
        Files.writeString(dir.resolve("playbook-b2c.yaml"), "fuseau: Europe/Paris\n");
        AppConfig config = new AppConfigLoader(Map.of(), () -> dir.resolve("db")).load(dir);
        assertThat(new AppModule().syncConfig(config, new SignedIn(new fr.cession.domain.user.Actor("poste", null, fr.cession.domain.user.Role.COMMERCIAL, "PARIS"), null)).orElseThrow().batchSize()).isEqualTo(10_000);
    }

    @Test
    void aLoggedInPersonSyncsWithTheirOwnLoginNotTheFiles() throws IOException {
        Files.writeString(dir.resolve("cession.properties"), BASE
                + "central.url=jdbc:postgresql://central/cession\ncentral.user=ancien_poste\ncentral.password=commun\n");
        Files.writeString(dir.resolve("playbook-b2c.yaml"), "fuseau: Europe/Paris\n");
        AppConfig config = new AppConfigLoader(Map.of(), () -> dir.resolve("db")).load(dir);
        SignedIn alice = new SignedIn(new fr.cession.domain.user.Actor("alice", null, fr.cession.domain.user.Role.ADV,
                "LYON"), "mot-de-passe-alice".toCharArray());
        fr.cession.sync.SyncConfig sync = new AppModule().syncConfig(config, alice).orElseThrow();
        assertThat(sync.user()).isEqualTo("alice");
        assertThat(sync.password()).isEqualTo("mot-de-passe-alice");
        assertThat(sync.toString()).doesNotContain("mot-de-passe-alice");
    }
}
