package fr.cession.store.dossier;

import fr.cession.domain.audit.OrderFields;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.Order;
import org.jooq.DSLContext;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static fr.cession.store.schema.Tables.ORDER_NUMBER_COUNTER;
import static fr.cession.store.schema.Tables.SYNC_CHECKPOINT;

/**
 * Hands out order numbers {@code <SITE>-<YEAR>-<STATION>-<00001>} from the per-site, per-year
 * counter, in the caller's transaction (a rolled-back save gives its number back). The year is the
 * reservation's, so an order keeps the year its customer booked in. Two desktops of one site count
 * offline each on its own: the station part (four characters drawn from this store's desktop id)
 * keeps their numbers apart; should two stations ever draw the same part, the central database
 * still sees the duplicate and shows it to a person (never merged silently: the customers differ).
 */
public final class OrderNumberAllocator {

    private static final int NUMBER_LENGTH = 40;

    public static String format(String site, int year, int counter) {
        return String.format("%s-%d-%05d", site, year, counter);
    }

    public static String format(String site, String station, int year, int counter) {
        String tail = String.format("-%d-%s-%05d", year, station, counter);
        String head = site.length() + tail.length() > NUMBER_LENGTH ? site.substring(0, NUMBER_LENGTH - tail.length()) : site;
        return head + tail;
    }

    /** The next number for this site and year, marked with this station. */
    public String next(DSLContext tx, String site, int year) {
        return format(site, station(tx), year, reserve(tx, site, year, 1));
    }

    /** This store's station part: four base-36 characters of its desktop id (created on first need). */
    public static String station(DSLContext tx) {
        UUID id = tx.select(SYNC_CHECKPOINT.DESKTOP_ID).from(SYNC_CHECKPOINT).fetchOptional(SYNC_CHECKPOINT.DESKTOP_ID)
                .orElse(null);
        if (id == null) {
            tx.update(SYNC_CHECKPOINT).set(SYNC_CHECKPOINT.DESKTOP_ID, UUID.randomUUID())
                    .where(SYNC_CHECKPOINT.DESKTOP_ID.isNull()).execute();
            id = tx.select(SYNC_CHECKPOINT.DESKTOP_ID).from(SYNC_CHECKPOINT).fetchSingle(SYNC_CHECKPOINT.DESKTOP_ID);
        }
        return stationOf(id);
    }

    static String stationOf(UUID desktopId) {
        long bits = desktopId.getMostSignificantBits() ^ desktopId.getLeastSignificantBits();
        String code = Long.toString(Math.floorMod(bits, 36L * 36 * 36 * 36), 36).toUpperCase(Locale.ROOT);
        return "0".repeat(4 - code.length()) + code;
    }

    /** Reserves {@code count} consecutive numbers and returns the first counter value. */
    public int reserve(DSLContext tx, String site, int year, int count) {
        int updated = tx.update(ORDER_NUMBER_COUNTER)
                .set(ORDER_NUMBER_COUNTER.LAST_USED, ORDER_NUMBER_COUNTER.LAST_USED.plus(count))
                .where(ORDER_NUMBER_COUNTER.SITE.eq(site)).and(ORDER_NUMBER_COUNTER.COUNTER_YEAR.eq(year))
                .execute();
        if (updated == 0) {
            tx.insertInto(ORDER_NUMBER_COUNTER, ORDER_NUMBER_COUNTER.SITE, ORDER_NUMBER_COUNTER.COUNTER_YEAR,
                    ORDER_NUMBER_COUNTER.LAST_USED).values(site, year, count).execute();
            return 1;
        }
        int last = tx.select(ORDER_NUMBER_COUNTER.LAST_USED).from(ORDER_NUMBER_COUNTER)
                .where(ORDER_NUMBER_COUNTER.SITE.eq(site)).and(ORDER_NUMBER_COUNTER.COUNTER_YEAR.eq(year))
                .fetchSingle(ORDER_NUMBER_COUNTER.LAST_USED);
        return last - count + 1;
    }

    /** The file with its order numbered, unless it already has a number. */
    public OrderFile numbered(DSLContext tx, OrderFile file, String site) {
        Order o = file.order();
        if (o.number() != null) {
            return file;
        }
        return file.withOrder(withNumber(o, next(tx, site, o.reservedOn().getYear())));
    }

    static Order withNumber(Order o, String number) {
        Map<String, String> fields = OrderFields.of(o);
        fields.put("number", number);
        return OrderFields.from(o.id(), fields, o.meta());
    }
}
