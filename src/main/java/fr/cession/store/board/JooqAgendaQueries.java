package fr.cession.store.board;

import fr.cession.domain.agenda.AgendaQueries;
import fr.cession.domain.agenda.Appointment;
import fr.cession.domain.order.HandoverMode;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.order.PaymentMethod;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import static fr.cession.store.schema.Tables.SALES_ORDER;

/** The agenda's appointments in one indexed range read of the orders (no order file loaded). */
public final class JooqAgendaQueries implements AgendaQueries {

    private final DSLContext dsl;

    public JooqAgendaQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<Appointment> between(LocalDateTime from, LocalDateTime to) {
        return read(DSL.noCondition(), from, to);
    }

    /** On the hand-over time index (V93); names compared as the domain does, case aside. */
    @Override
    public List<Appointment> ofInspector(String inspector, LocalDateTime from, LocalDateTime to) {
        return read(DSL.lower(SALES_ORDER.INSPECTOR).eq(inspector.strip().toLowerCase(Locale.ROOT))
                .and(SALES_ORDER.HANDOVER_MODE.ne(HandoverMode.LIVRAISON.name())), from, to);
    }

    private List<Appointment> read(Condition which, LocalDateTime from, LocalDateTime to) {
        return dsl.select(SALES_ORDER.ID, SALES_ORDER.NUMBER, SALES_ORDER.HANDOVER_MODE, SALES_ORDER.STATUS,
                        SALES_ORDER.OWNING_SITE, SALES_ORDER.ADVISOR, SALES_ORDER.CUSTOMER_KIND,
                        SALES_ORDER.COMPANY_NAME, SALES_ORDER.CUSTOMER_FIRST_NAME, SALES_ORDER.CUSTOMER_LAST_NAME,
                        SALES_ORDER.HANDOVER_AT, SALES_ORDER.INSPECTOR, SALES_ORDER.PAYMENT_METHOD)
                .from(SALES_ORDER)
                .where(SALES_ORDER.HANDOVER_AT.ge(from)).and(SALES_ORDER.HANDOVER_AT.lt(to))
                .and(which)
                .and(SALES_ORDER.DELETED.isFalse())
                .and(SALES_ORDER.STATUS.notIn(OrderStatus.ANNULEE.name(), OrderStatus.CLOTUREE.name()))
                .orderBy(SALES_ORDER.HANDOVER_AT, SALES_ORDER.NUMBER)
                .fetch(r -> new Appointment(r.get(SALES_ORDER.ID), r.get(SALES_ORDER.NUMBER),
                        HandoverMode.valueOf(r.get(SALES_ORDER.HANDOVER_MODE)),
                        OrderStatus.valueOf(r.get(SALES_ORDER.STATUS)), r.get(SALES_ORDER.OWNING_SITE),
                        r.get(SALES_ORDER.ADVISOR),
                        Names.customer(r.get(SALES_ORDER.CUSTOMER_KIND), r.get(SALES_ORDER.COMPANY_NAME),
                                r.get(SALES_ORDER.CUSTOMER_FIRST_NAME), r.get(SALES_ORDER.CUSTOMER_LAST_NAME)),
                        r.get(SALES_ORDER.HANDOVER_AT), r.get(SALES_ORDER.INSPECTOR),
                        r.get(SALES_ORDER.PAYMENT_METHOD) == null ? null
                                : PaymentMethod.valueOf(r.get(SALES_ORDER.PAYMENT_METHOD))));
    }
}
