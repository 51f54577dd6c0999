package fr.cession.sync;

import fr.cession.cli.SyncCommand;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;

import static fr.cession.store.schema.Tables.SALES_ORDER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same back-office order at two sites, refused creations, rows a desktop cannot take: nothing
 * wedges, every refusal names its order and what to do, nothing refused lingers unsent.
 */
class SyncDuplicatesTest extends SyncTestBase {

    @Test
    void theSameBackOfficeOrderImportedAtTwoSitesIsMergedWithTheLaterSitesEditsRebased() {
        Desktop lyon = desktop("LYON");
        Desktop paris = desktop("PARIS");
        UUID atLyon = lyon.createOrder("BO-2026-1");
        UUID lyonActivity = lyon.createActivity(atLyon, "Demande de déstockage B2C");
        UUID atParis = paris.createOrder("BO-2026-1");
        UUID parisActivity = paris.createActivity(atParis, "Demande de déstockage B2C");
        paris.edit("sales_order", atParis, atParis, "customer_phone", "0611223344");
        paris.edit("activity", parisActivity, atParis, "note", "clés au bureau");
        assertThat(lyon.syncOnce().ok()).isTrue();

        SyncReport merged = paris.syncOnce();
        assertThat(merged.ok()).as(merged.toString()).isTrue();
        assertThat(merged.mergedOrders()).isEqualTo(1);
        assertThat(merged.refusals()).isEmpty();
        assertThat(merged.blocked()).isZero();
        lyon.syncOnce();
        for (Desktop d : new Desktop[]{lyon, paris}) {
            assertThat(d.dsl().fetchCount(SALES_ORDER)).isEqualTo(1);
            assertThat(d.value("sales_order", atLyon, "customer_phone")).isEqualTo("0611223344");
            assertThat(d.value("activity", lyonActivity, "note")).isEqualTo("clés au bureau");
            assertThat(d.row("sales_order", atLyon)).isEqualTo(central.row("sales_order", atLyon));
            assertThat(d.pending()).isZero();
        }
        assertThat(paris.row("sales_order", atParis)).isNull();
        assertThat(central.count("sales_order")).isEqualTo(1);
        assertThat(central.count("activity")).as("the twin activity is one").isEqualTo(1);

        // later edits made at Paris on what it knows now travel normally, in both directions
        paris.edit("sales_order", atLyon, atLyon, "advisor", "paul");
        assertThat(paris.syncOnce().refusals()).isEmpty();
        assertThat(lyon.syncOnce().ok()).isTrue();
        assertThat(lyon.value("sales_order", atLyon, "advisor")).isEqualTo("paul");
    }

    @Test
    void theSameNumberForAnotherCustomerIsADuplicateToFixAndThePullGoesOn() {
        Desktop lyon = desktop("LYON");
        Desktop paris = desktop("PARIS");
        UUID atLyon = lyon.createOrder("BO-2026-2", "Martin");
        UUID atParis = paris.createOrder("BO-2026-2", "Durand");
        UUID other = paris.createOrder("PARIS-2026-0001", "Leroy");
        UUID child = paris.createActivity(atParis, "Demande de déstockage B2C");
        lyon.syncOnce();

        SyncReport refused = paris.syncOnce();
        assertThat(refused.ok()).as(refused.toString()).isTrue();
        assertThat(refused.refusals()).singleElement().asString().startsWith("Commande BO-2026-2 : doublon")
                .contains("LYON").contains("Martin").contains("Durand").contains("renvoyez-la");
        // the pulled order cannot enter Paris's store (its number is taken there): kept aside, the rest goes on
        assertThat(refused.blocked()).isEqualTo(1);
        assertThat(paris.row("sales_order", other)).isEqualTo(central.row("sales_order", other));
        assertThat(paris.sync().state().current().status()).isEqualTo(SyncStatus.EN_LIGNE);
        SyncRepair repair = new SyncRepair(paris.dsl(), clock, UUID::randomUUID);
        assertThat(repair.toFix()).singleElement().satisfies(f -> assertThat(f.number()).isEqualTo("BO-2026-2"));
        assertThat(new RefusalLog(paris.dsl()).unread()).hasSize(2)
                .allSatisfy(r -> assertThat(r.reason()).startsWith("Commande BO-2026-2 : "));
        assertThat(paris.pending()).as("nothing of it is sent until fixed").isZero();
        assertThat(central.dsl().fetchValue("select last_outcome from desktop where site = 'PARIS'").toString())
                .contains("1 refus").contains("bloqué");

        // still no wedge: Lyon keeps editing, Paris keeps syncing
        lyon.edit("sales_order", atLyon, atLyon, "advisor", "bob");
        lyon.syncOnce();
        SyncReport still = paris.syncOnce();
        assertThat(still.ok()).isTrue();
        assertThat(still.blocked()).isEqualTo(1);

        // a person renumbers Paris's order and sends it again: both orders everywhere, nothing blocked
        paris.edit("activity", child, atParis, "note", "modifiée en attendant");
        repair.renumber(atParis, "BO-2026-2-P", "manager", "PARIS");
        repair.resend(atParis, "manager", "PARIS");
        assertThat(repair.toFix()).isEmpty();
        SyncReport fixed = paris.syncOnce();
        assertThat(fixed.refusals()).as(fixed.toString()).isEmpty();
        assertThat(fixed.blocked()).isZero();
        lyon.syncOnce();
        for (Desktop d : new Desktop[]{lyon, paris}) {
            assertThat(d.value("sales_order", atParis, "number")).isEqualTo("BO-2026-2-P");
            assertThat(d.value("sales_order", atLyon, "advisor")).isEqualTo("bob");
            assertThat(d.value("activity", child, "note")).isEqualTo("modifiée en attendant");
            assertThat(d.row("sales_order", atParis)).isEqualTo(central.row("sales_order", atParis));
            assertThat(d.row("sales_order", atLyon)).isEqualTo(central.row("sales_order", atLyon));
            assertThat(d.pending()).isZero();
        }
        assertThat(new RefusalLog(paris.dsl()).unread()).isEmpty();
    }

    @Test
    void aCreationTheCentreCannotStoreNamesItsOrderAndCanBeWithdrawn() {
        Desktop paris = desktop("PARIS");
        UUID bad = paris.createOrder("BO-2026-3", "Dur\u0000and");
        paris.createActivity(bad, "Demande de déstockage B2C");
        SyncReport report = paris.syncOnce();
        assertThat(report.ok()).isTrue();
        assertThat(report.refusals()).singleElement().asString().startsWith("Commande BO-2026-3 : ")
                .contains("Corrigez");
        SyncRepair repair = new SyncRepair(paris.dsl(), Clock.systemUTC(), UUID::randomUUID);
        assertThat(repair.toFix()).hasSize(1);
        paris.edit("sales_order", bad, bad, "advisor", "zoé");
        assertThat(paris.pending()).isZero();

        // the person sees it on the command line and takes it back out of the desktop from there
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        SyncCommand command = new SyncCommand(paris.sync(), new ConflictResolver(paris.dsl(), Clock.systemUTC(),
                UUID::randomUUID), new RefusalLog(paris.dsl()), repair, "manager", "PARIS",
                new PrintStream(printed, true, StandardCharsets.UTF_8));
        assertThat(new CommandLine(command).execute("--a-corriger")).isZero();
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("1 commande(s) à corriger")
                .contains(bad.toString()).contains("BO-2026-3").contains("Corrigez");
        assertThat(new CommandLine(command).execute("--retirer", bad.toString())).isZero();
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("Commande retirée de ce poste");
        assertThat(paris.row("sales_order", bad)).isNull();
        assertThat(repair.toFix()).isEmpty();
        assertThat(new RefusalLog(paris.dsl()).unread()).isEmpty();
        assertThat(paris.syncOnce().pushed()).isZero();
        assertThat(central.count("sales_order")).isZero();
    }
}
