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

import java.time.LocalDateTime;
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
    void handoverDateIsParsedFrenchStyleAndABadOneIsExplained() {
        ui.dialogs.answer("32/13/2026 10:00");
        vm.setHandoverDate();
        assertThat(ui.dialogs.errorMessages()).singleElement().asString().contains("32/13/2026 10:00");
        ui.dialogs.answer("24/03/2026 14:30");
        vm.setHandoverDate();
        assertThat(vm.fileProperty().get().order().handoverAt()).isEqualTo(LocalDateTime.of(2026, 3, 24, 14, 30));
    }

    @Test
    void paymentsDocumentsAndCancellation() {
        ui.dialogs.answer(PaymentKind.SOLDE, "18 490,00", false);
        vm.recordPayment();
        assertThat(vm.payments()).singleElement().satisfies(p -> {
            assertThat(p.amount()).isEqualByComparingTo("18490");
            assertThat(p.isReceived()).isFalse();
        });
        vm.confirmReceived(vm.payments().get(0));
        assertThat(vm.payments().get(0).isReceived()).isTrue();

        var cni = vm.documents().stream().filter(d -> d.type() == DocumentType.CNI).findFirst().orElseThrow();
        vm.validate(cni);
        assertThat(ui.dialogs.errorMessages()).singleElement().asString().contains("n'est pas reçu");
        ui.dialogs.answer("01/03/2026");
        vm.markReceived(cni);
        cni = vm.documents().stream().filter(d -> d.type() == DocumentType.CNI).findFirst().orElseThrow();
        vm.refuse(cni);
        ui.dialogs.answer("Copie illisible");
        vm.refuse(cni);
        assertThat(vm.documents().stream().filter(d -> d.type() == DocumentType.CNI).findFirst().orElseThrow())
                .satisfies(d -> {
                    assertThat(d.status()).isEqualTo(DocumentStatus.REFUSE);
                    assertThat(d.refusalReason()).isEqualTo("Copie illisible");
                });

        ui.dialogs.answer(CancellationCase.FRAIS_RESERVATION_SEULS, "Le client renonce");
        vm.cancel();
        assertThat(status()).isEqualTo(OrderStatus.ANNULEE);
        assertThat(vm.activities()).isEmpty();
    }

    @Test
    void onlyAManagerDecidesAndOthersAreToldWhy() {
        // 004:63 "demande de remboursement au manager"
        ui.dialogs.answer("250", "Annulation dans le délai");
        vm.requestApproval(ApprovalKind.REMBOURSEMENT);
        assertThat(vm.approvals()).singleElement().satisfies(a -> {
            assertThat(a.status()).isEqualTo(ApprovalStatus.DEMANDEE);
            assertThat(a.amount()).isEqualByComparingTo("250");
        });
        assertThat(vm.canDecide()).isFalse();
        assertThat(vm.requestableApprovals()).containsExactly(ApprovalKind.REMBOURSEMENT);
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
