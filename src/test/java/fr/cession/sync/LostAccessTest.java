package fr.cession.sync;

import fr.cession.sync.central.CentralAccounts;
import fr.cession.sync.central.CentralDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.List;
import java.util.UUID;

import static fr.cession.store.schema.Tables.CHANGE_OP;
import static fr.cession.store.schema.Tables.SYNC_REFUSAL;
import static org.assertj.core.api.Assertions.assertThat;

/** When a person loses access to an order, their desktop's copy goes at the next sync (issue: people and logins). */
class LostAccessTest extends SyncTestBase {

    private final String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    private final String advisor = "conseil_" + tag;
    private UUID orgA;
    private UUID orgB;

    @BeforeEach
    void twoOrganisations() {
        CentralAccounts admin = new CentralAccounts(new CentralDatabase(centralDs));
        orgA = admin.createOrganisation("DISTRIB", "Distributeur", "DISTRIBUTEUR");
        orgB = admin.createOrganisation("PARTENAIRE", "Garage partenaire", "VENDEUR_PARTENAIRE");
        admin.createSite(orgA, "LYON", "Lyon");
        admin.createPerson(advisor, password(), "Alice Conseil", orgA, "LYON", List.of("COMMERCIAL"), false);
    }

    @Test
    void anOrderMovedToAnotherOrganisationLeavesTheDesktopWithItsHistory() {
        Desktop lyon = desktop("LYON", as(advisor));
        UUID kept = lyon.createOrder("LYON-2026-0001");
        UUID moved = lyon.createOrder("LYON-2026-0002");
        lyon.createActivity(moved, "Demande de déstockage B2C");
        lyon.syncOnce();
        assertThat(lyon.pending()).isZero();

        moveToOrganisation(moved, orgB);
        SyncReport report = lyon.syncOnce();

        assertThat(report.status()).isEqualTo(SyncStatus.EN_LIGNE);
        assertThat(lyon.row("sales_order", moved)).isNull();
        assertThat(lyon.dsl().fetchCount(CHANGE_OP, CHANGE_OP.ORDER_ID.eq(moved))).as("its history goes too").isZero();
        assertThat(lyon.row("sales_order", kept)).isNotNull();
        assertThat(lyon.dsl().fetchCount(CHANGE_OP, CHANGE_OP.ORDER_ID.eq(kept))).isPositive();
        assertThat(central.dsl().fetchValue("select last_outcome from desktop where site = 'LYON' order by last_seen desc limit 1")
                .toString()).contains("1 commande(s) retirée(s)");
    }

    @Test
    void aChangeMadeBeforeTheLossIsRefusedWithItsNumberAndTheCopyGoesAfter() {
        Desktop lyon = desktop("LYON", as(advisor));
        UUID order = lyon.createOrder("LYON-2026-0003");
        lyon.syncOnce();
        moveToOrganisation(order, orgB);
        lyon.edit("sales_order", order, order, "advisor", "bob");

        lyon.syncOnce();

        assertThat(lyon.row("sales_order", order)).isNull();
        assertThat(lyon.dsl().fetchValue(SYNC_REFUSAL.ORDER_NUMBER, SYNC_REFUSAL.ORDER_ID.eq(order)))
                .as("the refusal stays, naming the order").isEqualTo("LYON-2026-0003");
        assertThat(central.value("sales_order", order, "advisor")).isEqualTo("alice");
    }

    @Test
    void aLoginThatSeesEverythingNeverEmptiesItsDesktop() {
        Desktop admin = desktop("LYON");
        UUID order = admin.createOrder("LYON-2026-0004");
        admin.syncOnce();
        moveToOrganisation(order, orgB);

        admin.syncOnce();

        assertThat(admin.row("sales_order", order)).isNotNull();
    }

    private void moveToOrganisation(UUID order, UUID organisation) {
        central.dsl().execute("update sales_order set organisation_id = ? where id = ?", organisation, order);
    }

    private char[] password() {
        return ("mot-de-passe-" + advisor).toCharArray();
    }

    private DataSource as(String login) {
        return CentralPg.as(centralDs, login, new String(password()));
    }
}
