package fr.cession.ui.bench;

import fr.cession.domain.board.BoardQueries;
import fr.cession.store.LocalDatabase;
import fr.cession.store.board.JooqBoardQueries;
import org.jooq.DSLContext;
import org.jooq.ExecuteListener;
import org.jooq.conf.Settings;
import org.jooq.conf.StatementType;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultExecuteListenerProvider;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Not a test: the board queries alone on the benchmark's store, cold then warm, with H2's plans.
 * Run after {@link DesktopBench} created {@code target/bench/cession.mv.db}:
 * {@code java -cp target/test-classes:target/classes:$(cat target/test-cp.txt) fr.cession.ui.bench.BoardQueryProfile [plans]}.
 */
public final class BoardQueryProfile {

    private BoardQueryProfile() {
    }

    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        Path file = args.length > 0 && !args[0].equals("plans") ? Path.of(args[0] + ".mv.db")
                : Path.of("target", "bench", "cession.mv.db");
        try (LocalDatabase db = LocalDatabase.open(file)) {
            System.out.printf("open + migrate: %d ms%n", ms(t0));
            DSLContext dsl = db.dsl();
            long t1 = System.nanoTime();
            dsl.selectOne().fetch();
            System.out.printf("first jOOQ query: %d ms%n", ms(t1));
            BoardQueries[] both = {new LegacyBoardQueries(dsl), new JooqBoardQueries(dsl)};
            String[] names = {"before", "after"};
            // interleaved, each with another user so that H2 cannot hand back a cached result
            for (int run = 0; run < 4; run++) {
                for (int i = 0; i < 2; i++) {
                    long t = System.nanoTime();
                    int mine = both[i].snapshotFor(String.format("advisor%02d", run * 2 + i + 1)).cards().size();
                    long mineMs = ms(t);
                    t = System.nanoTime();
                    var all = both[i].snapshot();
                    System.out.printf("run %d %-6s: mine %d cards in %d ms, board %d orders / %d cards / %d idle in %d ms%n",
                            run, names[i], mine, mineMs, all.orders().size(), all.cards().size(),
                            all.idleOrders().size(), ms(t));
                }
            }
            if (args.length > 0 && args[args.length - 1].equals("plans")) {
                plans(db);
            }
        }
    }

    private static void plans(LocalDatabase db) throws Exception {
        // the queries' SQL with their values inlined, captured as jOOQ runs them
        List<String> sqls = new ArrayList<>();
        DSLContext capturing = DSL.using(db.dsl().configuration().derive(
                new Settings().withStatementType(StatementType.STATIC_STATEMENT))
                .derive(new DefaultExecuteListenerProvider(ExecuteListener.onStart(ctx -> { }).onEnd(ctx -> sqls.add(ctx.sql())))));
        JooqBoardQueries q = new JooqBoardQueries(capturing);
        q.snapshotFor("advisor01");
        q.snapshot();
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            for (String sql : sqls) {
                System.out.println(sql);
                try (ResultSet rs = s.executeQuery("EXPLAIN ANALYZE " + sql)) {
                    while (rs.next()) {
                        System.out.println(rs.getString(1));
                    }
                }
                System.out.println("----");
            }
        }
    }

    private static long ms(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }
}
