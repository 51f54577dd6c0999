package fr.cession.ui.board;

import fr.cession.domain.activity.ActivityTiming;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.playbook.RuleSettings;
import fr.cession.domain.user.Role;
import fr.cession.ui.ActivityFeed;
import fr.cession.ui.UiContext;
import fr.cession.ui.fakes.TestUi;
import fr.cession.ui.i18n.Formats;
import fr.cession.ui.i18n.Messages;
import fr.cession.ui.task.DirectTaskExecutor;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The board's order cards (default mode) and activity cards (second mode), on hand-written data. */
class BoardViewModelTest {

    /** TestUi's clock: Tuesday 10 March 2026, 10:00 in Paris. */
    private static final Instant NOW = TestUi.CLOCK.instant();
    private static final Instant LATE = NOW.minus(Duration.ofDays(2));
    private static final Instant TONIGHT = NOW.plus(Duration.ofHours(8));
    private static final Instant NEXT_WEEK = NOW.plus(Duration.ofDays(5));

    private final BoardFixture data = new BoardFixture();
    private final MutableClock clock = new MutableClock(NOW);
    private ActivityFeed feed;
    private UUID opened;

    private BoardViewModel board(Locale locale) {
        UiContext ui = new TestUi().context(locale, new DirectTaskExecutor());
        UiContext ctx = new UiContext(ui.actor(), clock, TestUi.PARIS, RuleSettings.SEED_004, new Messages(locale),
                new Formats(TestUi.PARIS), ui.executor(), ui.dialogs(), ui.orders(), data, ui.actions());
        feed = new ActivityFeed(data, ctx.executor(), TestUi.ACTOR.login());
        BoardViewModel vm = new BoardViewModel(ctx, feed, id -> opened = id);
        feed.refresh();
        return vm;
    }

    /** Martin: three open activities; Bernard: none left; Durand: cancelled; Petit: closed. */
    private void fourOrders() {
        data.order("LYON-2026-0001", "Martin", "AB-123-CD", "VF1AAAAAA11111111")
                .activity("verification_documents", "Vérification des documents B2C", Role.COMMERCIAL, NEXT_WEEK, 0, 2)
                .activity("reservation", "À la réservation B2C", Role.COMMERCIAL, LATE, 3, 11)
                .activity("demande_destockage", "Demande de déstockage B2C", Role.ADV, "pmoreau", TONIGHT, 0, 5);
        data.order("LYON-2026-0002", "Bernard", "EF-456-GH", "VF1BBBBBB22222222").price("12345.50");
        data.order("LYON-2026-0003", "Durand", "IJ-789-KL", "VF1CCCCCC33333333").status(OrderStatus.ANNULEE);
        data.order("LYON-2026-0004", "Petit", "MN-012-OP", "VF1DDDDDD44444444").status(OrderStatus.CLOTUREE)
                .price(null);
    }

    private static List<BoardCard> shown(BoardViewModel vm) {
        return vm.columns().stream().flatMap(c -> c.cards().stream()).toList();
    }

    private static BoardColumn column(BoardViewModel vm, OrderStatus s) {
        return vm.columns().stream().filter(c -> c.key().equals(s.name())).findFirst().orElseThrow();
    }

    private static String spaces(String s) {
        return s.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    @Test
    void oneCardPerOrderWithItsNextActivityAndHowManyOthersAreOpen() {
        fourOrders();
        BoardViewModel vm = board(Locale.FRANCE);

        assertThat(vm.shownProperty().get()).isEqualTo(4);
        assertThat(column(vm, OrderStatus.RESERVEE).cards()).extracting(BoardCard::orderNumber)
                .containsExactly("LYON-2026-0001", "LYON-2026-0002");
        BoardCard martin = column(vm, OrderStatus.RESERVEE).cards().get(0);
        // the open activity due first (titled as the playbook names it), its checklist, and the two others
        assertThat(martin.activity()).isEqualTo("À la réservation B2C");
        assertThat(martin.others()).isEqualTo("+2 autres activités");
        assertThat(martin.progress()).isEqualTo("3/11");
        assertThat(martin.timing()).isEqualTo(ActivityTiming.EN_RETARD);
        assertThat(martin.dueInFull()).isEqualTo("En retard — échéance 08/03/2026 10:00");
        assertThat(martin.payment()).isEqualTo("Virement");
        assertThat(martin.handover()).isEqualTo("Cession · date non fixée");
        assertThat(martin.vehicle()).isEqualTo("Peugeot 308 · AB-123-CD");
        BoardCard bernard = column(vm, OrderStatus.RESERVEE).cards().get(1);
        assertThat(bernard.activity()).isEqualTo("Aucune activité ouverte");
        assertThat(bernard.timing()).isNull();
        assertThat(bernard.others()).isEmpty();
    }

    @Test
    void everyStatusHasAColumnInPathOrderClosedAndCancelledFoldedWithTheirCounts() {
        fourOrders();
        BoardViewModel vm = board(Locale.FRANCE);

        assertThat(vm.columns()).extracting(BoardColumn::key).containsExactly("RESERVEE", "DESTOCKAGE", "ORGANISEE",
                "PAIEMENT_VERIFIE", "VENDUE", "CLOTUREE", "ANNULEE");
        assertThat(vm.columns()).extracting(BoardColumn::title).containsExactly("Réservée", "Déstockage",
                "Cession/livraison organisée", "Paiement vérifié", "Vendue", "Clôturée", "Annulée");
        BoardColumn cancelled = column(vm, OrderStatus.ANNULEE);
        assertThat(cancelled.foldedProperty().get()).isTrue();
        assertThat(column(vm, OrderStatus.CLOTUREE).foldedProperty().get()).isTrue();
        assertThat(column(vm, OrderStatus.RESERVEE).foldedProperty().get()).isFalse();
        assertThat(cancelled.countProperty().get()).isEqualTo(1);
        assertThat(spaces(cancelled.summaryProperty().get())).isEqualTo("1 commande(s) · 18 990 €");
        assertThat(spaces(column(vm, OrderStatus.CLOTUREE).summaryProperty().get())).isEqualTo("1 commande(s) · 0 €");
        assertThat(column(vm, OrderStatus.DESTOCKAGE).countProperty().get()).isZero();

        cancelled.toggle();
        assertThat(cancelled.foldedProperty().get()).isFalse();
        feed.refresh();   // the user's choice survives a refresh
        assertThat(column(vm, OrderStatus.ANNULEE).foldedProperty().get()).isFalse();
        column(vm, OrderStatus.ANNULEE).toggle();
        assertThat(column(vm, OrderStatus.ANNULEE).foldedProperty().get()).isTrue();
    }

    @Test
    void headersCountOrdersAndSumTheirPricesInFrenchFormat() {
        fourOrders();
        data.order("LYON-2026-0005", "Leroy", "QR-345-ST", "VF1EEEEEE55555555").price("1000000");
        BoardViewModel vm = board(Locale.FRANCE);

        // 18 990 + 12 345,50 + 1 000 000, whole euros
        assertThat(spaces(column(vm, OrderStatus.RESERVEE).summaryProperty().get()))
                .isEqualTo("3 commande(s) · 1 031 336 €");
        vm.searchProperty().set("leroy");
        assertThat(spaces(column(vm, OrderStatus.RESERVEE).summaryProperty().get()))
                .isEqualTo("1 commande(s) · 1 000 000 €");
    }

    @Test
    void searchFindsACancelledOrderByNumberAndAnOrderWithoutOpenActivity() {
        fourOrders();
        BoardViewModel vm = board(Locale.FRANCE);

        vm.searchProperty().set("lyon-2026-0003");
        assertThat(shown(vm)).extracting(BoardCard::customer).containsExactly("Jean Durand");
        BoardColumn cancelled = column(vm, OrderStatus.ANNULEE);
        assertThat(cancelled.cards()).hasSize(1);
        assertThat(cancelled.foldedProperty().get()).as("a search unfolds the column it found something in").isFalse();
        vm.searchProperty().set("ef456");
        assertThat(shown(vm)).extracting(BoardCard::orderNumber).containsExactly("LYON-2026-0002");
        assertThat(column(vm, OrderStatus.ANNULEE).foldedProperty().get()).isTrue();
        vm.searchProperty().set("VF1DDDD");
        assertThat(shown(vm)).extracting(BoardCard::customer).containsExactly("Jean Petit");
        vm.searchProperty().set("bern");
        assertThat(shown(vm)).extracting(BoardCard::customer).containsExactly("Jean Bernard");
        assertThat(vm.appliedRequestProperty().get()).isEqualTo(vm.lastRequest());
    }

    @Test
    void enterInTheSearchOpensTheOrderOnlyWhenTheSearchNarrowedTheBoardToOne() {
        fourOrders();
        BoardViewModel vm = board(Locale.FRANCE);

        vm.searchProperty().set("jean");
        assertThat(vm.openTheOnlyOrderShown()).isFalse();
        assertThat(opened).isNull();

        vm.searchProperty().set("lyon-2026-0003");
        assertThat(vm.openTheOnlyOrderShown()).isTrue();
        assertThat(opened).isEqualTo(shown(vm).get(0).orderId());
    }

    @Test
    void cardsSpeakTheInterfaceLanguage() {
        fourOrders();
        data.order("LYON-2026-0006", "Simon", "UV-678-WX", "VF1FFFFFF66666666").status(OrderStatus.DESTOCKAGE)
                .activity("demande_destockage", "Demande de déstockage B2C", Role.ADV, TONIGHT, 1, 5);
        BoardViewModel vm = board(Locale.ENGLISH);

        BoardCard martin = column(vm, OrderStatus.RESERVEE).cards().get(0);
        assertThat(martin.activity()).isEqualTo("At reservation");
        assertThat(martin.others()).isEqualTo("+2 other activities");
        assertThat(martin.payment()).isEqualTo("Bank transfer");
        assertThat(martin.handover()).isEqualTo("Hand-over · date not set");
        assertThat(martin.dueInFull()).isEqualTo("Late — due 08/03/2026 10:00");
        assertThat(column(vm, OrderStatus.RESERVEE).cards().get(1).activity()).isEqualTo("No open activity");
        BoardCard simon = column(vm, OrderStatus.DESTOCKAGE).cards().get(0);
        assertThat(simon.activity()).isEqualTo("Stock release request");
        assertThat(simon.warning()).isEqualTo("Hand-over date not set");
        assertThat(column(vm, OrderStatus.ANNULEE).title()).isEqualTo("Cancelled");
        assertThat(spaces(column(vm, OrderStatus.ANNULEE).summaryProperty().get())).isEqualTo("1 order(s) · 18 990 €");

        vm.groupingProperty().set(BoardGrouping.TYPE_ACTIVITE);
        assertThat(vm.columns()).extracting(BoardColumn::title).contains("Stock release request", "Document check");
    }

    @Test
    void timingAndWarningAreDecidedOncePerRefreshNotWhenACellIsDrawn() {
        data.order("LYON-2026-0001", "Martin", "AB-123-CD", "VF1AAAAAA11111111").status(OrderStatus.ORGANISEE)
                .handover(LocalDateTime.of(2026, 3, 13, 14, 0))
                .activity("verification_documents", "Vérification des documents B2C", Role.COMMERCIAL, TONIGHT, 0, 2);
        BoardViewModel vm = board(Locale.FRANCE);
        BoardCard before = shown(vm).get(0);
        assertThat(before.timing()).isEqualTo(ActivityTiming.AUJOURDHUI);
        assertThat(before.warning()).isEmpty();

        clock.set(NOW.plus(Duration.ofDays(2)));
        vm.searchProperty().set("martin");   // filtering re-lays the columns, it does not redraw the cards
        assertThat(shown(vm).get(0)).isSameAs(before);

        feed.refresh();
        BoardCard after = shown(vm).get(0);
        assertThat(after.timing()).isEqualTo(ActivityTiming.EN_RETARD);
        // 004:10 funds 48 h before the appointment of 13/03 14:00: from 11/03 14:00 on, no funds is a blocker
        assertThat(after.warning()).isEqualTo("Fonds non reçus 48 h avant le RDV");
    }

    @Test
    void filtersByAssigneeRoleStageAndDueWindowOnAnyOpenActivityOfTheOrder() {
        fourOrders();
        BoardViewModel vm = board(Locale.FRANCE);

        assertThat(vm.assignees()).containsExactly("cdupont", "pmoreau");
        vm.assigneeProperty().set("pmoreau");   // the ADV's task is not Martin's next one, but it is open
        assertThat(shown(vm)).extracting(BoardCard::customer).containsExactly("Jean Martin");
        vm.assigneeProperty().set(null);
        vm.roleProperty().set(Role.ADV);
        assertThat(shown(vm)).extracting(BoardCard::customer).containsExactly("Jean Martin");
        vm.roleProperty().set(null);
        vm.stageProperty().set(OrderStatus.ANNULEE);
        assertThat(shown(vm)).extracting(BoardCard::customer).containsExactly("Jean Durand");
        vm.stageProperty().set(null);
        vm.dueProperty().set(DueWindow.EN_RETARD);
        assertThat(shown(vm)).extracting(BoardCard::customer).containsExactly("Jean Martin");
        vm.dueProperty().set(DueWindow.AUJOURDHUI);
        assertThat(shown(vm)).isEmpty();   // Martin's next activity is late; orders with nothing open have no due date
        vm.clearFilters();
        assertThat(shown(vm)).hasSize(4);
    }

    @Test
    void perActivityModeHasOneCardPerOpenActivityOfLiveOrdersInAColumnPerType() {
        fourOrders();
        data.order("LYON-2026-0007", "Roux", "YZ-901-AB", "VF1GGGGGG77777777").status(OrderStatus.ANNULEE)
                .activity("reservation", "À la réservation B2C", Role.COMMERCIAL, LATE, 0, 11);
        BoardViewModel vm = board(Locale.FRANCE);
        vm.groupingProperty().set(BoardGrouping.TYPE_ACTIVITE);

        // in the order of the path: types of the reservation stage first
        assertThat(vm.columns()).extracting(BoardColumn::key)
                .containsExactlyInAnyOrder("reservation", "verification_documents", "demande_destockage");
        assertThat(vm.shownProperty().get()).isEqualTo(3);
        assertThat(vm.columns()).allSatisfy(c -> {
            assertThat(c.cards()).singleElement().satisfies(card -> assertThat(card.customer()).isEqualTo("Jean Martin"));
            assertThat(c.collapsible()).isFalse();
            assertThat(spaces(c.summaryProperty().get())).isEqualTo("1 activité(s) · 18 990 €");
        });
        BoardColumn reservation = vm.columns().stream().filter(c -> c.key().equals("reservation")).findFirst()
                .orElseThrow();
        assertThat(reservation.title()).isEqualTo("À la réservation B2C");
        assertThat(reservation.cards().get(0).activity()).isEqualTo("Réservée");

        vm.groupingProperty().set(BoardGrouping.ETAPE_COMMANDE);
        assertThat(vm.shownProperty().get()).isEqualTo(5);
    }

    @Test
    void openingACardOpensItsOrder() {
        fourOrders();
        BoardViewModel vm = board(Locale.FRANCE);
        vm.searchProperty().set("durand");
        BoardCard card = shown(vm).get(0);
        vm.open(card);
        assertThat(opened).isEqualTo(card.orderId());
    }

    /** A clock the test moves. */
    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void set(Instant t) {
            now = t;
        }

        @Override
        public ZoneId getZone() {
            return TestUi.PARIS;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
