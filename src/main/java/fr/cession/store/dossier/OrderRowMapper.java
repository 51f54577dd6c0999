package fr.cession.store.dossier;

import fr.cession.domain.audit.OrderFields;
import fr.cession.domain.order.Order;
import fr.cession.store.EntityTables;
import org.jooq.Record;
import org.jooq.RecordMapper;

import java.util.UUID;

import static fr.cession.store.schema.Tables.SALES_ORDER;

/** A {@code sales_order} row to an {@link Order}, through the domain's field codec. */
final class OrderRowMapper implements RecordMapper<Record, Order> {

    @Override
    public Order map(Record r) {
        UUID id = r.get(SALES_ORDER.ID);
        return OrderFields.from(id, EntityTables.fieldsOf(r, SALES_ORDER), EntityTables.metaOf(r, SALES_ORDER));
    }
}
