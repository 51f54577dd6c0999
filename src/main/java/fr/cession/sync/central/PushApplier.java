package fr.cession.sync.central;

import fr.cession.sync.central.CentralTables.Applied;
import fr.cession.sync.central.CentralTables.Refusal;
import fr.cession.sync.protocol.OpOutcome;
import fr.cession.sync.protocol.OutgoingOp;
import fr.cession.sync.tables.SyncedTables;
import org.jooq.DSLContext;
import org.jooq.Record3;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.postgresql.util.PSQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Applies a desktop's batch of operations at the central database in ONE transaction (the
 * whole batch commits or nothing does), each operation in its own savepoint so a refused one
 * is rolled back alone and recorded as refused while the others stay. The operations that one
 * save made together (a status change with the activities it cancels or plans) form a unit:
 * when the centre refuses one of them for the order's state, the unit is rolled back and refused
 * as a whole ({@link UnitApplier}).
 *
 * <p>Every row the batch will touch is locked first, in one order (table, then id), so two
 * desktops pushing changes of the same orders wait for each other instead of deadlocking; a
 * serialization failure or deadlock detected anyway replays the batch (counted, logged).
 */
public final class PushApplier {

    /** Channel desktops LISTEN on; the payload is the pushing desktop's id. */
    public static final String CHANNEL = "cession_changes";

    private static final Logger LOG = LoggerFactory.getLogger(PushApplier.class);
    private static final int ATTEMPTS = 5;

    private final CentralDatabase central;
    private final AtomicInteger retries = new AtomicInteger();

    public PushApplier(CentralDatabase central) {
        this.central = central;
    }

    /** Batches replayed after a serialization failure or a deadlock, since this applier was made. */
    public int retries() {
        return retries.get();
    }

    public List<OpOutcome> push(UUID desktopId, List<OutgoingOp> ops) {
        if (ops.isEmpty()) {
            return List.of();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return central.dsl().transactionResult(cfg -> apply(cfg.dsl(), desktopId, ops));
            } catch (DataAccessException e) {
                if (!isTransient(e) || attempt == ATTEMPTS) {
                    throw e;
                }
                retries.incrementAndGet();
                LOG.warn("Envoi de {} opération(s) rejoué ({} / {}) : {}", ops.size(), attempt, ATTEMPTS - 1,
                        firstLine(e));
                pause(attempt);
            }
        }
    }

    private List<OpOutcome> apply(DSLContext tx, UUID desktopId, List<OutgoingOp> ops) {
        lockInOneOrder(tx, ops);
        Instant centralNow = tx.select(DSL.currentOffsetDateTime()).fetchSingle().value1().toInstant();
        List<OpOutcome> outcomes = new UnitApplier(tx, desktopId, centralNow, this::applyOne).apply(ops);
        if (outcomes.stream().anyMatch(o -> o.result() == OpOutcome.Result.APPLIED || o.result() == OpOutcome.Result.MERGED)) {
            // Delivered by PostgreSQL only when this transaction commits.
            tx.select(DSL.function("pg_notify", Object.class, DSL.val(CHANNEL), DSL.val(desktopId.toString()))).fetch();
        }
        return outcomes;
    }

    /** Orders first (every rule reads its order), then each table's rows, by id. */
    private static void lockInOneOrder(DSLContext tx, List<OutgoingOp> ops) {
        Map<Integer, Set<UUID>> byTable = new TreeMap<>();
        for (OutgoingOp op : ops) {
            if (!SyncedTables.isSynced(op.entity())) {
                continue;
            }
            byTable.computeIfAbsent(0, k -> new TreeSet<>()).add(op.orderId());
            byTable.computeIfAbsent(SyncedTables.ALL.indexOf(op.entity()), k -> new TreeSet<>()).add(op.entityId());
        }
        byTable.forEach((index, ids) -> {
            Table<?> t = SyncedTables.table(SyncedTables.ALL.get(index));
            tx.select(SyncedTables.id(t)).from(t).where(SyncedTables.id(t).in(ids)).orderBy(SyncedTables.id(t))
                    .forUpdate().fetch();
        });
    }

    OpOutcome applyOne(DSLContext tx, UUID desktopId, OutgoingOp op) {
        Record3<String, String, UUID> prior = prior(tx, op);
        if (prior != null) {
            return duplicate(op, prior);
        }
        try {
            return tx.transactionResult(sp -> new OpApplication(sp.dsl(), desktopId, op).run());
        } catch (OpApplication.AlreadyAppliedException e) {
            // A concurrent push of the same operation committed first.
            return duplicate(op, prior(tx, op));
        } catch (OpRefusedException e) {
            return refuse(tx, desktopId, op, e.getMessage());
        } catch (DataAccessException e) {
            if (isNotAllowed(e)) {
                LOG.warn("Opération {} ({} {}) refusée par les droits de la base centrale : {}", op.opId(), op.entity(),
                        op.entityId(), firstLine(e));
                return refuse(tx, desktopId, op, notAllowedReason(e, op));
            }
            if (!isDataError(e)) {
                throw e;
            }
            LOG.warn("Opération {} ({} {}) refusée par une contrainte centrale : {}", op.opId(), op.entity(),
                    op.entityId(), firstLine(e));
            return refuse(tx, desktopId, op, "valeur refusée par la base centrale (" + label(op.entity()) + ") : "
                    + firstLine(e) + ". Corrigez la valeur sur la fiche puis enregistrez de nouveau.");
        }
    }

    private static Record3<String, String, UUID> prior(DSLContext tx, OutgoingOp op) {
        return tx.select(Applied.OUTCOME, Applied.REASON, Applied.MERGED_INTO).from(Applied.T)
                .where(Applied.OP_ID.eq(op.opId())).fetchOne();
    }

    private static OpOutcome duplicate(OutgoingOp op, Record3<String, String, UUID> prior) {
        return switch (prior.value1()) {
            case "REFUSEE" -> new OpOutcome(op.opId(), OpOutcome.Result.DUPLICATE_REFUSED, prior.value2(), 0);
            case "FUSIONNEE" -> new OpOutcome(op.opId(), OpOutcome.Result.MERGED, prior.value2(), 0, prior.value3());
            default -> new OpOutcome(op.opId(), OpOutcome.Result.DUPLICATE, prior.value2(), 0);
        };
    }

    /** Records the refusal; its reason always starts with the order's number, so a person knows which one. */
    static OpOutcome refuse(DSLContext tx, UUID desktopId, OutgoingOp op, String why) {
        String reason = "Commande " + orderNumber(tx, op) + " : " + why;
        if (reason.length() > 1000) {
            reason = reason.substring(0, 999) + "…";
        }
        tx.insertInto(Applied.T).set(Applied.OP_ID, op.opId()).set(Applied.DESKTOP_ID, desktopId)
                .set(Applied.SITE, op.site()).set(Applied.ENTITY, op.entity()).set(Applied.ENTITY_ID, op.entityId())
                .set(Applied.OUTCOME, "REFUSEE").set(Applied.REASON, reason)
                .onConflict(Applied.OP_ID).doUpdate().set(Applied.OUTCOME, "REFUSEE").set(Applied.REASON, reason)
                .execute();
        tx.insertInto(Refusal.T).set(Refusal.OP_ID, op.opId()).set(Refusal.DESKTOP_ID, desktopId)
                .set(Refusal.SITE, op.site()).set(Refusal.CHANGED_BY, op.changedBy()).set(Refusal.ENTITY, op.entity())
                .set(Refusal.ENTITY_ID, op.entityId()).set(Refusal.ORDER_ID, op.orderId()).set(Refusal.REASON, reason)
                .onConflictDoNothing().execute();
        return new OpOutcome(op.opId(), OpOutcome.Result.REFUSED, reason, 0);
    }

    private static String orderNumber(DSLContext tx, OutgoingOp op) {
        String own = "sales_order".equals(op.entity()) ? OrderMerge.value(op, "number") : null;
        if (own != null) {
            return own;
        }
        Table<?> orders = SyncedTables.table("sales_order");
        return tx.select(orders.field("number", String.class)).from(orders)
                .where(SyncedTables.id(orders).eq(new OrderMerge(tx).rebase(op).orderId()))
                .fetchOptional(orders.field("number", String.class)).orElse("(inconnue de la base centrale)");
    }

    static String label(String table) {
        return switch (table) {
            case "sales_order" -> "fiche commande";
            case "activity" -> "activité";
            case "checklist_item" -> "ligne de checklist";
            case "order_document" -> "document";
            case "payment" -> "paiement";
            case "approval_request" -> "demande au manager";
            case "contact_report" -> "compte rendu de contact";
            case "order_agreement" -> "accords";
            case "after_sale_case" -> "dossier après-vente";
            case SyncedTables.CONFLICT -> "conflit";
            default -> table;
        };
    }

    /** Integrity (23xxx) and data (22xxx) errors are the operation's fault; anything else is the link's. */
    private static boolean isDataError(DataAccessException e) {
        String state = sqlState(e);
        return state != null && (state.startsWith("23") || state.startsWith("22"));
    }

    /**
     * 42501: the person's rights at the central database forbid the operation (a decision their role
     * does not allow, a row outside their organisation): refused, as a rule broken, never a failure.
     */
    private static boolean isNotAllowed(DataAccessException e) {
        return "42501".equals(sqlState(e));
    }

    /** The central database's own French reason; PostgreSQL's English one for a plain missing right. */
    private static String notAllowedReason(DataAccessException e, OutgoingOp op) {
        PSQLException pg = e.getCause(PSQLException.class);
        String server = pg == null || pg.getServerErrorMessage() == null ? null : pg.getServerErrorMessage().getMessage();
        if (server == null || server.startsWith("permission denied") || server.startsWith("new row violates")) {
            return "modification refusée par la base centrale (" + label(op.entity()) + ") : votre compte n'a pas"
                    + " le droit de l'écrire (commande d'une autre organisation ou enregistrement réservé).";
        }
        return server.endsWith(".") ? server : server + ".";
    }

    /** Serialization failure or deadlock: the same batch succeeds when replayed. */
    static boolean isTransient(DataAccessException e) {
        String state = sqlState(e);
        return "40001".equals(state) || "40P01".equals(state);
    }

    private static String sqlState(DataAccessException e) {
        SQLException sql = e.getCause(SQLException.class);
        return sql == null ? null : sql.getSQLState();
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(50L * attempt + (long) (Math.random() * 50));
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
        }
    }

    static String firstLine(DataAccessException e) {
        SQLException sql = e.getCause(SQLException.class);
        String msg = sql == null ? e.getMessage() : sql.getMessage();
        return msg == null ? "" : msg.lines().findFirst().orElse("");
    }

    static OffsetDateTime utc(Instant at) {
        return OpApplication.utc(at);
    }
}
