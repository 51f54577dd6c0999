/**
 * Offline-first synchronisation between each desktop's H2 store and the central PostgreSQL.
 *
 * <h2>Protocol</h2>
 * <ul>
 * <li><b>Outbox.</b> Every local change is a {@code change_op} row (+ {@code change_field}) written by the
 * store in the same transaction as the change ({@code RowWriter}, {@code ChangeLogWriter}); rows with
 * {@code pushed_at} null are the outbox, read through the store's {@code ChangeLog} in {@code local_seq}
 * order. The log names entities by {@code EntityKind}, the protocol by table. Operations on the sync's own
 * table ({@code sync_conflict}) wait in {@code sync_outbox}, after the change log: the order history
 * holds order entities only.</li>
 * <li><b>Push, exactly once.</b> A batch is applied in one central transaction, each operation in a
 * savepoint. The first statement of an operation claims its client-generated id in {@code applied_op}
 * ({@code ON CONFLICT DO NOTHING}): an id already there is acknowledged with its first outcome and not
 * applied again, and a concurrent duplicate waits on the key then finds it. The desktop marks the batch
 * pushed only after the central commit; a crash in between makes the next push a list of duplicates.</li>
 * <li><b>Merge.</b> Each field carries the value its author saw ({@code old}). Central value equal to
 * {@code old}: applied. Equal to the new value: nothing to do. Otherwise the same field changed elsewhere:
 * the later change wins (tie: smaller site code), and a {@code sync_conflict} row keeps both values and
 * both authors. Conflicts travel to desktops like rows; resolving one is an ordinary change of the field
 * (in the order's history) plus the conflict's closing (in {@code sync_outbox}), pushed like any other.</li>
 * <li><b>Units.</b> Consecutive operations of one save (same order, author, instant) form a unit, never split
 * between two batches. A unit changing the order's status applies whole or not at all; a status changed
 * from one the centre no longer holds (an advance on an order cancelled elsewhere, a cancellation of an
 * order advanced elsewhere) is refused with a French reason and kept as a {@code sync_conflict} on
 * {@code status}. Any unit whose result breaks an {@link fr.cession.sync.tables.OrderInvariants} invariant the
 * order kept so far is refused too (central CHECK {@code ck_sales_order_cancellation} backs the first).</li>
 * <li><b>Refusals.</b> Rules checked centrally (an order entering VENDUE without bon de remise and Cerfa,
 * a child without its parent, a constraint violated) roll back to the operation's savepoint, record the
 * refusal with its French reason, always starting "Commande N : " and ending with what to do, and send
 * it back; the desktop stores it, restores the central row (a refused creation leaves the local store)
 * and never retries it. A refused order creation is kept "à corriger" ({@code sync_to_fix}): nothing of
 * that order is sent until a person renumbers/fixes and resends it whole, or withdraws it
 * ({@link fr.cession.sync.SyncRepair}).</li>
 * <li><b>Same back-office order at two sites.</b> A creation whose number the centre already has under
 * another id: same customer, it becomes an alias ({@code entity_alias}), its children are matched to the
 * first order's by natural key (activity type, line code, document type...) or re-parented, differing
 * values become conflicts, later operations naming an alias are re-based; the desktop replaces its copy
 * by the central one. Another customer: refused as a duplicate ("à corriger").</li>
 * <li><b>Pulled rows that do not fit.</b> Each pulled row is written in its own savepoint; one the local
 * store refuses (a local unique number, a constraint) is kept in {@code sync_blocked_row}, shown with the
 * refusals and tried again at every sync; the rest of the pull goes on.</li>
 * <li><b>No deadlocks.</b> A push locks every row it will touch first, orders then each table's rows by
 * id; a serialization failure or deadlock anyway replays the batch (up to 4 times, counted and logged).</li>
 * <li><b>One clock.</b> Operation dates later than the central {@code now()} are taken as {@code now()};
 * retention, the once-a-day purge ({@code sync_meta.last_purge_at}) and the {@code desktop} table use the
 * central clock only. A desktop more than 5 minutes off is warned about in its log.</li>
 * <li><b>Pull without skipping.</b> {@code central_change} rows carry the writing transaction's id. A pull
 * takes rows with {@code (xid, seq) > cursor} and {@code xid < pg_snapshot_xmin(pg_current_snapshot())}:
 * every transaction below that horizon has ended, so nothing can appear behind the cursor later. A
 * transaction held open only delays later rows ({@link fr.cession.sync.SyncService#heldBack()}).</li>
 * <li><b>Rebase.</b> A pulled row is written with the desktop's pending changes laid over it; the rows are
 * locked ({@code SELECT ... FOR UPDATE}) before the pending changes are read, so a save committing
 * meanwhile is waited for and kept.</li>
 * <li><b>Retention.</b> The central purge forgets old change-log entries and soft-deleted rows and raises
 * {@code purged_below_xid}; a desktop whose cursor is below it (or new) pushes first, then takes a full
 * snapshot (REPEATABLE READ, cursor = the snapshot's horizon). Each desktop asks for the purge after a
 * successful sync; the central database runs it at most once a day by its own clock.</li>
 * <li><b>Local only.</b> Without a central database the change log is history, not an outbox: nothing is
 * "waiting". At a first connection after a local-only period the orders created there are sent whole
 * ({@link fr.cession.sync.LocalOnlyBacklog}).</li>
 * <li><b>Rights.</b> Each person connects with their own PostgreSQL login (central V6–V8); the central
 * database decides from {@code session_user}: row-level security keeps a person to their organisation's
 * orders, triggers keep approvals to managers (never their own request) and document validation to ADV
 * or managers, and the history, {@code applied_op} and the account journal are append-only. Such a
 * refusal (SQLSTATE 42501) is an operation's refusal with the database's French reason, like any rule.
 * Accounts are made through the database's functions ({@link fr.cession.sync.central.CentralAccounts}).</li>
 * <li><b>Live.</b> Each push that applied something NOTIFYs {@code cession_changes}; the scheduler's
 * listening connection triggers an immediate sync.</li>
 * </ul>
 */
package fr.cession.sync;

import fr.cession.sync.tables.OrderInvariants;
