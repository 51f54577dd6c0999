package fr.cession.ui.board;

import fr.cession.domain.order.OrderStatus;
import fr.cession.ui.i18n.Messages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Which columns the board has and what goes in each, off the FX thread. By status: every status
 * in the order of the path, closed and cancelled included (collapsible). By activity type: every
 * type in the data, in the order of the path, so that columns stay put while filtering.
 */
final class BoardLayout {

    record Column(String key, String title, boolean collapsible, List<BoardCard> cards, String header) {
    }

    record Result(List<Column> columns, int total) {
    }

    private final Messages m;

    BoardLayout(Messages m) {
        this.m = m;
    }

    Result lay(BoardIndex all, List<BoardIndex.Entry> filtered, BoardGrouping by) {
        Map<String, String> titles = new LinkedHashMap<>();
        if (by == BoardGrouping.ETAPE_COMMANDE) {
            for (OrderStatus s : OrderStatus.values()) {
                titles.put(s.name(), m.label(s));
            }
        } else {
            Map<String, Integer> stageOf = new HashMap<>();
            Map<String, String> typeTitles = new HashMap<>();
            for (BoardIndex.Entry e : all.entries(by)) {
                stageOf.merge(e.typeCode(), e.card().status().ordinal(), Math::min);
                typeTitles.putIfAbsent(e.typeCode(), e.typeTitle());
            }
            List<String> keys = new ArrayList<>(stageOf.keySet());
            keys.sort(Comparator.comparing((String k) -> stageOf.get(k)).thenComparing(typeTitles::get));
            keys.forEach(k -> titles.put(k, typeTitles.get(k)));
        }
        Map<String, List<BoardCard>> byKey = new HashMap<>();
        titles.keySet().forEach(k -> byKey.put(k, new ArrayList<>()));
        for (BoardIndex.Entry e : filtered) {
            String k = by == BoardGrouping.ETAPE_COMMANDE ? e.card().status().name() : e.typeCode();
            byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(e.card());
        }
        List<Column> columns = new ArrayList<>();
        titles.forEach((k, title) -> {
            List<BoardCard> cards = byKey.get(k);
            columns.add(new Column(k, title, by == BoardGrouping.ETAPE_COMMANDE && terminal(k), cards,
                    header(cards, by)));
        });
        return new Result(columns, filtered.size());
    }

    private static boolean terminal(String status) {
        return OrderStatus.valueOf(status).terminal();
    }

    /** The count of cards, and the vehicle prices of the column's orders (each order once) summed. */
    private String header(List<BoardCard> cards, BoardGrouping by) {
        BigDecimal total = BigDecimal.ZERO;
        Set<UUID> counted = new HashSet<>();
        for (BoardCard c : cards) {
            if (c.price() != null && counted.add(c.orderId())) {
                total = total.add(c.price());
            }
        }
        String key = by == BoardGrouping.ETAPE_COMMANDE ? "board.column.orders" : "board.column.activities";
        return m.get(key, cards.size(), euros(total));
    }

    /** "12 345 €": whole euros, French grouping, whatever the interface language (as {@code Formats}). */
    static String euros(BigDecimal amount) {
        NumberFormat f = NumberFormat.getIntegerInstance(Locale.FRANCE);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(amount) + "\u00a0€";
    }
}
