package fr.cession.sync;

import fr.cession.store.schema.tables.records.CustomerAccountMemberRecord;
import fr.cession.store.schema.tables.records.CustomerAccountRecord;
import fr.cession.sync.central.CentralDatabase;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fr.cession.store.schema.Tables.CUSTOMER_ACCOUNT;
import static fr.cession.store.schema.Tables.CUSTOMER_ACCOUNT_MEMBER;

/**
 * The organisation's customer accounts between this desktop and the central register (central V20),
 * as a register rather than per order: the accounts changed here are sent first (the central
 * database stamps their organisation and refuses anyone else's), then the organisation's whole
 * register comes back and replaces what this desktop has not changed since. Accounts go before the
 * orders that name them, so an order never reaches the central database ahead of its account.
 */
public final class CustomerAccountSync {

    private static final Logger LOG = LoggerFactory.getLogger(CustomerAccountSync.class);

    /** What one exchange did: rows sent, rows received, and the central database's refusals in French. */
    public record Result(int sent, int received, List<String> refusals) {
    }

    private static final List<TableField<CustomerAccountRecord, ?>> ACCOUNT_FIELDS = List.of(CUSTOMER_ACCOUNT.ID,
            CUSTOMER_ACCOUNT.KIND, CUSTOMER_ACCOUNT.NAME, CUSTOMER_ACCOUNT.REFERENCE, CUSTOMER_ACCOUNT.CONTACT,
            CUSTOMER_ACCOUNT.DEPOSIT_PERCENT, CUSTOMER_ACCOUNT.COMMISSION_CENTS, CUSTOMER_ACCOUNT.ACTIVE);
    private static final List<TableField<CustomerAccountMemberRecord, ?>> MEMBER_FIELDS = List.of(
            CUSTOMER_ACCOUNT_MEMBER.ID, CUSTOMER_ACCOUNT_MEMBER.ACCOUNT_ID, CUSTOMER_ACCOUNT_MEMBER.NAME,
            CUSTOMER_ACCOUNT_MEMBER.ID_NUMBER, CUSTOMER_ACCOUNT_MEMBER.PHONE, CUSTOMER_ACCOUNT_MEMBER.EMAIL,
            CUSTOMER_ACCOUNT_MEMBER.ACTIVE);

    private final DSLContext local;
    private final CentralDatabase central;

    public CustomerAccountSync(DSLContext local, CentralDatabase central) {
        this.local = local;
        this.central = central;
    }

    public Result run() {
        List<String> refusals = new ArrayList<>();
        int sent = push(CUSTOMER_ACCOUNT, ACCOUNT_FIELDS, CUSTOMER_ACCOUNT.ID, CUSTOMER_ACCOUNT.NAME,
                CUSTOMER_ACCOUNT.MODIFIED_AT, CUSTOMER_ACCOUNT.PENDING, CUSTOMER_ACCOUNT.REFUSAL, refusals);
        sent += push(CUSTOMER_ACCOUNT_MEMBER, MEMBER_FIELDS, CUSTOMER_ACCOUNT_MEMBER.ID, CUSTOMER_ACCOUNT_MEMBER.NAME,
                CUSTOMER_ACCOUNT_MEMBER.MODIFIED_AT, CUSTOMER_ACCOUNT_MEMBER.PENDING, CUSTOMER_ACCOUNT_MEMBER.REFUSAL,
                refusals);
        int received = pull(CUSTOMER_ACCOUNT, ACCOUNT_FIELDS, CUSTOMER_ACCOUNT.ID, CUSTOMER_ACCOUNT.MODIFIED_AT,
                CUSTOMER_ACCOUNT.PENDING);
        received += pull(CUSTOMER_ACCOUNT_MEMBER, MEMBER_FIELDS, CUSTOMER_ACCOUNT_MEMBER.ID,
                CUSTOMER_ACCOUNT_MEMBER.MODIFIED_AT, CUSTOMER_ACCOUNT_MEMBER.PENDING);
        refusals.forEach(r -> LOG.warn("Compte client refusé par la base centrale : {}", r));
        return new Result(sent, received, refusals);
    }

    private <R extends Record> int push(Table<R> table, List<TableField<R, ?>> fields, Field<UUID> id,
                                        Field<String> name, Field<java.time.OffsetDateTime> modifiedAt,
                                        Field<Boolean> pending, Field<String> refusal, List<String> refusals) {
        int sent = 0;
        for (R row : local.selectFrom(table).where(pending.isTrue()).orderBy(modifiedAt).fetch()) {
            Table<?> remote = DSL.table(DSL.name(table.getName()));
            Map<Field<?>, Object> values = new java.util.LinkedHashMap<>();
            for (TableField<R, ?> f : fields) {
                values.put(DSL.field(DSL.name(f.getName()), f.getDataType()), row.get(f));
            }
            Map<Field<?>, Object> updates = new java.util.LinkedHashMap<>(values);
            updates.remove(DSL.field(DSL.name(id.getName()), id.getDataType()));
            try {
                central.dsl().insertInto(remote).set(values).onConflict(DSL.field(DSL.name(id.getName())))
                        .doUpdate().set(updates).execute();
                sent++;
                local.update(table).set(pending, false).where(id.eq(row.get(id)))
                        .and(modifiedAt.eq(row.get(modifiedAt))).execute();
            } catch (DataAccessException e) {
                // kept on the row for the accounts screen, and not sent again until a person changes it:
                // the pull that follows puts back the central version of a row the register already had
                String reason = refusal(e);
                refusals.add("« " + row.get(name) + " » : " + reason);
                local.update(table).set(pending, false).set(refusal, reason).where(id.eq(row.get(id)))
                        .and(modifiedAt.eq(row.get(modifiedAt))).execute();
            }
        }
        return sent;
    }

    private <R extends Record> int pull(Table<R> table, List<TableField<R, ?>> fields, Field<UUID> id,
                                        Field<java.time.OffsetDateTime> modifiedAt, Field<Boolean> pending) {
        List<Field<?>> remoteFields = new ArrayList<>();
        fields.forEach(f -> remoteFields.add(DSL.field(DSL.name(f.getName()), f.getDataType())));
        remoteFields.add(DSL.field(DSL.name(modifiedAt.getName()), modifiedAt.getDataType()));
        int received = 0;
        for (Record remote : central.dsl().select(remoteFields).from(DSL.table(DSL.name(table.getName()))).fetch()) {
            R row = local.newRecord(table);
            for (TableField<R, ?> f : fields) {
                copy(row, f, remote);
            }
            copy(row, modifiedAt, remote);
            row.set(pending, false);
            UUID key = row.get(id);
            // what this desktop changed and has not sent yet stays as it is
            int done = local.transactionResult(tx -> {
                DSLContext t = DSL.using(tx);
                Record here = t.select(pending, modifiedAt).from(table).where(id.eq(key)).fetchOne();
                if (here != null && (Boolean.TRUE.equals(here.get(pending))
                        || same(here.get(modifiedAt), row.get(modifiedAt)))) {
                    return 0;
                }
                if (here == null) {
                    t.insertInto(table).set(row).execute();
                } else {
                    t.update(table).set(row).where(id.eq(key)).execute();
                }
                return 1;
            });
            received += done;
        }
        return received;
    }

    private static boolean same(java.time.OffsetDateTime a, java.time.OffsetDateTime b) {
        return a != null && b != null && a.isEqual(b);
    }

    /** The central database's own reason for a row it refuses; anything else stops the exchange. */
    private static String refusal(DataAccessException e) {
        java.sql.SQLException sql = e.getCause(java.sql.SQLException.class);
        String state = sql == null || sql.getSQLState() == null ? "" : sql.getSQLState();
        if (!state.equals("42501") && !state.startsWith("23") && !state.startsWith("22")) {
            throw e;
        }
        String line = sql.getMessage().lines().findFirst().orElse("");
        return line.replaceFirst("^(ERROR|ERREUR)\\s*:\\s*", "");
    }

    private static <R extends Record, T> void copy(R row, Field<T> f, Record remote) {
        row.set(f, remote.get(f.getName(), f.getType()));
    }
}
