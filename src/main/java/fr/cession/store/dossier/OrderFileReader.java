package fr.cession.store.dossier;

import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.Order;
import org.jooq.Condition;
import org.jooq.DSLContext;

import java.util.Optional;
import java.util.UUID;

import static fr.cession.store.schema.Tables.ACTIVITY;
import static fr.cession.store.schema.Tables.AFTER_SALE_CASE;
import static fr.cession.store.schema.Tables.APPROVAL_REQUEST;
import static fr.cession.store.schema.Tables.CHECKLIST_ITEM;
import static fr.cession.store.schema.Tables.CONTACT_REPORT;
import static fr.cession.store.schema.Tables.ORDER_AGREEMENT;
import static fr.cession.store.schema.Tables.ORDER_DOCUMENT;
import static fr.cession.store.schema.Tables.PAYMENT;
import static fr.cession.store.schema.Tables.SALES_ORDER;

/** Reads an order file (deleted rows left out) in the caller's context. */
final class OrderFileReader {

    private static final OrderRowMapper ORDERS = new OrderRowMapper();

    Optional<OrderFile> read(DSLContext ctx, Condition whichOrder) {
        Optional<Order> order = ctx.selectFrom(SALES_ORDER).where(whichOrder).and(SALES_ORDER.DELETED.isFalse())
                .fetchOptional(ORDERS);
        return order.map(o -> readParts(ctx, o));
    }

    Optional<OrderFile> read(DSLContext ctx, UUID orderId) {
        return read(ctx, SALES_ORDER.ID.eq(orderId));
    }

    private static OrderFile readParts(DSLContext ctx, Order o) {
        UUID id = o.id();
        return OrderFileOrdering.sorted(new OrderFile(o,
                ctx.selectFrom(ACTIVITY).where(ACTIVITY.ORDER_ID.eq(id)).and(ACTIVITY.DELETED.isFalse())
                        .fetch(ActivityRowMapper.ACTIVITIES),
                ctx.selectFrom(CHECKLIST_ITEM).where(CHECKLIST_ITEM.ORDER_ID.eq(id))
                        .and(CHECKLIST_ITEM.DELETED.isFalse()).fetch(ActivityRowMapper.ITEMS),
                ctx.selectFrom(ORDER_DOCUMENT).where(ORDER_DOCUMENT.ORDER_ID.eq(id))
                        .and(ORDER_DOCUMENT.DELETED.isFalse()).fetch(PaperworkRowMapper.DOCUMENTS),
                ctx.selectFrom(PAYMENT).where(PAYMENT.ORDER_ID.eq(id)).and(PAYMENT.DELETED.isFalse())
                        .fetch(PaperworkRowMapper.PAYMENTS),
                ctx.selectFrom(APPROVAL_REQUEST).where(APPROVAL_REQUEST.ORDER_ID.eq(id))
                        .and(APPROVAL_REQUEST.DELETED.isFalse()).fetch(PaperworkRowMapper.APPROVALS),
                ctx.selectFrom(CONTACT_REPORT).where(CONTACT_REPORT.ORDER_ID.eq(id))
                        .and(CONTACT_REPORT.DELETED.isFalse()).fetch(PaperworkRowMapper.CONTACTS),
                ctx.selectFrom(ORDER_AGREEMENT).where(ORDER_AGREEMENT.ORDER_ID.eq(id))
                        .and(ORDER_AGREEMENT.DELETED.isFalse()).fetch(PaperworkRowMapper.AGREEMENTS),
                ctx.selectFrom(AFTER_SALE_CASE).where(AFTER_SALE_CASE.ORDER_ID.eq(id))
                        .and(AFTER_SALE_CASE.DELETED.isFalse()).fetch(PaperworkRowMapper.AFTER_SALE)));
    }
}
