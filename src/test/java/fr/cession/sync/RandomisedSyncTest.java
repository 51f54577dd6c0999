package fr.cession.sync;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static fr.cession.store.schema.Tables.CHANGE_FIELD;
import static fr.cession.store.schema.Tables.CHANGE_OP;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several sites edit at random while links are cut (mid-batch, or right after a central
 * commit) and processes restart. At the end every site equals the central database, every
 * edit acknowledged by the centre is there once, and none is lost without a recorded conflict.
 * Three seeds by default (CI time); more: {@code ./mvnw test -Dtest=RandomisedSyncTest -Dtest.extraArgs=-Dsync.random.seeds=500}.
 */
class RandomisedSyncTest extends SyncTestBase {

    private static final String[] ORDER_FIELDS = {"advisor", "customer_phone", "vehicle_mileage_km", "customer_email"};
    private static final String[] ACTIVITY_FIELDS = {"note", "assignee"};

    @Test
    void sitesConvergeWhateverTheFailures() {
        int seeds = Integer.getInteger("sync.random.seeds", 3);
        long first = Long.getLong("sync.random.first", 1);
        for (long seed = first; seed < first + seeds; seed++) {
            if (seed > first) {
                centralDs = CentralPg.newDatabase();
                central = new CentralView(centralDs);
            }
            runSeed(seed);
        }
    }

    private record Site(Desktop desktop, CuttableDataSource link) {
    }

    private void runSeed(long seed) {
        Random rnd = new Random(seed);
        List<Site> sites = new ArrayList<>();
        for (String code : new String[]{"LYON", "PARIS", "NANTES"}) {
            CuttableDataSource link = new CuttableDataSource(centralDs);
            sites.add(new Site(desktop(code, link), link));
        }
        Desktop founder = sites.get(0).desktop();
        Map<UUID, List<UUID>> orders = new HashMap<>();
        for (int i = 0; i < 3; i++) {
            UUID order = founder.createOrder("LYON-" + seed + "-" + i);
            orders.put(order, new ArrayList<>(List.of(founder.createActivity(order, "A"), founder.createActivity(order, "B"))));
        }
        sites.forEach(s -> s.desktop().syncOnce());
        List<UUID> orderIds = new ArrayList<>(orders.keySet());

        for (int step = 0; step < 60; step++) {
            Site site = sites.get(rnd.nextInt(sites.size()));
            Desktop d = site.desktop();
            UUID order = orderIds.get(rnd.nextInt(orderIds.size()));
            int action = rnd.nextInt(100);
            if (action < 40) {
                String field = ORDER_FIELDS[rnd.nextInt(ORDER_FIELDS.length)];
                int v = rnd.nextInt(4);
                d.edit("sales_order", order, order, field, field.equals("vehicle_mileage_km") ? Integer.toString(1000 + v) : "v" + v);
            } else if (action < 52) {
                UUID activity = pick(rnd, d, orders.get(order));
                if (activity != null) {
                    d.edit("activity", activity, order, ACTIVITY_FIELDS[rnd.nextInt(ACTIVITY_FIELDS.length)], "n" + rnd.nextInt(3));
                }
            } else if (action < 55) {
                UUID activity = pick(rnd, d, orders.get(order));
                if (activity != null) {
                    d.delete("activity", activity, order);
                }
            } else if (action < 60) {
                if (d.row("sales_order", order) != null) {
                    orders.get(order).add(d.createActivity(order, "X" + step));
                }
            } else if (action < 63) {
                ConflictResolver resolver = new ConflictResolver(d.dsl(), clock);
                var open = resolver.openConflicts();
                if (!open.isEmpty()) {
                    var c = open.get(rnd.nextInt(open.size()));
                    resolver.resolve(c.id(), c.lostValue(), "manager", d.site);
                }
            } else if (action < 90) {
                int failure = rnd.nextInt(10);
                if (failure < 3) {
                    site.link().cutAfterStatements(rnd.nextInt(30));
                } else if (failure == 3) {
                    site.link().cutAfterNextCommit();
                }
                d.syncOnce();
                site.link().heal();
            } else if (action < 95) {
                d.restart();
            } else {
                site.link().down(rnd.nextBoolean());
            }
        }
        sites.forEach(s -> s.link().heal());
        for (int round = 0; round < 3; round++) {
            for (Site s : sites) {
                SyncReport r = s.desktop().syncOnce();
                assertThat(r.ok()).as("seed %d: %s", seed, r).isTrue();
            }
        }
        for (Site s : sites) {
            assertConverged(seed, s.desktop());
            assertEveryEditAccountedFor(seed, s.desktop());
        }
        assertNothingAppliedTwice(seed);
        assertNoLostUpdateCentrally(seed);
    }

    /** An activity the site has (created there or pulled), or null. */
    private static UUID pick(Random rnd, Desktop d, List<UUID> candidates) {
        UUID id = candidates.get(rnd.nextInt(candidates.size()));
        return d.row("activity", id) == null ? null : id;
    }

    private void assertConverged(long seed, Desktop d) {
        assertThat(d.pending()).as("seed %d %s pending", seed, d.site).isZero();
        for (String table : SyncedTables.ALL) {
            var t = SyncedTables.table(table);
            Map<UUID, Map<String, String>> local = new HashMap<>();
            d.dsl().selectFrom(t).forEach(r -> local.put(r.get(SyncedTables.id(t)), ValueCodec.row(t, r)));
            Map<UUID, Map<String, String>> centre = new HashMap<>();
            central.dsl().selectFrom(t).forEach(r -> centre.put(r.get(SyncedTables.id(t)), ValueCodec.row(t, r)));
            assertThat(local).as("seed %d %s %s", seed, d.site, table).isEqualTo(centre);
        }
    }

    /** Each pushed field is either applied (in the op's change-feed entry) or the losing side of a recorded conflict. */
    private void assertEveryEditAccountedFor(long seed, Desktop d) {
        DSLContext c = central.dsl();
        for (Record r : d.dsl().select(CHANGE_OP.OP_ID, CHANGE_FIELD.FIELD, CHANGE_FIELD.NEW_VALUE).from(CHANGE_OP)
                .join(CHANGE_FIELD).on(CHANGE_FIELD.OP_ID.eq(CHANGE_OP.OP_ID)).where(CHANGE_OP.ORIGIN.eq("LOCAL")).fetch()) {
            UUID op = r.get(CHANGE_OP.OP_ID);
            String outcome = (String) c.fetchValue("select outcome from applied_op where op_id = ?", op);
            assertThat(outcome).as("seed %d op %s acknowledged", seed, op).isEqualTo("APPLIQUEE");
            String field = r.get(CHANGE_FIELD.FIELD);
            String value = r.get(CHANGE_FIELD.NEW_VALUE);
            boolean applied = c.fetchExists(c.selectOne().from("central_change, jsonb_array_elements(fields) f")
                    .where("op_id = ? and f->>'f' = ? and (f->>'n') is not distinct from ?", op, field, value));
            boolean lost = c.fetchExists(c.selectOne().from("sync_conflict")
                    .where("op_id = ? and field = ? and lost_value is not distinct from ?", op, field, value));
            assertThat(applied || lost).as("seed %d op %s field %s=%s", seed, op, field, value).isTrue();
        }
    }

    /** A row's version counts the operations applied to it: one more would mean one applied twice. */
    private void assertNothingAppliedTwice(long seed) {
        for (String table : SyncedTables.ALL) {
            if (table.equals(SyncedTables.CONFLICT)) {
                continue;
            }
            var t = SyncedTables.table(table);
            central.dsl().selectFrom(t).forEach(r -> {
                UUID id = r.get(SyncedTables.id(t));
                int changes = central.dsl().fetchCount(central.dsl().selectFrom("central_change")
                        .where("entity_id = ? and op_id is not null", id));
                int applied = central.dsl().fetchCount(central.dsl().selectFrom("applied_op")
                        .where("entity_id = ? and outcome = 'APPLIQUEE'", id));
                assertThat(r.get(SyncedTables.version(t))).as("seed %d %s", seed, id).isEqualTo((long) changes);
                assertThat(applied).isEqualTo(changes);
            });
        }
    }

    /** The central value of every field is the one its last applied change set. */
    private void assertNoLostUpdateCentrally(long seed) {
        var last = central.dsl().fetch("""
                select distinct on (c.entity_id, f->>'f') c.entity, c.entity_id, f->>'f' as field, f->>'n' as value
                from central_change c, jsonb_array_elements(c.fields) f
                where c.op_id is not null
                order by c.entity_id, f->>'f', c.seq desc""");
        for (Record r : last) {
            String value = central.value(r.get("entity", String.class), r.get("entity_id", UUID.class), r.get("field", String.class));
            assertThat(value).as("seed %d %s.%s", seed, r.get("entity_id"), r.get("field")).isEqualTo(r.get("value", String.class));
        }
    }
}
