package fr.cession.ui.papers;

import fr.cession.app.PaperService;
import fr.cession.domain.approval.ApprovalQueries;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.CgHolding;
import fr.cession.domain.order.Customer;
import fr.cession.domain.order.CustomerKind;
import fr.cession.domain.order.Financing;
import fr.cession.domain.order.HandoverMode;
import fr.cession.domain.order.Order;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.order.Vehicle;
import fr.cession.domain.playbook.RuleSettings;
import fr.cession.domain.row.RowMeta;
import fr.cession.papers.Company;
import fr.cession.papers.PaperPrinter;
import fr.cession.ui.SyncStatus;
import fr.cession.ui.conflict.ConflictDesk;
import fr.cession.ui.desktop.DesktopWindow;
import fr.cession.ui.fakes.FxSteps;
import fr.cession.ui.fakes.TestUi;
import fr.cession.ui.shell.DemoDataOffer;
import fr.cession.ui.shell.Screen;
import fr.cession.ui.shell.WindowPlacementStore;
import fr.cession.ui.shell.WindowPlacer;
import fr.cession.ui.task.FxTaskExecutor;
import fr.cession.ui.wiring.DesktopDependencies;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuButton;
import javafx.scene.input.KeyCode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import static fr.cession.ui.fakes.FxSteps.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, the papers through the screens: the order form printed from the order file with its
 * shortcut, and the board exported to CSV with a customer typed as a formula. The save dialog and
 * the system's viewer are a fake; the PDFs and files are the real ones, under target/.
 */
class PapersFlowTest {

    private static final String EVIL = "=HYPERLINK(\"http://evil.example\";\"Cliquez\")";

    private final TestUi ui = new TestUi();
    private final FxRobot robot = new FxRobot();
    private final FakeFileDesk files = new FakeFileDesk();
    private FxTaskExecutor executor;
    private DesktopWindow window;
    private Path documents;
    private OrderFile martin;

    @BeforeEach
    void start() throws Exception {
        documents = Path.of(System.getProperty("cession.test.dir", "target/test-work"), "papers-" + UUID.randomUUID(),
                "documents");
        martin = ui.order("Martin", "AB-123-CD", "VF1AAAAAA11111111", 1);
        ui.workflow.create(evilOrder(), TestUi.ACTOR);
        PaperService papers = new PaperService(new PaperPrinter(Company.load(Path.of("config")), RuleSettings.SEED_004,
                TestUi.CLOCK), documents);
        executor = new FxTaskExecutor(2);
        DesktopDependencies deps = new DesktopDependencies(TestUi.ACTOR, TestUi.CLOCK, TestUi.PARIS,
                RuleSettings.SEED_004, ui.store, ui.store, ui.workflow, SyncStatus.localOnly(), DemoDataOffer.NONE,
                Locale.FRANCE, ConflictDesk.NONE, ApprovalQueries.NONE, fr.cession.ui.accounts.AccountsDesk.NONE, papers);
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            window = new DesktopWindow(deps, stage, executor, m -> ui.dialogs,
                    WindowPlacer.onScreens(WindowPlacementStore.NONE), files);
            window.show();
        });
        waitFor(() -> window.viewModel().today().rows().size() > 0);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        executor.close();
    }

    @Test
    void theOrderFormIsPrintedFromTheOrderFileWithItsShortcut() throws Exception {
        robot.interact(() -> window.viewModel().openOrder(martin.orderId()));
        waitFor(() -> window.viewModel().orderFile().fileProperty().get() != null
                && robot.lookup("#order-papers").tryQuery().map(n -> n.isVisible()).orElse(false));
        MenuButton menu = robot.lookup("#order-papers").queryAs(MenuButton.class);
        assertThat(menu.getTooltip().getText()).contains("Ctrl+Maj+P");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);
        waitFor(menu::isShowing);
        // no refund asked on this order: its paper is not offered
        assertThat(menu.getItems()).extracting(i -> i.getId())
                .containsExactly("order-paper-BON_DE_COMMANDE", "order-paper-CHECKLIST_REMISE");
        FxSteps.shot(window.scene().getRoot(), "papers-01-fiche-menu-pdf");
        robot.clickOn("Bon de commande");

        waitFor(() -> !files.opened.isEmpty());
        Path pdf = files.opened.get(0);
        String number = ui.store.load(martin.orderId()).orElseThrow().order().number();
        assertThat(pdf.getFileName().toString()).isEqualTo("bon-de-commande-" + number + ".pdf");
        assertThat(pdf.getParent()).isEqualTo(documents);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Bon de commande", number, "Jean Martin", "Peugeot 308", "AB-123-CD",
                    "18 990,00 €", "500,00 €", "Virement");
        }
        waitFor(() -> text("#order-notice-text").contains("enregistré dans"));
        assertThat(text("#order-notice-text")).contains("Bon de commande", pdf.toString());
        FxSteps.shot(window.scene().getRoot(), "papers-02-fiche-pdf-enregistre");
        assertThat(ui.dialogs.errors).isEmpty();
    }

    @Test
    void theBoardExportsWhatItShowsAndACustomerTypedAsAFormulaStaysHarmless() throws Exception {
        robot.interact(() -> window.viewModel().show(Screen.TABLEAU));
        waitFor(() -> window.viewModel().board().shownProperty().get() == 2);
        MenuButton menu = robot.lookup("#board-export").queryAs(MenuButton.class);
        assertThat(menu.getTooltip().getText()).contains("Ctrl+Maj+E");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E).release(KeyCode.E, KeyCode.SHIFT, KeyCode.CONTROL);
        waitFor(menu::isShowing);
        robot.clickOn("CSV pour Excel (point-virgule)…");

        waitFor(() -> !files.opened.isEmpty());
        Path csv = files.opened.get(0);
        assertThat(files.proposed).containsExactly("tableau-2026-03-10.csv");
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(bytes[0] & 0xff).isEqualTo(0xEF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertThat(text.lines().findFirst().orElseThrow()).startsWith("N° de commande;Client;Véhicule;Statut;Activité");
        assertThat(text).contains("Jean Martin", "Peugeot 308", "18990,00")
                .contains(";\"'=HYPERLINK(\"\"http://evil.example\"\";\"\"Cliquez\"\")\";");
        waitFor(() -> text("#board-export-notice").startsWith("2 ligne(s) exportée(s)"));
        FxSteps.shot(window.scene().getRoot(), "papers-03-tableau-exporte");
        assertThat(ui.dialogs.errors).isEmpty();
    }

    private String text(String query) {
        return robot.lookup(query).tryQuery().map(n -> ((Labeled) n).getText()).orElse("");
    }

    /** A customer whose name, imported as typed, starts with "=". */
    private static Order evilOrder() {
        Customer c = new Customer(CustomerKind.PARTICULIER, null, EVIL, null, null, "x@example.fr", "0612345678",
                "2 rue Basse, Lyon", CgHolding.TITULAIRE, null, null);
        Vehicle v = new Vehicle("VF1ZZZZZZ99999999", "ZZ-999-ZZ", "Renault", "Clio", LocalDate.of(2022, 1, 1), null, null,
                10000, new BigDecimal("9990"), false, null);
        return new Order(UUID.randomUUID(), null, OrderStatus.RESERVEE, LocalDate.of(2026, 3, 9), new BigDecimal("300"),
                TestUi.ACTOR.login(), TestUi.ACTOR.site(), c, v, HandoverMode.CESSION, null, PaymentMethod.VIR,
                Financing.NONE, null, null, null, RowMeta.NEW);
    }
}
