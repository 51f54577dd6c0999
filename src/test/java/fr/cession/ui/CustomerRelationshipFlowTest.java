package fr.cession.ui;

import fr.cession.domain.activity.Activity;
import fr.cession.domain.activity.ActivityState;
import fr.cession.domain.audit.Change;
import fr.cession.domain.audit.EntityKind;
import fr.cession.domain.audit.FieldChange;
import fr.cession.domain.contact.CallOutcome;
import fr.cession.domain.contact.ContactChannel;
import fr.cession.domain.contact.ContactDraft;
import fr.cession.domain.contact.ContactSubject;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.playbook.RuleSettings;
import fr.cession.domain.row.RowMeta;
import fr.cession.domain.user.Role;
import fr.cession.ui.conflict.ConflictDesk;
import fr.cession.ui.customer.CustomerPageViewModel;
import fr.cession.ui.desktop.DesktopWindow;
import fr.cession.ui.fakes.FakeDialogs;
import fr.cession.ui.fakes.FxSteps;
import fr.cession.ui.fakes.TestUi;
import fr.cession.ui.order.form.AgreementForm;
import fr.cession.ui.order.form.ContactForm;
import fr.cession.ui.order.form.FollowUpForm;
import fr.cession.ui.real.RealStore;
import fr.cession.ui.shell.DemoDataOffer;
import fr.cession.ui.shell.Screen;
import fr.cession.ui.task.FxTaskExecutor;
import fr.cession.ui.today.TodayRow;
import fr.cession.ui.wiring.DesktopDependencies;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static fr.cession.ui.fakes.FxSteps.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seed 002 on the desktop, over the real store and playbook: a contact report whose next step
 * lands on Ma journée, agreements changed with a trace, the after-sale call (004:56) closing a sold
 * order, and the customer's page gathering it all (screenshot under target/screenshots).
 */
class CustomerRelationshipFlowTest {

    private final RealStore real = new RealStore();
    private final FakeDialogs dialogs = new FakeDialogs();
    private final FxRobot robot = new FxRobot();
    private FxTaskExecutor executor;
    private DesktopWindow window;
    private OrderFile martin;
    private OrderFile bernard;

    @BeforeEach
    void orders() {
        // the same customer's e-mail and phone on both orders: one customer, two orders
        martin = real.order("Martin", "AB-123-CD", "VF1AAAAAA11111111", 1, TestUi.ACTOR);
        bernard = real.order("Bernard", "EF-456-GH", "VF1BBBBBB22222222", 4, TestUi.ACTOR);
    }

    private void open() throws Exception {
        executor = new FxTaskExecutor(2);
        DesktopDependencies deps = new DesktopDependencies(TestUi.ACTOR, TestUi.CLOCK, TestUi.PARIS,
                RuleSettings.SEED_004, real.repo, real.board, real.actions, SyncStatus.localOnly(),
                DemoDataOffer.NONE, Locale.FRANCE, ConflictDesk.NONE);
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            window = new DesktopWindow(deps, stage, executor, m -> dialogs);
            window.show();
        });
        waitFor(() -> !window.viewModel().feed().snapshotProperty().get().cards().isEmpty());
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        if (executor != null) {
            executor.close();
        }
        real.close();
    }

    @Test
    void aContactReportWithANextStepShowsTheActivityOnMaJournee() throws Exception {
        open();
        openOrder(martin);
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#of-contact-account").tryQuery().isPresent());
        ContactForm form = (ContactForm) window.viewModel().orderFile().forms().openProperty().get();
        // bad input: nothing typed, submitted: the French message names the field
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        waitFor(() -> text("#of-error-contact-account").startsWith("Compte rendu : obligatoire"));
        assertThat(real.repo.load(martin.orderId()).orElseThrow().contacts()).isEmpty();

        robot.interact(() -> {
            form.channelProperty().set(ContactChannel.VISITE);
            robot.lookup("#of-contact-account").queryAs(TextInputControl.class)
                    .setText("Client venu voir le véhicule avec son conjoint ; apport déjà sur son compte");
            robot.lookup("#of-contact-nextStep").queryAs(TextInputControl.class).setText("Rappeler pour le RDV");
            form.nextDateProperty().set(LocalDate.of(2026, 3, 12));
            form.nextTimeProperty().set(LocalTime.of(10, 0));
        });
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        waitFor(() -> !real.repo.load(martin.orderId()).orElseThrow().contacts().isEmpty());
        OrderFile saved = real.repo.load(martin.orderId()).orElseThrow();
        UUID next = saved.contacts().get(0).nextActivityId();
        Activity activity = saved.activities().stream().filter(a -> a.id().equals(next)).findFirst().orElseThrow();
        assertThat(activity.assignee()).isEqualTo(TestUi.ACTOR.login());
        assertThat(saved.contacts().get(0).author()).isEqualTo(TestUi.ACTOR.login());

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        waitFor(() -> window.viewModel().screenProperty().get() == Screen.MA_JOURNEE);
        robot.interact(() -> window.viewModel().feed().refresh());
        waitFor(() -> window.viewModel().today().rows().stream().anyMatch(r -> r instanceof TodayRow.Item i
                && i.card().activityId().equals(next)
                && i.card().title().equals("Suite du contact : Rappeler pour le RDV")));
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void anAgreementChangedFromTheOrderFileIsTracedWithWhoWhenBeforeAndAfter() throws Exception {
        open();
        openOrder(martin);
        agree("18500", "Solde par virement reçu 72 h avant la cession");
        waitFor(() -> real.repo.load(martin.orderId()).orElseThrow().agreement().isPresent());
        agree("18200", "Solde par virement reçu 72 h avant la cession");
        waitFor(() -> real.repo.load(martin.orderId()).orElseThrow().agreement().orElseThrow().agreedPrice()
                .compareTo(new java.math.BigDecimal("18200")) == 0);

        List<Change> trace = real.repo.history(martin.orderId()).stream()
                .filter(c -> c.entity() == EntityKind.ACCORD).toList();
        assertThat(trace).hasSize(2);
        assertThat(trace.get(1).by()).isEqualTo(TestUi.ACTOR.login());
        assertThat(trace.get(1).at()).isEqualTo(TestUi.CLOCK.instant());
        assertThat(trace.get(1).fields()).containsExactly(new FieldChange("agreed_price", "18500.00", "18200.00"));
        // the order file's history says it in French
        waitFor(() -> robot.lookup(".label").queryAll().stream().anyMatch(n -> n instanceof javafx.scene.control.Labeled l
                && l.getText() != null && l.getText().contains("Prix convenu") && l.getText().contains("200,00")));
        assertThat(dialogs.errors).isEmpty();
    }

    private void agree(String price, String terms) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.O).release(KeyCode.O, KeyCode.SHIFT, KeyCode.CONTROL);
        waitFor(() -> window.viewModel().orderFile().forms().openProperty().get() instanceof AgreementForm);
        AgreementForm form = (AgreementForm) window.viewModel().orderFile().forms().openProperty().get();
        robot.interact(() -> {
            form.priceProperty().set(price);
            form.paymentTermsProperty().set(terms);
            form.deliveryTermsProperty().set("Cession à l'agence, véhicule nettoyé");
        });
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        waitFor(() -> window.viewModel().orderFile().forms().openProperty().get() == null);
    }

    /** 004:56 the buyer is called after the sale; 001 a rating completes the order. */
    @Test
    void theAfterSaleCallOutcomeAndRatingCloseTheSoldOrder() throws Exception {
        UUID call = soldWithTheFollowUpCallOpen(martin);
        open();
        openOrder(martin);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.J).release(KeyCode.J, KeyCode.SHIFT, KeyCode.CONTROL);
        waitFor(() -> window.viewModel().orderFile().forms().openProperty().get() instanceof FollowUpForm);
        FollowUpForm form = (FollowUpForm) window.viewModel().orderFile().forms().openProperty().get();
        robot.interact(() -> {
            form.outcomeProperty().set(CallOutcome.AVIS_DEMANDE);
            form.ratingProperty().set(5);
            form.commentProperty().set("Très bon accueil, véhicule conforme");
        });
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        waitFor(() -> real.repo.load(martin.orderId()).orElseThrow().order().status() == OrderStatus.CLOTUREE);
        OrderFile closed = real.repo.load(martin.orderId()).orElseThrow();
        assertThat(closed.contacts()).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(CallOutcome.AVIS_DEMANDE);
            assertThat(r.rating()).isEqualTo(5);
            assertThat(r.customerComment()).isEqualTo("Très bon accueil, véhicule conforme");
        });
        assertThat(closed.activities()).filteredOn(a -> a.id().equals(call)).singleElement()
                .extracting(Activity::state).isEqualTo(ActivityState.FAITE);
        assertThat(dialogs.errors).isEmpty();
    }

    /** A sold order whose only open activity is the after-sale call the playbook plans at "vendue". */
    private UUID soldWithTheFollowUpCallOpen(OrderFile order) {
        OrderFile before = real.repo.load(order.orderId()).orElseThrow();
        OrderFile after = before.withOrder(before.order().withStatus(OrderStatus.VENDUE));
        for (Activity a : before.activities()) {
            after = after.withActivity(a.done("cdupont", TestUi.CLOCK.instant()));
        }
        for (var i : before.items()) {
            after = after.withItem(i.tick("cdupont", TestUi.CLOCK.instant()));
        }
        UUID call = UUID.randomUUID();
        after = after.withActivity(new Activity(call, order.orderId(), "appel_suivi_vente",
                "Appel de suivi après la vente B2C", Role.COMMERCIAL, "cdupont", TestUi.CLOCK.instant().plusSeconds(86400),
                ActivityState.OUVERTE, null, null, null, RowMeta.NEW));
        real.repo.save(before, after, TestUi.ACTOR, TestUi.CLOCK.instant());
        return call;
    }

    @Test
    void theCustomerPageGathersOrdersContactsDocumentsPaymentsAndProblems() throws Exception {
        real.actions.recordContact(bernard.orderId(), new ContactDraft(ContactSubject.CLIENT, ContactChannel.APPEL,
                TestUi.CLOCK.instant().minusSeconds(3600), "Le client attend la réponse de sa banque", null, null),
                TestUi.ACTOR);
        real.actions.recordPayment(martin.orderId(), fr.cession.domain.payment.PaymentKind.FRAIS_RESERVATION,
                martin.order().paymentMethod(), new java.math.BigDecimal("500"), true, null, TestUi.ACTOR);
        open();
        openOrder(martin);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.U).release(KeyCode.U, KeyCode.SHIFT, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#customer-page").tryQuery().isPresent());
        waitFor(() -> list("#customer-orders").getItems().size() == 2
                && list("#customer-contacts").getItems().size() == 1);
        assertThat(robot.lookup("#customer-title").queryLabeled().getText()).contains("Jean Martin", "jean@example.fr");
        assertThat(list("#customer-contacts").getItems().get(0).text())
                .contains("Appel", "Le client attend la réponse de sa banque", "cdupont");
        assertThat(list("#customer-documents").getItems()).isNotEmpty();
        assertThat(list("#customer-payments").getItems()).singleElement()
                .satisfies(l -> assertThat(l.text()).contains("500,00"));
        // Bernard's reservation activity was due the day after its reservation, four days ago
        assertThat(list("#customer-problems").getItems()).anySatisfy(l -> assertThat(l.text())
                .contains("activité en retard"));
        Node page = robot.lookup("#customer-page").query();
        FxSteps.shot(page.getScene().getRoot(), "30-page-client");

        // a row opens its order in the order file
        CustomerPageViewModel.Line other = list("#customer-contacts").getItems().get(0);
        robot.interact(() -> {
            list("#customer-contacts").getSelectionModel().select(other);
            list("#customer-contacts").requestFocus();
        });
        robot.type(KeyCode.ENTER);
        waitFor(() -> window.viewModel().orderFile().fileProperty().get().orderId().equals(bernard.orderId()));
        assertThat(dialogs.errors).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private ListView<CustomerPageViewModel.Line> list(String id) {
        return robot.lookup(id).queryAs(ListView.class);
    }

    private void openOrder(OrderFile f) throws Exception {
        robot.interact(() -> window.viewModel().openOrder(f.orderId()));
        waitFor(() -> window.viewModel().orderFile().fileProperty().get() != null
                && window.viewModel().orderFile().fileProperty().get().orderId().equals(f.orderId()));
        robot.interact(() -> window.scene().getRoot().requestFocus());
    }

    private String text(String query) {
        String t = robot.lookup(query).queryLabeled().getText();
        return t == null ? "" : t;
    }
}
