package fr.cession.store.bench;

import fr.cession.domain.dashboard.DashboardFilter;
import fr.cession.domain.dashboard.DashboardQueries;
import fr.cession.domain.dashboard.DashboardSlice;
import fr.cession.domain.demo.DemoDataGenerator;
import fr.cession.domain.demo.DemoRequest;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.playbook.Playbook;
import fr.cession.domain.playbook.PlaybookLoader;
import fr.cession.domain.time.FrenchCalendar;
import fr.cession.store.LocalDatabase;
import fr.cession.store.TestDatabases;
import fr.cession.store.TimeOrderedIds;
import fr.cession.store.board.JooqAgendaQueries;
import fr.cession.store.board.JooqDashboardQueries;
import fr.cession.store.dossier.BulkLoader;
import fr.cession.testdata.Actors;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;

import static fr.cession.store.schema.Tables.ACTIVITY;
import static fr.cession.store.schema.Tables.APPROVAL_REQUEST;
import static fr.cession.store.schema.Tables.PAYMENT;
import static fr.cession.store.schema.Tables.SALES_ORDER;

/**
 * Not a test: the manager's dashboard (every figure, then one click-through) and the agenda's month
 * on a store of {@code orders} demonstration orders over five sites (one demo batch copied in the database), against a baseline measured in
 * the same run on the same file: reading each order's status, day, site and advisor over plain JDBC
 * (the least a dashboard computed in Java would have to read). Prints medians and the ratios.
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) fr.cession.store.bench.DashboardBenchmark [orders] [runs]
 * </pre>
 */
public final class DashboardBenchmark {

    private static final List<String> SITES = List.of("PARIS", "LYON", "LILLE", "NANTES", "BORDEAUX");

    private DashboardBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int orders = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        Clock clock = Clock.systemDefaultZone();
        Playbook playbook = new PlaybookLoader(new FrenchCalendar()).load(Path.of("config/playbook-b2c.yaml"));
        try (LocalDatabase db = LocalDatabase.open(TestDatabases.freshFile())) {
            long loadStart = System.nanoTime();
            load(db, playbook, clock, orders);
            System.out.printf(Locale.ROOT, "%,d commandes chargées en %.0f s (%,d activités, %,d paiements)%n",
                    db.dsl().fetchCount(db.dsl().meta().getTables("sales_order").get(0)),
                    (System.nanoTime() - loadStart) / 1e9,
                    db.dsl().fetchCount(db.dsl().meta().getTables("activity").get(0)),
                    db.dsl().fetchCount(db.dsl().meta().getTables("payment").get(0)));
            DashboardQueries queries = new JooqDashboardQueries(db.dsl());
            JooqAgendaQueries agenda = new JooqAgendaQueries(db.dsl());
            LocalDate today = LocalDate.now(clock);
            LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            Instant now = clock.instant();
            DashboardFilter year = new DashboardFilter(today.minusYears(1), today, null, null);
            DashboardFilter site = new DashboardFilter(today.minusMonths(3), today, "LYON", null);
            DashboardFilter person = new DashboardFilter(today.minusMonths(3), today, "LYON", "s.benali");

            double baseline = median(runs, () -> plainRead(db));
            double all = median(runs, () -> queries.figures(year, now, monday));
            double oneSite = median(runs, () -> queries.figures(site, now, monday));
            double onePerson = median(runs, () -> queries.figures(person, now, monday));
            double drill = median(runs, () -> queries.orders(year, DashboardSlice.stage(OrderStatus.RESERVEE), now,
                    monday));
            double month = median(runs, () -> agenda.between(today.withDayOfMonth(1).minusDays(7).atStartOfDay(),
                    today.withDayOfMonth(1).plusMonths(1).plusDays(7).atStartOfDay()));
            System.out.printf(Locale.ROOT, "référence : lecture JDBC brute des %,d commandes (statut, jour, site, "
                    + "conseiller) : %.1f ms%n", orders, baseline);
            print("tableau de bord, tous sites, 12 mois", all, baseline);
            print("tableau de bord, un site, 3 mois", oneSite, baseline);
            print("tableau de bord, un conseiller, 3 mois", onePerson, baseline);
            print("liste d'une barre (réservées, 12 mois)", drill, baseline);
            print("agenda, un mois et ses bords", month, baseline);
        }
    }

    private static void print(String what, double ms, double baseline) {
        System.out.printf(Locale.ROOT, "%-42s : %7.1f ms  (%.2f × la référence)%n", what, ms, ms / baseline);
    }

    /**
     * One batch of demonstration orders (the generator's maximum) written as the demo command does,
     * then copied inside the database until {@code orders}, each copy a site of its own with its own
     * numbers: the orders, activities, payments and requests the dashboard and the agenda read
     * (checklist lines, documents and the audit trail are not copied: nothing here reads them).
     */
    private static void load(LocalDatabase db, Playbook playbook, Clock clock, int orders) {
        int first = Math.min(DemoDataGenerator.MAX_ORDERS, orders);
        DemoDataGenerator generator = new DemoDataGenerator(playbook, new FrenchCalendar(), clock);
        List<OrderFile> files = generator.generate(new DemoRequest(DemoRequest.DEFAULT_SEED, first, SITES.get(0),
                List.of("j.dupont", "s.benali", "l.moreau", "a.martin")));
        new BulkLoader(db.dsl(), new TimeOrderedIds(clock), 500).loadForThisStationOnly(files,
                Actors.commercial(SITES.get(0)), clock.instant());
        DSLContext dsl = db.dsl();
        for (int copy = 1; copy * first < orders; copy++) {
            int k = copy;
            dsl.transaction(tx -> copy(tx.dsl(), k, SITES.get(k % SITES.size())));
        }
    }

    private static void copy(DSLContext dsl, int k, String site) {
        dsl.execute("DROP TABLE IF EXISTS bench_map");
        // keyed by the old id, so each copied row finds its order's new id by the index
        dsl.execute("CREATE TABLE bench_map (old_id UUID PRIMARY KEY, new_id UUID NOT NULL)");
        dsl.execute("INSERT INTO bench_map SELECT id, RANDOM_UUID() FROM sales_order WHERE number NOT LIKE 'C%'");
        Table<?> map = DSL.table(DSL.name("bench_map"));
        Field<UUID> oldId = DSL.field(DSL.name("bench_map", "old_id"), UUID.class);
        Field<UUID> newId = DSL.field(DSL.name("bench_map", "new_id"), UUID.class);
        List<Field<?>> order = new ArrayList<>();
        for (Field<?> f : SALES_ORDER.fields()) {
            if (f.equals(SALES_ORDER.ID)) {
                order.add(newId);
            } else if (f.equals(SALES_ORDER.NUMBER)) {
                order.add(DSL.concat(DSL.inline("C" + k + "-"), SALES_ORDER.NUMBER));
            } else if (f.equals(SALES_ORDER.OWNING_SITE)) {
                order.add(DSL.inline(site));
            } else {
                order.add(f);
            }
        }
        dsl.insertInto(SALES_ORDER).select(DSL.select(order).from(SALES_ORDER).join(map)
                .on(SALES_ORDER.ID.eq(oldId))).execute();
        for (Table<?> child : List.of(ACTIVITY, PAYMENT, APPROVAL_REQUEST)) {
            Field<?> id = child.field("id");
            Field<?> orderId = child.field("order_id");
            List<Field<?>> fields = new ArrayList<>();
            for (Field<?> f : child.fields()) {
                fields.add(f.equals(id) ? DSL.field("RANDOM_UUID()", UUID.class)
                        : f.equals(orderId) ? newId : f);
            }
            dsl.insertInto(child).select(DSL.select(fields).from(child).join(map)
                    .on(child.field("order_id", UUID.class).eq(oldId))).execute();
        }
        dsl.execute("DROP TABLE bench_map");
    }

    private static Object plainRead(LocalDatabase db) {
        return db.dsl().connectionResult(c -> {
            long sum = 0;
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT status, reserved_on, owning_site, advisor FROM sales_order"
                         + " WHERE deleted = FALSE")) {
                while (r.next()) {
                    sum += r.getString(1).length() + r.getDate(2).getTime() + r.getString(3).length();
                    String advisor = r.getString(4);
                    sum += advisor == null ? 0 : advisor.length();
                }
            }
            return sum;
        });
    }

    private static double median(int runs, Callable<Object> work) throws Exception {
        for (int i = 0; i < 3; i++) {
            work.call(); // warm-up: compiled code and H2's cache
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.call();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms[runs / 2];
    }
}
