package fr.cession.store.dossier;

import fr.cession.domain.approval.ApprovalItem;
import fr.cession.domain.approval.ApprovalQueries;
import fr.cession.domain.approval.ApprovalStatus;
import fr.cession.domain.order.OrderStatus;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SortField;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static fr.cession.store.schema.Tables.APPROVAL_REQUEST;
import static fr.cession.store.schema.Tables.SALES_ORDER;

/** The requests to the manager with their order, in one query each (no order file loaded). */
public final class JooqApprovalQueries implements ApprovalQueries {

    private final DSLContext dsl;

    public JooqApprovalQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<ApprovalItem> pending() {
        return fetch(APPROVAL_REQUEST.STATUS.eq(ApprovalStatus.DEMANDEE.name()), APPROVAL_REQUEST.REQUESTED_AT.asc());
    }

    @Override
    public List<ApprovalItem> answeredFor(String login, Instant since) {
        return fetch(APPROVAL_REQUEST.REQUESTED_BY.eq(login)
                        .and(APPROVAL_REQUEST.STATUS.in(ApprovalStatus.APPROUVEE.name(), ApprovalStatus.REFUSEE.name()))
                        .and(APPROVAL_REQUEST.DECIDED_AT.ge(since.atOffset(ZoneOffset.UTC))),
                APPROVAL_REQUEST.DECIDED_AT.desc());
    }

    private List<ApprovalItem> fetch(Condition which, SortField<?> order) {
        return dsl.select(APPROVAL_REQUEST.fields()).select(SALES_ORDER.NUMBER, SALES_ORDER.STATUS,
                        SALES_ORDER.CUSTOMER_KIND, SALES_ORDER.COMPANY_NAME, SALES_ORDER.CUSTOMER_FIRST_NAME,
                        SALES_ORDER.CUSTOMER_LAST_NAME, SALES_ORDER.OWNING_SITE)
                .from(APPROVAL_REQUEST).join(SALES_ORDER).on(SALES_ORDER.ID.eq(APPROVAL_REQUEST.ORDER_ID))
                .where(which).and(APPROVAL_REQUEST.DELETED.isFalse()).and(SALES_ORDER.DELETED.isFalse())
                .orderBy(order, SALES_ORDER.NUMBER)
                .fetch(this::item);
    }

    private ApprovalItem item(Record r) {
        return new ApprovalItem(PaperworkRowMapper.APPROVALS.map(r), r.get(SALES_ORDER.NUMBER),
                customer(r.get(SALES_ORDER.CUSTOMER_KIND), r.get(SALES_ORDER.COMPANY_NAME),
                        r.get(SALES_ORDER.CUSTOMER_FIRST_NAME), r.get(SALES_ORDER.CUSTOMER_LAST_NAME)),
                OrderStatus.valueOf(r.get(SALES_ORDER.STATUS)), r.get(SALES_ORDER.OWNING_SITE));
    }

    private static String customer(String kind, String company, String first, String last) {
        if ("SOCIETE".equals(kind) && company != null && !company.isBlank()) {
            return company;
        }
        return ((first == null ? "" : first.trim()) + " " + (last == null ? "" : last.trim())).trim();
    }
}
