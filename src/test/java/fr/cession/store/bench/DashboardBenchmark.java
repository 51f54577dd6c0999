package fr.cession.store.bench;

import fr.cession.domain.audit.OrderFields;
import fr.cession.domain.dashboard.DashboardFilter;
import fr.cession.domain.dashboard.DashboardQueries;
import fr.cession.domain.dashboard.DashboardSlice;
import fr.cession.domain.demo.DemoDataGenerator;
import fr.cession.domain.demo.DemoRequest;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.Order;
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
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Not a test: the manager's dashboard (every figure, then one click-through) and the agenda's month
 * on a store of {@code orders} demonstration orders over five sites, against a baseline measured in
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

    /** Demonstration orders by batches of the generator's maximum, each batch a site, numbers kept apart. */
    private static void load(LocalDatabase db, Playbook playbook, Clock clock, int orders) {
        DemoDataGenerator generator = new DemoDataGenerator(playbook, new FrenchCalendar(), clock);
        BulkLoader loader = new BulkLoader(db.dsl(), new TimeOrderedIds(clock), 500);
        int batch = 0;
        for (int done = 0; done < orders; done += DemoDataGenerator.MAX_ORDERS, batch++) {
            int n = Math.min(DemoDataGenerator.MAX_ORDERS, orders - done);
            String site = SITES.get(batch % SITES.size());
            List<OrderFile> files = new ArrayList<>(n);
            String prefix = "B" + batch + "-";
            generator.generate(new DemoRequest(DemoRequest.DEFAULT_SEED + batch, n, site,
                    List.of("j.dupont", "s.benali", "l.moreau", "a.martin")), f -> files.add(renumbered(f, prefix)));
            loader.loadForThisStationOnly(files, Actors.commercial(site), clock.instant());
        }
    }

    private static OrderFile renumbered(OrderFile file, String prefix) {
        Order o = file.order();
        Map<String, String> fields = OrderFields.of(o);
        fields.put("number", prefix + o.number());
        return file.withOrder(OrderFields.from(o.id(), fields, o.meta()));
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
