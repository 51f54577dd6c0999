package fr.cession.ui.today;

import fr.cession.domain.activity.ActivityTiming;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.ui.ActivityFeed;
import fr.cession.ui.UiContext;
import fr.cession.ui.fakes.TestUi;
import org.junit.jupiter.api.Test;

import java.util.UUID;

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
}
