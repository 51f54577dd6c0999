package fr.cession.sync.central;

import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

import java.time.OffsetDateTime;
import java.util.UUID;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

/** The central-only sync tables (db/central), named for jOOQ: no code is generated from them. */
final class CentralTables {

    private CentralTables() {
    }

    static final class Meta {
        static final Table<Record> T = table(name("sync_meta"));
        static final Field<Integer> SCHEMA_VERSION = field(name("schema_version"), SQLDataType.INTEGER);
        static final Field<Integer> RETENTION_DAYS = field(name("retention_days"), SQLDataType.INTEGER);
        static final Field<Long> PURGED_BELOW_XID = field(name("purged_below_xid"), SQLDataType.BIGINT);
        static final Field<OffsetDateTime> LAST_PURGE_AT = field(name("last_purge_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);
    }

    static final class Applied {
        static final Table<Record> T = table(name("applied_op"));
        static final Field<UUID> OP_ID = field(name("op_id"), SQLDataType.UUID);
        static final Field<UUID> DESKTOP_ID = field(name("desktop_id"), SQLDataType.UUID);
        static final Field<String> SITE = field(name("site"), SQLDataType.VARCHAR);
        static final Field<String> ENTITY = field(name("entity"), SQLDataType.VARCHAR);
        static final Field<UUID> ENTITY_ID = field(name("entity_id"), SQLDataType.UUID);
        static final Field<String> OUTCOME = field(name("outcome"), SQLDataType.VARCHAR);
        static final Field<String> REASON = field(name("reason"), SQLDataType.VARCHAR);
        static final Field<UUID> MERGED_INTO = field(name("merged_into"), SQLDataType.UUID);
    }

    static final class Change {
        static final Table<Record> T = table(name("central_change"));
        static final Field<Long> SEQ = field(name("seq"), SQLDataType.BIGINT);
        static final Field<Long> XID = field(name("xid"), SQLDataType.BIGINT);
        static final Field<UUID> OP_ID = field(name("op_id"), SQLDataType.UUID);
        static final Field<String> ENTITY = field(name("entity"), SQLDataType.VARCHAR);
        static final Field<UUID> ENTITY_ID = field(name("entity_id"), SQLDataType.UUID);
        static final Field<UUID> ORDER_ID = field(name("order_id"), SQLDataType.UUID);
        static final Field<String> KIND = field(name("kind"), SQLDataType.VARCHAR);
        static final Field<Long> VERSION = field(name("version"), SQLDataType.BIGINT);
        static final Field<OffsetDateTime> CHANGED_AT = field(name("changed_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);
        static final Field<String> CHANGED_BY = field(name("changed_by"), SQLDataType.VARCHAR);
        static final Field<String> SITE = field(name("site"), SQLDataType.VARCHAR);
        static final Field<JSONB> FIELDS = field(name("fields"), SQLDataType.JSONB);
        static final Field<OffsetDateTime> RECORDED_AT = field(name("recorded_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);
    }

    static final class Stamp {
        static final Table<Record> T = table(name("field_stamp"));
        static final Field<UUID> ENTITY_ID = field(name("entity_id"), SQLDataType.UUID);
        static final Field<String> FIELD = field(name("field"), SQLDataType.VARCHAR);
        static final Field<OffsetDateTime> CHANGED_AT = field(name("changed_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);
        static final Field<String> CHANGED_BY = field(name("changed_by"), SQLDataType.VARCHAR);
        static final Field<String> SITE = field(name("site"), SQLDataType.VARCHAR);
    }

    static final class Refusal {
        static final Table<Record> T = table(name("sync_refusal"));
        static final Field<UUID> OP_ID = field(name("op_id"), SQLDataType.UUID);
        static final Field<UUID> DESKTOP_ID = field(name("desktop_id"), SQLDataType.UUID);
        static final Field<String> SITE = field(name("site"), SQLDataType.VARCHAR);
        static final Field<String> CHANGED_BY = field(name("changed_by"), SQLDataType.VARCHAR);
        static final Field<String> ENTITY = field(name("entity"), SQLDataType.VARCHAR);
        static final Field<UUID> ENTITY_ID = field(name("entity_id"), SQLDataType.UUID);
        static final Field<UUID> ORDER_ID = field(name("order_id"), SQLDataType.UUID);
        static final Field<String> REASON = field(name("reason"), SQLDataType.VARCHAR);
    }

    static final class Desktop {
        static final Table<Record> T = table(name("desktop"));
        static final Field<UUID> DESKTOP_ID = field(name("desktop_id"), SQLDataType.UUID);
        static final Field<String> SITE = field(name("site"), SQLDataType.VARCHAR);
        static final Field<Integer> SCHEMA_VERSION = field(name("schema_version"), SQLDataType.INTEGER);
        static final Field<OffsetDateTime> LAST_SEEN = field(name("last_seen"), SQLDataType.TIMESTAMPWITHTIMEZONE);
        static final Field<String> LAST_OUTCOME = field(name("last_outcome"), SQLDataType.VARCHAR);
        static final Field<Integer> BACKLOG = field(name("backlog"), SQLDataType.INTEGER);
        static final Field<OffsetDateTime> LAST_SUCCESS = field(name("last_success"), SQLDataType.TIMESTAMPWITHTIMEZONE);
        static final Field<Integer> REFUSED_TOTAL = field(name("refused_total"), SQLDataType.INTEGER);
    }
}
