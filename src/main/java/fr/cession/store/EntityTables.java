package fr.cession.store;

import fr.cession.domain.audit.EntityKind;
import fr.cession.domain.row.RowMeta;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

/**
 * The synchronised tables seen generically: every one has the same key and bookkeeping columns,
 * and its other columns are the entity's fields (the names used in the audit trail).
 */
public final class EntityTables {

    public static final String ID = "id";
    public static final String VERSION = "version";
    public static final String MODIFIED_AT = "modified_at";
    public static final String MODIFIED_BY = "modified_by";
    public static final String MODIFIED_SITE = "modified_site";
    public static final String DELETED = "deleted";
    private static final Set<String> BOOKKEEPING = Set.of(ID, VERSION, MODIFIED_AT, MODIFIED_BY, MODIFIED_SITE, DELETED);

    private EntityTables() {
    }

    public static Table<?> table(EntityKind kind) {
        return switch (kind) {
            case COMMANDE -> SALES_ORDER;
            case ACTIVITE -> ACTIVITY;
            case LIGNE_CHECKLIST -> CHECKLIST_ITEM;
            case DOCUMENT -> ORDER_DOCUMENT;
            case PAIEMENT -> PAYMENT;
            case APPROBATION -> APPROVAL_REQUEST;
            case CONTACT -> CONTACT_REPORT;
            case ACCORD -> ORDER_AGREEMENT;
            case APRES_VENTE -> AFTER_SALE_CASE;
        };
    }

    public static boolean isBookkeeping(String column) {
        return BOOKKEEPING.contains(column);
    }

    /** The column of an entity field; refuses bookkeeping columns, which no field change may set. */
    public static Field<?> field(Table<?> table, String name) {
        Field<?> f = table.field(name);
        if (f == null || isBookkeeping(name)) {
            throw new IllegalArgumentException("Champ inconnu « " + name + " » pour la table " + table.getName());
        }
        return f;
    }

    public static List<Field<?>> entityFields(Table<?> table) {
        return table.fieldStream().filter(f -> !isBookkeeping(f.getName())).toList();
    }

    @SuppressWarnings("unchecked")
    public static Field<UUID> id(Table<?> table) {
        return (Field<UUID>) table.field(ID);
    }

    @SuppressWarnings("unchecked")
    public static Field<Long> version(Table<?> table) {
        return (Field<Long>) table.field(VERSION);
    }

    @SuppressWarnings("unchecked")
    public static Field<Boolean> deleted(Table<?> table) {
        return (Field<Boolean>) table.field(DELETED);
    }

    /** The entity fields of a row as canonical text, in column order. */
    public static Map<String, String> fieldsOf(Record r, Table<?> table) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Field<?> f : entityFields(table)) {
            out.put(f.getName(), FieldCodec.toText(r.get(table.field(f))));
        }
        return out;
    }

    public static RowMeta metaOf(Record r, Table<?> table) {
        OffsetDateTime at = (OffsetDateTime) r.get(table.field(MODIFIED_AT));
        return new RowMeta((Long) r.get(table.field(VERSION)), at == null ? null : at.toInstant(),
                (String) r.get(table.field(MODIFIED_BY)), (String) r.get(table.field(MODIFIED_SITE)),
                Boolean.TRUE.equals(r.get(table.field(DELETED))));
    }
}
