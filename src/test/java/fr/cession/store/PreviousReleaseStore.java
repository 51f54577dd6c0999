package fr.cession.store;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.table;

/**
 * A store as the previous release left it, built from the landed migrations up to that
 * release's last one (migrations are never edited, so this is the very schema it wrote), with
 * changes still waiting to be sent, written as that release wrote them: one {@code change_field}
 * row per field, a creation included. Plain SQL through jOOQ: the generated classes describe the
 * current schema, not that one.
 */
public final class PreviousReleaseStore {

    /** The previous release's last local migration. */
    public static final String SCHEMA = "70";

    public final UUID orderId = UUID.randomUUID();
    public final String number;
    public final String email = "lea.dubois@exemple.fr";

    private PreviousReleaseStore(String number) {
        this.number = number;
    }

    /** Writes the store at {@code file} (without H2's suffix): one order created, then its e-mail changed, neither sent. */
    public static PreviousReleaseStore write(Path file, String site, String number) {
        PreviousReleaseStore store = new PreviousReleaseStore(number);
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:file:" + file.toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "");
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/local").target(SCHEMA).load().migrate();
            DSL.using(pool, SQLDialect.H2).transaction(cfg -> store.writeChanges(cfg.dsl(), site));
        } finally {
            pool.dispose();
        }
        return store;
    }

    private void writeChanges(DSLContext tx, String site) {
        OffsetDateTime at = OffsetDateTime.parse("2026-03-02T08:00:00Z");
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("number", number);
        order.put("status", "RESERVEE");
        order.put("reserved_on", "2026-03-02");
        order.put("reservation_fee", "500.00");
        order.put("advisor", "alice");
        order.put("owning_site", site);
        order.put("customer_kind", "PARTICULIER");
        order.put("customer_last_name", "Dubois");
        order.put("cg_holding", "TITULAIRE");
        order.put("vehicle_imported", "false");
        order.put("handover_mode", "CESSION");
        order.put("payment_method", "VIR");
        var insert = tx.insertInto(table("sales_order")).set(field("id"), orderId);
        order.forEach((k, v) -> insert.set(field(k), v));
        insert.set(field("customer_email"), email).set(field("version"), 2L).set(field("modified_at"), at.plusMinutes(5))
                .set(field("modified_by"), "alice").set(field("modified_site"), site).set(field("deleted"), false).execute();

        UUID creation = UUID.randomUUID();
        op(tx, creation, "CREATION", 0, 1, at, site);
        order.forEach((k, v) -> fieldRow(tx, creation, k, null, v.toString()));
        UUID edit = UUID.randomUUID();
        op(tx, edit, "MODIFICATION", 1, 2, at.plusMinutes(5), site);
        fieldRow(tx, edit, "customer_email", null, email);
    }

    private void op(DSLContext tx, UUID op, String kind, long base, long version, OffsetDateTime at, String site) {
        tx.insertInto(table("change_op")).set(field("op_id"), op).set(field("entity"), "COMMANDE")
                .set(field("entity_id"), orderId).set(field("order_id"), orderId).set(field("kind"), kind)
                .set(field("base_version"), base).set(field("new_version"), version).set(field("changed_at"), at)
                .set(field("changed_by"), "alice").set(field("site"), site).set(field("origin"), "LOCAL").execute();
    }

    private static void fieldRow(DSLContext tx, UUID op, String name, String old, String value) {
        tx.insertInto(table("change_field")).set(field("op_id"), op).set(field("field"), name)
                .set(field("old_value"), old).set(field("new_value"), value).execute();
    }
}
