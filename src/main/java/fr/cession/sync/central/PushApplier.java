package fr.cession.sync.central;

import fr.cession.sync.central.CentralTables.Applied;
import fr.cession.sync.central.CentralTables.Refusal;
import fr.cession.sync.protocol.OpOutcome;
import fr.cession.sync.protocol.OutgoingOp;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Applies a desktop's batch of operations at the central database in ONE transaction (the
 * whole batch commits or nothing does), each operation in its own savepoint so a refused one
 * is rolled back alone and recorded as refused while the others stay.
 */
public final class PushApplier {

    /** Channel desktops LISTEN on; the payload is the pushing desktop's id. */
    public static final String CHANNEL = "cession_changes";

    private static final Logger LOG = LoggerFactory.getLogger(PushApplier.class);

    private final CentralDatabase central;

    public PushApplier(CentralDatabase central) {
        this.central = central;
    }

    public List<OpOutcome> push(UUID desktopId, List<OutgoingOp> ops) {
        if (ops.isEmpty()) {
            return List.of();
        }
        return central.dsl().transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            List<OpOutcome> outcomes = new ArrayList<>(ops.size());
            boolean changed = false;
            for (OutgoingOp op : ops) {
                OpOutcome outcome = applyOne(tx, desktopId, op);
                changed |= outcome.result() == OpOutcome.Result.APPLIED;
                outcomes.add(outcome);
            }
            if (changed) {
                // Delivered by PostgreSQL only when this transaction commits.
                tx.select(DSL.function("pg_notify", Object.class, DSL.val(CHANNEL), DSL.val(desktopId.toString())))
                        .fetch();
            }
            return outcomes;
        });
    }

    private OpOutcome applyOne(DSLContext tx, UUID desktopId, OutgoingOp op) {
        Record2<String, String> prior = tx.select(Applied.OUTCOME, Applied.REASON).from(Applied.T)
                .where(Applied.OP_ID.eq(op.opId())).fetchOne();
        if (prior != null) {
            return duplicate(op, prior);
        }
        try {
            return tx.transactionResult(sp -> new OpApplication(sp.dsl(), desktopId, op).run());
        } catch (OpApplication.AlreadyAppliedException e) {
            // A concurrent push of the same operation committed first.
            return duplicate(op, tx.select(Applied.OUTCOME, Applied.REASON).from(Applied.T)
                    .where(Applied.OP_ID.eq(op.opId())).fetchOne());
        } catch (OpRefusedException e) {
            return refuse(tx, desktopId, op, e.getMessage());
        } catch (DataAccessException e) {
            if (!isDataError(e)) {
                throw e;
            }
            LOG.warn("Opération {} refusée par une contrainte centrale", op.opId(), e);
            return refuse(tx, desktopId, op, "Valeur refusée par la base centrale pour " + op.entity()
                    + " : " + firstLine(e) + ".");
        }
    }

    private static OpOutcome duplicate(OutgoingOp op, Record2<String, String> prior) {
        boolean refused = "REFUSEE".equals(prior.value1());
        return new OpOutcome(op.opId(), refused ? OpOutcome.Result.DUPLICATE_REFUSED : OpOutcome.Result.DUPLICATE,
                prior.value2(), 0);
    }

    private static OpOutcome refuse(DSLContext tx, UUID desktopId, OutgoingOp op, String reason) {
        tx.insertInto(Applied.T).set(Applied.OP_ID, op.opId()).set(Applied.DESKTOP_ID, desktopId)
                .set(Applied.SITE, op.site()).set(Applied.ENTITY, op.entity()).set(Applied.ENTITY_ID, op.entityId())
                .set(Applied.OUTCOME, "REFUSEE").set(Applied.REASON, reason).execute();
        tx.insertInto(Refusal.T).set(Refusal.OP_ID, op.opId()).set(Refusal.DESKTOP_ID, desktopId)
                .set(Refusal.SITE, op.site()).set(Refusal.CHANGED_BY, op.changedBy()).set(Refusal.ENTITY, op.entity())
                .set(Refusal.ENTITY_ID, op.entityId()).set(Refusal.ORDER_ID, op.orderId()).set(Refusal.REASON, reason)
                .execute();
        return new OpOutcome(op.opId(), OpOutcome.Result.REFUSED, reason, 0);
    }

    /** Integrity (23xxx) and data (22xxx) errors are the operation's fault; anything else is the link's. */
    private static boolean isDataError(DataAccessException e) {
        SQLException sql = e.getCause(SQLException.class);
        String state = sql == null ? null : sql.getSQLState();
        return state != null && (state.startsWith("23") || state.startsWith("22"));
    }

    private static String firstLine(DataAccessException e) {
        SQLException sql = e.getCause(SQLException.class);
        String msg = sql == null ? e.getMessage() : sql.getMessage();
        return msg == null ? "" : msg.lines().findFirst().orElse("");
    }
}
