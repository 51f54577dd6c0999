package fr.cession.ui.reminder;

import fr.cession.domain.approval.ApprovalItem;
import fr.cession.domain.approval.ApprovalKind;
import fr.cession.domain.approval.ApprovalQueries;
import fr.cession.domain.approval.ApprovalRequest;
import fr.cession.domain.approval.ApprovalStatus;
import fr.cession.domain.board.StuckThresholds;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.CancellationCase;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.reminder.ImminentOutcomes;
import fr.cession.domain.row.RowMeta;
import fr.cession.domain.user.PersonSettings;
import fr.cession.sync.protocol.RefusedChange;
import fr.cession.ui.ActivityFeed;
import fr.cession.ui.PersonalDesk;
import fr.cession.ui.UiContext;
import fr.cession.ui.fakes.FakeConflictDesk;
import fr.cession.ui.fakes.TestUi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** The reminders without a screen: what is notified, once, what each setting turns off, the digest. */
class ReminderCenterTest {

    private final TestUi ui = new TestUi();
    private final UiContext ctx = ui.context();
    private final FakeConflictDesk conflicts = new FakeConflictDesk();
    private final List<ApprovalItem> answers = new CopyOnWriteArrayList<>();
    private final List<ImminentOutcomes.Outcome> outcomes = new CopyOnWriteArrayList<>();
    private final PersonSettings settings = PersonSettings.inMemory();
    private final List<Reminder> notified = new ArrayList<>();
    private final List<UUID> opened = new ArrayList<>();
    private final Instant now = TestUi.CLOCK.instant();
    private ActivityFeed feed;
    private OrderFile martin;

    private final ApprovalQueries approvals = new ApprovalQueries() {
        @Override
        public List<ApprovalItem> pending() {
            return List.of();
        }

        @Override
        public List<ApprovalItem> answeredFor(String login, Instant since) {
            return answers.stream().filter(a -> a.request().decidedAt().isAfter(since)).toList();
        }
    };

    @BeforeEach
    void orders() {
        martin = ui.order("Martin", "AB-123-CD", "VF1AAAAAA11111111", 1);
        feed = new ActivityFeed(ui.store, ctx.executor(), TestUi.ACTOR.login());
    }

    private ReminderCenter center() {
        ReminderCenter c = new ReminderCenter(ctx, feed, approvals, conflicts,
                new PersonalDesk(settings, StuckThresholds.NONE, (login, from, to) -> outcomes.stream()
                        .filter(o -> !o.firesAt().isBefore(from) && !o.firesAt().isAfter(to)).toList(), true),
                opened::add, () -> opened.add(null));
        c.notifyWith(notified::add);
        return c;
    }

    @Test
    void anActivityDueWithinTheHourIsNotifiedOnceAndItsClickOpensTheOrder() {
        ui.workflow.addActivity(martin.orderId(), "autre", "Rappeler le client", now.plus(Duration.ofMinutes(30)),
                TestUi.ACTOR.login(), TestUi.ACTOR);
        ui.workflow.addActivity(martin.orderId(), "autre", "Plus tard", now.plus(Duration.ofHours(3)),
                TestUi.ACTOR.login(), TestUi.ACTOR);
        ReminderCenter c = center();
        c.start();
        feed.refresh();
        feed.refresh();
        c.check();

        List<Reminder> due = notified.stream().filter(r -> r.kind() == ReminderKind.ACTIVITE_PROCHE).toList();
        assertThat(due).singleElement().satisfies(r -> {
            assertThat(r.text()).contains("Rappeler le client").contains("10:30");
            assertThat(r.title()).contains(martin.order().number());
        });
        c.open(due.get(0));
        assertThat(opened).containsExactly(martin.orderId());
    }

    @Test
    void answersRefusalsAndTimedOutcomesAreNotifiedWhenTheyArriveAfterTheDesktopOpened() {
        RefusedChange before = new RefusedChange(UUID.randomUUID(), "sales_order", martin.orderId(),
                martin.orderId(), TestUi.ACTOR.login(), "déjà là à l'ouverture", now.minusSeconds(600));
        conflicts.refusals.add(before);
        ReminderCenter c = center();
        c.start();
        assertThat(notified).noneMatch(r -> r.kind() == ReminderKind.REFUS_CENTRAL);

        answers.add(answer(ApprovalStatus.APPROUVEE, now.plusSeconds(60)));
        conflicts.refusals.add(new RefusedChange(UUID.randomUUID(), "sales_order", martin.orderId(),
                martin.orderId(), TestUi.ACTOR.login(), "Numéro de commande déjà pris", now.plusSeconds(60)));
        outcomes.add(new ImminentOutcomes.Outcome(martin.orderId(), martin.order().number(), "annulation automatique",
                now.plus(Duration.ofMinutes(40))));
        c.check();
        c.check();

        // no read of my activities yet: the digest, which counts them, waits for it
        assertThat(notified).extracting(Reminder::kind).containsExactlyInAnyOrder(
                ReminderKind.REPONSE_DEMANDE, ReminderKind.REFUS_CENTRAL, ReminderKind.ISSUE_MINUTEE);
        assertThat(notified).filteredOn(r -> r.kind() == ReminderKind.REFUS_CENTRAL).singleElement()
                .extracting(Reminder::text).isEqualTo("Numéro de commande déjà pris");
        assertThat(notified).filteredOn(r -> r.kind() == ReminderKind.REPONSE_DEMANDE).singleElement()
                .extracting(Reminder::text).asString().contains("Approuvée");
    }

    @Test
    void aKindTurnedOffIsNotNotifiedAndStaysOffAtTheNextStart() {
        ReminderCenter first = center();
        first.start();
        first.enabledProperty(ReminderKind.REPONSE_DEMANDE).set(false);
        assertThat(settings.get(TestUi.ACTOR.login(), "reminder.off.REPONSE_DEMANDE")).contains("true");

        ReminderCenter next = center();
        next.start();
        answers.add(answer(ApprovalStatus.REFUSEE, now.plusSeconds(60)));
        next.check();

        assertThat(next.enabledProperty(ReminderKind.REPONSE_DEMANDE).get()).isFalse();
        assertThat(notified).noneMatch(r -> r.kind() == ReminderKind.REPONSE_DEMANDE);
    }

    @Test
    void theMorningDigestComesAtTheFirstStartOfTheDayOnlyAndCountsLateTodayAndWaiting() {
        ui.workflow.addActivity(martin.orderId(), "autre", "En retard", now.minus(Duration.ofDays(2)),
                TestUi.ACTOR.login(), TestUi.ACTOR);
        conflicts.refusals.add(new RefusedChange(UUID.randomUUID(), "sales_order", martin.orderId(),
                martin.orderId(), TestUi.ACTOR.login(), "refusée", now.minusSeconds(600)));
        feed.refresh();
        ReminderCenter c = center();
        c.start();

        assertThat(notified).filteredOn(r -> r.kind() == ReminderKind.RESUME_MATIN).singleElement().satisfies(r -> {
            assertThat(r.orderId()).isNull();
            assertThat(r.text()).contains("En retard : ").contains("1 modification(s) refusée(s)");
        });
        center().start();
        assertThat(notified).filteredOn(r -> r.kind() == ReminderKind.RESUME_MATIN).hasSize(1);
        c.open(notified.get(0));
        assertThat(opened).containsExactly((UUID) null);
    }

    @Test
    void aMorningWithNothingLateDueOrWaitingHasNoDigest() {
        ui.workflow.cancel(martin.orderId(), CancellationCase.FRAIS_RESERVATION_SEULS, "Le client renonce", TestUi.ACTOR);
        feed.refresh();
        ReminderCenter c = center();
        c.start();
        assertThat(notified).noneMatch(r -> r.kind() == ReminderKind.RESUME_MATIN);

        conflicts.refusals.add(new RefusedChange(UUID.randomUUID(), "sales_order", martin.orderId(),
                martin.orderId(), TestUi.ACTOR.login(), "refusée", now.minusSeconds(600)));
        settings.put(TestUi.ACTOR.login(), "reminder.digest.day", "");
        center().start();
        assertThat(notified).filteredOn(r -> r.kind() == ReminderKind.RESUME_MATIN).singleElement()
                .extracting(Reminder::text).asString().contains("1 modification(s) refusée(s)");
    }

    @Test
    void aQuietDeskRemindsOfNothing() {
        ReminderCenter c = new ReminderCenter(ctx, feed, approvals, conflicts, PersonalDesk.QUIET, opened::add,
                () -> { });
        c.notifyWith(notified::add);
        c.start();
        answers.add(answer(ApprovalStatus.APPROUVEE, now.plusSeconds(60)));
        c.check();
        assertThat(notified).isEmpty();
    }

    private ApprovalItem answer(ApprovalStatus status, Instant decidedAt) {
        ApprovalRequest r = new ApprovalRequest(UUID.randomUUID(), martin.orderId(), ApprovalKind.REMBOURSEMENT, status,
                TestUi.ACTOR.login(), now.minusSeconds(3600), "mmanager", decidedAt, null, "Remboursement", RowMeta.NEW);
        return new ApprovalItem(r, martin.order().number(), "Jean Martin", OrderStatus.RESERVEE, "LYON");
    }
}
