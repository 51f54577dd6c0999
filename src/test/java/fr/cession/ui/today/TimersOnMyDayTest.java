package fr.cession.ui.today;

import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.playbook.TimerDefinition;
import fr.cession.domain.playbook.TimerDelay;
import fr.cession.domain.playbook.TimerOutcome;
import fr.cession.domain.timer.ArmedTimer;
import fr.cession.ui.ActivityFeed;
import fr.cession.ui.OrderActions;
import fr.cession.ui.UiContext;
import fr.cession.ui.fakes.TestUi;
import fr.cession.ui.i18n.Formats;
import fr.cession.ui.i18n.Messages;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static fr.cession.ui.fakes.FxSteps.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/** Ma journée's « Se déclenche dans les 24 h »: what a timer will do, so a person acts before it (001:21). */
class TimersOnMyDayTest {

    private static final TimerDefinition RESERVATION = new TimerDefinition("reservation_non_validee",
            "Réservation non validée par le commercial", "creation", new TimerDelay(48, TimerDelay.Unit.HEURES),
            TimerOutcome.ANNULATION, List.of("statut_destockage"), "annulée automatiquement : 48 h sans validation",
            List.of("001:15"), 1);

    private final TestUi ui = new TestUi();
    private final List<Duration> asked = new ArrayList<>();

    /** The test UI's context, its actions answering the timers falling due with {@code timers}. */
    private UiContext withTimers(UiContext ctx, List<ArmedTimer> timers) {
        OrderActions real = ctx.actions();
        OrderActions actions = (OrderActions) Proxy.newProxyInstance(OrderActions.class.getClassLoader(),
                new Class<?>[] {OrderActions.class}, (proxy, method, args) -> {
                    if (method.getName().equals("upcomingTimers")) {
                        asked.add((Duration) args[0]);
                        return timers;
                    }
                    return method.invoke(real, args);
                });
        return new UiContext(ctx.actor(), ctx.clock(), ctx.zone(), ctx.settings(), ctx.messages(), ctx.formats(),
                ctx.executor(), ctx.dialogs(), ctx.orders(), ctx.board(), actions);
    }

    private TodayViewModel model(OrderFile f, UUID[] opened) {
        Instant due = ui.context().clock().instant().plus(Duration.ofHours(5));
        ArmedTimer timer = new ArmedTimer(f.orderId(), f.order().number(), RESERVATION, due.minus(Duration.ofHours(48)), due);
        UiContext ctx = withTimers(ui.context(), List.of(timer));
        ActivityFeed feed = new ActivityFeed(ui.store, ctx.executor(), TestUi.ACTOR.login());
        TodayViewModel vm = new TodayViewModel(ctx, feed, id -> opened[0] = id);
        feed.refresh();
        return vm;
    }

    @Test
    void theGroupListsWhatFiresWithin24HoursAndOpensItsOrder() {
        OrderFile f = ui.order("Martin", "AB-123-CD", "VF1AAAAAA11111111", 0);
        UUID[] opened = new UUID[1];
        TodayViewModel vm = model(f, opened);

        assertThat(asked).contains(Duration.ofHours(24));
        int heading = vm.rows().indexOf(new TodayRow.TimersHeading(1));
        assertThat(heading).isNotNegative();
        TodayRow row = vm.rows().get(heading + 1);
        assertThat(row).isInstanceOfSatisfying(TodayRow.Timer.class,
                t -> assertThat(t.timer().definition().code()).isEqualTo("reservation_non_validee"));
        vm.open(row);
        assertThat(opened[0]).isEqualTo(f.orderId());
    }

    @Test
    void withNothingFiringTheGroupIsNotShown() {
        ui.order("Martin", "AB-123-CD", "VF1AAAAAA11111111", 0);
        UiContext ctx = withTimers(ui.context(), List.of());
        ActivityFeed feed = new ActivityFeed(ui.store, ctx.executor(), TestUi.ACTOR.login());
        TodayViewModel vm = new TodayViewModel(ctx, feed, id -> { });
        feed.refresh();
        assertThat(vm.rows()).noneMatch(r -> r instanceof TodayRow.TimersHeading || r instanceof TodayRow.Timer);
    }

    @Test
    void onScreenTheLineSaysWhatWillHappenAndWhen() throws Exception {
        OrderFile f = ui.order("Martin", "AB-123-CD", "VF1AAAAAA11111111", 0);
        TodayViewModel vm = model(f, new UUID[1]);
        FxToolkit.registerPrimaryStage();
        try {
            showAndCheck(vm, f);
        } finally {
            FxToolkit.cleanupStages();
        }
    }

    private void showAndCheck(TodayViewModel vm, OrderFile f) throws Exception {
        FxToolkit.setupStage(stage -> {
            stage.setScene(new Scene(new TodayView(vm, new Messages(Locale.FRANCE), new Formats(TestUi.PARIS)), 1000, 600));
            stage.show();
        });
        FxRobot robot = new FxRobot();
        waitFor(() -> robot.lookup(".today-timer").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ListView<TodayRow> list = robot.lookup(".list-view").queryAs(ListView.class);
        assertThat(robot.lookup(".today-heading").queryAllAs(javafx.scene.control.Labeled.class))
                .extracting(javafx.scene.control.Labeled::getText).contains("Se déclenche dans les 24 h (1)");
        assertThat(robot.lookup(".today-timer").queryAs(javafx.scene.control.Labeled.class).getText())
                .startsWith(f.order().number() + " — Réservation non validée par le commercial : annulation et"
                        + " remboursement demandé, le ");
        assertThat(list.getItems()).hasSizeGreaterThan(2);
    }
}
