package fr.cession.store;

import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.conf.ParamType;

import java.sql.PreparedStatement;
import java.util.List;

/**
 * Runs a jOOQ-built INSERT as one JDBC batch over many rows. The SQL still comes from jOOQ; only
 * the binding skips jOOQ's per-value machinery, which costs more than H2's insert itself when
 * hundreds of thousands of audit rows are written (bulk loads).
 */
public final class JdbcBatch {

    private static final int ROWS_PER_EXECUTE = 5_000;

    private JdbcBatch() {
    }

    /**
     * @param insert an INSERT whose bind values are placeholders, in the order of each row's values
     * @param rows   values already of the columns' Java types (UUID, java.time, BigDecimal, ...)
     */
    public static void insert(DSLContext tx, Query insert, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        String sql = tx.renderContext().paramType(ParamType.INDEXED).render(insert);
        tx.connection(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int pending = 0;
                for (Object[] row : rows) {
                    for (int i = 0; i < row.length; i++) {
                        ps.setObject(i + 1, row[i]);
                    }
                    ps.addBatch();
                    if (++pending == ROWS_PER_EXECUTE) {
                        ps.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    ps.executeBatch();
                }
            }
        });
    }
}
