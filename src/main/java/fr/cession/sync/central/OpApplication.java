package fr.cession.sync.central;

import fr.cession.domain.audit.ChangeKind;
import fr.cession.domain.audit.FieldChange;
import fr.cession.sync.central.CentralTables.Applied;
import fr.cession.sync.central.CentralTables.Change;
import fr.cession.sync.central.CentralTables.Stamp;
import fr.cession.sync.protocol.OpOutcome;
import fr.cession.sync.protocol.OutgoingOp;
import fr.cession.sync.tables.SyncedTables;
import fr.cession.sync.tables.ValueCodec;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Table;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Applies one pushed operation inside its savepoint: claims its op id (exactly once), merges it
 * field by field into the current central row, records same-field conflicts, checks the central
 * rules and appends to the change feed.
 */
final class OpApplication {

    /** Bookkeeping columns: set by the central database, never taken from an operation's fields. */
    private static final Set<String> META = Set.of("id", "version", "modified_at", "modified_by", "modified_site");

    static final class AlreadyAppliedException extends RuntimeException {
        AlreadyAppliedException() {
            super(null, null, false, false);
        }
    }

    private final DSLContext tx;
    private final UUID desktopId;
    private OutgoingOp op;
    private final List<FieldChange> applied = new ArrayList<>();
    private final List<FieldChange> taken = new ArrayList<>();
    private final List<ConflictRecorder.Lost> conflicts = new ArrayList<>();

    OpApplication(DSLContext tx, UUID desktopId, OutgoingOp op) {
        this.tx = tx;
        this.desktopId = desktopId;
        this.op = op;
    }

    OpOutcome run() {
        int claimed = tx.insertInto(Applied.T).set(Applied.OP_ID, op.opId()).set(Applied.DESKTOP_ID, desktopId)
                .set(Applied.SITE, op.site()).set(Applied.ENTITY, op.entity()).set(Applied.ENTITY_ID, op.entityId())
                .set(Applied.OUTCOME, "APPLIQUEE").onConflictDoNothing().execute();
        if (claimed == 0) {
            throw new AlreadyAppliedException();
        }
        if (!SyncedTables.isSynced(op.entity())) {
            throw new OpRefusedException("Type d'enregistrement inconnu de la base centrale : " + op.entity() + ".");
        }
        OrderMerge merge = new OrderMerge(tx);
        UUID originalOrder = op.orderId();
        op = merge.rebase(op);
        if (op.kind() == ChangeKind.CREATION) {
            Optional<OpOutcome> merged = "sales_order".equals(op.entity()) ? mergeOrder(merge) : mergeChild(merge, originalOrder);
            if (merged.isPresent()) {
                return merged.get();
            }
        }
        Table<?> table = SyncedTables.table(op.entity());
        Record current = tx.selectFrom(table).where(SyncedTables.id(table).eq(op.entityId())).forUpdate().fetchOne();
        Map<String, String> before = current == null ? null : ValueCodec.row(table, current);
        Map<String, String> after = before == null ? creation(table) : merge(table, before);
        long version = before == null ? 1 : Long.parseLong(before.get("version")) + 1;
        after.put("version", Long.toString(version));
        after.put("modified_at", op.changedAt().toString());
        after.put("modified_by", op.changedBy());
        after.put("modified_site", op.site());
        CentralRules.check(tx, op.entity(), before, after).ifPresent(reason -> {
            throw new OpRefusedException(reason);
        });
        write(table, before, after);
        stamp();
        new ConflictRecorder(tx).record(op, conflicts);
        tx.insertInto(Change.T).set(Change.OP_ID, op.opId()).set(Change.ENTITY, op.entity())
                .set(Change.ENTITY_ID, op.entityId()).set(Change.ORDER_ID, op.orderId())
                .set(Change.KIND, op.kind().name()).set(Change.VERSION, version)
                .set(Change.CHANGED_AT, utc(op.changedAt())).set(Change.CHANGED_BY, op.changedBy())
                .set(Change.SITE, op.site()).set(Change.FIELDS, FieldsJson.write(applied)).execute();
        return new OpOutcome(op.opId(), OpOutcome.Result.APPLIED, null, conflicts.size());
    }

    /** The same back-office number already here: the same order (merged) or a duplicate (refused). */
    private Optional<OpOutcome> mergeOrder(OrderMerge merge) {
        Optional<Map<String, String>> twin = merge.twinOrder(op);
        if (twin.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> first = twin.get();
        if (!OrderMerge.sameCustomer(op, first)) {
            throw new OpRefusedException("doublon : le numéro " + first.get("number")
                    + " est déjà celui d'une autre commande, créée à " + first.get("owning_site") + " pour le client « "
                    + customer(first) + " » (ici « " + customer(op) + " »). Vérifiez dans le back office laquelle porte"
                    + " ce numéro, corrigez le numéro de la vôtre puis renvoyez-la, ou retirez-la de ce poste.");
        }
        UUID target = UUID.fromString(first.get("id"));
        merge.alias(op, target, target);
        ConflictPolicy.Author holder = new ConflictPolicy.Author(Instant.parse(first.get("modified_at")),
                first.get("modified_by"), first.get("modified_site"));
        ConflictPolicy.Author incoming = new ConflictPolicy.Author(op.changedAt(), op.changedBy(), op.site());
        for (FieldChange f : OrderMerge.disagreements(op, first)) {
            conflicts.add(new ConflictRecorder.Lost(f.field(), f.oldValue(), holder, f.newValue(), incoming));
        }
        OutgoingOp onTarget = new OutgoingOp(op.opId(), op.entity(), target, target, op.kind(), op.baseVersion(),
                op.changedAt(), op.changedBy(), op.site(), op.fields());
        new ConflictRecorder(tx).record(onTarget, conflicts);
        return Optional.of(merged(target, "Commande " + first.get("number") + " déjà créée à " + first.get("owning_site")
                + " pour le même client : réunie avec elle, vos modifications suivantes s'y appliquent."));
    }

    private Optional<OpOutcome> mergeChild(OrderMerge merge, UUID originalOrder) {
        return merge.twinChild(op, originalOrder).map(twin -> {
            merge.alias(op, twin, op.orderId());
            return merged(twin, null);
        });
    }

    private OpOutcome merged(UUID target, String reason) {
        tx.update(Applied.T).set(Applied.OUTCOME, "FUSIONNEE").set(Applied.MERGED_INTO, target)
                .set(Applied.REASON, reason).where(Applied.OP_ID.eq(op.opId())).execute();
        return new OpOutcome(op.opId(), OpOutcome.Result.MERGED, reason, conflicts.size(), target);
    }

    private static String customer(Map<String, String> row) {
        return row.get("company_name") != null ? row.get("company_name")
                : (row.get("customer_first_name") == null ? "" : row.get("customer_first_name") + " ")
                + row.get("customer_last_name");
    }

    private static String customer(OutgoingOp op) {
        Map<String, String> row = new LinkedHashMap<>();
        op.fields().forEach(f -> row.put(f.field(), f.newValue()));
        return customer(row);
    }

    private Map<String, String> creation(Table<?> table) {
        if (op.kind() != ChangeKind.CREATION) {
            throw new OpRefusedException("L'enregistrement modifié n'existe pas sur la base centrale"
                    + " (sa création a pu être refusée) : modification ignorée.");
        }
        Map<String, String> after = new LinkedHashMap<>();
        after.put("id", op.entityId().toString());
        for (FieldChange f : op.fields()) {
            checkField(table, f.field());
            after.put(f.field(), f.newValue());
            applied.add(f);
        }
        return after;
    }

    private Map<String, String> merge(Table<?> table, Map<String, String> before) {
        Map<String, String> after = new LinkedHashMap<>(before);
        Set<String> agreed = new java.util.HashSet<>();
        for (FieldChange f : op.fields()) {
            if (Objects.equals(before.get(f.field()), f.newValue())) {
                agreed.addAll(ConflictPolicy.dependents(op.entity(), f.field()));
            }
        }
        for (FieldChange f : op.fields()) {
            checkField(table, f.field());
            String central = before.get(f.field());
            if (Objects.equals(central, f.newValue())) {
                applied.add(new FieldChange(f.field(), central, f.newValue()));
            } else if (Objects.equals(central, f.oldValue())) {
                take(after, f.field(), central, f.newValue());
            } else if (agreed.contains(f.field())) {
                // Both sites did the same (ticked the same line...): who did it first, and when, stays.
                continue;
            } else if ("sales_order".equals(op.entity()) && "status".equals(f.field())) {
                throw TimerRefusal.beaten(tx, op, f).orElseGet(() -> statusRace(before, f, central));
            } else {
                sameFieldConflict(after, before, f, central);
            }
        }
        if (op.kind() == ChangeKind.SUPPRESSION && !"true".equals(after.get("deleted"))) {
            take(after, "deleted", before.get("deleted"), "true");
        }
        return after;
    }

    /** A status changed from one the order no longer has: the change was decided on a state that is gone. */
    private OpRefusedException statusRace(Map<String, String> before, FieldChange f, String central) {
        ConflictPolicy.Author holder = holderOf("status", before);
        return new OpRefusedException("passage de « " + label(f.oldValue()) + " » à « " + label(f.newValue())
                + " » refusé : la commande est entre-temps « " + label(central) + " » (" + holder.by() + ", "
                + holder.site() + "). Elle reste « " + label(central) + " » ; le conflit ouvert sur cette commande"
                + " montre les deux décisions : voyez avec " + holder.by() + " avant de refaire l'opération.");
    }

    private static String label(String status) {
        if (status == null) {
            return "—";
        }
        try {
            return fr.cession.domain.order.OrderStatus.valueOf(status).label();
        } catch (IllegalArgumentException e) {
            return status;
        }
    }

    private void sameFieldConflict(Map<String, String> after, Map<String, String> before, FieldChange f, String central) {
        ConflictPolicy.Author holder = holderOf(f.field(), before);
        ConflictPolicy.Author incoming = new ConflictPolicy.Author(op.changedAt(), op.changedBy(), op.site());
        if (ConflictPolicy.incomingWins(holder, incoming)) {
            take(after, f.field(), central, f.newValue());
            conflicts.add(new ConflictRecorder.Lost(f.field(), f.newValue(), incoming, central, holder));
        } else {
            conflicts.add(new ConflictRecorder.Lost(f.field(), central, holder, f.newValue(), incoming));
        }
    }

    private void take(Map<String, String> after, String field, String old, String value) {
        after.put(field, value);
        FieldChange change = new FieldChange(field, old, value);
        applied.add(change);
        taken.add(change);
    }

    /** Who set the field's central value: its stamp, or the row's last author when never stamped. */
    private ConflictPolicy.Author holderOf(String field, Map<String, String> before) {
        Record s = tx.select(Stamp.CHANGED_AT, Stamp.CHANGED_BY, Stamp.SITE).from(Stamp.T)
                .where(Stamp.ENTITY_ID.eq(op.entityId())).and(Stamp.FIELD.eq(field)).fetchOne();
        if (s != null) {
            return new ConflictPolicy.Author(s.get(Stamp.CHANGED_AT).toInstant(), s.get(Stamp.CHANGED_BY), s.get(Stamp.SITE));
        }
        return new ConflictPolicy.Author(Instant.parse(before.get("modified_at")), before.get("modified_by"),
                before.get("modified_site"));
    }

    private void checkField(Table<?> table, String field) {
        if (table.field(field) == null || META.contains(field)) {
            throw new OpRefusedException("Champ inconnu ou réservé « " + field + " » pour " + op.entity() + ".");
        }
    }

    private void write(Table<?> table, Map<String, String> before, Map<String, String> after) {
        if (before == null) {
            tx.insertInto(table).set(ValueCodec.typed(table, after)).execute();
            return;
        }
        Map<String, String> changed = new LinkedHashMap<>();
        after.forEach((k, v) -> {
            if (!Objects.equals(v, before.get(k))) {
                changed.put(k, v);
            }
        });
        tx.update(table).set(ValueCodec.typed(table, changed)).where(SyncedTables.id(table).eq(op.entityId())).execute();
    }

    private void stamp() {
        if (op.kind() == ChangeKind.CREATION) {
            return; // the row's own author stands for its untouched fields
        }
        for (FieldChange f : taken) {
            tx.insertInto(Stamp.T).set(Stamp.ENTITY_ID, op.entityId()).set(Stamp.FIELD, f.field())
                    .set(Stamp.CHANGED_AT, utc(op.changedAt())).set(Stamp.CHANGED_BY, op.changedBy())
                    .set(Stamp.SITE, op.site())
                    .onConflict(Stamp.ENTITY_ID, Stamp.FIELD).doUpdate()
                    .set(Stamp.CHANGED_AT, utc(op.changedAt())).set(Stamp.CHANGED_BY, op.changedBy())
                    .set(Stamp.SITE, op.site()).execute();
        }
    }

    static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
