package fr.cession.sync;

import fr.cession.sync.tables.SyncedTables;
import fr.cession.sync.tables.ValueCodec;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

/** Test-side reads of the central database. */
public final class CentralView {

    private final DSLContext dsl;

    public CentralView(DataSource ds) {
        this.dsl = DSL.using(ds, SQLDialect.POSTGRES);
    }

    public DSLContext dsl() {
        return dsl;
    }

    public Map<String, String> row(String tableName, UUID id) {
        var t = SyncedTables.table(tableName);
        var r = dsl.selectFrom(t).where(SyncedTables.id(t).eq(id)).fetchOne();
        return r == null ? null : ValueCodec.row(t, r);
    }

    public String value(String tableName, UUID id, String f) {
        Map<String, String> row = row(tableName, id);
        return row == null ? null : row.get(f);
    }

    public int count(String tableName) {
        return dsl.fetchCount(table(name(tableName)));
    }

    public int appliedCount(String outcome) {
        return dsl.fetchCount(table(name("applied_op")), field(name("outcome")).eq(outcome));
    }
}
