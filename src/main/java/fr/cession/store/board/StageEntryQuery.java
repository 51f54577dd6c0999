package fr.cession.store.board;

import fr.cession.domain.audit.EntityKind;
import fr.cession.domain.order.OrderStatus;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fr.cession.store.schema.Tables.CHANGE_FIELD;
import static fr.cession.store.schema.Tables.CHANGE_OP;
import static fr.cession.store.schema.Tables.SALES_ORDER;

/**
 * When each live order entered its stage, from its history: the last change of the order that
 * touched its status, else the order's creation. Both walk only the live orders' own history
 * (index {@code (order_id, changed_at)}), joined by key to the status field.
 */
final class StageEntryQuery {

    private static final List<String> DEAD = List.of(OrderStatus.ANNULEE.name(), OrderStatus.CLOTUREE.name());
    private static final String ORDER = EntityKind.COMMANDE.name();

    private final DSLContext dsl;

    StageEntryQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    Map<UUID, Instant> read() {
        Map<UUID, Instant> out = new HashMap<>();
        Field<OffsetDateTime> created = DSL.min(CHANGE_OP.CHANGED_AT);
        dsl.select(CHANGE_OP.ORDER_ID, created).from(SALES_ORDER)
                .join(CHANGE_OP).on(CHANGE_OP.ORDER_ID.eq(SALES_ORDER.ID))
                .where(SALES_ORDER.STATUS.notIn(DEAD)).and(SALES_ORDER.DELETED.isFalse())
                .and(CHANGE_OP.ENTITY.eq(ORDER)).and(CHANGE_OP.KIND.eq("CREATION"))
                .groupBy(CHANGE_OP.ORDER_ID)
                .forEach(r -> out.put(r.value1(), r.value2().toInstant()));
        Field<OffsetDateTime> moved = DSL.max(CHANGE_OP.CHANGED_AT);
        dsl.select(CHANGE_OP.ORDER_ID, moved).from(SALES_ORDER)
                .join(CHANGE_OP).on(CHANGE_OP.ORDER_ID.eq(SALES_ORDER.ID))
                .join(CHANGE_FIELD).on(CHANGE_FIELD.OP_ID.eq(CHANGE_OP.OP_ID)).and(CHANGE_FIELD.FIELD.eq("status"))
                .where(SALES_ORDER.STATUS.notIn(DEAD)).and(SALES_ORDER.DELETED.isFalse())
                .and(CHANGE_OP.ENTITY.eq(ORDER)).and(CHANGE_OP.KIND.eq("MODIFICATION"))
                .groupBy(CHANGE_OP.ORDER_ID)
                .forEach(r -> out.put(r.value1(), r.value2().toInstant()));
        return out;
    }
}
