package fr.cession.ui.board;

import fr.cession.domain.activity.ActivityTiming;
import fr.cession.domain.board.ActivityCard;
import fr.cession.domain.board.BoardSnapshot;
import fr.cession.domain.board.OrderCard;
import fr.cession.domain.user.Role;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The board's cards of both modes, drawn once per refresh ({@link BoardCards}) with their search
 * keys and the people and roles they concern, so a keystroke costs one pass of
 * {@code String.contains} over plain arrays. Immutable: built and queried off the FX thread.
 *
 * <p>Order mode: every order, whatever its status. It is "for" someone who owns one of its open
 * activities (the order's advisor when nothing is open), of a role when one of its open activities
 * is; its timing is its next activity's. Activity mode: the open activities of live orders.
 */
final class BoardIndex {

    static final BoardIndex EMPTY = new BoardIndex(List.of(), List.of(), Instant.EPOCH);

    /** A card and what the filters test on it. */
    record Entry(BoardCard card, String key, Set<String> owners, Set<Role> roles, String typeCode, String typeTitle) {
    }

    private final List<Entry> orders;
    private final List<Entry> activities;
    private final Instant weekEnd;

    private BoardIndex(List<Entry> orders, List<Entry> activities, Instant weekEnd) {
        this.orders = List.copyOf(orders);
        this.activities = List.copyOf(activities);
        this.weekEnd = weekEnd;
    }

    static BoardIndex of(BoardSnapshot s, BoardCards cards, Instant now, ZoneId zone) {
        Map<UUID, Set<String>> owners = new HashMap<>();
        Map<UUID, Set<Role>> roles = new HashMap<>();
        Map<UUID, BigDecimal> prices = new HashMap<>();
        for (ActivityCard c : s.cards()) {
            addIfKnown(owners.computeIfAbsent(c.orderId(), k -> new HashSet<>()), owner(c.assignee(), c.advisor()));
            roles.computeIfAbsent(c.orderId(), k -> EnumSet.noneOf(Role.class)).add(c.role());
        }
        List<Entry> orders = new ArrayList<>(s.orders().size());
        for (OrderCard o : s.orders()) {
            prices.put(o.orderId(), o.vehiclePrice());
            Set<String> who = new HashSet<>(owners.getOrDefault(o.orderId(), Set.of()));
            Set<Role> what = EnumSet.noneOf(Role.class);
            what.addAll(roles.getOrDefault(o.orderId(), Set.of()));
            o.nextActivity().ifPresent(n -> {
                addIfKnown(who, owner(n.assignee(), o.advisor()));
                what.add(n.role());
            });
            if (who.isEmpty() && o.advisor() != null) {
                who.add(o.advisor());
            }
            orders.add(new Entry(cards.of(o), key(o.orderNumber(), o.customer(), o.plate(), o.vin()), Set.copyOf(who),
                    what.isEmpty() ? Set.of() : EnumSet.copyOf(what), null, null));
        }
        List<Entry> activities = new ArrayList<>(s.cards().size());
        for (ActivityCard c : s.cards()) {
            String who = owner(c.assignee(), c.advisor());
            activities.add(new Entry(cards.of(c, prices.get(c.orderId())),
                    key(c.orderNumber(), c.customer(), c.plate(), c.vin()), who == null ? Set.of() : Set.of(who),
                    EnumSet.of(c.role()), c.typeCode(), cards.activityTitle(c.typeCode(), c.title())));
        }
        Instant weekEnd = now.atZone(zone).toLocalDate().plusDays(8).atStartOfDay(zone).toInstant();
        return new BoardIndex(orders, activities, weekEnd);
    }

    List<Entry> entries(BoardGrouping by) {
        return by == BoardGrouping.TYPE_ACTIVITE ? activities : orders;
    }

    /** Everyone a card is for, in either mode, for the assignee filter. */
    List<String> people() {
        TreeSet<String> all = new TreeSet<>();
        orders.forEach(e -> all.addAll(e.owners()));
        activities.forEach(e -> all.addAll(e.owners()));
        return List.copyOf(all);
    }

    List<Entry> filter(BoardFilter f, BoardGrouping by) {
        String needle = normalise(f.search());
        List<Entry> out = new ArrayList<>();
        for (Entry e : entries(by)) {
            if (!needle.isEmpty() && !e.key().contains(needle)) {
                continue;
            }
            if (f.assignee() != null && !e.owners().contains(f.assignee())) {
                continue;
            }
            if (f.role() != null && !e.roles().contains(f.role())) {
                continue;
            }
            if (f.stage() != null && f.stage() != e.card().status()) {
                continue;
            }
            if (f.mode() != null && f.mode() != e.card().handoverMode()) {
                continue;
            }
            if (!inWindow(e.card(), f.due())) {
                continue;
            }
            out.add(e);
        }
        return out;
    }

    private boolean inWindow(BoardCard c, DueWindow w) {
        if (w == null || w == DueWindow.TOUTES) {
            return true;
        }
        ActivityTiming t = c.timing();
        if (t == null) {
            return false;
        }
        return switch (w) {
            case TOUTES -> true;
            case EN_RETARD -> t == ActivityTiming.EN_RETARD;
            case AUJOURDHUI -> t == ActivityTiming.AUJOURDHUI;
            case SEPT_JOURS -> t != ActivityTiming.EN_RETARD && c.dueAt().isBefore(weekEnd);
        };
    }

    /** Who an activity is for: its assignee, else the order's advisor. */
    static String owner(String assignee, String advisor) {
        return assignee != null && !assignee.isBlank() ? assignee : advisor;
    }

    private static void addIfKnown(Set<String> people, String login) {
        if (login != null) {
            people.add(login);
        }
    }

    private static String key(String number, String customer, String plate, String vin) {
        return normalise(number) + "|" + normalise(customer) + "|" + normalise(plate) + "|" + normalise(vin);
    }

    static String normalise(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (char ch : s.toLowerCase(Locale.ROOT).toCharArray()) {
            if (ch != ' ' && ch != '-' && ch != '\u00a0') {
                b.append(ch);
            }
        }
        return b.toString();
    }
}
