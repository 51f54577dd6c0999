package fr.cession.sync.central;

import fr.cession.domain.audit.ChangeKind;
import fr.cession.domain.audit.FieldChange;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.timer.TimerActor;
import fr.cession.sync.central.CentralTables.Change;
import fr.cession.sync.central.CentralTables.Refusal;
import fr.cession.sync.central.CentralTables.Stamp;
import fr.cession.sync.protocol.OutgoingOp;
import fr.cession.sync.tables.SyncedTables;
import fr.cession.sync.tables.ValueCodec;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Table;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * 001:21 and issue 10: « a person acting before the due instant wins over the timer, also when their
 * change arrives later ». A timed outcome fired by another desktop may reach the central database
 * before the status change a person made offline BEFORE its due instant. When that person's change
 * arrives, the timer's outcome is taken back here: every row the timer's save wrote (its operations
 * share the order, the timer's name and the due instant) gets back what it had, the rows it created
 * are removed (soft-deleted), each step written to the change feed under {@link TimerActor#BEATEN_LOGIN}
 * so every desktop's history says it; the refusal log keeps why. The person's change then applies
 * on the order as they saw it. Only when the timer's status is still the order's: anything a person
 * did after the timer stays (the order's status, or any row the timer wrote and someone wrote again),
 * and the person's change is refused as before.
 */
final class TimerUndo {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final DSLContext tx;
    private final UUID desktopId;

    TimerUndo(DSLContext tx, UUID desktopId) {
        this.tx = tx;
        this.desktopId = desktopId;
    }

    /** The timer's save a status change of this unit was decided before; empty when there is none to take back. */
    boolean undoBeatenTimer(List<OutgoingOp> unit, UUID order) {
        for (OutgoingOp op : unit) {
            if (!"sales_order".equals(op.entity()) || TimerActor.isTimer(op.changedBy())
                    || TimerActor.BEATEN_LOGIN.equals(op.changedBy())) {
                continue;
            }
            Optional<FieldChange> status = op.fields().stream()
                    .filter(f -> f.field().equals("status") && f.oldValue() != null).findFirst();
            if (status.isPresent()) {
                return undo(op, order, status.get());
            }
        }
        return false;
    }

    private boolean undo(OutgoingOp person, UUID order, FieldChange status) {
        Table<?> orders = SyncedTables.table("sales_order");
        String current = tx.select(orders.field("status", String.class)).from(orders)
                .where(SyncedTables.id(orders).eq(order)).fetchOptional(orders.field("status", String.class)).orElse(null);
        if (current == null || current.equals(status.oldValue())) {
            return false;
        }
        Optional<Record> timer = timerChange(order, status.oldValue(), current, person.changedAt());
        if (timer.isEmpty()) {
            return false;
        }
        Instant due = timer.get().get(Change.CHANGED_AT).toInstant();
        List<Record> save = tx.selectFrom(Change.T).where(Change.ORDER_ID.eq(order))
                .and(Change.CHANGED_BY.eq(TimerActor.LOGIN)).and(Change.CHANGED_AT.eq(OpApplication.utc(due)))
                .orderBy(Change.SEQ.desc()).fetch();
        if (!save.stream().allMatch(this::untouchedSince)) {
            return false;
        }
        for (Record c : save) {
            takeBack(c, person);
        }
        String reason = "échéance automatique du " + WHEN.format(due.atZone(PARIS)) + " annulée (passage à « "
                + label(current) + " ») : " + person.changedBy() + " avait passé la commande à « "
                + label(status.newValue()) + " » le " + WHEN.format(person.changedAt().atZone(PARIS))
                + ", avant l'échéance, et sa décision est arrivée ensuite. Sa décision l'emporte.";
        Record t = timer.get();
        OutgoingOp timerOp = new OutgoingOp(t.get(Change.OP_ID), "sales_order", t.get(Change.ENTITY_ID), order,
                ChangeKind.MODIFICATION, 0, due, TimerActor.LOGIN, t.get(Change.SITE), List.of());
        String logged = "Commande " + number(order) + " : " + reason;
        tx.insertInto(Refusal.T).set(Refusal.OP_ID, timerOp.opId()).set(Refusal.DESKTOP_ID, desktopId)
                .set(Refusal.SITE, timerOp.site()).set(Refusal.CHANGED_BY, TimerActor.LOGIN)
                .set(Refusal.ENTITY, "sales_order").set(Refusal.ENTITY_ID, timerOp.entityId())
                .set(Refusal.ORDER_ID, order).set(Refusal.REASON, logged).onConflictDoNothing().execute();
        return true;
    }

    /**
     * The timer's status change from the status the person left, to the order's status now, due after
     * the person acted; the latest one if several.
     */
    private Optional<Record> timerChange(UUID order, String from, String to, Instant personAt) {
        return tx.selectFrom(Change.T).where(Change.ORDER_ID.eq(order)).and(Change.ENTITY.eq("sales_order"))
                .and(Change.CHANGED_BY.eq(TimerActor.LOGIN)).and(Change.CHANGED_AT.gt(OpApplication.utc(personAt)))
                .orderBy(Change.SEQ.desc()).fetch().stream()
                .filter(c -> FieldsJson.read(c.get(Change.FIELDS)).stream().anyMatch(f -> f.field().equals("status")
                        && Objects.equals(f.oldValue(), from) && Objects.equals(f.newValue(), to)))
                .findFirst();
    }

    /**
     * Nobody wrote the row after the timer (a refund a manager approved since, an activity reopened...):
     * what a person did after the due instant stays, so the timer is then not taken back at all.
     */
    private boolean untouchedSince(Record c) {
        String entity = c.get(Change.ENTITY);
        if (!SyncedTables.isSynced(entity) || SyncedTables.CONFLICT.equals(entity)) {
            return true;
        }
        Table<?> table = SyncedTables.table(entity);
        Long version = tx.select(SyncedTables.version(table)).from(table)
                .where(SyncedTables.id(table).eq(c.get(Change.ENTITY_ID))).fetchOptional(SyncedTables.version(table))
                .orElse(null);
        return version == null || version.equals(lastVersion(c));
    }

    /** The row's version after the timer's last change of it in this save. */
    private long lastVersion(Record c) {
        return tx.select(org.jooq.impl.DSL.max(Change.VERSION)).from(Change.T)
                .where(Change.ENTITY_ID.eq(c.get(Change.ENTITY_ID))).and(Change.CHANGED_BY.eq(TimerActor.LOGIN))
                .and(Change.CHANGED_AT.eq(c.get(Change.CHANGED_AT))).fetchOne(0, Long.class);
    }

    /** One change of the timer's save, taken back on its row; each field only if the timer's value is still there. */
    private void takeBack(Record c, OutgoingOp person) {
        String entity = c.get(Change.ENTITY);
        if (!SyncedTables.isSynced(entity) || SyncedTables.CONFLICT.equals(entity)) {
            return;
        }
        Table<?> table = SyncedTables.table(entity);
        UUID id = c.get(Change.ENTITY_ID);
        Record row = tx.selectFrom(table).where(SyncedTables.id(table).eq(id)).forUpdate().fetchOne();
        if (row == null) {
            return;
        }
        Map<String, String> now = ValueCodec.row(table, row);
        List<FieldChange> back = new ArrayList<>();
        ChangeKind kind = ChangeKind.valueOf(c.get(Change.KIND));
        if (kind == ChangeKind.CREATION) {
            if (!"true".equals(now.get("deleted"))) {
                back.add(new FieldChange("deleted", now.get("deleted"), "true"));
            }
            kind = ChangeKind.SUPPRESSION;
        } else {
            for (FieldChange f : FieldsJson.read(c.get(Change.FIELDS))) {
                if (Objects.equals(now.get(f.field()), f.newValue()) && !Objects.equals(f.oldValue(), f.newValue())) {
                    back.add(new FieldChange(f.field(), f.newValue(), f.oldValue()));
                }
            }
            kind = ChangeKind.MODIFICATION;
        }
        if (back.isEmpty()) {
            return;
        }
        Instant at = c.get(Change.CHANGED_AT).toInstant();
        long version = Long.parseLong(now.get("version")) + 1;
        Map<String, String> update = new LinkedHashMap<>();
        back.forEach(f -> update.put(f.field(), f.newValue()));
        update.put("version", Long.toString(version));
        update.put("modified_at", at.toString());
        update.put("modified_by", TimerActor.BEATEN_LOGIN);
        update.put("modified_site", person.site());
        tx.update(table).set(ValueCodec.typed(table, update)).where(SyncedTables.id(table).eq(id)).execute();
        for (FieldChange f : back) {
            tx.insertInto(Stamp.T).set(Stamp.ENTITY_ID, id).set(Stamp.FIELD, f.field())
                    .set(Stamp.CHANGED_AT, OpApplication.utc(at)).set(Stamp.CHANGED_BY, TimerActor.BEATEN_LOGIN)
                    .set(Stamp.SITE, person.site())
                    .onConflict(Stamp.ENTITY_ID, Stamp.FIELD).doUpdate()
                    .set(Stamp.CHANGED_AT, OpApplication.utc(at)).set(Stamp.CHANGED_BY, TimerActor.BEATEN_LOGIN)
                    .set(Stamp.SITE, person.site()).execute();
        }
        UUID opId = UUID.nameUUIDFromBytes((c.get(Change.OP_ID) + "|devancee").getBytes(StandardCharsets.UTF_8));
        tx.insertInto(Change.T).set(Change.OP_ID, opId).set(Change.ENTITY, entity).set(Change.ENTITY_ID, id)
                .set(Change.ORDER_ID, c.get(Change.ORDER_ID)).set(Change.KIND, kind.name()).set(Change.VERSION, version)
                .set(Change.CHANGED_AT, OpApplication.utc(at)).set(Change.CHANGED_BY, TimerActor.BEATEN_LOGIN)
                .set(Change.SITE, person.site()).set(Change.FIELDS, FieldsJson.write(back)).execute();
    }

    private String number(UUID order) {
        Table<?> orders = SyncedTables.table("sales_order");
        return tx.select(orders.field("number", String.class)).from(orders).where(SyncedTables.id(orders).eq(order))
                .fetchOptional(orders.field("number", String.class)).orElse("?");
    }

    private static String label(String status) {
        try {
            return OrderStatus.valueOf(status).label();
        } catch (IllegalArgumentException | NullPointerException e) {
            return String.valueOf(status);
        }
    }
}
