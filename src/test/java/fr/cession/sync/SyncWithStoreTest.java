package fr.cession.sync;

import fr.cession.domain.audit.Change;
import fr.cession.domain.audit.FieldChange;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.user.Actor;
import fr.cession.domain.user.Role;
import fr.cession.store.dossier.JooqOrderFileRepository;
import fr.cession.sync.tables.SyncedTables;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static fr.cession.store.schema.Tables.CHANGE_OP;
import static org.assertj.core.api.Assertions.assertThat;

/** The sync over the store's own repository: its saves travel, its history reads what the sync wrote. */
class SyncWithStoreTest extends SyncTestBase {

    @Test
    void aResolvedConflictShowsInTheOrderHistoryAtEverySite() {
        Desktop lyon = desktop("LYON");
        Desktop paris = desktop("PARIS");
        paris.syncOnce(); // from now on Paris pulls incrementally, history included
        UUID order = lyon.createOrder("LYON-2026-0101");
        lyon.syncOnce();
        paris.syncOnce();
        lyon.edit("sales_order", order, order, "advisor", "bob");
        paris.edit("sales_order", order, order, "advisor", "carol");
        lyon.syncOnce();
        paris.syncOnce();
        lyon.syncOnce();

        ConflictResolver atParis = new ConflictResolver(paris.dsl(), clock);
        atParis.resolve(atParis.openConflicts().get(0).id(), "bob", "manager-PARIS", "PARIS");
        assertThat(paris.pending()).isEqualTo(2); // the field change and the conflict's closing
        paris.syncOnce();
        lyon.syncOnce();

        for (Desktop d : List.of(lyon, paris)) {
            var repo = new JooqOrderFileRepository(d.dsl(), UUID::randomUUID);
            List<Change> history = repo.history(order);
            assertThat(history).isNotEmpty();
            assertThat(history).allSatisfy(c -> assertThat(c.orderId()).isEqualTo(order));
            Change last = history.get(history.size() - 1);
            assertThat(last.by()).isEqualTo("manager-PARIS");
            assertThat(last.fields()).containsExactly(new FieldChange("advisor", "carol", "bob"));
            assertThat(repo.load(order).orElseThrow().order().advisor()).isEqualTo("bob");
            assertThat(new ConflictResolver(d.dsl(), clock).openConflicts()).isEmpty();
            // the conflict itself is no entity of the order history
            assertThat(d.dsl().fetchCount(CHANGE_OP, CHANGE_OP.ENTITY.eq(SyncedTables.CONFLICT))).isZero();
        }
        assertThat(central.dsl().fetchValue("select status from sync_conflict")).isEqualTo("RESOLU");
    }

    @Test
    void aSaveThroughTheRepositoryTravelsAndIsCountedAsWaiting() {
        Desktop lyon = desktop("LYON");
        Desktop paris = desktop("PARIS");
        UUID order = lyon.createOrder("LYON-2026-0102");
        lyon.syncOnce();
        paris.syncOnce();
        var repo = new JooqOrderFileRepository(lyon.dsl(), UUID::randomUUID);
        OrderFile before = repo.load(order).orElseThrow();
        LocalDateTime handover = LocalDateTime.parse("2026-03-20T14:30:00");
        repo.save(before, before.withOrder(before.order().withHandoverAt(handover)), actor("LYON"), clock.instant());

        lyon.sync().refreshState();
        assertThat(lyon.sync().state().current().pendingChanges()).isEqualTo(1);
        assertThat(lyon.syncOnce().pushed()).isEqualTo(1);
        assertThat(lyon.sync().state().current().pendingChanges()).isZero();
        paris.syncOnce();
        assertThat(new JooqOrderFileRepository(paris.dsl(), UUID::randomUUID).load(order).orElseThrow().order()
                .handoverAt()).isEqualTo(handover);
    }

    /**
     * A user's save committing while a pull rewrites the same row: the pull locks the row before
     * reading the pending changes, so it waits for the save and lays it over the central state
     * instead of overwriting it with what it read before.
     */
    @Test
    void aSaveCommittedDuringAPullIsNotOverwritten() throws Exception {
        Desktop lyon = desktop("LYON");
        Desktop paris = desktop("PARIS");
        UUID order = lyon.createOrder("LYON-2026-0103");
        lyon.syncOnce();
        paris.syncOnce();
        paris.edit("sales_order", order, order, "advisor", "carol");
        paris.syncOnce();

        LocalDateTime handover = LocalDateTime.parse("2026-03-21T10:00:00");
        try (Connection c = lyon.dataSource().getConnection()) {
            c.setAutoCommit(false);
            var tx = DSL.using(c, SQLDialect.H2);
            var repo = new JooqOrderFileRepository(tx, UUID::randomUUID);
            OrderFile before = repo.load(order).orElseThrow();
            repo.save(tx, before, before.withOrder(before.order().withHandoverAt(handover)), actor("LYON"),
                    clock.instant());
            Thread[] puller = new Thread[1];
            CompletableFuture<SyncReport> pull = CompletableFuture.supplyAsync(() -> {
                puller[0] = Thread.currentThread();
                return lyon.syncOnce();
            });
            assertThat(Await.until(() -> waitsOnH2Lock(puller[0]), Duration.ofSeconds(20))).isTrue();
            c.commit();
            assertThat(pull.get().ok()).isTrue();
        }
        assertThat(lyon.value("sales_order", order, "advisor")).isEqualTo("carol");
        assertThat(lyon.value("sales_order", order, "handover_at")).isEqualTo(handover.toString());
        lyon.syncOnce();
        paris.syncOnce();
        assertThat(paris.row("sales_order", order)).isEqualTo(central.row("sales_order", order));
        assertThat(lyon.row("sales_order", order)).isEqualTo(central.row("sales_order", order));
        assertThat(central.value("sales_order", order, "handover_at")).isEqualTo(handover.toString());
    }

    private static boolean waitsOnH2Lock(Thread t) {
        if (t == null || (t.getState() != Thread.State.TIMED_WAITING && t.getState() != Thread.State.WAITING)) {
            return false;
        }
        return Arrays.stream(t.getStackTrace()).anyMatch(f -> f.getClassName().startsWith("org.h2.mvstore.tx"));
    }

    private static Actor actor(String site) {
        return new Actor("user-" + site, "Utilisateur " + site, Role.ADV, site);
    }
}
