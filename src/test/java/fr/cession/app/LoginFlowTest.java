package fr.cession.app;

import fr.cession.domain.playbook.Playbook;
import fr.cession.domain.time.FrenchCalendar;
import fr.cession.store.LocalDatabase;
import fr.cession.sync.CentralPg;
import fr.cession.sync.central.CentralAccounts;
import fr.cession.sync.central.CentralDatabase;
import fr.cession.ui.desktop.LoginScreen;
import fr.cession.ui.dialog.DialogService;
import fr.cession.ui.fakes.FakeDialogs;
import fr.cession.ui.fakes.FxSteps;
import fr.cession.ui.shell.Screen;
import fr.cession.ui.shell.WindowPlacementStore;
import fr.cession.ui.shell.WindowPlacer;
import fr.cession.ui.task.FxTaskExecutor;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fr.cession.ui.fakes.FxSteps.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The desktop as the README's run command starts it, through the composition root, headless: the
 * login screen first, on a standalone desktop the first login creates the local account after a
 * confirmation, then the person's own store opens and the window lands on « Ma journée ».
 */
class LoginFlowTest {

    private final Path data = AppTestFolders.freshDataFolder();
    private final FxRobot robot = new FxRobot();
    private final List<Duration> sleeps = new ArrayList<>();
    /** Yes to the new local account, no to the demo orders (their loading is not what this test is about). */
    private final List<String> confirms = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final FakeDialogs others = new FakeDialogs();
    private final DialogService dialogs = new DialogService() {
        @Override
        public void showError(String title, String message) {
            others.showError(title, message);
        }

        @Override
        public void showInfo(String title, String message) {
            others.showInfo(title, message);
        }

        @Override
        public boolean confirm(String title, String message) {
            confirms.add(title);
            return title.startsWith("Nouveau compte");
        }

        @Override
        public java.util.Optional<String> askText(String title, String prompt, String initial) {
            return others.askText(title, prompt, initial);
        }

        @Override
        public <T> java.util.Optional<T> choose(String title, String prompt, List<T> options,
                                                java.util.function.Function<T, String> label) {
            return others.choose(title, prompt, options, label);
        }
    };
    private FxTaskExecutor executor;
    private LoginScreen screen;

    private void start() throws Exception {
        start(AppTestFolders.properties(data));
    }

    private void start(Map<String, String> properties) throws Exception {
        AppModule module = new AppModule();
        FrenchCalendar calendar = new FrenchCalendar();
        AppConfig config = new AppConfigLoader(properties, () -> data.resolve("unused")).load();
        Playbook playbook = module.loadPlaybook(config.playbookFile(), calendar);
        PersonLogin gate = PersonLogin.forStation(config,
                PersonDesktops.opener(config, module, playbook, AppTestFolders.CLOCK, calendar));
        executor = new FxTaskExecutor(2);
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            screen = new LoginScreen(gate, config.language(), stage, executor, m -> dialogs,
                    WindowPlacer.onScreens(WindowPlacementStore.NONE), AppTestFolders.CLOCK, sleeps::add);
            screen.show();
        });
        waitFor(() -> robot.lookup("#login-user").tryQuery().isPresent());
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        if (screen != null) {
            screen.close();
        }
        if (executor != null) {
            executor.close();
        }
    }

    @Test
    void theFirstLoginCreatesTheLocalAccountAndLandsOnMyDayOnThePersonsOwnStore() throws Exception {
        start();
        assertThat(label("#login-mode").getText()).startsWith("Poste autonome");
        robot.clickOn("#login-user").write("c.martin");
        robot.clickOn("#login-password").write("court");
        robot.type(KeyCode.ENTER);
        waitFor(() -> label("#login-error").getText().contains("12 caractères"));
        FxSteps.shot(robot.lookup("#login-user").query().getScene().getRoot(), "00-connexion-refus");

        robot.clickOn("#login-password").write("Caramel-Soleil-2026");
        FxSteps.shot(robot.lookup("#login-user").query().getScene().getRoot(), "00-connexion");
        robot.type(KeyCode.ENTER);
        waitFor(() -> screen.desktop() != null && screen.desktop().viewModel().screenProperty().get() == Screen.MA_JOURNEE);
        waitFor(() -> robot.lookup("#status-user").tryQuery().isPresent());
        assertThat(label("#status-user").getText()).isEqualTo("Connecté : c.martin (Commercial, site PARIS)");
        assertThat(confirms).first().isEqualTo("Nouveau compte sur ce poste");
        assertThat(screen.desktop().viewModel().accounts().isAvailable()).as("standalone: no accounts to run").isFalse();
        assertThat(data.resolve("c.martin").resolve("cession.mv.db")).as("the person's own store").exists();
        assertThat(LocalDatabase.isEncrypted(data.resolve("c.martin").resolve("cession")))
                .as("issue 9: encrypted with a key from the person's password").isTrue();
        assertThat(data.resolve("cession.mv.db")).doesNotExist();
        assertThat(Files.readString(data.resolve("connexions.properties"))).contains("$argon2id$")
                .doesNotContain("Caramel-Soleil-2026");
        assertThat(sleeps).as("a refused new account is no wrong password").isEmpty();
    }

    @Test
    void aKnownPersonWithAWrongPasswordIsRefusedAndWaits() throws Exception {
        OfflineCredentialsSeed.person(data, "c.martin", "Caramel-Soleil-2026");
        start();
        robot.clickOn("#login-user").write("c.martin");
        robot.clickOn("#login-password").write("Caramel-Soleil-2027");
        robot.type(KeyCode.ENTER);
        waitFor(() -> label("#login-error").getText().equals("Identifiant ou mot de passe incorrect."));
        assertThat(sleeps).containsExactly(Duration.ofSeconds(1));
        assertThat(screen.desktop()).isNull();
        robot.clickOn("#login-password").write("Caramel-Soleil-2026");
        robot.type(KeyCode.ENTER);
        waitFor(() -> screen.desktop() != null);
        assertThat(confirms).doesNotContain("Nouveau compte sur ce poste");
    }

    @Test
    void onlineThePersonLogsInWithTheirCentralPasswordAndTheSyncConnectsAsThem() throws Exception {
        String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String alice = "alice_" + tag;
        PGSimpleDataSource ds = (PGSimpleDataSource) CentralPg.newDatabase();
        CentralAccounts admin = new CentralAccounts(new CentralDatabase(ds));
        UUID org = admin.createOrganisation("DISTRIB", "Distributeur", "DISTRIBUTEUR");
        admin.createSite(org, "LYON", "Lyon");
        admin.createPerson(alice, "mot-de-passe-alice".toCharArray(), "Alice Martin", org, "LYON",
                List.of("COMMERCIAL"), false);
        // A configuration folder with the central database and no login of its own: the person's is used.
        Path config = Files.createDirectories(data.resolve("config"));
        Files.copy(Path.of("config", "playbook-b2c.yaml"), config.resolve("playbook-b2c.yaml"));
        Files.writeString(config.resolve("cession.properties"), "site.code=PARIS\ncentral.url=jdbc:postgresql://"
                + ds.getServerNames()[0] + ":" + ds.getPortNumbers()[0] + "/" + ds.getDatabaseName() + "\n");
        Map<String, String> properties = new HashMap<>(AppTestFolders.properties(data));
        properties.put(AppConfigLoader.CONFIG_PROPERTY, config.toString());
        start(properties);
        assertThat(label("#login-mode").getText()).startsWith("Mot de passe vérifié par la base centrale");

        robot.clickOn("#login-user").write(alice);
        robot.clickOn("#login-password").write("mot-de-passe-alice");
        robot.type(KeyCode.ENTER);
        waitFor(() -> screen.desktop() != null && screen.desktop().viewModel().screenProperty().get() == Screen.MA_JOURNEE);
        waitFor(() -> robot.lookup("#status-connection").tryQuery().isPresent()
                && label("#status-connection").getText().equals("En ligne"));
        assertThat(label("#status-user").getText()).isEqualTo("Connecté : Alice Martin (Commercial, site LYON)");
        assertThat(data.resolve(alice).resolve("cession.mv.db")).exists();
        assertThat(confirms).as("no local account, no demo offer with a central database").isEmpty();
        assertThat(screen.desktop().viewModel().accounts().isAvailable())
                .as("issue 9: « Comptes » asks the central database, as the person").isTrue();

        // The account holder resets the password: the store locked with the old one is set aside, not lost.
        FxToolkit.cleanupStages();
        screen.close();
        admin.resetPassword(alice, "nouveau-mot-de-passe".toCharArray());
        start(properties);
        robot.clickOn("#login-user").write(alice);
        robot.clickOn("#login-password").write("nouveau-mot-de-passe");
        robot.type(KeyCode.ENTER);
        waitFor(() -> screen.desktop() != null && screen.desktop().viewModel().screenProperty().get() == Screen.MA_JOURNEE);
        try (var files = Files.list(data.resolve(alice))) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .anyMatch(n -> n.startsWith("cession-ancien-mot-de-passe-") && n.endsWith(".mv.db"));
        }
        assertThat(LocalDatabase.isEncrypted(data.resolve(alice).resolve("cession"))).isTrue();
    }

    private Label label(String id) {
        return robot.lookup(id).queryAs(Label.class);
    }
}
