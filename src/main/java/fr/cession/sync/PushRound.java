package fr.cession.sync;

import fr.cession.domain.audit.ChangeKind;
import fr.cession.sync.central.PullReader;
import fr.cession.sync.central.PushApplier;
import fr.cession.sync.local.LocalApplier;
import fr.cession.sync.local.LocalRepairs;
import fr.cession.sync.local.Outbox;
import fr.cession.sync.protocol.OpOutcome;
import fr.cession.sync.protocol.OutgoingOp;
import fr.cession.sync.protocol.RowImage;
import fr.cession.sync.tables.SyncedTables;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The push half of a sync: the outbox in batches until it is empty, then what the outcomes ask of
 * the local store. A refused change is undone here (its row put back to the central state, a
 * refused creation taken back out, an order whose creation was refused kept "à corriger"); an
 * order the centre recognised as another site's is replaced by the central one.
 */
final class PushRound {

    record Result(int pushed, int duplicates, List<String> refusals, int merged, int retries) {
    }

    private record Refused(String table, UUID id, UUID orderId) {
    }

    private final Outbox outbox;
    private final PushApplier pusher;
    private final PullReader reader;
    private final LocalApplier applier;
    private final LocalRepairs repairs;
    private final Clock clock;

    PushRound(Outbox outbox, PushApplier pusher, PullReader reader, LocalApplier applier, LocalRepairs repairs, Clock clock) {
        this.outbox = outbox;
        this.pusher = pusher;
        this.reader = reader;
        this.applier = applier;
        this.repairs = repairs;
        this.clock = clock;
    }

    Result run(UUID desktopId, int batchSize) {
        int pushed = 0;
        int duplicates = 0;
        List<String> refusals = new ArrayList<>();
        List<Refused> refused = new ArrayList<>();
        Map<UUID, UUID> mergedOrders = new LinkedHashMap<>();
        for (List<OutgoingOp> batch = outbox.pending(batchSize); !batch.isEmpty(); batch = outbox.pending(batchSize)) {
            List<OpOutcome> outcomes = pusher.push(desktopId, batch);
            outbox.recordOutcomes(batch, outcomes, clock.instant());
            for (int i = 0; i < batch.size(); i++) {
                OpOutcome o = outcomes.get(i);
                OutgoingOp op = batch.get(i);
                pushed++;
                if (o.result() == OpOutcome.Result.DUPLICATE || o.result() == OpOutcome.Result.DUPLICATE_REFUSED) {
                    duplicates++;
                }
                if (o.result() == OpOutcome.Result.MERGED && "sales_order".equals(op.entity())
                        && op.kind() == ChangeKind.CREATION) {
                    mergedOrders.put(op.entityId(), o.mergedInto());
                }
                if (o.refused()) {
                    boolean orderCreation = "sales_order".equals(op.entity()) && op.kind() == ChangeKind.CREATION;
                    // what follows a refused order creation is refused with it: its own refusal says it all
                    if ((orderCreation || !Outbox.heldOrders(repairs.dsl()).contains(op.orderId()))
                            && !refusals.contains(o.reason())) {
                        refusals.add(o.reason());
                    }
                    refused.add(new Refused(op.entity(), op.entityId(), op.orderId()));
                }
            }
        }
        mergedOrders.forEach((alias, target) -> repairs.rekey(alias, target, reader.family(target), clock.instant()));
        undo(refused);
        return new Result(pushed, duplicates, refusals, mergedOrders.size(), pusher.retries());
    }

    /** Rows of refused changes: the central state where the centre has the row, gone where it never will. */
    private void undo(List<Refused> refused) {
        if (refused.isEmpty()) {
            return;
        }
        Set<UUID> held = Outbox.heldOrders(repairs.dsl());
        Map<String, Set<UUID>> byTable = new LinkedHashMap<>();
        for (Refused r : refused) {
            if (SyncedTables.isSynced(r.table()) && !held.contains(r.orderId())) {
                byTable.computeIfAbsent(r.table(), k -> new LinkedHashSet<>()).add(r.id());
            }
        }
        List<RowImage> central = new ArrayList<>();
        Map<String, Set<UUID>> missing = new LinkedHashMap<>();
        byTable.forEach((table, ids) -> {
            List<RowImage> rows = reader.rows(table, ids);
            central.addAll(rows);
            Set<UUID> gone = new LinkedHashSet<>(ids);
            rows.forEach(r -> gone.remove(r.id()));
            if (!gone.isEmpty()) {
                missing.put(table, gone);
            }
        });
        applier.refresh(central);
        repairs.removeNeverCreated(missing);
    }
}
