package fr.cession.sync.local;

import fr.cession.sync.protocol.RowImage;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static fr.cession.store.schema.Tables.SALES_ORDER;
import static fr.cession.store.schema.Tables.SYNC_BLOCKED_ROW;
import static fr.cession.store.schema.Tables.SYNC_REFUSAL;

/**
 * Pulled rows this store could not take. Each is recorded once (with a line in the refusals a
 * person reads, naming the order and what to do), tried again at every sync, and forgotten (its
 * line marked read) once it goes in.
 */
public final class BlockedRows {

    private final DSLContext local;

    public BlockedRows(DSLContext local) {
        this.local = local;
    }

    /** The blocked rows' ids, by table, to fetch again from the central database. */
    public Map<String, Set<UUID>> waiting() {
        Map<String, Set<UUID>> out = new LinkedHashMap<>();
        local.select(SYNC_BLOCKED_ROW.ENTITY, SYNC_BLOCKED_ROW.ENTITY_ID).from(SYNC_BLOCKED_ROW)
                .forEach(r -> out.computeIfAbsent(r.value1(), k -> new LinkedHashSet<>()).add(r.value2()));
        return out;
    }

    public int count() {
        return local.fetchCount(SYNC_BLOCKED_ROW);
    }

    /** Rows the central database no longer has: nothing left to take. */
    public void forget(List<UUID> ids) {
        local.transaction(cfg -> ids.forEach(id -> cleared(cfg.dsl(), id)));
    }

    static void record(DSLContext tx, RowImage row, DataAccessException e) {
        String orderId = "sales_order".equals(row.table()) ? row.values().get("id") : row.values().get("order_id");
        UUID order = orderId == null ? null : UUID.fromString(orderId);
        String number = "sales_order".equals(row.table()) ? row.values().get("number")
                : order == null ? null : tx.select(SALES_ORDER.NUMBER).from(SALES_ORDER).where(SALES_ORDER.ID.eq(order))
                .fetchOptional(SALES_ORDER.NUMBER).orElse(null);
        String reason = "Commande " + (number == null ? "(inconnue ici)" : number) + " : reçue de la base centrale"
                + " mais non enregistrée sur ce poste (" + cause(e) + "). La réception des autres modifications"
                + " continue ; corrigez ce qui la bloque ici (une commande en double dans la liste « à corriger »,"
                + " à renuméroter ou retirer) et elle sera reprise à la synchronisation suivante.";
        if (reason.length() > 1000) {
            reason = reason.substring(0, 999) + "…";
        }
        Instant now = Instant.now();
        int updated = tx.update(SYNC_BLOCKED_ROW).set(SYNC_BLOCKED_ROW.ATTEMPTS, SYNC_BLOCKED_ROW.ATTEMPTS.plus(1))
                .where(SYNC_BLOCKED_ROW.ENTITY_ID.eq(row.id())).execute();
        if (updated > 0) {
            return;
        }
        tx.insertInto(SYNC_BLOCKED_ROW).set(SYNC_BLOCKED_ROW.ENTITY_ID, row.id()).set(SYNC_BLOCKED_ROW.ENTITY, row.table())
                .set(SYNC_BLOCKED_ROW.ORDER_ID, order).set(SYNC_BLOCKED_ROW.REASON, reason)
                .set(SYNC_BLOCKED_ROW.FIRST_AT, now.atOffset(ZoneOffset.UTC)).execute();
        tx.insertInto(SYNC_REFUSAL).set(SYNC_REFUSAL.OP_ID, lineId(row.id())).set(SYNC_REFUSAL.ENTITY, row.table())
                .set(SYNC_REFUSAL.ENTITY_ID, row.id()).set(SYNC_REFUSAL.ORDER_ID, order == null ? row.id() : order)
                .set(SYNC_REFUSAL.CHANGED_BY, String.valueOf(row.values().get("modified_by")))
                .set(SYNC_REFUSAL.SITE, String.valueOf(row.values().get("modified_site")))
                .set(SYNC_REFUSAL.REASON, reason).set(SYNC_REFUSAL.REFUSED_AT, now.atOffset(ZoneOffset.UTC))
                .set(SYNC_REFUSAL.ORDER_NUMBER, number).onConflictDoNothing().execute();
    }

    static void cleared(DSLContext tx, UUID id) {
        if (tx.deleteFrom(SYNC_BLOCKED_ROW).where(SYNC_BLOCKED_ROW.ENTITY_ID.eq(id)).execute() > 0) {
            tx.update(SYNC_REFUSAL).set(SYNC_REFUSAL.ACKNOWLEDGED, true).where(SYNC_REFUSAL.OP_ID.eq(lineId(id))).execute();
        }
    }

    private static UUID lineId(UUID rowId) {
        return UUID.nameUUIDFromBytes(("bloquee/" + rowId).getBytes(StandardCharsets.UTF_8));
    }

    static boolean isDataError(DataAccessException e) {
        SQLException sql = e.getCause(SQLException.class);
        String state = sql == null ? null : sql.getSQLState();
        return state != null && (state.startsWith("23") || state.startsWith("22"));
    }

    private static String cause(DataAccessException e) {
        SQLException sql = e.getCause(SQLException.class);
        String state = sql == null ? "" : String.valueOf(sql.getSQLState());
        if (state.equals("23505")) {
            return "une autre commande de ce poste porte déjà ce numéro";
        }
        if (state.startsWith("23")) {
            return "une règle de la base locale la refuse";
        }
        return "une valeur que la base locale ne peut pas garder";
    }
}
