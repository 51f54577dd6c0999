package fr.cession.ui.journey;

import fr.cession.domain.activity.ActivityState;
import fr.cession.domain.approval.ApprovalKind;
import fr.cession.domain.document.DocumentType;
import fr.cession.domain.order.CancellationCase;
import fr.cession.domain.order.CustomerKind;
import fr.cession.domain.order.HandoverMode;
import fr.cession.domain.order.Lender;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.payment.PaymentKind;
import fr.cession.domain.user.Actor;
import fr.cession.domain.user.Role;
import fr.cession.ui.fakes.TestUi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 7, "the life of an order, through the screens only": four orders driven from the new-order
 * form (Ctrl+N) to their last status on the real store, playbook config/playbook-b2c.yaml and
 * workflow, by what a person clicks or types. The store is read only to assert. The clock is
 * TestUi.CLOCK (Tuesday 10/03/2026 10:00): reserved that day, the hand-over falls in the window
 * of 10 to 15 days (004:26) and the funds are in well before the 48 h cut-off (004:10). Each
 * blocker met is read on the page, must say what to do, and is then cleared from the same page.
 * Screenshots: target/screenshots/journey-<n>-<step>.png.
 */
class OrderJourneyTest {

    private static final Actor MANAGER = new Actor("mlefevre", "Marc Lefèvre", Role.MANAGER, "LYON");
    /** 004:55 "Si chèque de banque, clément et déborah responsable". */
    private static final Actor CHEQUE_HANDLER = new Actor("dmartin", "Déborah Martin", Role.ADV, "LYON",
            java.util.Set.of(Role.ADV, Role.RESPONSABLE_CHEQUES));

    private Desk desk;

    @AfterEach
    void stop() throws Exception {
        if (desk != null) {
            desk.close();
        }
    }

    /** A blocker tells what to do, after a dash: "X : manquant — marquez-le reçu dans Documents". */
    private static void saysWhatToDo(java.util.List<String> blockers) {
        assertThat(blockers).allSatisfy(b -> assertThat(b).as("blocker says what to do").contains(" — ")
                .as("apostrophes as written").doesNotContain("''"));
    }

    // VIR + cession + private buyer, a vehicle of 2 years (no CT report): 004:3 to 004:58
    @Test
    void aTransferPaidHandOverToAPrivateBuyer() throws Exception {
        desk = new Desk(1).openAs(TestUi.ACTOR);
        NewOrderPage form = NewOrderPage.open(desk);
        form.type("FIRST_NAME", "Lucie").type("LAST_NAME", "Moreau").type("EMAIL", "lucie.moreau@example.fr")
                .type("PHONE", "0611223344").type("ADDRESS", "3 rue des Lilas, 69003 Lyon")
                .type("VIN", "VF1RFB00112345678").type("PLATE", "GH-234-JK").type("MAKE", "Renault")
                .type("MODEL", "Clio").date("FIRST_REGISTRATION", "15/06/2024").type("MILEAGE", "21000")
                .type("PRICE", "14990");
        form.choose("payment", PaymentMethod.VIR).choose("handover", HandoverMode.CESSION);
        desk.shot("01-formulaire");
        OrderFilePage order = form.create("Moreau");
        assertThat(order.status()).isEqualTo(OrderStatus.RESERVEE);
        desk.shot("02-reservee");

        order.tickEverything().advanceTo(OrderStatus.DESTOCKAGE);
        desk.shot("03-destockage");
        // no hand-over date was given in the form: the page says so, and how to set it (004:26)
        String missing = order.blocker("Date de cession");
        saysWhatToDo(order.blockers());
        assertThat(order.advanceRefused()).contains(missing);
        desk.shot("04-destockage-bloquee");
        order.handover("23/03/2026", LocalTime.of(14, 0)).tickEverything().advanceTo(OrderStatus.ORGANISEE);
        assertThat(order.stored().order().handoverAt()).isEqualTo(LocalDateTime.of(2026, 3, 23, 14, 0));
        desk.shot("05-organisee");

        // 004:40 transfer order confirmed and funds in; 004:43 the papers validated
        order.blocker("Virement");
        saysWhatToDo(order.blockers());
        desk.shot("06-organisee-bloquee");
        order.payWhatIsDue().payWhatIsDue();
        assertThat(order.stored().payments()).extracting(p -> p.amount().intValueExact())
                .containsExactlyInAnyOrder(500, 14490);
        order.receiveAndValidateEveryDocument().tickEverything();
        desk.shot("07-organisee-prete");
        order.advanceTo(OrderStatus.PAIEMENT_VERIFIE);
        desk.shot("08-paiement-verifie");

        // 004:50 "Ne pas passer le VH en vendu si pas de doc (Bon de remise, Cerfa)"
        order.blocker("Bon de remise");
        saysWhatToDo(order.blockers());
        order.receiveAndValidateEveryDocument().tickEverything().advanceTo(OrderStatus.VENDUE);
        desk.shot("09-vendue");
        // 004:65 the sale is the day the buyer receives the car: the 14-day withdrawal runs from it
        assertThat(order.stored().order().vehicleReceivedOn()).isEqualTo(java.time.LocalDate.of(2026, 3, 10));
        // corrected from the order file (Ctrl+L): received on 20/02, so a withdrawal notified today is late
        order.reception("20/02/2026");
        desk.shot("09b-vehicule-recu");
        assertThat(order.cancelRefused(CancellationCase.RETRACTATION, "Le client se rétracte"))
                .contains("Rétractation : notifiée le 10/03/2026, après la fin du délai de 14 jours");
        assertThat(order.status()).isEqualTo(OrderStatus.VENDUE);

        // 004:58 the two activities after the sale, then closed
        order.blocker("Activité non terminée");
        saysWhatToDo(order.blockers());
        order.tickEverything().advanceTo(OrderStatus.CLOTUREE);
        desk.shot("10-cloturee");
        assertThat(order.stored().activities()).allSatisfy(a -> assertThat(a.isOpen()).isFalse());
        desk.noErrors();
    }

    // CHQ + livraison + company buyer: SIREN, Kbis, CNI du gérant, collector's licence (004:13), the
    // inspector's accreditation for a bank cheque (004:33), the DRIIVEME papers (004:34, 004:44)
    @Test
    void aBankChequeDeliveryToACompany() throws Exception {
        desk = new Desk(2).openAs(TestUi.ACTOR);
        NewOrderPage form = NewOrderPage.open(desk);
        form.choose("kind", CustomerKind.SOCIETE);
        assertThat(desk.present("#form-SIREN")).isTrue();
        form.type("COMPANY_NAME", "Transports Girard SARL").type("SIREN", "732 829 320")
                .type("FIRST_NAME", "Paul").type("LAST_NAME", "Girard").type("COLLECTOR", "Marc Girard")
                .type("EMAIL", "contact@girard-transports.fr").type("PHONE", "0472112233")
                .type("ADDRESS", "12 avenue Jean Jaurès, 69007 Lyon")
                .type("VIN", "VF3LCYHZPJS123456").type("PLATE", "FT-456-KL").type("MAKE", "Peugeot")
                .type("MODEL", "Partner").date("FIRST_REGISTRATION", "10/09/2023").type("MILEAGE", "38000")
                .type("PRICE", "19990").date("HANDOVER_DATE", "24/03/2026").type("HANDOVER_TIME", "09:30");
        form.choose("payment", PaymentMethod.CHQ).choose("handover", HandoverMode.LIVRAISON);
        desk.shot("01-formulaire-societe");
        OrderFilePage order = form.create("Transports Girard");
        assertThat(order.stored().order().handoverAt()).isEqualTo(LocalDateTime.of(2026, 3, 24, 9, 30));
        desk.shot("02-reservee");

        order.tickEverything().advanceTo(OrderStatus.DESTOCKAGE).tickEverything().advanceTo(OrderStatus.ORGANISEE);
        desk.shot("03-organisee");
        // 004:13 the company's papers, validated in Documents
        order.blocker("Kbis");
        saysWhatToDo(order.blockers());
        desk.shot("04-organisee-bloquee");
        // 004:55 the advisor announces the bank cheques; a designated cheque handler records their receipt
        order.payWhatIsDue().payWhatIsDue().receiveAndValidateEveryDocument().tickEverything();
        assertThat(order.stored().payments()).extracting(p -> p.amount().intValueExact())
                .containsExactlyInAnyOrder(500, 19490);
        assertThat(order.stored().payments()).noneMatch(p -> p.isReceived());
        String number = order.number();
        desk.openAs(CHEQUE_HANDLER);
        BoardPage.open(desk).openOrder(number).confirmAnnounced();
        desk.shot("04b-cheques-recus");
        desk.openAs(TestUi.ACTOR);
        order = BoardPage.open(desk).openOrder(number);
        assertThat(order.stored().payments()).allMatch(p -> p.isReceived());
        order.advanceTo(OrderStatus.PAIEMENT_VERIFIE);
        desk.shot("05-paiement-verifie");
        order.blocker("Bon de remise");
        saysWhatToDo(order.blockers());
        order.receiveAndValidateEveryDocument().tickEverything().advanceTo(OrderStatus.VENDUE);
        desk.shot("06-vendue");
        order.tickEverything().advanceTo(OrderStatus.CLOTUREE);
        desk.shot("07-cloturee");
        assertThat(order.stored().order().customer().companySiren()).isEqualTo("732829320");
        assertThat(order.stored().activities()).allSatisfy(a -> assertThat(a.isOpen()).isFalse());
        desk.noErrors();
    }

    // CRD, a vehicle of 6 years: CT report (004:42), credit offer validated (004:41), down payment and
    // financed amount (004:8), and the manager who moves the credit funds (004:53)
    @Test
    void aCreditSaleOfAVehicleThatNeedsItsCt() throws Exception {
        desk = new Desk(3).openAs(TestUi.ACTOR);
        NewOrderPage form = NewOrderPage.open(desk);
        form.type("FIRST_NAME", "Karim").type("LAST_NAME", "Benali").type("EMAIL", "karim.benali@example.fr")
                .type("PHONE", "0678901234").type("ADDRESS", "8 place Bellecour, 69002 Lyon")
                .type("VIN", "VF1KZ1A0547123456").type("PLATE", "EX-789-MN").type("MAKE", "Renault")
                .type("MODEL", "Mégane").date("FIRST_REGISTRATION", "01/03/2020").type("MILEAGE", "84000")
                .type("PRICE", "12990").date("HANDOVER_DATE", "25/03/2026").type("HANDOVER_TIME", "11:00");
        form.choose("payment", PaymentMethod.CRD);
        form.choose("lender", Lender.COFIDIS).type("DOWN_PAYMENT", "2990").type("FINANCED_AMOUNT", "10000");
        desk.shot("01-formulaire-credit");
        OrderFilePage order = form.create("Benali");
        assertThat(order.stored().order().financing().financedAmount()).isEqualByComparingTo("10000");
        desk.shot("02-reservee");

        order.tickEverything().advanceTo(OrderStatus.DESTOCKAGE).tickEverything().advanceTo(OrderStatus.ORGANISEE);
        desk.shot("03-organisee");
        // 004:42 the CT report is listed once organised, and the page says where to mark it
        order.blocker("marquez le procès-verbal de contrôle technique reçu dans Documents");
        order.blocker("offre de crédit");
        saysWhatToDo(order.blockers());
        desk.shot("04-organisee-bloquee");
        order.received(DocumentType.RAPPORT_CT, "02/03/2026");
        assertThat(order.blockers()).noneMatch(b -> b.startsWith("CT :"));
        order.payWhatIsDue().payWhatIsDue().receiveAndValidateEveryDocument().tickEverything();
        order.advanceTo(OrderStatus.PAIEMENT_VERIFIE);
        desk.shot("05-paiement-verifie");

        // 004:53 only the N+1 moves the lender's funds: the advisor asks from the order file
        String transfer = order.blocker("demandez le transfert au manager");
        saysWhatToDo(order.blockers());
        order.request(ApprovalKind.TRANSFERT_FONDS_CREDIT, "Fonds Cofidis reçus sur le wallet");
        assertThat(order.blockers()).contains(transfer);
        // asked once: the approvals' menu no longer offers it while it waits
        assertThat(desk.robot.lookup("#approval-request").queryAs(javafx.scene.control.MenuButton.class).getItems())
                .extracting(javafx.scene.control.MenuItem::getId).doesNotContain("approval-request-TRANSFERT_FONDS_CREDIT");
        String number = order.number();
        desk.shot("06-demande-au-manager");

        desk.openAs(MANAGER);
        OrderFilePage managerSees = BoardPage.open(desk).openOrder(number);
        desk.shot("07-manager-accord");
        managerSees.approve(ApprovalKind.TRANSFERT_FONDS_CREDIT);

        desk.openAs(TestUi.ACTOR);
        OrderFilePage back = BoardPage.open(desk).openOrder(number);
        Desk.waitFor(() -> !back.blockers().contains(transfer));
        order = back;
        desk.shot("08-fonds-transferes");
        order.receiveAndValidateEveryDocument().tickEverything().advanceTo(OrderStatus.VENDUE);
        desk.shot("09-vendue");
        order.tickEverything().advanceTo(OrderStatus.CLOTUREE);
        desk.shot("10-cloturee");
        assertThat(order.stored().document(DocumentType.RAPPORT_CT).orElseThrow().issuedOn())
                .isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(order.stored().activities()).allSatisfy(a -> assertThat(a.isOpen()).isFalse());
        desk.noErrors();
    }

    // 004:65-71 cancelled after the funds were received: KYC 2 (two IDs, a RIB), then the manager refunds
    @Test
    void aCancellationAfterTheFundsAreInIsRefundedOnceKycTwoIsValidated() throws Exception {
        desk = new Desk(4).openAs(TestUi.ACTOR);
        NewOrderPage form = NewOrderPage.open(desk);
        form.type("FIRST_NAME", "Sophie").type("LAST_NAME", "Lambert").type("EMAIL", "sophie.lambert@example.fr")
                .type("PHONE", "0645789012").type("ADDRESS", "21 rue Mercière, 69002 Lyon")
                .type("VIN", "WVWZZZAUZKW123456").type("PLATE", "FL-321-PQ").type("MAKE", "Volkswagen")
                .type("MODEL", "Golf").date("FIRST_REGISTRATION", "20/01/2024").type("MILEAGE", "30500")
                .type("PRICE", "17490").date("HANDOVER_DATE", "20/03/2026").type("HANDOVER_TIME", "15:00");
        desk.shot("01-formulaire");
        OrderFilePage order = form.create("Lambert");
        order.payWhatIsDue().payWhatIsDue();
        desk.shot("02-fonds-recus");

        // the case is pre-chosen from what came in: more than the reservation fee
        order.cancel(CancellationCase.FONDS_RECUS, "Le client renonce : mutation professionnelle");
        desk.shot("03-annulee");
        OrderFilePage cancelled = order;
        Desk.waitFor(() -> cancelled.stored().document(DocumentType.RIB).isPresent());
        // 004:63, 004:71 the cancellation itself asks the manager for the refund of what came in, and says so
        Desk.waitFor(() -> desk.present("#order-notice-text"));
        assertThat(desk.text("#order-notice-text")).contains("Remboursement");
        assertThat(order.stored().approvals()).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(ApprovalKind.REMBOURSEMENT);
            assertThat(a.amount()).isEqualByComparingTo("17490");
        });
        // asked once: the request form no longer offers a refund while that one waits
        desk.press("#order-request");
        Desk.waitFor(() -> desk.present("#of-request-kind"));
        assertThat(desk.robot.lookup("#of-request-kind").queryAs(javafx.scene.control.ComboBox.class).getItems())
                .doesNotContain(ApprovalKind.REMBOURSEMENT);
        desk.robot.type(javafx.scene.input.KeyCode.ESCAPE);
        Desk.waitFor(() -> !desk.robot.lookup("#order-form").query().isVisible());
        order.received(DocumentType.PIECE_IDENTITE_KYC_1, null).validate(DocumentType.PIECE_IDENTITE_KYC_1);
        String number = order.number();
        desk.shot("04-remboursement-demande");

        // the manager asked too early is told what is missing, and where to do it
        desk.openAs(MANAGER);
        OrderFilePage manager = BoardPage.open(desk).openOrder(number);
        desk.press("#approval-approve");
        Desk.waitFor(() -> !desk.dialogs.errors.isEmpty());
        String refusal = desk.dialogs.errors.get(0).message();
        desk.dialogs.errors.clear();
        assertThat(refusal).contains("KYC 2").contains("RIB").contains(" — ");
        desk.shot("05-manager-kyc-incomplet");

        desk.openAs(TestUi.ACTOR);
        order = BoardPage.open(desk).openOrder(number);
        order.receiveAndValidateEveryDocument();
        assertThat(order.stored().document(DocumentType.RIB).orElseThrow().reference())
                .isEqualTo("FR7630006000011234567890189");
        order.tickEverything();
        desk.shot("06-kyc2-valide");

        desk.openAs(MANAGER);
        manager = BoardPage.open(desk).openOrder(number);
        manager.approve(ApprovalKind.REMBOURSEMENT);
        desk.shot("07-remboursement-approuve");
        assertThat(manager.stored().order().status()).isEqualTo(OrderStatus.ANNULEE);
        // 004:71 the approval records the refund to pay, to the validated RIB's IBAN, and the manager's task
        assertThat(manager.stored().payments()).filteredOn(p -> p.kind() == PaymentKind.REMBOURSEMENT)
                .singleElement().satisfies(p -> {
                    assertThat(p.amount()).isEqualByComparingTo("17490");
                    assertThat(p.reference()).isEqualTo("FR7630006000011234567890189");
                    assertThat(p.isReceived()).isFalse();
                });
        assertThat(manager.stored().activity("remboursement_a_payer")).hasValueSatisfying(a -> {
            assertThat(a.isOpen()).isTrue();
            assertThat(a.assignee()).isEqualTo(MANAGER.login());
        });
        // paying it is confirming the refund from its payment line, which finishes the task
        OrderFilePage paying = manager;
        desk.press("#payment-refund-done");
        Desk.waitFor(() -> paying.stored().activities().stream().noneMatch(a -> a.isOpen()));
        desk.shot("08-remboursement-fait");
        assertThat(manager.stored().payments()).filteredOn(p -> p.kind() == PaymentKind.REMBOURSEMENT)
                .allSatisfy(p -> assertThat(p.isReceived()).isTrue());
        desk.noErrors();
    }
}
