package fr.cession.sync;

import fr.cession.domain.audit.Change;
import fr.cession.domain.audit.ChangeKind;
import fr.cession.domain.audit.EntityKind;
import fr.cession.domain.audit.FieldChange;
import fr.cession.store.EntityTables;
import fr.cession.store.RowWriter;
import fr.cession.store.changelog.ChangeLog;
import fr.cession.store.changelog.ChangeLogWriter;
import fr.cession.store.changelog.Origin;
import fr.cession.sync.local.ConflictClosing;
import fr.cession.sync.local.LocalFamily;
import fr.cession.sync.local.Outbox;
import fr.cession.sync.protocol.OrderToFix;
import fr.cession.sync.protocol.OutgoingOp;
import fr.cession.sync.tables.SyncedTables;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Table;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import static fr.cession.store.schema.Tables.SALES_ORDER;
import static fr.cession.store.schema.Tables.SYNC_REFUSAL;
import static fr.cession.store.schema.Tables.SYNC_TO_FIX;

/**
 * The "à corriger" list: orders whose creation the central database refused (a duplicate number
 * with another customer, a value it cannot store). Nothing of such an order is sent until a person
 * either fixes it (a new number, or the faulty field edited in the order file) and resends it whole,
 * or withdraws it from this desktop. Refused never means forgotten: the order is in this list until
 * one of the two is done.
 */
public final class SyncRepair {


    private static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_./-]{0,39}");

    private final DSLContext local;
    private final Clock clock;
    private final Supplier<UUID> ids;
    private final RowWriter rows = new RowWriter();

    public SyncRepair(DSLContext local, Clock clock, Supplier<UUID> ids) {
        this.local = local;
        this.clock = clock;
        this.ids = ids;
    }

    public List<OrderToFix> toFix() {
        return local.selectFrom(SYNC_TO_FIX).orderBy(SYNC_TO_FIX.REFUSED_AT)
                .fetch(r -> new OrderToFix(r.getOrderId(), r.getNumber(), r.getReason(), r.getRefusedAt().toInstant()));
    }

    /** Gives the order another number (a change in its history like any other); resend it afterwards. */
    public void renumber(UUID orderId, String number, String by, String site) {
        String wanted = number == null ? "" : number.strip();
        if (!NUMBER.matcher(wanted).matches()) {
            throw new IllegalArgumentException("Numéro de commande « " + wanted
                    + " » : de 1 à 40 lettres, chiffres, « - », « _ », « / » ou « . » attendus");
        }
        local.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            if (tx.fetchExists(SALES_ORDER, SALES_ORDER.NUMBER.eq(wanted).and(SALES_ORDER.ID.ne(orderId)))) {
                throw new IllegalArgumentException("Numéro de commande « " + wanted + " » : déjà utilisé sur ce poste");
            }
            Map<String, String> now = rows.fieldsOf(tx, EntityKind.COMMANDE, orderId)
                    .orElseThrow(() -> new IllegalArgumentException("Commande introuvable sur ce poste : " + orderId));
            long version = rows.versionOf(tx, EntityKind.COMMANDE, orderId).orElseThrow();
            Change c = rows.normalize(new Change(ids.get(), EntityKind.COMMANDE, orderId, orderId, ChangeKind.MODIFICATION,
                    version, version + 1, clock.instant(), by, site, List.of(new FieldChange("number", now.get("number"), wanted))));
            if (c.fields().isEmpty()) {
                return;
            }
            if (!rows.apply(tx, c)) {
                throw new IllegalStateException("La commande a changé pendant la correction : réessayez.");
            }
            new ChangeLogWriter().write(tx, c, Origin.LOCAL, null);
            tx.update(SYNC_TO_FIX).set(SYNC_TO_FIX.NUMBER, wanted).where(SYNC_TO_FIX.ORDER_ID.eq(orderId)).execute();
        });
    }

    /**
     * Sends the order again, whole, as it is now: one creation per row of it, queued in the
     * synchronisation's outbox (the order's history is not rewritten); the changes held back
     * since the refusal are folded into it.
     */
    public void resend(UUID orderId, String by, String site) {
        Instant at = clock.instant();
        local.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            requireToFix(tx, orderId);
            for (OutgoingOp op : wholeOrder(tx, orderId, by, site, at, ids)) {
                Outbox.queueOwn(tx, op);
            }
            new ChangeLog(tx).seal(tx, List.of(orderId), at);
            done(tx, orderId);
        });
    }

    /** Takes the order back out of this desktop (its history stays); nothing of it is sent. */
    public void withdraw(UUID orderId) {
        Instant at = clock.instant();
        local.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            requireToFix(tx, orderId);
            new ChangeLog(tx).seal(tx, List.of(orderId), at);
            LocalFamily.delete(tx, orderId);
            done(tx, orderId);
        });
    }

    /** One creation per live row of the order, parents first, each with every field it has now ({@code by} null: each row's last author). */
    static List<OutgoingOp> wholeOrder(DSLContext tx, UUID orderId, String by, String site, Instant at, Supplier<UUID> ids) {
        List<OutgoingOp> ops = new ArrayList<>();
        for (String name : SyncedTables.ALL) {
            if (SyncedTables.CONFLICT.equals(name)) {
                continue;
            }
            Table<?> t = SyncedTables.table(name);
            var where = "sales_order".equals(name) ? SyncedTables.id(t).eq(orderId) : t.field("order_id", UUID.class).eq(orderId);
            EntityKind kind = ConflictClosing.kindOf(name);
            for (Record r : tx.selectFrom(t).where(where).and(EntityTables.deleted(t).isFalse()).orderBy(SyncedTables.id(t)).fetch()) {
                List<FieldChange> fields = new ArrayList<>();
                EntityTables.fieldsOf(r, t).forEach((f, v) -> {
                    if (v != null) {
                        fields.add(new FieldChange(f, null, v));
                    }
                });
                String author = by != null ? by : r.get(EntityTables.MODIFIED_BY, String.class);
                ops.add(new OutgoingOp(ids.get(), name, r.get(SyncedTables.id(t)), orderId, ChangeKind.CREATION, 0, at,
                        author, site, fields));
            }
        }
        return ops;
    }

    private static void requireToFix(DSLContext tx, UUID orderId) {
        if (!tx.fetchExists(SYNC_TO_FIX, SYNC_TO_FIX.ORDER_ID.eq(orderId))) {
            throw new IllegalArgumentException("Cette commande n'est pas dans la liste « à corriger ».");
        }
    }

    private static void done(DSLContext tx, UUID orderId) {
        tx.deleteFrom(SYNC_TO_FIX).where(SYNC_TO_FIX.ORDER_ID.eq(orderId)).execute();
        tx.update(SYNC_REFUSAL).set(SYNC_REFUSAL.ACKNOWLEDGED, true).where(SYNC_REFUSAL.ORDER_ID.eq(orderId)).execute();
    }
}
