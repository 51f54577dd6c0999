package fr.cession.sync.tables;

import fr.cession.store.schema.DefaultSchema;
import org.jooq.Field;
import org.jooq.Table;

import java.util.List;
import java.util.UUID;

/**
 * The tables that travel between desktops and the central database. They have the same names
 * and columns on both sides, so the generated local table classes serve for PostgreSQL too.
 * Order matters: parents before children (a snapshot is written in this order).
 */
public final class SyncedTables {

    public static final String CONFLICT = "sync_conflict";

    public static final List<String> ALL = List.of("sales_order", "activity", "checklist_item",
            "order_document", "payment", "approval_request", "contact_report", "order_agreement", "after_sale_case",
            CONFLICT);

    private SyncedTables() {
    }

    public static boolean isSynced(String table) {
        return ALL.contains(table);
    }

    public static Table<?> table(String name) {
        if (!isSynced(name)) {
            throw new IllegalArgumentException("table non synchronisée : " + name);
        }
        Table<?> t = DefaultSchema.DEFAULT_SCHEMA.getTable(name);
        if (t == null) {
            throw new IllegalStateException("table absente du schéma généré : " + name);
        }
        return t;
    }

    @SuppressWarnings("unchecked")
    public static Field<UUID> id(Table<?> table) {
        return (Field<UUID>) table.field("id");
    }

    @SuppressWarnings("unchecked")
    public static Field<Long> version(Table<?> table) {
        return (Field<Long>) table.field("version");
    }
}
