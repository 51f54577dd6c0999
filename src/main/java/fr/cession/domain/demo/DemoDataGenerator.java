package fr.cession.domain.demo;

import fr.cession.domain.activity.Activity;
import fr.cession.domain.activity.ActivityState;
import fr.cession.domain.activity.ChecklistItem;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.Cancellation;
import fr.cession.domain.order.CancellationCase;
import fr.cession.domain.order.Order;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.playbook.PlannedActivity;
import fr.cession.domain.playbook.PlannedLine;
import fr.cession.domain.playbook.Playbook;
import fr.cession.domain.playbook.WorkflowEvent;
import fr.cession.domain.row.RowMeta;
import fr.cession.domain.time.FrenchCalendar;
import fr.cession.domain.user.Role;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Builds a realistic demo data set: orders at every stage of seed 004, cancelled ones in each
 * cancellation case, with the activities and checklists the playbook plans for them, some done,
 * some open, some late relative to the clock's "today". Pure: it only builds {@link OrderFile}s,
 * the caller saves them. The same seed and clock give the same data.
 */
public final class DemoDataGenerator {

    public static final int MAX_ORDERS = 5_000;

    // a return (003:6) comes after a sale through its own steps, never as a plain cancellation
    private static final CancellationCase[] CASES = {CancellationCase.FRAIS_RESERVATION_SEULS,
            CancellationCase.FONDS_RECUS, CancellationCase.RETRACTATION};
    /** How far back a delay still looks like today's work rather than a forgotten order. */
    private static final Duration LAG_WINDOW = Duration.ofDays(4);

    private final Playbook playbook;
    private final FrenchCalendar calendar;
    private final Clock clock;

    public DemoDataGenerator(Playbook playbook, FrenchCalendar calendar, Clock clock) {
        this.playbook = playbook;
        this.calendar = calendar;
        this.clock = clock;
    }

    public List<OrderFile> generate(DemoRequest request) {
        List<OrderFile> files = new ArrayList<>(request.orders());
        generate(request, files::add);
        return files;
    }

    /** Streams the files one by one, so a caller can save them in batches. */
    public void generate(DemoRequest request, Consumer<OrderFile> sink) {
        Random random = new Random(request.seed());
        Run run = new Run(random, request, clock.instant());
        for (int i = 0; i < request.orders(); i++) {
            sink.accept(run.order(i));
        }
    }

    /** The state of one generation: the random sequence and the cancellation cases handed out so far. */
    private final class Run {
        private final Random random;
        private final DemoRequest request;
        private final Instant now;
        private final ZoneId zone;
        private final LocalDate today;
        private final DemoOrders orders;
        private final DemoPaperwork paperwork;
        private int cancelled;

        Run(Random random, DemoRequest request, Instant now) {
            this.random = random;
            this.request = request;
            this.now = now;
            this.zone = playbook.zone();
            this.today = now.atZone(zone).toLocalDate();
            this.orders = new DemoOrders(random);
            this.paperwork = new DemoPaperwork(random, orders, playbook, now);
        }

        OrderFile order(int index) {
            CancellationCase cancellation = random.nextInt(100) < 10 ? CASES[cancelled++ % CASES.length] : null;
            int age = reservationAge(cancellation);
            LocalDate reservedOn = today.minusDays(age);
            boolean beyondWindow = cancellation == null && random.nextInt(100) < 4;
            LocalDate day = calendar.nextWorkingDayFrom(orders.handoverDay(reservedOn, beyondWindow));
            boolean dateSet = age > 4 || random.nextBoolean();
            LocalDateTime handoverAt = dateSet ? day.atTime(orders.handoverTime()) : null;
            LocalTime reservedAt = LocalTime.of(9 + random.nextInt(9), random.nextInt(4) * 15);
            if (reservedOn.atTime(reservedAt).atZone(zone).toInstant().isAfter(now)) {
                // Reserved today, before now.
                LocalTime nowTime = now.atZone(zone).toLocalTime();
                reservedAt = nowTime.getHour() == 0 ? LocalTime.MIDNIGHT : nowTime.minusMinutes(nowTime.getMinute() + 30L);
            }
            String advisor = request.advisors().get(random.nextInt(request.advisors().size()));
            String number = "DEMO-" + reservedOn.getYear() + "-" + String.format("%05d", index + 1);

            Order order = orders.draft(number, reservedOn, null, advisor, request.site());
            DemoTimeline timeline = new DemoTimeline(calendar, zone, reservedOn, reservedAt, handoverAt);
            OrderStatus last = lastStatus(timeline, cancellation, dateSet, age);

            Map<UUID, OrderStatus> stageOf = new HashMap<>();
            OrderFile file = plan(OrderFile.of(order), new WorkflowEvent.Created(), OrderStatus.RESERVEE, advisor,
                    stageOf);
            for (OrderStatus s = OrderStatus.DESTOCKAGE; s != null && s.ordinal() <= last.ordinal(); s = s.next()) {
                Order moved = file.order().withStatus(s);
                if (s == OrderStatus.DESTOCKAGE) {
                    moved = moved.withHandoverAt(handoverAt);
                }
                file = plan(file.withOrder(moved), new WorkflowEvent.StatusEntered(s), s, advisor, stageOf);
            }
            if (handoverAt != null && file.order().handoverAt() == null) {
                file = file.withOrder(file.order().withHandoverAt(handoverAt));
            }
            if (file.order().status().ordinal() >= OrderStatus.VENDUE.ordinal()) {
                file = file.withOrder(file.order().withVehicleReceivedOn(day));
            }
            file = settleActivities(file, timeline, last, stageOf);
            file = paperwork.add(file, timeline, last);
            if (cancellation != null) {
                file = cancel(file, cancellation, timeline, last, advisor, stageOf);
            }
            return file;
        }

        private int reservationAge(CancellationCase cancellation) {
            if (cancellation == null) {
                return random.nextInt(100) < 70 ? random.nextInt(40) : 40 + random.nextInt(80);
            }
            return switch (cancellation) {
                case FRAIS_RESERVATION_SEULS -> 2 + random.nextInt(40);
                case FONDS_RECUS -> 17 + random.nextInt(60);
                case RETRACTATION, RETOUR -> 24 + random.nextInt(60);
            };
        }

        /** Where the order stands (before its cancellation, for a cancelled one). */
        private OrderStatus lastStatus(DemoTimeline timeline, CancellationCase cancellation, boolean dateSet, int age) {
            OrderStatus reached = timeline.reachedBy(now);
            if (!dateSet) {
                return age >= 1 && random.nextBoolean() ? OrderStatus.DESTOCKAGE : OrderStatus.RESERVEE;
            }
            if (cancellation == null) {
                // One in five of the orders that just reached a stage lag one stage behind: their next
                // activities run a day or two late. An order stuck for weeks would only paint the board red.
                boolean recent = timeline.entry(reached).isAfter(now.minus(LAG_WINDOW));
                boolean lagging = reached != OrderStatus.RESERVEE && recent && random.nextInt(100) < 20;
                return lagging ? OrderStatus.values()[reached.ordinal() - 1] : reached;
            }
            OrderStatus wanted = switch (cancellation) {
                case FRAIS_RESERVATION_SEULS -> random.nextBoolean() ? OrderStatus.RESERVEE : OrderStatus.DESTOCKAGE;
                case FONDS_RECUS -> random.nextBoolean() ? OrderStatus.ORGANISEE : OrderStatus.PAIEMENT_VERIFIE;
                case RETRACTATION, RETOUR -> OrderStatus.VENDUE;
            };
            return wanted.ordinal() <= reached.ordinal() ? wanted : reached;
        }

        private OrderFile plan(OrderFile file, WorkflowEvent event, OrderStatus stage, String advisor,
                               Map<UUID, OrderStatus> stageOf) {
            OrderFile result = file;
            for (PlannedActivity planned : playbook.plan(file, event)) {
                UUID activityId = orders.uuid();
                String assignee = planned.role() == Role.COMMERCIAL ? advisor : null;
                result = result.withActivity(new Activity(activityId, file.orderId(), planned.typeCode(),
                        planned.title(), planned.role(), assignee, planned.dueAt(), ActivityState.OUVERTE, null, null,
                        null, RowMeta.NEW));
                int position = 0;
                for (PlannedLine line : planned.lines()) {
                    result = result.withItem(new ChecklistItem(orders.uuid(), activityId, file.orderId(), line.code(),
                            line.label(), line.seedRef(), position++, false, null, null, RowMeta.NEW));
                }
                stageOf.put(activityId, stage);
            }
            return result;
        }

        /** Earlier stages' activities are done; the current stage's are done, open or late. */
        private OrderFile settleActivities(OrderFile file, DemoTimeline timeline, OrderStatus last,
                                           Map<UUID, OrderStatus> stageOf) {
            OrderFile result = file;
            for (Activity activity : file.activities()) {
                OrderStatus stage = stageOf.get(activity.id());
                Activity settled = refreshDue(activity, file.order());
                Instant from = timeline.entry(stage);
                Instant exit = timeline.exit(stage, last);
                boolean done;
                if (exit != null || last == OrderStatus.CLOTUREE) {
                    done = true;
                } else if (settled.dueAt().isBefore(now.minus(LAG_WINDOW))) {
                    // long past its date: a team catches up on nearly all of it
                    done = random.nextInt(100) < 98;
                } else if (settled.dueAt().isBefore(now)) {
                    // due in the last few days: most done, the rest is what is late today
                    done = random.nextInt(100) < 85;
                } else {
                    done = random.nextInt(100) < 10;
                }
                if (done) {
                    Instant latest = min(now, exit == null ? now : exit);
                    Instant at = clamp(settled.dueAt().minus(Duration.ofHours(random.nextInt(30))),
                            from.plus(Duration.ofMinutes(30)), latest);
                    String by = settled.assignee() != null ? settled.assignee() : settled.role().name().toLowerCase();
                    settled = settled.done(by, at);
                    for (ChecklistItem item : file.itemsOf(activity.id())) {
                        result = result.withItem(item.tick(by, at));
                    }
                } else {
                    List<ChecklistItem> items = file.itemsOf(activity.id());
                    int ticked = random.nextInt(items.size() + 1) / 2;
                    Instant at = clamp(from.plus(Duration.ofHours(2)), from, now);
                    for (int i = 0; i < ticked; i++) {
                        result = result.withItem(items.get(i).tick(settled.assignee(), at));
                    }
                }
                result = result.withActivity(settled);
            }
            return result;
        }

        private Activity refreshDue(Activity activity, Order order) {
            return playbook.dueAt(activity.typeCode(), order).map(activity::withDueAt).orElse(activity);
        }

        private OrderFile cancel(OrderFile file, CancellationCase cancellationCase, DemoTimeline timeline,
                                 OrderStatus before, String advisor, Map<UUID, OrderStatus> stageOf) {
            Order order = file.order();
            Instant at;
            if (cancellationCase == CancellationCase.RETRACTATION) {
                LocalDate received = order.vehicleReceivedOn();
                LocalDate notice = received.plusDays(1 + random.nextInt(12));
                notice = notice.isAfter(today) ? today : notice;
                order = order.withWithdrawalNoticeOn(notice);
                at = notice.atTime(10, 30).atZone(zone).toInstant();
            } else {
                Instant from = timeline.entry(before);
                at = clamp(from.plus(Duration.ofHours(4 + random.nextInt(40))), from, now);
            }
            at = min(at, now);
            String reason = switch (cancellationCase) {
                case FRAIS_RESERVATION_SEULS -> "Le client renonce avant le paiement du solde";
                case FONDS_RECUS -> "Financement personnel finalement refusé, le client annule";
                case RETRACTATION -> "Rétractation du client dans le délai légal";
                case RETOUR -> "Véhicule rendu dans les 7 jours";
            };
            OrderFile result = file.withOrder(order.withCancellation(new Cancellation(cancellationCase, reason, at,
                    before)));
            for (Activity activity : file.activities()) {
                if (activity.isOpen()) {
                    result = result.withActivity(activity.cancelled());
                }
            }
            Map<UUID, OrderStatus> cancelStage = new HashMap<>(stageOf);
            OrderFile planned = plan(result, new WorkflowEvent.StatusEntered(OrderStatus.ANNULEE), OrderStatus.ANNULEE,
                    advisor, cancelStage);
            for (Activity activity : planned.activities()) {
                boolean old = at.isBefore(now.minus(LAG_WINDOW));
                if (!stageOf.containsKey(activity.id()) && activity.isOpen() && (old || random.nextInt(100) < 40)) {
                    String by = activity.assignee() != null ? activity.assignee() : advisor;
                    Instant done = clamp(at.plus(Duration.ofHours(3 + random.nextInt(48))), at, now);
                    planned = planned.withActivity(activity.done(by, done));
                    for (ChecklistItem item : planned.itemsOf(activity.id())) {
                        planned = planned.withItem(item.tick(by, done));
                    }
                }
            }
            return paperwork.afterCancellation(planned, at);
        }
    }

    static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    static Instant clamp(Instant value, Instant low, Instant high) {
        if (high.isBefore(low)) {
            return high;
        }
        return value.isBefore(low) ? low : value.isAfter(high) ? high : value;
    }
}
