package fr.cession.ui.inbox;

import fr.cession.domain.approval.ApprovalItem;
import fr.cession.domain.approval.ApprovalKind;
import fr.cession.domain.approval.ApprovalStatus;
import fr.cession.domain.approval.RefusalNote;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.CancellationCase;
import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.payment.PaymentKind;
import fr.cession.domain.playbook.RuleSettings;
import fr.cession.domain.user.Actor;
import fr.cession.domain.user.Role;
import fr.cession.ui.ActivityFeed;
import fr.cession.ui.UiContext;
import fr.cession.ui.fakes.FakeDialogs;
import fr.cession.ui.fakes.TestUi;
import fr.cession.ui.i18n.Formats;
import fr.cession.ui.i18n.Messages;
import fr.cession.ui.real.RealStore;
import fr.cession.ui.task.DirectTaskExecutor;
import fr.cession.ui.today.TodayRow;
import fr.cession.ui.today.TodayViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "À valider" on the real store and workflow: the manager's requests across orders, decided with
 * the four-eyes rule, and the answers read back on the requester's day.
 */
class InboxViewModelTest {

    private static final Actor ADVISOR = TestUi.ACTOR;
    private static final Actor MANAGER = new Actor("mlefevre", "Marc Lefèvre", Role.MANAGER, "LYON");

    private final RealStore real = new RealStore();
    private final FakeDialogs dialogs = new FakeDialogs();
    private final AtomicInteger changed = new AtomicInteger();
    private final List<UUID> opened = new ArrayList<>();

    @AfterEach
    void close() {
        real.close();
    }

    private UiContext as(Actor actor) {
        return new UiContext(actor, TestUi.CLOCK, TestUi.PARIS, RuleSettings.SEED_004, new Messages(Locale.FRANCE),
                new Formats(TestUi.PARIS), new DirectTaskExecutor(), dialogs, real.repo, real.board, real.actions);
    }

    private InboxViewModel inbox(Actor actor) {
        InboxViewModel vm = new InboxViewModel(as(actor), real.approvals, changed::incrementAndGet, opened::add);
        vm.refresh();
        return vm;
    }

    /** 004:62-63: only the fee came in, the order is cancelled and the refund asked of the manager. */
    private OrderFile feeOnlyCancelled(String last, String plate, String vin) {
        OrderFile o = real.order(last, plate, vin, 2, ADVISOR);
        real.workflow.recordPayment(o.orderId(), PaymentKind.FRAIS_RESERVATION, PaymentMethod.VIR,
                new BigDecimal("500"), null, TestUi.CLOCK.instant(), null, ADVISOR);
        return real.workflow.cancel(o.orderId(), CancellationCase.FRAIS_RESERVATION_SEULS, "Le client renonce",
                ADVISOR);
    }

    /** Amounts as French formats write them use no-break spaces; the assertions use plain ones. */
    private static String plain(String s) {
        return s.replace('\u00A0', ' ').replace('\u202F', ' ');
    }

    private static ApprovalItem of(InboxViewModel vm, ApprovalKind kind) {
        return vm.items().stream().filter(i -> i.request().kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void theManagerSeesEveryPendingRequestWithItsOrderAndApprovesARefund() {
        OrderFile refund = feeOnlyCancelled("Garnier", "AA-111-BB", "VF1AAAAAA11111111");
        OrderFile late = real.order("Perrin", "CC-222-DD", "VF1BBBBBB22222222", 2, ADVISOR);
        real.workflow.setHandoverDate(late.orderId(), LocalDateTime.of(2026, 3, 30, 10, 0), ADVISOR);

        InboxViewModel vm = inbox(MANAGER);
        assertThat(vm.items()).hasSize(2).allSatisfy(i -> {
            assertThat(i.request().status()).isEqualTo(ApprovalStatus.DEMANDEE);
            assertThat(i.customer()).startsWith("Jean ");
            assertThat(i.site()).isEqualTo("LYON");
        });
        ApprovalItem r = of(vm, ApprovalKind.REMBOURSEMENT);
        assertThat(r.orderNumber()).isEqualTo(real.repo.load(refund.orderId()).orElseThrow().order().number());
        assertThat(vm.cannotApprove(r)).isEmpty();
        // beside the request: the order, what it holds, and nothing stopping the refund of the fee (004:62)
        vm.select(r);
        assertThat(vm.contextProperty().get()).isNotNull().satisfies(c -> {
            assertThat(c.facts()).extracting(InboxViewModelTest::plain)
                    .contains("Reçu : 500,00 € · déjà remboursé ou à rembourser : 0,00 € · détenu : 500,00 €");
            assertThat(c.papers()).isEmpty();
            assertThat(c.blockers()).isEmpty();
        });

        vm.approve(r);
        assertThat(dialogs.errorMessages()).isEmpty();
        assertThat(vm.items()).singleElement().satisfies(i ->
                assertThat(i.request().kind()).isEqualTo(ApprovalKind.DATE_CESSION_HORS_DELAI));
        assertThat(vm.noticeProperty().get()).startsWith("Approuvée : Remboursement — commande ");
        assertThat(changed).hasValue(1);
        // 004:71 the approval is the refund to pay, and the manager's task to pay it
        OrderFile stored = real.repo.load(refund.orderId()).orElseThrow();
        assertThat(stored.payments()).filteredOn(p -> p.kind() == PaymentKind.REMBOURSEMENT).singleElement()
                .satisfies(p -> assertThat(p.amount()).isEqualByComparingTo("500"));
        assertThat(stored.activity("remboursement_a_payer")).hasValueSatisfying(a ->
                assertThat(a.assignee()).isEqualTo("mlefevre"));

        vm.open(vm.items().get(0));
        assertThat(opened).containsExactly(late.orderId());
    }

    // 004:67-69: before a refund of funds received, the manager sees the KYC 2 papers and what is missing
    @Test
    void aRefundAfterTheFundsShowsTheKycPapersAndWhatStopsItsApproval() {
        OrderFile o = real.order("Garnier", "AA-111-BB", "VF1AAAAAA11111111", 2, ADVISOR);
        real.workflow.recordPayment(o.orderId(), PaymentKind.SOLDE, PaymentMethod.VIR, new BigDecimal("18490"),
                null, TestUi.CLOCK.instant(), null, ADVISOR);
        real.workflow.cancel(o.orderId(), CancellationCase.FONDS_RECUS, "Mutation professionnelle", ADVISOR);
        InboxViewModel vm = inbox(MANAGER);
        vm.select(vm.items().get(0));
        RequestContext c = vm.contextProperty().get();
        assertThat(c.facts()).extracting(InboxViewModelTest::plain).anyMatch(f -> f.startsWith("Annulée : "))
                .anyMatch(f -> f.contains("détenu : 18 490,00 €"));
        assertThat(c.papers()).hasSize(3).noneMatch(RequestContext.Paper::valid);
        assertThat(c.blockers()).hasSize(3).allMatch(b -> b.contains("KYC 2") && b.contains(" — "));
    }

    @Test
    void aRefusalAsksItsReasonAndTheRequesterReadsItOnTheirDay() {
        OrderFile late = real.order("Perrin", "CC-222-DD", "VF1BBBBBB22222222", 2, ADVISOR);
        real.workflow.setHandoverDate(late.orderId(), LocalDateTime.of(2026, 3, 30, 10, 0), ADVISOR);
        feeOnlyCancelled("Garnier", "AA-111-BB", "VF1AAAAAA11111111");
        InboxViewModel vm = inbox(MANAGER);

        dialogs.answer("   ");
        vm.refuse(of(vm, ApprovalKind.DATE_CESSION_HORS_DELAI));
        assertThat(dialogs.errorMessages()).singleElement().asString().startsWith("Motif du refus : obligatoire");
        assertThat(vm.items()).hasSize(2);
        dialogs.errors.clear();

        dialogs.answer("Le client peut venir le 20/03 : voir avec lui");
        vm.refuse(of(vm, ApprovalKind.DATE_CESSION_HORS_DELAI));
        vm.approve(of(vm, ApprovalKind.REMBOURSEMENT));
        assertThat(dialogs.errorMessages()).isEmpty();
        assertThat(vm.items()).isEmpty();

        UiContext advisor = as(ADVISOR);
        ActivityFeed feed = new ActivityFeed(real.board, advisor.executor(), ADVISOR.login());
        TodayViewModel today = new TodayViewModel(advisor, feed, opened::add, real.approvals, () -> { });
        feed.refresh();
        List<TodayRow.Answer> answers = today.rows().stream().filter(TodayRow.Answer.class::isInstance)
                .map(TodayRow.Answer.class::cast).toList();
        assertThat(today.rows().get(0)).isEqualTo(new TodayRow.AnswersHeading(2));
        assertThat(answers).extracting(a -> a.item().request().status())
                .containsExactlyInAnyOrder(ApprovalStatus.APPROUVEE, ApprovalStatus.REFUSEE);
        assertThat(answers).filteredOn(a -> a.item().request().status() == ApprovalStatus.REFUSEE).singleElement()
                .satisfies(a -> assertThat(RefusalNote.of(a.item().request().detail()))
                        .contains("Le client peut venir le 20/03 : voir avec lui"));
        today.open(answers.get(0));
        assertThat(opened).containsExactly(answers.get(0).item().request().orderId());
    }

    // four eyes: the central database refuses it too (CentralSecurityTest); the screen says why first
    @Test
    void nobodyApprovesTheirOwnRequestAndOnlyAManagerDecides() {
        OrderFile o = real.order("Garnier", "AA-111-BB", "VF1AAAAAA11111111", 2, ADVISOR);
        real.workflow.requestApproval(o.orderId(), ApprovalKind.REVUE_FRAUDE, null, "acheteur lointain", MANAGER);

        InboxViewModel own = inbox(MANAGER);
        ApprovalItem mine = own.items().get(0);
        assertThat(own.cannotApprove(mine)).contains("C'est votre propre demande : un autre manager doit"
                + " l'approuver (quatre yeux).");
        own.approve(mine);
        assertThat(dialogs.errorMessages()).hasSize(1);
        assertThat(real.repo.load(o.orderId()).orElseThrow().approvals().get(0).status())
                .isEqualTo(ApprovalStatus.DEMANDEE);

        InboxViewModel advisor = inbox(ADVISOR);
        assertThat(advisor.isManager()).isFalse();
        assertThat(advisor.items()).hasSize(1);
        assertThat(advisor.cannotApprove(mine)).contains("Seul un manager approuve ou refuse une demande.");
        assertThat(advisor.cannotRefuse(mine)).isPresent();

        Actor other = new Actor("amartin", "Anne Martin", Role.MANAGER, "LYON");
        InboxViewModel second = inbox(other);
        second.approve(second.items().get(0));
        assertThat(real.repo.load(o.orderId()).orElseThrow().approvals().get(0).decidedBy()).isEqualTo("amartin");
    }
}
