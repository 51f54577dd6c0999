package fr.cession.store.dossier;

import fr.cession.domain.audit.ChangeKind;
import fr.cession.domain.audit.EntityKind;
import fr.cession.domain.order.Customer;
import fr.cession.domain.order.CustomerKind;
import fr.cession.domain.order.Order;
import fr.cession.domain.risk.SharedContacts;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static fr.cession.store.schema.Tables.CHANGE_FIELD;
import static fr.cession.store.schema.Tables.CHANGE_OP;
import static fr.cession.store.schema.Tables.SALES_ORDER;

/**
 * The other orders of this store that carry the order's phone or e-mail under another customer's
 * name (003:9's red flags): a few numbers are enough to say it, and to look; and when the order's
 * address last changed, from its history.
 */
public final class JooqSharedContacts implements SharedContacts {

    private static final int SHOWN = 5;

    private final DSLContext dsl;

    public JooqSharedContacts(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<String> otherNamesSameContact(Order order) {
        Customer c = order.customer();
        Condition same = DSL.noCondition();
        boolean any = false;
        if (c.phone() != null && !c.phone().isBlank()) {
            same = same.or(SALES_ORDER.CUSTOMER_PHONE.eq(c.phone()));
            any = true;
        }
        if (c.email() != null && !c.email().isBlank()) {
            same = same.or(DSL.lower(SALES_ORDER.CUSTOMER_EMAIL).eq(c.email().toLowerCase(java.util.Locale.ROOT)));
            any = true;
        }
        if (!any) {
            return List.of();
        }
        String name = lastName(c);
        if (name.isEmpty()) {
            return List.of();
        }
        return dsl.select(SALES_ORDER.NUMBER).from(SALES_ORDER)
                .where(same).and(SALES_ORDER.ID.ne(order.id())).and(SALES_ORDER.DELETED.isFalse())
                .and(DSL.lower(DSL.trim(DSL.when(SALES_ORDER.CUSTOMER_KIND.eq(CustomerKind.SOCIETE.name()),
                        SALES_ORDER.COMPANY_NAME).otherwise(SALES_ORDER.CUSTOMER_LAST_NAME))).isDistinctFrom(name))
                .orderBy(SALES_ORDER.NUMBER).limit(SHOWN).fetch(SALES_ORDER.NUMBER);
    }

    /** The last change of the buyer's address in the order's history (creation aside), local or synced. */
    @Override
    public Optional<Instant> lastAddressChange(UUID orderId) {
        OffsetDateTime at = dsl.select(DSL.max(CHANGE_OP.CHANGED_AT)).from(CHANGE_OP)
                .join(CHANGE_FIELD).on(CHANGE_FIELD.OP_ID.eq(CHANGE_OP.OP_ID))
                .where(CHANGE_OP.ORDER_ID.eq(orderId))
                .and(CHANGE_OP.ENTITY.eq(EntityKind.COMMANDE.name()))
                .and(CHANGE_OP.KIND.eq(ChangeKind.MODIFICATION.name()))
                .and(CHANGE_FIELD.FIELD.eq("customer_address"))
                .fetchOne(0, OffsetDateTime.class);
        return Optional.ofNullable(at).map(OffsetDateTime::toInstant);
    }

    /** The name another order must not carry to count as "another name": the company's, or the last name. */
    private static String lastName(Customer c) {
        String n = c.isCompany() && c.companyName() != null && !c.companyName().isBlank() ? c.companyName() : c.lastName();
        return n == null ? "" : n.trim().toLowerCase(java.util.Locale.ROOT);
    }
}
