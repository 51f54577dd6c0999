package fr.cession.ui.order;

import fr.cession.domain.approval.ApprovalKind;
import fr.cession.domain.approval.ApprovalStatus;
import fr.cession.domain.document.DocumentStatus;
import fr.cession.domain.user.Actor;
import fr.cession.domain.user.Role;
import fr.cession.ui.UiContext;
import fr.cession.domain.document.DocumentType;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.CancellationCase;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.payment.PaymentKind;
import fr.cession.ui.fakes.TestUi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.cession.ui.order.form.ApprovalForm;
import fr.cession.ui.order.form.CancelForm;
import fr.cession.ui.order.form.DocumentForm;
import fr.cession.ui.order.form.PaymentForm;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class OrderFileViewModelTest {

    private final TestUi ui = new TestUi();
    private final AtomicInteger changes = new AtomicInteger();
    private OrderFileViewModel vm;
    private OrderFile file;

    @BeforeEach
    void setUp() {
        file = ui.order("Martin", "AB-123-CD", "VF1AAAAAA11111111", 0);
        vm = new OrderFileViewModel(ui.context(), changes::incrementAndGet);
        vm.load(file.orderId());
    }

    private OrderStatus status() {
        return vm.fileProperty().get().order().status();
    }

    @Test
    void showsTheOrderItsChecklistDocumentsAndHistory() {
        assertThat(vm.fileProperty().get().order().number()).isNotNull();
        assertThat(vm.activities()).hasSize(1);
        assertThat(vm.activities().get(0).items()).hasSize(3);
        assertThat(vm.documents()).extracting(d -> d.type()).contains(DocumentType.CNI);
        assertThat(vm.history()).isNotEmpty();
        assertThat(vm.nextStatus()).contains(OrderStatus.DESTOCKAGE);
    }

    @Test
    void aForbiddenAdvanceSaysWhyAndChangesNothing() {
        assertThat(vm.blockers()).containsExactly("Checklist « À la réservation B2C » incomplète (0/3)");
        vm.advance();
        assertThat(ui.dialogs.errorMessages()).containsExactly("Checklist « À la réservation B2C » incomplète (0/3)");
        assertThat(status()).isEqualTo(OrderStatus.RESERVEE);
        assertThat(changes).hasValue(0);
    }

    @Test
    void tickingEveryLineClosesTheActivityAndTheNextStageOpensItsOwn() {
        vm.activities().get(0).items().forEach(vm::toggle);
        assertThat(vm.activities()).isEmpty();
        assertThat(vm.blockers()).isEmpty();
        vm.advance();
        assertThat(status()).isEqualTo(OrderStatus.DESTOCKAGE);
        assertThat(vm.activities()).extracting(r -> r.activity().title()).containsExactly("Demande de déstockage B2C");
        assertThat(changes.get()).isEqualTo(4);
    }

    @Test
    void tickThenUntickShowsWhoTicked() {
        var item = vm.activities().get(0).items().get(0);
        vm.toggle(item);
        var ticked = vm.activities().get(0).items().get(0);
        assertThat(ticked.checked()).isTrue();
        assertThat(ticked.checkedBy()).isEqualTo("cdupont");
        vm.toggle(ticked);
        assertThat(vm.activities().get(0).items().get(0).checked()).isFalse();
    }

    @Test
    void paymentsDocumentsAndCancellationThroughTheirForms() {
        PaymentForm pay = vm.forms().payment();
        pay.kindProperty().set(PaymentKind.SOLDE);
        pay.amountProperty().set("18 490,00");
        pay.receivedNowProperty().set(false);
        pay.submit();
        assertThat(vm.forms().openProperty().get()).isNull();
        assertThat(vm.payments()).singleElement().satisfies(p -> {
            assertThat(p.amount()).isEqualByComparingTo("18490");
            assertThat(p.isReceived()).isFalse();
        });
        vm.confirmReceived(vm.payments().get(0));
        assertThat(vm.payments().get(0).isReceived()).isTrue();

        var cni = cni();
        vm.validate(cni);
        assertThat(ui.dialogs.errorMessages()).singleElement().asString().contains("n'est pas reçu");
        DocumentForm received = vm.forms().received(cni);
        assertThat(received.issuedOnProperty().get()).isEqualTo(LocalDate.of(2026, 3, 10));
        received.issuedOnProperty().set(LocalDate.of(2026, 3, 1));
        received.submit();
        assertThat(cni().status()).isEqualTo(DocumentStatus.RECU);
        assertThat(cni().issuedOn()).isEqualTo(LocalDate.of(2026, 3, 1));
        DocumentForm refuse = vm.forms().refuse(cni());
        refuse.submit();
        assertThat(refuse.error(DocumentForm.REASON).get()).isEqualTo("Motif du refus : obligatoire");
        refuse.reasonProperty().set("Copie illisible");
        refuse.submit();
        assertThat(cni()).satisfies(d -> {
            assertThat(d.status()).isEqualTo(DocumentStatus.REFUSE);
            assertThat(d.refusalReason()).isEqualTo("Copie illisible");
        });

        assertThat(vm.cancellableProperty().get()).isTrue();
        vm.cancel();
        CancelForm cancel = (CancelForm) vm.forms().openProperty().get();
        // funds beyond the fee were received: the case is chosen from what was paid (004:66)
        assertThat(cancel.caseProperty().get()).isEqualTo(CancellationCase.FONDS_RECUS);
        cancel.submit();
        assertThat(cancel.error(CancelForm.REASON).get()).isEqualTo("Motif de l'annulation : obligatoire");
        assertThat(status()).isEqualTo(OrderStatus.RESERVEE);
        cancel.caseProperty().set(CancellationCase.FRAIS_RESERVATION_SEULS);
        cancel.reasonProperty().set("Le client renonce");
        cancel.submit();
        assertThat(status()).isEqualTo(OrderStatus.ANNULEE);
        assertThat(vm.activities()).isEmpty();
        // « Annuler la commande » greys out once there is nothing left to cancel
        assertThat(vm.cancellableProperty().get()).isFalse();
    }

    private fr.cession.domain.document.OrderDocument cni() {
        return vm.documents().stream().filter(d -> d.type() == DocumentType.CNI).findFirst().orElseThrow();
    }

    @Test
    void onlyAManagerDecidesAndOthersAreToldWhy() {
        // 004:63 "demande de remboursement au manager"
        vm.requestApproval(ApprovalKind.REMBOURSEMENT);
        ApprovalForm ask = (ApprovalForm) vm.forms().openProperty().get();
        assertThat(ask.kindProperty().get()).isEqualTo(ApprovalKind.REMBOURSEMENT);
        ask.amountProperty().set("250");
        ask.detailProperty().set("Annulation dans le délai");
        ask.submit();
        assertThat(vm.approvals()).singleElement().satisfies(a -> {
            assertThat(a.status()).isEqualTo(ApprovalStatus.DEMANDEE);
            assertThat(a.amount()).isEqualByComparingTo("250");
        });
        assertThat(vm.canDecide()).isFalse();
        // the refund waits for the manager: it is not offered a second time
        assertThat(vm.requestableApprovals()).containsExactly(ApprovalKind.REVUE_FRAUDE);
        vm.decide(vm.approvals().get(0), true);
        assertThat(ui.dialogs.errorMessages()).containsExactly("Seul un manager peut décider");
        assertThat(vm.approvals().get(0).status()).isEqualTo(ApprovalStatus.DEMANDEE);

        Actor manager = new Actor("mlefevre", "Marc Lefèvre", Role.MANAGER, "LYON");
        UiContext base = ui.context();
        OrderFileViewModel managerVm = new OrderFileViewModel(new UiContext(manager, base.clock(), base.zone(),
                base.settings(), base.messages(), base.formats(), base.executor(), base.dialogs(), base.orders(),
                base.board(), base.actions()), changes::incrementAndGet);
        managerVm.load(file.orderId());
        assertThat(managerVm.canDecide()).isTrue();
        managerVm.decide(managerVm.approvals().get(0), false);
        assertThat(managerVm.approvals().get(0).status()).isEqualTo(ApprovalStatus.REFUSEE);
    }
}
