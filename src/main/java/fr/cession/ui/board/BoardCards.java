package fr.cession.ui.board;

import fr.cession.domain.activity.ActivityTiming;
import fr.cession.domain.board.ActivityCard;
import fr.cession.domain.board.CardWarning;
import fr.cession.domain.board.NextActivity;
import fr.cession.domain.board.OrderCard;
import fr.cession.domain.playbook.RuleSettings;
import fr.cession.ui.i18n.Formats;
import fr.cession.ui.i18n.Messages;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import fr.cession.domain.board.StuckThresholds;
import fr.cession.domain.order.OrderStatus;

/**
 * Turns the store's order and activity cards into what the board draws, at one instant: the
 * timing and the warning are decided here, once per refresh, and every word comes from the
 * bundles of the interface language (activity titles too: the stored title is French, so it is
 * only the fallback for a type the bundles do not name).
 */
final class BoardCards {

    private final Messages m;
    private final Formats f;
    private final RuleSettings settings;
    private final Instant now;
    private final ZoneId zone;
    private final Map<UUID, Instant> stageEntered;
    private final StuckThresholds stuck;

    BoardCards(Messages m, Formats f, RuleSettings settings, Instant now, ZoneId zone) {
        this(m, f, settings, now, zone, Map.of(), StuckThresholds.NONE);
    }

    /**
     * @param stageEntered when each live order entered its stage (the store's history)
     * @param stuck        after how many days in a stage an order is marked
     */
    BoardCards(Messages m, Formats f, RuleSettings settings, Instant now, ZoneId zone,
               Map<UUID, Instant> stageEntered, StuckThresholds stuck) {
        this.m = m;
        this.f = f;
        this.settings = settings;
        this.now = now;
        this.zone = zone;
        this.stageEntered = stageEntered;
        this.stuck = stuck;
    }

    String activityTitle(String typeCode, String storedTitle) {
        return m.activityTitle(typeCode, storedTitle);
    }

    BoardCard of(OrderCard o) {
        NextActivity next = o.next();
        ActivityTiming timing = next == null ? null : next.timing(now, zone);
        String activity = next == null ? m.get("board.card.noActivity") : activityTitle(next.typeCode(), next.title());
        String others = o.othersOpen() == 0 ? "" : m.get("board.card.others", o.othersOpen());
        String warning = CardWarning.of(o, now, zone, settings).map(m::label).orElse("");
        Instant due = next == null ? null : next.dueAt();
        int done = next == null ? 0 : next.itemsDone();
        int total = next == null ? 0 : next.itemsTotal();
        return new BoardCard(o.orderId(), o.orderNumber(), o.status(), o.customer(), vehicle(o.vehicle(), o.plate()),
                activity, others, timing, due, f.shortDateTime(due), dueInFull(timing, due),
                m.label(o.paymentMethod()), o.handoverMode(), handover(o.handoverMode(), o.handoverAt()), done, total,
                next == null ? "" : m.get("checklist.progress", done, total), warning, o.vehiclePrice(),
                stageTime(o.orderId(), o.status()));
    }

    BoardCard of(ActivityCard c, java.math.BigDecimal price) {
        ActivityTiming timing = c.timing(now, zone);
        String warning = CardWarning.of(c, now, zone, settings).map(m::label).orElse("");
        return new BoardCard(c.orderId(), c.orderNumber(), c.orderStatus(), c.customer(),
                vehicle(c.vehicle(), c.plate()), m.label(c.orderStatus()), "", timing, c.dueAt(),
                f.shortDateTime(c.dueAt()), dueInFull(timing, c.dueAt()), m.label(c.paymentMethod()),
                c.handoverMode(), handover(c.handoverMode(), c.handoverAt()), c.itemsDone(), c.itemsTotal(),
                m.get("checklist.progress", c.itemsDone(), c.itemsTotal()), warning, price,
                stageTime(c.orderId(), c.orderStatus()));
    }

    /** Calendar days in the zone since the order entered its stage, and whether that is past its figure. */
    StageTime stageTime(UUID orderId, OrderStatus status) {
        Instant since = stageEntered.get(orderId);
        if (since == null || status.terminal()) {
            return StageTime.UNKNOWN;
        }
        long days = Math.max(0, ChronoUnit.DAYS.between(since.atZone(zone).toLocalDate(), now.atZone(zone).toLocalDate()));
        if (stuck.stuck(status, days)) {
            return new StageTime(days, m.get("board.card.stuck", days, stuck.daysFor(status).orElseThrow()), true);
        }
        return new StageTime(days, days == 0 ? m.get("board.card.stageToday") : m.get("board.card.stageDays", days),
                false);
    }

    private String dueInFull(ActivityTiming timing, Instant due) {
        return timing == null ? "" : m.get("board.card.due", m.label(timing), f.dateTime(due));
    }

    private String handover(fr.cession.domain.order.HandoverMode mode, LocalDateTime at) {
        return m.get("board.card.handover", m.label(mode),
                at == null ? m.get("board.card.handoverNotSet") : f.shortDateTime(at));
    }

    private static String vehicle(String name, String plate) {
        return plate == null || plate.isBlank() ? name : name + " · " + plate;
    }
}
