package fr.cession.ui.order;

import fr.cession.domain.approval.ApprovalKind;
import fr.cession.domain.approval.ApprovalStatus;
import fr.cession.domain.audit.FieldChange;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.HandoverMode;
import fr.cession.domain.payment.PaymentKind;
import fr.cession.domain.validation.Amount;
import fr.cession.ui.fakes.TestUi;
import fr.cession.ui.order.form.ActivityForm;
import fr.cession.ui.order.form.CustomerForm;
import fr.cession.ui.order.form.HandoverForm;
import fr.cession.ui.order.form.OrderForm;
import fr.cession.ui.order.form.PaymentForm;
import fr.cession.ui.order.form.ReassignForm;
import fr.cession.ui.order.form.VehicleForm;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The order file's in-place forms: what they pre-fill, what they refuse as one types, what they save. */
class OrderFileFormsTest {

    private final TestUi ui = new TestUi();
    private final AtomicInteger changes = new AtomicInteger();
    private OrderFileViewModel vm;
    private OrderFile file;

    @BeforeEach
    void setUp() {
        // reserved today, Tuesday 10 March 2026; price 18 990 €, fee 500 €
        file = ui.order("Martin", "AB-123-CD", "VF1AAAAAA11111111", 0);
        vm = new OrderFileViewModel(ui.context(), changes::incrementAndGet);
        vm.load(file.orderId());
    }

    private static BigDecimal amount(String text) {
        return Amount.parse(text).orElseThrow();
    }

    @Test
    void thePaymentIsPrefilledWithWhatIsStillDuePartByPart() {
        PaymentForm pay = vm.forms().payment();
        assertThat(vm.forms().openProperty().get()).isSameAs(pay);
        assertThat(pay.kindProperty().get()).isEqualTo(PaymentKind.FRAIS_RESERVATION);
        assertThat(amount(pay.amountProperty().get())).isEqualByComparingTo("500");
        pay.submit();
        assertThat(vm.payments()).singleElement().satisfies(p -> assertThat(p.isReceived()).isTrue());

        PaymentForm next = vm.forms().payment();
        // the fee is paid: what is left is the balance of the price
        assertThat(next.kindProperty().get()).isEqualTo(PaymentKind.SOLDE);
        assertThat(amount(next.amountProperty().get())).isEqualByComparingTo("18490");
        assertThat(next.dueHint()).contains("490,00").contains("€");
        next.kindProperty().set(PaymentKind.FRAIS_RESERVATION);
        assertThat(amount(next.amountProperty().get())).isEqualByComparingTo("0");
    }

    // 003:9 red flags read the payer's name and D112-3 the way of paying: the form records both
    @Test
    void thePaymentRecordsItsWayOfPayingAndThePayersNameAndABankChequeWaitsForItsHandler() {
        PaymentForm pay = vm.forms().payment();
        assertThat(pay.methodProperty().get()).as("the order's own").isEqualTo(fr.cession.domain.order.PaymentMethod.VIR);
        assertThat(pay.methods()).contains(fr.cession.domain.order.PaymentMethod.ESP);
        pay.methodProperty().set(fr.cession.domain.order.PaymentMethod.CHQ);
        // 004:55 a commercial announces a bank cheque; a designated handler records its receipt
        assertThat(pay.receiptForAHandler()).isTrue();
        assertThat(pay.receivedNowProperty().get()).isFalse();
        pay.methodProperty().set(fr.cession.domain.order.PaymentMethod.ESP);
        assertThat(pay.receiptForAHandler()).isFalse();
        assertThat(pay.receivedNowProperty().get()).isTrue();
        pay.payerProperty().set("x".repeat(121));
        assertThat(pay.error(PaymentForm.PAYER).get())
                .isEqualTo("Nom du payeur, s'il n'est pas l'acheteur : 120 caractères au plus");
        pay.submit();
        assertThat(vm.payments()).isEmpty();
        pay.payerProperty().set("  Kevin Martin ");
        pay.submit();
        assertThat(vm.payments()).singleElement().satisfies(p -> {
            assertThat(p.payerName()).isEqualTo("Kevin Martin");
            assertThat(p.method()).isEqualTo(fr.cession.domain.order.PaymentMethod.ESP);
        });
        PaymentForm next = vm.forms().payment();
        next.submit();
        assertThat(vm.payments()).hasSize(2).last().satisfies(p -> assertThat(p.payerName()).as("left empty").isNull());
    }

    @Test
    void aBadAmountIsRefusedAsTypedNamingTheFieldAndNothingIsSent() {
        PaymentForm pay = vm.forms().payment();
        pay.amountProperty().set("douze");
        assertThat(pay.error(PaymentForm.AMOUNT).get()).startsWith("Montant (€) : « douze »");
        pay.amountProperty().set("0");
        assertThat(pay.error(PaymentForm.AMOUNT).get()).isEqualTo("Montant (€) : doit être supérieur à zéro");
        pay.submit();
        assertThat(vm.payments()).isEmpty();
        assertThat(vm.forms().openProperty().get()).isSameAs(pay);
        pay.amountProperty().set("1 000,50");
        assertThat(pay.error(PaymentForm.AMOUNT).get()).isEmpty();
    }

    // 004:69 the refund goes to the RIB: received, it asks its IBAN, checked as typed
    @Test
    void aRibReceivedAsksItsIbanCheckedAsTyped() {
        var cni = vm.forms().received(fr.cession.domain.document.OrderDocument.missing(java.util.UUID.randomUUID(),
                file.orderId(), fr.cession.domain.document.DocumentType.CNI));
        assertThat(cni.asksIban()).isFalse();
        var rib = vm.forms().received(fr.cession.domain.document.OrderDocument.missing(java.util.UUID.randomUUID(),
                file.orderId(), fr.cession.domain.document.DocumentType.RIB));
        assertThat(rib.asksIban()).isTrue();
        rib.referenceProperty().set("FR76 3000 6000 0112 3456 7890 180");
        assertThat(rib.error(fr.cession.ui.order.form.DocumentForm.REFERENCE).get()).startsWith("RIB refusé : IBAN")
                .contains("clé de contrôle");
        rib.submit();
        assertThat(vm.forms().openProperty().get()).isSameAs(rib);
        rib.referenceProperty().set("FR76 3000 6000 0112 3456 7890 189");
        assertThat(rib.error(fr.cession.ui.order.form.DocumentForm.REFERENCE).get()).isEmpty();
    }

    // 004:26 "10 jours minimum après la résa ... avec un maximum de 15 jours si + voir avec manager"
    @Test
    void theHandoverDateIsPickedCheckedAsPickedAndTheAdvisorIsToldOfTheManagerRequest() {
        HandoverForm form = vm.forms().handover();
        assertThat(form.dateProperty().get()).isNull();
        assertThat(form.timeProperty().get()).isEqualTo(LocalTime.of(14, 0));
        assertThat(form.earliest()).isEqualTo(LocalDate.of(2026, 3, 20));
        form.dateProperty().set(LocalDate.of(2026, 3, 12));
        assertThat(form.error(HandoverForm.DATE).get()).startsWith("Date de cession : le 12/03/2026 est trop tôt");
        form.submit();
        assertThat(vm.fileProperty().get().order().handoverAt()).isNull();

        form.dateProperty().set(LocalDate.of(2026, 3, 30));
        assertThat(form.error(HandoverForm.DATE).get()).isEmpty();
        assertThat(form.hintProperty().get()).contains("demande d'accord part au manager");
        form.modeProperty().set(HandoverMode.LIVRAISON);
        form.submit();
        assertThat(vm.fileProperty().get().order().handoverAt()).isEqualTo(LocalDateTime.of(2026, 3, 30, 14, 0));
        assertThat(vm.fileProperty().get().order().handoverMode()).isEqualTo(HandoverMode.LIVRAISON);
        assertThat(vm.forms().noticeProperty().get()).startsWith("Demande envoyée au manager")
                .contains("Date de cession au-delà de 15 jours");
        assertThat(vm.approvals()).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(ApprovalKind.DATE_CESSION_HORS_DELAI);
            assertThat(a.status()).isEqualTo(ApprovalStatus.DEMANDEE);
        });

        // opened again, the pickers show the saved date
        HandoverForm again = vm.forms().handover();
        assertThat(again.dateProperty().get()).isEqualTo(LocalDate.of(2026, 3, 30));
        assertThat(again.modeProperty().get()).isEqualTo(HandoverMode.LIVRAISON);
    }

    @Test
    void aCustomerCorrectionIsCheckedAsTypedAndKeptInTheHistory() {
        CustomerForm form = vm.forms().customer();
        assertThat(form.text("customer.lastName").get()).isEqualTo("Martin");
        assertThat(form.isCompany()).isFalse();
        form.text("customer.email").set("jean.martin@");
        assertThat(form.error("customer.email").get()).startsWith("E-mail : « jean.martin@ » — adresse invalide");
        form.text("customer.lastName").set(" ");
        assertThat(form.error("customer.lastName").get()).isEqualTo("Nom : obligatoire");
        form.submit();
        assertThat(vm.fileProperty().get().order().customer().lastName()).isEqualTo("Martin");

        form.text("customer.email").set("jean.martin@exemple.fr");
        form.text("customer.lastName").set("Martin-Durand");
        form.submit();
        assertThat(vm.fileProperty().get().order().customer().lastName()).isEqualTo("Martin-Durand");
        assertThat(vm.history()).anySatisfy(c -> assertThat(c.fields()).extracting(FieldChange::field)
                .contains("customer_last_name", "customer_email"));
        assertThat(changes).hasValue(1);
    }

    @Test
    void aVehicleCorrectionChecksThePlateAndKeepsTheDates() {
        VehicleForm form = vm.forms().vehicle();
        assertThat(form.date("vehicle.firstRegistration").get()).isEqualTo(LocalDate.of(2021, 5, 1));
        form.text("vehicle.plate").set("AB123");
        assertThat(form.error("vehicle.plate").get()).isNotEmpty();
        form.date("vehicle.lastCt").set(LocalDate.of(2026, 4, 1));
        assertThat(form.error("vehicle.lastCt").get()).isEqualTo("Date du dernier CT : date dans le futur");
        form.text("vehicle.plate").set("AB-124-CD");
        form.date("vehicle.lastCt").set(LocalDate.of(2025, 11, 2));
        form.submit();
        assertThat(vm.fileProperty().get().order().vehicle().plate()).isEqualTo("AB-124-CD");
        assertThat(vm.fileProperty().get().order().vehicle().lastCt()).isEqualTo(LocalDate.of(2025, 11, 2));
        assertThat(vm.history()).anySatisfy(c -> assertThat(c.fields()).extracting(FieldChange::field)
                .contains("vehicle_plate", "vehicle_last_ct"));
    }

    @Test
    void anOrderIsGivenToAnotherAdvisorTypedAsALogin() {
        ui.order("Bernard", "EF-456-GH", "VF1BBBBBB22222222", 1);
        ReassignForm form = vm.forms().reassign();
        assertThat(form.current()).isEqualTo("cdupont");
        form.advisorProperty().set("Marc Lefèvre");
        assertThat(form.error(ReassignForm.ADVISOR).get()).startsWith("Commercial : « Marc Lefèvre » n'est pas un identifiant");
        form.advisorProperty().set("cdupont");
        assertThat(form.error(ReassignForm.ADVISOR).get()).contains("déjà suivie par « cdupont »");
        form.advisorProperty().set("mlefevre");
        form.submit();
        assertThat(vm.fileProperty().get().order().advisor()).isEqualTo("mlefevre");
        assertThat(vm.history()).anySatisfy(c -> assertThat(c.fields()).extracting(FieldChange::field)
                .contains("advisor"));
    }

    @Test
    void aPersonAddsAnActivityOfTheirOwnAndMovesItsDueDateWithAReason() {
        ActivityForm add = vm.forms().addActivity();
        assertThat(add.kinds()).extracting(k -> k.title()).startsWith("Autre").contains("À la réservation B2C");
        assertThat(add.assigneeProperty().get()).isEqualTo("cdupont");
        assertThat(add.dueDateProperty().get()).isEqualTo(LocalDate.of(2026, 3, 11));
        add.submit();
        assertThat(add.error(ActivityForm.TITLE).get()).isEqualTo("Intitulé : obligatoire");
        add.titleProperty().set("Rappeler le client pour l'assurance");
        add.dueDateProperty().set(LocalDate.of(2026, 3, 9));
        assertThat(add.error(ActivityForm.DUE).get()).isEqualTo("Échéance : date passée");
        add.dueDateProperty().set(LocalDate.of(2026, 3, 12));
        add.submit();
        var row = vm.activities().stream().filter(r -> r.activity().typeCode().equals(ActivityForm.OTHER))
                .findFirst().orElseThrow();
        assertThat(row.activity().title()).isEqualTo("Rappeler le client pour l'assurance");
        assertThat(row.activity().assignee()).isEqualTo("cdupont");

        ActivityForm move = vm.forms().moveDue(row.activity());
        assertThat(move.dueDateProperty().get()).isEqualTo(LocalDate.of(2026, 3, 12));
        move.dueDateProperty().set(LocalDate.of(2026, 3, 16));
        move.submit();
        assertThat(move.error(ActivityForm.REASON).get()).isEqualTo("Motif du déplacement : obligatoire");
        move.reasonProperty().set("Client en congés");
        move.submit();
        var moved = vm.activities().stream().filter(r -> r.activity().id().equals(row.activity().id()))
                .findFirst().orElseThrow().activity();
        assertThat(moved.dueAt()).isEqualTo(ZonedDateTime.of(2026, 3, 16, 18, 0, 0, 0, TestUi.PARIS).toInstant());
        assertThat(vm.history()).anySatisfy(c -> assertThat(c.fields()).extracting(FieldChange::field)
                .contains("due_at"));
    }

    @Test
    void aRefusalFromTheWorkflowComesBackNextToTheFieldItNames() {
        PaymentForm pay = vm.forms().payment();
        pay.refused(java.util.List.of(new fr.cession.domain.validation.FieldError(PaymentForm.AMOUNT,
                "Montant : doit être supérieur à zéro")), null);
        assertThat(pay.error(PaymentForm.AMOUNT).get()).isEqualTo("Montant : doit être supérieur à zéro");
        pay.refused(java.util.List.of(), "Commande introuvable");
        assertThat(pay.error(OrderForm.GENERAL).get()).isEqualTo("Commande introuvable");
    }
}
