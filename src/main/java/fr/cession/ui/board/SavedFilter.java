package fr.cession.ui.board;

import fr.cession.domain.order.HandoverMode;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.user.Role;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * A filter of the board a person named (« mes retards », « livraisons de la semaine »): the
 * filters and the grouping, kept as one line in their settings. The due window stays relative
 * (late, this week...): the filter chosen tomorrow shows tomorrow's cards.
 */
public record SavedFilter(String name, BoardFilter filter, BoardGrouping grouping) {

    static final int MAX_NAME = 60;

    String encode() {
        StringJoiner j = new StringJoiner("&");
        put(j, "assignee", filter.assignee());
        put(j, "role", filter.role() == null ? null : filter.role().name());
        put(j, "stage", filter.stage() == null ? null : filter.stage().name());
        put(j, "due", filter.due() == null ? null : filter.due().name());
        put(j, "mode", filter.mode() == null ? null : filter.mode().name());
        put(j, "search", filter.search());
        put(j, "grouping", grouping.name());
        return j.toString();
    }

    /** Reads a saved line; a value this version does not know (an older file, a renamed stage) is left out. */
    static SavedFilter decode(String name, String line) {
        Map<String, String> v = new LinkedHashMap<>();
        for (String pair : line.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                v.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        BoardFilter f = new BoardFilter(v.get("assignee"), constant(Role.class, v.get("role")).orElse(null),
                constant(OrderStatus.class, v.get("stage")).orElse(null),
                constant(DueWindow.class, v.get("due")).orElse(DueWindow.TOUTES), v.getOrDefault("search", ""),
                constant(HandoverMode.class, v.get("mode")).orElse(null));
        return new SavedFilter(name, f, constant(BoardGrouping.class, v.get("grouping")).orElse(BoardGrouping.ETAPE_COMMANDE));
    }

    private static void put(StringJoiner j, String key, String value) {
        if (value != null && !value.isEmpty()) {
            j.add(key + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    private static <E extends Enum<E>> Optional<E> constant(Class<E> type, String name) {
        if (name == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
