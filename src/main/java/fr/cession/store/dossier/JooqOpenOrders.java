package fr.cession.store.dossier;

import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.timer.TimerSources;
import org.jooq.DSLContext;

import java.util.List;
import java.util.UUID;

import static fr.cession.store.schema.Tables.SALES_ORDER;

/** The orders a timed outcome can still act on: neither closed nor cancelled (the status index serves it). */
public final class JooqOpenOrders implements TimerSources {

    private final DSLContext dsl;

    public JooqOpenOrders(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<UUID> openOrders() {
        return dsl.transactionResult(cfg -> cfg.dsl().select(SALES_ORDER.ID).from(SALES_ORDER)
                .where(SALES_ORDER.STATUS.notIn(OrderStatus.CLOTUREE.name(), OrderStatus.ANNULEE.name()))
                .and(SALES_ORDER.DELETED.isFalse()).orderBy(SALES_ORDER.ID).fetch(SALES_ORDER.ID));
    }
}
