package fr.cession.sync.central;

import fr.cession.domain.audit.FieldChange;
import fr.cession.sync.protocol.OpOutcome;
import fr.cession.sync.protocol.OutgoingOp;
import fr.cession.sync.tables.OrderInvariants;
import org.jooq.DSLContext;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Applies a batch unit by unit. A unit is what one save wrote: consecutive operations on one
 * order by one author at one instant (a status change, the cancellation fields that go with it,
 * the activities it cancels and those it plans). A unit that changes the order's status applies
 * whole or not at all; any unit whose result breaks one of the {@link OrderInvariants} the order
 * kept until then is rolled back and refused. Each operation keeps its own savepoint inside.
 *
 * <p>Times come from one clock: an operation dated after the central database's now (a desktop
 * whose clock runs fast) is taken as made now.
 */
final class UnitApplier {

    interface OneOp {
        OpOutcome apply(DSLContext tx, UUID desktopId, OutgoingOp op);
    }

    private final DSLContext tx;
    private final UUID desktopId;
    private final Instant centralNow;
    private final OneOp one;

    UnitApplier(DSLContext tx, UUID desktopId, Instant centralNow, OneOp one) {
        this.tx = tx;
        this.desktopId = desktopId;
        this.centralNow = centralNow;
        this.one = one;
    }

    List<OpOutcome> apply(List<OutgoingOp> ops) {
        List<OpOutcome> out = new ArrayList<>(ops.size());
        int from = 0;
        while (from < ops.size()) {
            int to = from + 1;
            while (to < ops.size() && sameUnit(ops.get(from), ops.get(to))) {
                to++;
            }
            out.addAll(applyUnit(ops.subList(from, to).stream().map(this::onCentralClock).toList()));
            from = to;
        }
        return out;
    }

    static boolean sameUnit(OutgoingOp a, OutgoingOp b) {
        return a.orderId().equals(b.orderId()) && a.changedAt().equals(b.changedAt())
                && Objects.equals(a.changedBy(), b.changedBy()) && Objects.equals(a.site(), b.site());
    }

    private OutgoingOp onCentralClock(OutgoingOp op) {
        if (!op.changedAt().isAfter(centralNow)) {
            return op;
        }
        return new OutgoingOp(op.opId(), op.entity(), op.entityId(), op.orderId(), op.kind(), op.baseVersion(),
                centralNow, op.changedBy(), op.site(), op.fields());
    }

    private List<OpOutcome> applyUnit(List<OutgoingOp> unit) {
        UUID order = new OrderMerge(tx).rebase(unit.get(0)).orderId();
        List<String> before = OrderInvariants.check(tx, order);
        List<OpOutcome> outcomes = new ArrayList<>(unit.size());
        String refusal;
        try {
            refusal = tx.transactionResult(sp -> {
                DSLContext s = sp.dsl();
                // a person's status change decided before a timer that got here first takes the timer back
                new TimerUndo(s, desktopId).undoBeatenTimer(unit, order);
                for (OutgoingOp op : unit) {
                    outcomes.add(one.apply(s, desktopId, op));
                }
                String why = whyRefuseWhole(s, unit, outcomes, order, before);
                if (why != null) {
                    throw new UnitRefused(why);
                }
                return null;
            });
        } catch (UnitRefused e) {
            refusal = e.getMessage();
        }
        if (refusal == null) {
            return outcomes;
        }
        List<OpOutcome> refused = new ArrayList<>(unit.size());
        for (OutgoingOp op : unit) {
            refused.add(PushApplier.refuse(tx, desktopId, op, refusal));
        }
        recordStatusConflict(unit, refusal);
        return refused;
    }

    private String whyRefuseWhole(DSLContext s, List<OutgoingOp> unit, List<OpOutcome> outcomes, UUID order,
                                  List<String> before) {
        boolean statusUnit = unit.stream().anyMatch(UnitApplier::changesStatus);
        for (int i = 0; i < unit.size(); i++) {
            OpOutcome o = outcomes.get(i);
            if (o.result() == OpOutcome.Result.REFUSED && (statusUnit || changesStatus(unit.get(i)))) {
                return stripOrder(o.reason());
            }
        }
        List<String> now = new ArrayList<>(OrderInvariants.check(s, order));
        now.removeAll(before);
        if (!now.isEmpty()) {
            return "refusé, la commande ne serait plus cohérente : " + String.join(" ; ", now)
                    + ". Rechargez la commande (elle a changé sur un autre site) et refaites l'opération si elle a encore lieu d'être.";
        }
        return null;
    }

    /** The reason without its "Commande N : " head: the refusal of each operation adds it again. */
    private static String stripOrder(String reason) {
        int i = reason.indexOf(" : ");
        return reason.startsWith("Commande ") && i > 0 ? reason.substring(i + 3) : reason;
    }

    static boolean changesStatus(OutgoingOp op) {
        return "sales_order".equals(op.entity()) && op.fields().stream().anyMatch(f -> f.field().equals("status"));
    }

    /** A refused status change stays for a person to see beside the status the order kept. */
    private void recordStatusConflict(List<OutgoingOp> unit, String reason) {
        for (OutgoingOp op : unit) {
            if (!changesStatus(op)) {
                continue;
            }
            OutgoingOp rebased = new OrderMerge(tx).rebase(op);
            var orders = fr.cession.sync.tables.SyncedTables.table("sales_order");
            var row = tx.selectFrom(orders).where(fr.cession.sync.tables.SyncedTables.id(orders).eq(rebased.entityId())).fetchOne();
            if (row == null) {
                continue;
            }
            FieldChange status = op.fields().stream().filter(f -> f.field().equals("status")).findFirst().orElseThrow();
            String kept = row.get("status", String.class);
            if (Objects.equals(kept, status.newValue())) {
                continue;
            }
            ConflictPolicy.Author holder = new ConflictPolicy.Author(row.get("modified_at", java.time.OffsetDateTime.class)
                    .toInstant(), row.get("modified_by", String.class), row.get("modified_site", String.class));
            ConflictPolicy.Author incoming = new ConflictPolicy.Author(op.changedAt(), op.changedBy(), op.site());
            new ConflictRecorder(tx).record(rebased, List.of(new ConflictRecorder.Lost("status", kept, holder,
                    status.newValue(), incoming)));
        }
    }

    private static final class UnitRefused extends RuntimeException {
        UnitRefused(String why) {
            super(why, null, false, false);
        }
    }
}
