package fr.cession.sync.central;

import fr.cession.domain.audit.ChangeKind;
import fr.cession.domain.audit.FieldChange;
import fr.cession.sync.protocol.OutgoingOp;
import fr.cession.sync.tables.SyncedTables;
import fr.cession.sync.tables.ValueCodec;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

/**
 * The same back-office order created at two sites before either synced: one number, two ids.
 * The first to arrive stays; the second becomes an alias of it when both name the same customer,
 * its children are matched to the first one's by their natural key (or re-parented when the first
 * has nothing alike), and every later operation naming an alias is re-based onto its target.
 * With another customer the creation is refused as a duplicate for a person to resolve.
 */
final class OrderMerge {

    static final Table<Record> ALIAS = table(name("entity_alias"));
    static final Field<UUID> ALIAS_ID = field(name("alias_id"), SQLDataType.UUID);
    static final Field<UUID> TARGET_ID = field(name("target_id"), SQLDataType.UUID);
    static final Field<String> ENTITY = field(name("entity"), SQLDataType.VARCHAR);
    static final Field<UUID> ORDER_ID = field(name("order_id"), SQLDataType.UUID);
    static final Field<String> SITE = field(name("site"), SQLDataType.VARCHAR);

    /** Fields naming another row: re-based like the operation's own ids. */
    private static final Set<String> REFERENCES = Set.of("order_id", "activity_id");

    /** What says two orders are one customer's: the back office exports the same values at both sites. */
    private static final List<String> CUSTOMER = List.of("customer_kind", "customer_last_name",
            "customer_first_name", "company_name", "company_siren");

    /** Fields a site sets for itself: differing there is no disagreement between people. */
    private static final Set<String> SITE_OWN = Set.of("owning_site", "advisor");

    private final DSLContext tx;

    OrderMerge(DSLContext tx) {
        this.tx = tx;
    }

    /** The operation with every alias it names replaced by its target. */
    OutgoingOp rebase(OutgoingOp op) {
        UUID entity = target(op.entityId());
        UUID order = target(op.orderId());
        List<FieldChange> fields = new ArrayList<>(op.fields().size());
        boolean changed = !entity.equals(op.entityId()) || !order.equals(op.orderId());
        for (FieldChange f : op.fields()) {
            if (REFERENCES.contains(f.field())) {
                FieldChange r = new FieldChange(f.field(), targetText(f.oldValue()), targetText(f.newValue()));
                changed |= !r.equals(f);
                fields.add(r);
            } else {
                fields.add(f);
            }
        }
        return changed ? new OutgoingOp(op.opId(), op.entity(), entity, order, op.kind(), op.baseVersion(),
                op.changedAt(), op.changedBy(), op.site(), fields) : op;
    }

    /** An order already holding this creation's number under another id, if any. */
    Optional<Map<String, String>> twinOrder(OutgoingOp creation) {
        String number = value(creation, "number");
        if (number == null) {
            return Optional.empty();
        }
        // Two pushes creating the same number wait for each other here instead of one failing on the key.
        tx.select(DSL.field("pg_advisory_xact_lock(hashtext({0}))", Object.class, DSL.val(number))).fetch();
        Table<?> orders = SyncedTables.table("sales_order");
        return tx.selectFrom(orders).where(orders.field("number", String.class).eq(number))
                .and(SyncedTables.id(orders).ne(creation.entityId())).fetchOptional()
                .map(r -> ValueCodec.row(orders, r));
    }

    static boolean sameCustomer(OutgoingOp creation, Map<String, String> twin) {
        for (String f : CUSTOMER) {
            if (!Objects.equals(normal(value(creation, f)), normal(twin.get(f)))) {
                return false;
            }
        }
        return true;
    }

    /** The creation's fields whose value differs from the first order's: both kept for a person. */
    static List<FieldChange> disagreements(OutgoingOp creation, Map<String, String> twin) {
        List<FieldChange> out = new ArrayList<>();
        for (FieldChange f : creation.fields()) {
            if (!SITE_OWN.contains(f.field()) && !Objects.equals(f.newValue(), twin.get(f.field()))) {
                out.add(new FieldChange(f.field(), twin.get(f.field()), f.newValue()));
            }
        }
        return out;
    }

    /**
     * For the creation of a child of a merged order (already re-based: its order id is the
     * target's), the target's own child standing for the same thing, if it has one not yet matched.
     */
    Optional<UUID> twinChild(OutgoingOp creation, UUID originalOrderId) {
        if (originalOrderId.equals(creation.orderId()) || !isAlias(originalOrderId)) {
            return Optional.empty();
        }
        Table<?> t = SyncedTables.table(creation.entity());
        var where = DSL.field(name("order_id"), UUID.class).eq(creation.orderId())
                .and(DSL.field(name("deleted"), Boolean.class).isFalse())
                .and(SyncedTables.id(t).notIn(tx.select(TARGET_ID).from(ALIAS)));
        List<String> key = switch (creation.entity()) {
            case "activity" -> List.of("type_code");
            case "checklist_item" -> List.of("activity_id", "line_code");
            case "order_document" -> List.of("doc_type");
            case "payment" -> List.of("kind", "method", "amount");
            case "approval_request" -> List.of("kind", "status");
            // one agreement per order: two sites making it official offline end with one row
            case "order_agreement" -> List.of("order_id");
            default -> List.of();
        };
        if (key.isEmpty()) {
            return Optional.empty();
        }
        for (String k : key) {
            String v = value(creation, k);
            var column = DSL.field(name(k)).cast(SQLDataType.VARCHAR);
            where = where.and(v == null ? column.isNull() : column.eq(v));
        }
        return tx.select(SyncedTables.id(t)).from(t).where(where).orderBy(SyncedTables.id(t)).limit(1)
                .fetchOptional(SyncedTables.id(t));
    }

    void alias(OutgoingOp creation, UUID target, UUID orderId) {
        tx.insertInto(ALIAS).set(ALIAS_ID, creation.entityId()).set(TARGET_ID, target)
                .set(ENTITY, creation.entity()).set(ORDER_ID, orderId).set(SITE, creation.site())
                .onConflictDoNothing().execute();
    }

    private boolean isAlias(UUID id) {
        return tx.fetchExists(ALIAS, ALIAS_ID.eq(id));
    }

    private UUID target(UUID id) {
        return id == null ? null : tx.select(TARGET_ID).from(ALIAS).where(ALIAS_ID.eq(id)).fetchOptional(TARGET_ID).orElse(id);
    }

    private String targetText(String id) {
        return id == null ? null : target(UUID.fromString(id)).toString();
    }

    static String value(OutgoingOp op, String field) {
        return op.fields().stream().filter(f -> f.field().equals(field)).map(FieldChange::newValue).findFirst().orElse(null);
    }

    private static String normal(String s) {
        return s == null || s.isBlank() ? null : s.strip().toLowerCase(java.util.Locale.ROOT);
    }

    static boolean isCreation(OutgoingOp op) {
        return op.kind() == ChangeKind.CREATION;
    }
}
