package fr.cession.sync;

import fr.cession.domain.audit.Change;
import fr.cession.domain.audit.ChangeKind;
import fr.cession.domain.audit.EntityKind;
import fr.cession.domain.audit.FieldChange;
import fr.cession.store.RowWriter;
import fr.cession.store.changelog.ChangeLogWriter;
import fr.cession.store.changelog.Origin;
import fr.cession.sync.central.CentralDatabase;
import fr.cession.sync.local.ConflictClosing;
import fr.cession.sync.local.Outbox;
import fr.cession.sync.tables.SyncedTables;
import fr.cession.sync.tables.ValueCodec;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/** A simulated desktop: its own H2 file, a user and a site, and a sync service to the central database. */
public final class Desktop implements AutoCloseable {

    public final String site;
    private final Path file;
    private final DataSource centralDs;
    private final Clock clock;
    private final RowWriter rows = new RowWriter();
    private JdbcConnectionPool pool;
    private DSLContext dsl;
    private SyncService sync;

    public Desktop(String site, Path dir, DataSource centralDs, Clock clock) {
        this.site = site;
        this.file = dir.resolve(site + "-" + UUID.randomUUID());
        this.centralDs = centralDs;
        this.clock = clock;
        open();
    }

    /** A desktop on a store file that already exists (without H2's suffix), such as one an earlier release wrote. */
    public static Desktop onFile(String site, Path file, DataSource centralDs, Clock clock) {
        return new Desktop(site, file, centralDs, clock, true);
    }

    private Desktop(String site, Path file, DataSource centralDs, Clock clock, boolean existing) {
        this.site = site;
        this.file = file;
        this.centralDs = centralDs;
        this.clock = clock;
        open();
    }

    private void open() {
        pool = JdbcConnectionPool.create("jdbc:h2:file:" + file.toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "");
        pool.setMaxConnections(20);
        Flyway.configure().dataSource(pool).locations("classpath:db/local").load().migrate();
        dsl = DSL.using(pool, SQLDialect.H2);
        sync = centralDs == null ? SyncService.localOnly(dsl, clock)
                : new SyncService(dsl, new CentralDatabase(centralDs), site, 50, clock);
    }

    /** The process stops (nothing in memory survives) and starts again on the same file. */
    public void restart() {
        pool.dispose();
        open();
    }

    /** The same store file opened again with another central configuration (a station connected later). */
    public Desktop reopenWith(DataSource central) {
        pool.dispose();
        return new Desktop(this, central);
    }

    private Desktop(Desktop same, DataSource centralDs) {
        this.site = same.site;
        this.file = same.file;
        this.centralDs = centralDs;
        this.clock = same.clock;
        open();
    }

    public DataSource dataSource() {
        return pool;
    }

    public DSLContext dsl() {
        return dsl;
    }

    public SyncService sync() {
        return sync;
    }

    public SyncReport syncOnce() {
        return sync.runOnce();
    }

    public int pending() {
        return new Outbox(dsl).pendingCount();
    }

    public UUID createOrder(String number) {
        return createOrder(number, "Martin");
    }

    /** An order as the back-office import writes one: its number, its customer. */
    public UUID createOrder(String number, String customerLastName) {
        UUID id = UUID.randomUUID();
        Map<String, String> f = new LinkedHashMap<>();
        f.put("number", number);
        f.put("status", "RESERVEE");
        f.put("reserved_on", "2026-03-02");
        f.put("reservation_fee", "500");
        f.put("advisor", "alice");
        f.put("owning_site", site);
        f.put("customer_kind", "PARTICULIER");
        f.put("customer_last_name", customerLastName);
        f.put("cg_holding", "TITULAIRE");
        f.put("vehicle_imported", "false");
        f.put("handover_mode", "CESSION");
        f.put("payment_method", "VIR");
        write("sales_order", id, id, ChangeKind.CREATION, f);
        return id;
    }

    public UUID createActivity(UUID orderId, String title) {
        UUID id = UUID.randomUUID();
        Map<String, String> f = new LinkedHashMap<>();
        f.put("order_id", orderId.toString());
        f.put("type_code", "DESTOCKAGE_B2C");
        f.put("title", title);
        f.put("role", "ADV");
        f.put("due_at", "2026-03-03T09:00:00Z");
        f.put("state", "OUVERTE");
        write("activity", id, orderId, ChangeKind.CREATION, f);
        return id;
    }

    public UUID createDocument(UUID orderId, String type, String status) {
        UUID id = UUID.randomUUID();
        Map<String, String> f = new LinkedHashMap<>();
        f.put("order_id", orderId.toString());
        f.put("doc_type", type);
        f.put("status", status);
        write("order_document", id, orderId, ChangeKind.CREATION, f);
        return id;
    }

    /** A request to a manager, in the name of {@code requestedBy}. */
    public UUID createApproval(UUID orderId, String kind, String requestedBy, String amount) {
        UUID id = UUID.randomUUID();
        Map<String, String> f = new LinkedHashMap<>();
        f.put("order_id", orderId.toString());
        f.put("kind", kind);
        f.put("status", "DEMANDEE");
        f.put("requested_by", requestedBy);
        f.put("requested_at", clock.instant().toString());
        f.put("amount", amount);
        write("approval_request", id, orderId, ChangeKind.CREATION, f);
        return id;
    }

    public UUID edit(String table, UUID id, UUID orderId, String... fieldValuePairs) {
        Map<String, String> f = new LinkedHashMap<>();
        for (int i = 0; i < fieldValuePairs.length; i += 2) {
            f.put(fieldValuePairs[i], fieldValuePairs[i + 1]);
        }
        return write(table, id, orderId, ChangeKind.MODIFICATION, f);
    }

    public UUID delete(String table, UUID id, UUID orderId) {
        return write(table, id, orderId, ChangeKind.SUPPRESSION, Map.of());
    }

    /** A user's change of one row, written as the store's repository writes a save (row + change log). */
    private UUID write(String table, UUID id, UUID orderId, ChangeKind kind, Map<String, String> f) {
        Instant at = clock.instant();
        EntityKind entity = ConflictClosing.kindOf(table);
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            long base = kind == ChangeKind.CREATION ? 0 : rows.versionOf(tx, entity, id).orElseThrow();
            Map<String, String> before = kind == ChangeKind.CREATION ? Map.of() : rows.fieldsOf(tx, entity, id).orElseThrow();
            List<FieldChange> fields = new ArrayList<>();
            f.forEach((field, value) -> fields.add(new FieldChange(field, before.get(field), value)));
            Change c = rows.normalize(new Change(UUID.randomUUID(), entity, id, orderId, kind, base, base + 1, at,
                    "user-" + site, site, fields));
            if (kind == ChangeKind.MODIFICATION && c.fields().isEmpty()) {
                return null;
            }
            if (!rows.apply(tx, c)) {
                throw new IllegalStateException("version changed");
            }
            new ChangeLogWriter().write(tx, c, Origin.LOCAL, null);
            return c.opId();
        });
    }

    public String value(String table, UUID id, String field) {
        Map<String, String> row = row(table, id);
        return row == null ? null : row.get(field);
    }

    public Map<String, String> row(String table, UUID id) {
        var t = SyncedTables.table(table);
        var r = dsl.selectFrom(t).where(SyncedTables.id(t).eq(id)).fetchOne();
        return r == null ? null : ValueCodec.row(t, r);
    }

    @Override
    public void close() {
        pool.dispose();
    }
}
