package fr.cession.store.board;

import fr.cession.domain.agenda.AgendaQueries;
import fr.cession.domain.agenda.Appointment;
import fr.cession.domain.order.HandoverMode;
import fr.cession.domain.order.OrderStatus;
import org.jooq.DSLContext;

import java.time.LocalDateTime;
import java.util.List;

import static fr.cession.store.schema.Tables.SALES_ORDER;

/** The agenda's appointments in one indexed range read of the orders (no order file loaded). */
public final class JooqAgendaQueries implements AgendaQueries {

    private final DSLContext dsl;

    public JooqAgendaQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<Appointment> between(LocalDateTime from, LocalDateTime to) {
        return dsl.select(SALES_ORDER.ID, SALES_ORDER.NUMBER, SALES_ORDER.HANDOVER_MODE, SALES_ORDER.STATUS,
                        SALES_ORDER.OWNING_SITE, SALES_ORDER.ADVISOR, SALES_ORDER.CUSTOMER_KIND,
                        SALES_ORDER.COMPANY_NAME, SALES_ORDER.CUSTOMER_FIRST_NAME, SALES_ORDER.CUSTOMER_LAST_NAME,
                        SALES_ORDER.HANDOVER_AT)
                .from(SALES_ORDER)
                .where(SALES_ORDER.HANDOVER_AT.ge(from)).and(SALES_ORDER.HANDOVER_AT.lt(to))
                .and(SALES_ORDER.DELETED.isFalse())
                .and(SALES_ORDER.STATUS.notIn(OrderStatus.ANNULEE.name(), OrderStatus.CLOTUREE.name()))
                .orderBy(SALES_ORDER.HANDOVER_AT, SALES_ORDER.NUMBER)
                .fetch(r -> new Appointment(r.get(SALES_ORDER.ID), r.get(SALES_ORDER.NUMBER),
                        HandoverMode.valueOf(r.get(SALES_ORDER.HANDOVER_MODE)),
                        OrderStatus.valueOf(r.get(SALES_ORDER.STATUS)), r.get(SALES_ORDER.OWNING_SITE),
                        r.get(SALES_ORDER.ADVISOR),
                        Names.customer(r.get(SALES_ORDER.CUSTOMER_KIND), r.get(SALES_ORDER.COMPANY_NAME),
                                r.get(SALES_ORDER.CUSTOMER_FIRST_NAME), r.get(SALES_ORDER.CUSTOMER_LAST_NAME)),
                        r.get(SALES_ORDER.HANDOVER_AT)));
    }
}
