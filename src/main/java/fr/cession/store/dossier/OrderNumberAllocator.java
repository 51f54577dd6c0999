package fr.cession.store.dossier;

import fr.cession.domain.audit.OrderFields;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.Order;
import org.jooq.DSLContext;

import java.util.Map;

import static fr.cession.store.schema.Tables.ORDER_NUMBER_COUNTER;

/**
 * Hands out order numbers {@code <SITE>-<YEAR>-<00001>} from the per-site, per-year counter, in
 * the caller's transaction (a rolled-back save gives its number back). The year is the
 * reservation's, so an order keeps the year its customer booked in.
 */
public final class OrderNumberAllocator {

    public static String format(String site, int year, int counter) {
        return String.format("%s-%d-%05d", site, year, counter);
    }

    /** The next number for this site and year. */
    public String next(DSLContext tx, String site, int year) {
        return format(site, year, reserve(tx, site, year, 1));
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
