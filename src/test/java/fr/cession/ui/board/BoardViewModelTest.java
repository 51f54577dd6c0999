package fr.cession.ui.board;

import fr.cession.domain.board.ActivityCard;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.user.Role;
import fr.cession.ui.ActivityFeed;
import fr.cession.ui.UiContext;
import fr.cession.ui.fakes.TestUi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class BoardViewModelTest {

    private final TestUi ui = new TestUi();
    private BoardViewModel vm;
    private UUID opened;

    @BeforeEach
    void setUp() {
        ui.order("Martin", "AB-123-CD", "VF1AAAAAA11111111", 0);
        ui.order("Bernard", "EF-456-GH", "VF1BBBBBB22222222", 3);
        ui.order("Durand", "IJ-789-KL", "VF1CCCCCC33333333", 5);
        UiContext ctx = ui.context();
        ActivityFeed feed = new ActivityFeed(ui.store, ctx.executor(), TestUi.ACTOR.login());
        vm = new BoardViewModel(ctx, feed, id -> opened = id);
        feed.refresh();
    }

    private List<ActivityCard> shown() {
        return vm.columns().stream().flatMap(c -> c.cards().stream()).toList();
    }

    @Test
    void oneColumnPerLiveStageWithEveryOpenActivity() {
        assertThat(vm.columns()).extracting(BoardColumn::key).containsExactly("RESERVEE", "DESTOCKAGE", "ORGANISEE",
                "PAIEMENT_VERIFIE", "VENDUE");
        assertThat(vm.columns().get(0).cards()).hasSize(3);
        assertThat(vm.shownProperty().get()).isEqualTo(3);
    }

    @Test
    void searchMatchesCustomerPlateVinAndNumberIgnoringCaseAndDashes() {
        vm.searchProperty().set("bern");
        assertThat(shown()).extracting(ActivityCard::customer).containsExactly("Jean Bernard");
        vm.searchProperty().set("ij789");
        assertThat(shown()).extracting(ActivityCard::plate).containsExactly("IJ-789-KL");
        vm.searchProperty().set("vf1aaaa");
        assertThat(shown()).extracting(ActivityCard::customer).containsExactly("Jean Martin");
        String number = shown().get(0).orderNumber();
        vm.searchProperty().set(number.toLowerCase());
        assertThat(shown()).extracting(ActivityCard::orderNumber).containsExactly(number);
        assertThat(vm.appliedRequestProperty().get()).isEqualTo(vm.lastRequest());
    }

    @Test
    void filtersByRoleStageAndDueWindow() {
        vm.roleProperty().set(Role.ADV);
        assertThat(shown()).isEmpty();
        vm.roleProperty().set(Role.COMMERCIAL);
        vm.stageProperty().set(OrderStatus.RESERVEE);
        assertThat(shown()).hasSize(3);
        // reserved 3 and 5 days ago, due the next day: overdue; reserved today: due tomorrow
        vm.dueProperty().set(DueWindow.EN_RETARD);
        assertThat(shown()).extracting(ActivityCard::customer).containsExactlyInAnyOrder("Jean Bernard", "Jean Durand");
        vm.dueProperty().set(DueWindow.SEPT_JOURS);
        assertThat(shown()).extracting(ActivityCard::customer).containsExactly("Jean Martin");
        vm.clearFilters();
        assertThat(shown()).hasSize(3);
    }

    @Test
    void groupingByActivityTypeGivesOneColumnPerType() {
        vm.groupingProperty().set(BoardGrouping.TYPE_ACTIVITE);
        assertThat(vm.columns()).extracting(BoardColumn::key).containsExactly("reservation_b2c");
        assertThat(vm.columns().get(0).title()).isEqualTo("À la réservation B2C");
    }

    @Test
    void enterOpensTheCardsOrder() {
        ActivityCard card = shown().get(0);
        vm.open(card);
        assertThat(opened).isEqualTo(card.orderId());
    }

    @Test
    void assigneesOfferedAsFilters() {
        assertThat(vm.assignees()).containsExactly("cdupont");
        vm.assigneeProperty().set("someone-else");
        assertThat(shown()).isEmpty();
    }
}
