package fr.cession.sync;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static fr.cession.store.schema.Tables.CHANGE_OP;
import static org.assertj.core.api.Assertions.assertThat;

/** Two or three desktops and one central database: the ordinary life of the sync. */
class SyncScenariosTest extends SyncTestBase {

    @Test
    void withoutCentralDatabaseTheDesktopRunsLocalOnlyAndSaysSo() {
        Desktop alone = desktop("LYON", null);
        SyncReport report = alone.syncOnce();
        assertThat(report.status()).isEqualTo(SyncStatus.LOCAL_ONLY);
        assertThat(report.error()).contains("fonctionnement local uniquement");
        assertThat(alone.sync().state().current().status()).isEqualTo(SyncStatus.LOCAL_ONLY);

        var text = new java.io.ByteArrayOutputStream();
        var command = new fr.cession.cli.SyncCommand(alone.sync(), new ConflictResolver(alone.dsl(), clock),
                new RefusalLog(alone.dsl()), "alice", "LYON", new java.io.PrintStream(text, true, java.nio.charset.StandardCharsets.UTF_8));
        int exit = new picocli.CommandLine(command).execute();
        assertThat(exit).isEqualTo(1);
        assertThat(text.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("Mode local").contains("fonctionnement local uniquement");
    }

    @Test
    void theCommandPrintsTheReport() {
        Desktop lyon = desktop("LYON");
        lyon.createOrder("LYON-2026-0009");
        var text = new java.io.ByteArrayOutputStream();
        var command = new fr.cession.cli.SyncCommand(lyon.sync(), new ConflictResolver(lyon.dsl(), clock),
                new RefusalLog(lyon.dsl()), "alice", "LYON", new java.io.PrintStream(text, true, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(new picocli.CommandLine(command).execute()).isZero();
        assertThat(text.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("envoyées : 1").contains("En ligne");
    }

    @Test
    void anOrderCreatedAtOneSiteReachesTheOtherWithItsHistory() {
        Desktop lyon = desktop("LYON");
        Desktop paris = desktop("PARIS");
        UUID order = lyon.createOrder("LYON-2026-0001");
        UUID activity = lyon.createActivity(order, "Demande de déstockage B2C");
        assertThat(lyon.syncOnce().pushed()).isEqualTo(2);
        assertThat(lyon.pending()).isZero();

        SyncReport first = paris.syncOnce();
        assertThat(first.fullResync()).isTrue();
        assertThat(paris.value("activity", activity, "title")).isEqualTo("Demande de déstockage B2C");

        lyon.edit("sales_order", order, order, "advisor", "bob");
        lyon.syncOnce();
        SyncReport second = paris.syncOnce();
        assertThat(second.fullResync()).isFalse();
        assertThat(second.pulledChanges()).isEqualTo(1);
        assertThat(paris.value("sales_order", order, "advisor")).isEqualTo("bob");
        assertThat(paris.value("sales_order", order, "version")).isEqualTo(central.value("sales_order", order, "version"));
        // the other site's change joins the order's history, marked as coming from afar
        assertThat(paris.dsl().fetchCount(CHANGE_OP, CHANGE_OP.ORIGIN.eq("DISTANT").and(CHANGE_OP.SITE.eq("LYON"))))
                .isEqualTo(1);
    }

    @Test
    void offlineEditsOfDifferentFieldsAreMergedFieldByField() {
        Desktop lyon = desktop("LYON");
        Desktop paris = desktop("PARIS");
        UUID order = lyon.createOrder("LYON-2026-0002");
        lyon.syncOnce();
        paris.syncOnce();

        lyon.edit("sales_order", order, order, "customer_phone", "0601020304");
        paris.edit("sales_order", order, order, "advisor", "carol");
        lyon.syncOnce();
        SyncReport parisReport = paris.syncOnce();
        lyon.syncOnce();

        assertThat(parisReport.newConflicts()).isZero();
        for (Desktop d : new Desktop[]{lyon, paris}) {
            assertThat(d.value("sales_order", order, "customer_phone")).isEqualTo("0601020304");
            assertThat(d.value("sales_order", order, "advisor")).isEqualTo("carol");
            assertThat(d.row("sales_order", order)).isEqualTo(central.row("sales_order", order));
        }
        assertThat(central.count("sync_conflict")).isZero();
    }

    @Test
    void theSameFieldChangedAtTwoSitesKeepsTheLaterValueAndRecordsBoth() {
        Desktop lyon = desktop("LYON");
        Desktop paris = desktop("PARIS");
        UUID order = lyon.createOrder("LYON-2026-0003");
        lyon.syncOnce();
        paris.syncOnce();

        lyon.edit("sales_order", order, order, "advisor", "bob");      // earlier
        paris.edit("sales_order", order, order, "advisor", "carol");   // later: wins
        lyon.syncOnce();
        SyncReport parisReport = paris.syncOnce();
        lyon.syncOnce();

        assertThat(parisReport.newConflicts()).isEqualTo(1);
        assertThat(central.value("sales_order", order, "advisor")).isEqualTo("carol");
        for (Desktop d : new Desktop[]{lyon, paris}) {
            assertThat(d.value("sales_order", order, "advisor")).isEqualTo("carol");
            var open = new ConflictResolver(d.dsl(), clock).openConflicts();
            assertThat(open).singleElement().satisfies(c -> {
                assertThat(c.field()).isEqualTo("advisor");
                assertThat(c.keptValue()).isEqualTo("carol");
                assertThat(c.keptSite()).isEqualTo("PARIS");
                assertThat(c.lostValue()).isEqualTo("bob");
                assertThat(c.lostSite()).isEqualTo("LYON");
                assertThat(c.lostBy()).isEqualTo("user-LYON");
            });
            assertThat(d.sync().state().current().openConflicts()).isEqualTo(1);
        }

        // A person at Lyon looks at both values and chooses bob: a change that syncs like any other.
        ConflictResolver atLyon = new ConflictResolver(lyon.dsl(), clock);
        atLyon.resolve(atLyon.openConflicts().get(0).id(), "bob", "manager-LYON", "LYON");
        lyon.syncOnce();
        paris.syncOnce();
        for (Desktop d : new Desktop[]{lyon, paris}) {
            assertThat(d.value("sales_order", order, "advisor")).isEqualTo("bob");
            assertThat(new ConflictResolver(d.dsl(), clock).openConflicts()).isEmpty();
        }
        assertThat(central.dsl().fetchValue("select status from sync_conflict")).isEqualTo("RESOLU");
    }

    /** The later push carries the EARLIER edit here: "last push wins" would keep bob, the rule keeps carol. */
    @Test
    void theLaterEditWinsEvenWhenItIsPushedFirst() {
        Desktop lyon = desktop("LYON");
        Desktop paris = desktop("PARIS");
        UUID order = lyon.createOrder("LYON-2026-0006");
        lyon.syncOnce();
        paris.syncOnce();

        lyon.edit("sales_order", order, order, "advisor", "bob");      // earlier
        paris.edit("sales_order", order, order, "advisor", "carol");   // later
        paris.syncOnce();
        SyncReport lyonReport = lyon.syncOnce();
        paris.syncOnce();

        assertThat(lyonReport.newConflicts()).isEqualTo(1);
        assertThat(central.value("sales_order", order, "advisor")).isEqualTo("carol");
        for (Desktop d : new Desktop[]{lyon, paris}) {
            assertThat(d.value("sales_order", order, "advisor")).isEqualTo("carol");
            var byOrder = new ConflictResolver(d.dsl(), clock).openByOrder();
            assertThat(byOrder).containsOnlyKeys(order);
            assertThat(byOrder.get(order)).singleElement().satisfies(c -> {
                assertThat(c.keptValue()).isEqualTo("carol");
                assertThat(c.lostValue()).isEqualTo("bob");
            });
        }
    }

    @Test
    void aDeletionTravelsToTheOtherSites() {
        Desktop lyon = desktop("LYON");
        Desktop paris = desktop("PARIS");
        UUID order = lyon.createOrder("LYON-2026-0004");
        UUID activity = lyon.createActivity(order, "Contrôle CT et révision B2C");
        lyon.syncOnce();
        paris.syncOnce();

        paris.delete("activity", activity, order);
        SyncReport report = paris.syncOnce();
        assertThat(report.refusals()).isEmpty();
        assertThat(report.pushed()).isEqualTo(1);
        SyncReport lyonReport = lyon.syncOnce();
        assertThat(lyonReport.pulledRows()).as(lyonReport.toString()).isEqualTo(1);
        assertThat(central.value("activity", activity, "deleted")).isEqualTo("true");
        assertThat(lyon.value("activity", activity, "deleted")).isEqualTo("true");
    }

    @Test
    void aStaleSchemaVersionRefusesToSyncAndSaysWhyInFrench() {
        Desktop lyon = desktop("LYON");
        lyon.createOrder("LYON-2026-0005");
        central.dsl().execute("update sync_meta set schema_version = 2");
        SyncReport report = lyon.syncOnce();
        assertThat(report.status()).isEqualTo(SyncStatus.SCHEMA_INCOMPATIBLE);
        assertThat(report.error()).contains("version 1").contains("version 2").contains("Mettez l'application à jour");
        assertThat(lyon.pending()).isEqualTo(1);
        assertThat(central.count("sales_order")).isZero();
        // issue 8: « A desktop reports its real last outcome and backlog centrally »
        assertThat(central.dsl().fetchSingle("select last_outcome, backlog from desktop where site = 'LYON'"))
                .satisfies(r -> {
                    assertThat(r.get(0, String.class)).contains("schéma");
                    assertThat(r.get(1, Integer.class)).isEqualTo(1);
                });

        central.dsl().execute("update sync_meta set schema_version = 1");
        assertThat(lyon.syncOnce().ok()).isTrue();
        assertThat(central.dsl().fetchSingle("select last_outcome, backlog from desktop where site = 'LYON'"))
                .satisfies(r -> {
                    assertThat(r.get(0, String.class)).isEqualTo("ok");
                    assertThat(r.get(1, Integer.class)).isZero();
                });
    }
}
