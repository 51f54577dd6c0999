package fr.cession.ui.today;

import fr.cession.domain.activity.ActivityTiming;
import fr.cession.domain.approval.ApprovalItem;
import fr.cession.domain.approval.ApprovalKind;
import fr.cession.domain.approval.ApprovalQueries;
import fr.cession.domain.approval.ApprovalRequest;
import fr.cession.domain.approval.ApprovalStatus;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.row.RowMeta;
import fr.cession.ui.ActivityFeed;
import fr.cession.ui.UiContext;
import fr.cession.ui.fakes.TestUi;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

class TodayViewModelTest {

    private final TestUi ui = new TestUi();

    @Test
    void groupsMyActivitiesLateTodayAndComingWithCounts() {
        ui.order("Martin", "AB-123-CD", "VF1AAAAAA11111111", 0);   // due tomorrow 18:00
        ui.order("Bernard", "EF-456-GH", "VF1BBBBBB22222222", 1);  // due today 18:00
        ui.order("Durand", "IJ-789-KL", "VF1CCCCCC33333333", 4);   // overdue
        UiContext ctx = ui.context();
        ActivityFeed feed = new ActivityFeed(ui.store, ctx.executor(), TestUi.ACTOR.login());
        TodayViewModel vm = new TodayViewModel(ctx, feed, id -> { });
        feed.refresh();

        assertThat(vm.overdueProperty().get()).isEqualTo(1);
        assertThat(vm.todayProperty().get()).isEqualTo(1);
        assertThat(vm.upcomingProperty().get()).isEqualTo(1);
        assertThat(vm.rows()).first().isEqualTo(new TodayRow.Heading(ActivityTiming.EN_RETARD, 1));
        assertThat(vm.rows().get(1)).isInstanceOfSatisfying(TodayRow.Item.class,
                i -> assertThat(i.card().customer()).isEqualTo("Jean Durand"));
    }

    @Test
    void flagsMyOrdersWithNothingPlannedAndOpensThem() {
        OrderFile f = ui.order("Martin", "AB-123-CD", "VF1AAAAAA11111111", 0);
        f.items().forEach(i -> ui.workflow.tick(i.orderId(), i.id(), TestUi.ACTOR));
        UiContext ctx = ui.context();
        ActivityFeed feed = new ActivityFeed(ui.store, ctx.executor(), TestUi.ACTOR.login());
        UUID[] opened = new UUID[1];
        TodayViewModel vm = new TodayViewModel(ctx, feed, id -> opened[0] = id);
        feed.refresh();

        assertThat(vm.idleProperty().get()).isEqualTo(1);
        TodayRow idle = vm.rows().get(vm.rows().size() - 1);
        assertThat(idle).isInstanceOf(TodayRow.Idle.class);
        vm.open(idle);
        assertThat(opened[0]).isEqualTo(f.orderId());
    }

    @Test
    void anAnswerASyncBroughtShowsAtTheNextReadThoughNoneOfMyActivitiesChanged() {
        OrderFile f = ui.order("Martin", "AB-123-CD", "VF1AAAAAA11111111", 0);
        List<ApprovalItem> decided = new CopyOnWriteArrayList<>();
        ApprovalQueries approvals = new ApprovalQueries() {
            @Override
            public List<ApprovalItem> pending() {
                return List.of();
            }

            @Override
            public List<ApprovalItem> answeredFor(String login, Instant since) {
                return List.copyOf(decided);
            }
        };
        UiContext ctx = ui.context();
        ActivityFeed feed = new ActivityFeed(ui.store, ctx.executor(), TestUi.ACTOR.login());
        TodayViewModel vm = new TodayViewModel(ctx, feed, id -> { }, approvals, () -> { });
        feed.refresh();
        assertThat(vm.rows()).noneMatch(TodayRow.Answer.class::isInstance);

        // the manager's decision arrives: the same activities, so the same snapshot, and still the answer shows
        Instant now = TestUi.CLOCK.instant();
        decided.add(new ApprovalItem(new ApprovalRequest(UUID.randomUUID(), f.orderId(), ApprovalKind.REMBOURSEMENT,
                ApprovalStatus.APPROUVEE, TestUi.ACTOR.login(), now, "mlefevre", now, new BigDecimal("500"), null,
                RowMeta.NEW), f.order().number(), "Jean Martin", OrderStatus.ANNULEE, "LYON"));
        feed.refresh();
        assertThat(vm.rows()).first().isEqualTo(new TodayRow.AnswersHeading(1));
    }
}
