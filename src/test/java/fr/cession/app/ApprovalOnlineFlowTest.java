package fr.cession.app;

import fr.cession.domain.approval.ApprovalItem;
import fr.cession.domain.approval.ApprovalKind;
import fr.cession.domain.approval.ApprovalRequest;
import fr.cession.domain.approval.ApprovalStatus;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.dossier.OrderFileRepository;
import fr.cession.domain.order.CancellationCase;
import fr.cession.domain.order.HandoverMode;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.payment.PaymentKind;
import fr.cession.domain.playbook.Playbook;
import fr.cession.domain.time.FrenchCalendar;
import fr.cession.domain.user.Actor;
import fr.cession.sync.CentralPg;
import fr.cession.sync.central.CentralAccounts;
import fr.cession.sync.central.CentralDatabase;
import fr.cession.ui.desktop.LoginScreen;
import fr.cession.ui.fakes.FxSteps;
import fr.cession.ui.journey.Desk;
import fr.cession.ui.journey.NewOrderPage;
import fr.cession.ui.journey.OrderFilePage;
import fr.cession.ui.login.DesktopOpener;
import fr.cession.ui.shell.Screen;
import fr.cession.ui.shell.WindowPlacementStore;
import fr.cession.ui.shell.WindowPlacer;
import fr.cession.ui.task.FxTaskExecutor;
import fr.cession.ui.today.TodayRow;
import fr.cession.ui.wiring.DesktopDependencies;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;

import static fr.cession.ui.fakes.FxSteps.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9's flow on a desktop with a central database, through the real login screen: each person
 * has their own store there, so the advisor's request reaches the manager only through the central
 * database. The advisor creates two orders in the form, records their reservation fees and cancels
 * them (« frais de réservation seuls » asks the manager for the refund, 004:62-63); the manager,
 * logged in on the same desktop, approves one refund and refuses the other with a reason from
 * « À valider » (Ctrl+3); the advisor, back, reads both answers on « Ma journée ».
 */
class ApprovalOnlineFlowTest {

    private final Path data = AppTestFolders.freshDataFolder();
    private final String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    private final String advisor = "alice_" + tag;
    private final String manager = "marc_" + tag;
    private final AtomicReference<DesktopDependencies> opened = new AtomicReference<>();
    private DataSource central;
    private Map<String, String> properties;
    private FxTaskExecutor executor;
    private LoginScreen screen;
    private Desk desk;

    @BeforeEach
    void aCentralDatabaseWithAnAdvisorAndAManager() throws Exception {
        central = CentralPg.newDatabase();
        CentralAccounts admin = new CentralAccounts(new CentralDatabase(central));
        UUID org = admin.createOrganisation("DISTRIB", "Distributeur", "DISTRIBUTEUR");
        admin.createSite(org, "LYON", "Lyon");
        admin.createPerson(advisor, password(advisor), "Alice Martin", org, "LYON", List.of("COMMERCIAL"), false);
        admin.createPerson(manager, password(manager), "Marc Lefèvre", org, "LYON", List.of("MANAGER"), false);
        Path config = Files.createDirectories(data.resolve("config"));
        Files.copy(Path.of("config", "playbook-b2c.yaml"), config.resolve("playbook-b2c.yaml"));
        Files.writeString(config.resolve("cession.properties"), "site.code=LYON\ncentral.url=" + CentralPg.url(central) + "\n");
        properties = new HashMap<>(AppTestFolders.properties(data));
        properties.put(AppConfigLoader.CONFIG_PROPERTY, config.toString());
        desk = Desk.onLoginWindow(9, () -> screen.desktop(), () -> opened.get().orders());
    }

    @AfterEach
    void logOutAtTheEnd() throws Exception {
        logOut();
    }

    @Test
    void theAdvisorsRefundRequestsReachTheManagerThroughTheCentralDatabaseAndTheAnswersComeBack() throws Exception {
        logIn(advisor, "connexion-en-ligne");
        String approved = cancelledAfterTheFee("Moreau", "VF1RFB00112345678", "GH-234-JK");
        String refused = cancelledAfterTheFee("Garnier", "VF1RFB00187654321", "GH-567-LM");
        waitUntilSent(() -> count("select count(*) from approval_request where status = 'DEMANDEE'") == 2);
        logOut();

        logIn(manager, null);
        desk.robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        ListView<ApprovalItem> inbox = list("#inbox-list");
        // the requests came with the first sync of the manager's new store: the inbox shows them as they land
        waitFor(() -> inbox.getItems().size() == 2);
        assertThat(desk.text("#inbox-count")).isEqualTo("2 demande(s) en attente");
        assertThat(inbox.getItems()).extracting(i -> i.request().requestedBy()).containsOnly(advisor);
        FxSteps.shot(desk.window().scene().getRoot(), "a-valider-en-ligne");

        select(inbox, approved);
        desk.press("#inbox-approve");
        waitFor(() -> inbox.getItems().size() == 1);
        assertThat(desk.text("#inbox-notice")).startsWith("Approuvée : Remboursement — commande " + approved);
        desk.dialogs.answer("Le client a retrouvé un véhicule : frais non remboursables");
        select(inbox, refused);
        desk.press("#inbox-refuse");
        waitFor(() -> inbox.getItems().isEmpty());
        desk.noErrors();
        waitUntilSent(() -> "APPROUVEE".equals(centralStatus(approved)) && "REFUSEE".equals(centralStatus(refused))
                && count("select count(*) from payment where kind = 'REMBOURSEMENT'") == 1
                && count("select count(*) from activity where type_code = 'remboursement_a_payer'"
                + " and assignee = '" + manager + "'") == 1);
        assertThat(desk.text("#status-refusals")).as("nothing the manager sent was refused").isEmpty();
        // 004:71 the refund to pay is on the manager's day
        desk.press("#nav-today");
        ListView<TodayRow> managerDay = list("#today-list");
        waitFor(() -> managerDay.getItems().stream().anyMatch(r -> r instanceof TodayRow.Item i
                && i.card().typeCode().equals("remboursement_a_payer")));
        logOut();

        logIn(advisor, null);
        // the answers came with the first sync of the advisor's store: Ma journée reads them as they land
        waitFor(() -> desk.robot.lookup(".today-answer").queryAll().size() == 2);
        assertThat(desk.robot.lookup(".today-answer").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .anySatisfy(t -> assertThat(t).contains(approved).contains("approuvée par " + manager))
                .anySatisfy(t -> assertThat(t).contains(refused).contains("refusée par " + manager)
                        .endsWith("\nMotif : Le client a retrouvé un véhicule : frais non remboursables"));
        FxSteps.shot(desk.window().scene().getRoot(), "reponses-en-ligne");
        desk.noErrors();
    }

    @Test
    void anAdvisorsApprovalMadeOnTheDesktopIsRefusedByTheCentralDatabaseAndShown() throws Exception {
        logIn(advisor, null);
        String number = cancelledAfterTheFee("Perrin", "VF1RFB00111122223", "JK-111-LM");
        waitUntilSent(() -> "DEMANDEE".equals(centralStatus(number)));
        // a modified client, or a role switched by hand: the decision is written in the advisor's own store,
        // past the screens' and the workflow's checks, as the sync test does with a raw row
        OrderFileRepository orders = opened.get().orders();
        Actor me = opened.get().actor();
        OrderFile before = orders.loadByNumber(number).orElseThrow();
        ApprovalRequest asked = before.approvals().get(0);
        orders.save(before, before.withApproval(asked.decide(true, me.login(), AppTestFolders.CLOCK.instant())), me,
                AppTestFolders.CLOCK.instant());

        // the status bar says it, the Conflits screen (Ctrl+4) gives the central database's reason
        waitFor(() -> desk.present("#status-refusals") && desk.text("#status-refusals").equals("1 modification refusée"));
        assertThat(centralStatus(number)).isEqualTo("DEMANDEE");
        waitFor(() -> orders.loadByNumber(number).orElseThrow().approvals().get(0).status() == ApprovalStatus.DEMANDEE);
        desk.robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        waitFor(() -> desk.present("#refusals-list") && desk.robot.lookup("#refusals-list .label")
                .queryAllAs(Labeled.class).stream().anyMatch(l -> l.getText().startsWith("Commande " + number
                        + " : seul un manager approuve ou refuse une demande")));
        FxSteps.shot(desk.window().scene().getRoot(), "approbation-hors-ligne-refusee");
        assertThat(strings("select count(*) from account_event where action = 'DEMANDE_APPROUVEE'"))
                .as("a refused decision leaves nothing in the audit trail").containsExactly("0");
    }

    /** The new-order form, the fee received (Ctrl+P pre-fills it), then « Annuler la commande »: its number. */
    private String cancelledAfterTheFee(String lastName, String vin, String plate) throws Exception {
        NewOrderPage form = NewOrderPage.open(desk);
        form.type("FIRST_NAME", "Lucie").type("LAST_NAME", lastName).type("EMAIL", "lucie@example.fr")
                .type("PHONE", "0611223344").type("ADDRESS", "3 rue des Lilas, 69003 Lyon")
                .type("VIN", vin).type("PLATE", plate).type("MAKE", "Renault")
                .type("MODEL", "Clio").date("FIRST_REGISTRATION", "15/06/2024").type("MILEAGE", "21000")
                .type("PRICE", "14990");
        form.choose("payment", PaymentMethod.VIR).choose("handover", HandoverMode.CESSION);
        OrderFilePage order = form.create(lastName);
        order.payWhatIsDue();
        assertThat(order.stored().payments()).singleElement()
                .satisfies(p -> assertThat(p.kind()).isEqualTo(PaymentKind.FRAIS_RESERVATION));
        order.cancel(CancellationCase.FRAIS_RESERVATION_SEULS, "Le client renonce à l'achat");
        assertThat(order.stored().order().status()).isEqualTo(OrderStatus.ANNULEE);
        assertThat(order.stored().approvals()).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(ApprovalKind.REMBOURSEMENT);
            assertThat(a.status()).isEqualTo(ApprovalStatus.DEMANDEE);
        });
        return order.number();
    }

    /** Through the login screen, as the desktop starts: lands on « Ma journée », online. */
    private void logIn(String login, String shot) throws Exception {
        AppModule module = new AppModule();
        FrenchCalendar calendar = new FrenchCalendar();
        AppConfig config = new AppConfigLoader(properties, () -> data.resolve("unused")).load();
        Playbook playbook = module.loadPlaybook(config.playbookFile(), calendar);
        var open = PersonDesktops.opener(config, module, playbook, AppTestFolders.CLOCK, calendar);
        PersonLogin gate = PersonLogin.forStation(config, who -> {
            DesktopOpener.OpenedDesktop d = open.apply(who);
            opened.set(d.dependencies());
            return d;
        });
        executor = new FxTaskExecutor(2);
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            screen = new LoginScreen(gate, config.language(), stage, executor, m -> desk.dialogs,
                    WindowPlacer.onScreens(WindowPlacementStore.NONE), AppTestFolders.CLOCK, d -> { });
            screen.show();
        });
        waitFor(() -> desk.robot.lookup("#login-user").tryQuery().isPresent());
        desk.robot.clickOn("#login-user").write(login);
        desk.robot.clickOn("#login-password").write(new String(password(login)));
        if (shot != null) {
            FxSteps.shot(desk.robot.lookup("#login-user").query().getScene().getRoot(), shot);
        }
        desk.robot.type(KeyCode.ENTER);
        waitFor(() -> screen.desktop() != null && screen.desktop().viewModel() != null
                && screen.desktop().viewModel().screenProperty().get() == Screen.MA_JOURNEE);
        waitFor(() -> desk.present("#status-connection") && desk.text("#status-connection").equals("En ligne"));
        assertThat(desk.robot.lookup("#status-user").queryAs(Label.class).getText()).contains("site LYON");
    }

    /** Closes the desktop as quitting does: the store and its sync close with it. */
    private void logOut() throws Exception {
        FxToolkit.cleanupStages();
        if (screen != null) {
            screen.close();
            screen = null;
        }
        if (executor != null) {
            executor.close();
            executor = null;
        }
    }

    /** Waits until the central database shows the change and the status bar has nothing left to send. */
    private void waitUntilSent(java.util.concurrent.Callable<Boolean> atTheCentre) throws Exception {
        try {
            waitFor(() -> atTheCentre.call() && desk.text("#status-pending").equals("Aucune modification en attente"));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("not at the central database; its refusals: "
                    + strings("select reason from applied_op where outcome = 'REFUSEE'"), e);
        }
    }

    private String centralStatus(String orderNumber) throws SQLException {
        List<String> out = strings("select a.status from approval_request a join sales_order o on o.id = a.order_id"
                + " where o.number = ?", orderNumber);
        return out.size() == 1 ? out.get(0) : null;
    }

    private long count(String sql) throws SQLException {
        return Long.parseLong(strings(sql).get(0));
    }

    private List<String> strings(String sql, String... params) throws SQLException {
        try (Connection c = central.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setString(i + 1, params[i]);
            }
            List<String> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
            return out;
        }
    }

    @SuppressWarnings("unchecked")
    private <T> ListView<T> list(String id) throws Exception {
        waitFor(() -> desk.present(id));
        return desk.robot.lookup(id).queryAs(ListView.class);
    }

    private void select(ListView<ApprovalItem> inbox, String orderNumber) {
        desk.robot.interact(() -> inbox.getItems().stream().filter(i -> i.orderNumber().equals(orderNumber))
                .findFirst().ifPresent(i -> inbox.getSelectionModel().select(i)));
    }

    private static char[] password(String login) {
        return ("mot-de-passe-" + login).toCharArray();
    }
}
