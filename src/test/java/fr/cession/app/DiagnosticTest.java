package fr.cession.app;

import fr.cession.domain.time.FrenchCalendar;
import fr.cession.domain.user.Actor;
import fr.cession.domain.user.Role;
import fr.cession.store.LocalDatabase;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The support text: all a helper asks, never a password. */
class DiagnosticTest {

    private final Path data = AppTestFolders.freshDataFolder();

    @Test
    void theDiagnosticSaysWhatRunsWhereWithoutThePasswordAndTheLastProblemsOfTheLog() throws IOException {
        Path config = configWithCentral("jdbc:postgresql://central.exemple:5432/cession", "poste_lyon", "Tr3s-secret!");
        Path logs = Files.createDirectories(data.resolve("logs"));
        List<String> log = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            log.add("2026-04-01 08:00:00.000 [main] INFO  fr.cession.app.Main - démarrage " + i);
            log.add("2026-04-01 08:00:01.000 [sync] WARN  fr.cession.sync.SyncService - Synchronisation impossible n°" + i);
        }
        log.add("2026-04-01 08:00:02.000 [main] ERROR fr.cession.app.Main - erreur finale");
        Files.write(logs.resolve("cession.log"), log);
        StringWriter out = new StringWriter();
        CommandLine cl = launcher(config).commandLine(new AppModule(), AppTestFolders.CLOCK);
        cl.setOut(new PrintWriter(out, true));
        String previous = System.setProperty(Main.LOG_DIR_PROPERTY, logs.toString());
        try {
            assertThat(cl.execute("demo", "--commandes", "3")).isZero();
            out.getBuffer().setLength(0);
            assertThat(cl.execute("diagnostic")).isZero();
        } finally {
            if (previous == null) {
                System.clearProperty(Main.LOG_DIR_PROPERTY);
            } else {
                System.setProperty(Main.LOG_DIR_PROPERTY, previous);
            }
        }

        String text = out.toString();
        assertThat(text).contains("Java : " + System.getProperty("java.version"), "Système : ",
                "Base centrale : jdbc:postgresql://central.exemple:5432/cession (utilisateur « poste_lyon », mot de passe défini, non montré)",
                "Commandes : 3", "Modifications en attente d'envoi : 0",
                "Synchronisation : état en direct donné par la commande « sync --statut »",
                "central.password = défini, non montré (" + config.resolve("central.properties") + ")", "erreur finale", "Synchronisation impossible n°60")
                .doesNotContain("Tr3s-secret!", "démarrage", "Synchronisation impossible n°10\n");
        assertThat(text.lines().filter(l -> l.contains("] WARN ") || l.contains("] ERROR "))).hasSize(Diagnostic.LAST_PROBLEMS);
    }

    @Test
    void aStoreHeldByTheRunningDesktopIsDescribedFromItNotReopened() {
        try (LocalDatabase db = LocalDatabase.open(data.resolve("cession"))) {
            AppConfig cfg = new AppConfigLoader(AppTestFolders.properties(data), () -> data.resolve("cession")).load();
            String text = Diagnostic.report(cfg, null, AppTestFolders.CLOCK, db);
            assertThat(text).contains("Commandes : 0", "(aucun journal trouvé)");
        }
    }

    @Test
    void theDesktopsDiagnosticIsTheSameTextWithItsLiveSyncStateAndTheOriginOfEachValue() {
        AppConfig cfg = new AppConfigLoader(AppTestFolders.properties(data), () -> data.resolve("cession")).load();
        FrenchCalendar calendar = new FrenchCalendar();
        AppModule module = new AppModule();
        try (DesktopSession session = module.openDesktop(cfg, new SignedIn(new Actor("c.martin", "Camille Martin",
                Role.COMMERCIAL, "PARIS"), null), module.loadPlaybook(cfg.playbookFile(), calendar), AppTestFolders.CLOCK,
                calendar)) {
            String text = session.diagnosis().report();
            assertThat(text).startsWith("Diagnostic Cession — ").contains("Java : ", "Système : ", "[Configuration]",
                    "site.code = PARIS (", "time.zone = ", "Commandes : 0", "Modifications en attente d'envoi : 0",
                    "Synchronisation : Mode local", "derniers avertissements et erreurs]");
        }
    }

    private Launcher launcher(Path config) {
        Map<String, String> p = AppTestFolders.properties(data);
        p.put(AppConfigLoader.CONFIG_PROPERTY, config.toString());
        return new Launcher(p, new DataLocations(p, Map.of()));
    }

    private Path configWithCentral(String url, String user, String password) throws IOException {
        Path config = Files.createDirectories(data.resolve("config"));
        for (String f : new String[] {"cession.properties", "playbook-b2c.yaml"}) {
            Files.copy(Path.of("config", f), config.resolve(f), StandardCopyOption.REPLACE_EXISTING);
        }
        Files.writeString(config.resolve("central.properties"),
                "central.url=" + url + "\ncentral.user=" + user + "\ncentral.password=" + password + "\ncentral.site=LYON\n");
        return config;
    }
}
