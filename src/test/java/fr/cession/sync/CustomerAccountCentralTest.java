package fr.cession.sync;

import fr.cession.domain.account.CustomerAccount;
import fr.cession.domain.account.CustomerAccountKind;
import fr.cession.domain.account.CustomerAccountSettings;
import fr.cession.domain.workflow.CustomerAccountDesk;
import fr.cession.store.JooqCustomerAccounts;
import fr.cession.sync.central.CentralAccounts;
import fr.cession.sync.central.CentralDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Customer accounts (seed 000, 004:13) are a register of the organisation, like its people: with a
 * person's own login, by raw SQL as by the desktop's sync, an organisation reads and writes only its
 * own accounts and members, and an order names only an account of its own organisation. An order
 * carrying its account and sub-account makes the round trip to another desktop of the organisation.
 */
class CustomerAccountCentralTest extends SyncTestBase {

    private final String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    private final String mainA = "chef_" + tag;
    private final String advisor = "conseil_" + tag;
    private final String manager = "manager_" + tag;
    private final String mainB = "partenaire_" + tag;
    private final String advisorB = "vendeur_" + tag;
    private UUID orgA;
    private UUID orgB;

    @BeforeEach
    void twoOrganisationsAndTheirPeople() {
        CentralAccounts admin = new CentralAccounts(new CentralDatabase(centralDs));
        orgA = admin.createOrganisation("DISTRIB", "Distributeur", "DISTRIBUTEUR");
        orgB = admin.createOrganisation("PARTENAIRE", "Garage partenaire", "VENDEUR_PARTENAIRE");
        admin.createSite(orgA, "LYON", "Lyon");
        admin.createSite(orgB, "NANTES", "Nantes");
        admin.createPerson(mainA, password(mainA), "Compte principal", orgA, "LYON", List.of("ADMINISTRATEUR"), true);
        admin.createPerson(mainB, password(mainB), "Compte partenaire", orgB, "NANTES", List.of("ADMINISTRATEUR"), true);
        CentralAccounts a = new CentralAccounts(new CentralDatabase(as(mainA)));
        a.createPerson(advisor, password(advisor), "Alice Conseil", orgA, "LYON", List.of("COMMERCIAL"), false);
        a.createPerson(manager, password(manager), "Chloé Manager", orgA, "LYON", List.of("MANAGER"), false);
        new CentralAccounts(new CentralDatabase(as(mainB))).createPerson(advisorB, password(advisorB), "Eve Vendeuse",
                orgB, "NANTES", List.of("COMMERCIAL"), false);
    }

    @Test
    void withTheirOwnLoginAPersonReadsAndWritesOnlyTheirOrganisationsCustomerAccounts() throws SQLException {
        UUID account = UUID.randomUUID();
        try (Connection c = as(advisor).getConnection()) {
            // whatever organisation the console names, the account is the writer's
            exec(c, "insert into customer_account (id, organisation_id, kind, name, deposit_percent) values ('" + account
                    + "', '" + orgB + "', 'SOCIETE', 'Transports Durand', 15)");
            exec(c, "insert into customer_account_member (id, account_id, organisation_id, name, id_number) values ('"
                    + UUID.randomUUID() + "', '" + account + "', '" + orgB + "', 'Luc Bernard', '12AB34567')");
            assertThat(strings(c, "select name from customer_account")).containsExactly("Transports Durand");
        }
        assertThat(central.dsl().fetchValue("select organisation_id from customer_account where id = ?", account))
                .isEqualTo(orgA);
        assertThat(central.dsl().fetchValue("select modified_by from customer_account where id = ?", account))
                .isEqualTo(advisor);

        try (Connection c = as(advisorB).getConnection()) {
            assertThat(strings(c, "select name from customer_account")).as("another organisation's accounts").isEmpty();
            assertThat(strings(c, "select name from customer_account_member")).isEmpty();
            assertThat(update(c, "update customer_account set deposit_percent = 0 where id = '" + account + "'"))
                    .as("nothing of theirs to change").isZero();
            SQLException e = refused(c, "insert into customer_account_member (id, account_id, organisation_id, name)"
                    + " values ('" + UUID.randomUUID() + "', '" + account + "', '" + orgB + "', 'Intrus')");
            assertThat(e.getMessage()).contains("« Intrus » ne peut être ajoutée qu'à un compte client de son organisation");
        }
        assertThat(central.dsl().fetchValue("select deposit_percent from customer_account where id = ?", account))
                .isEqualTo(15);

        // an order of organisation B cannot name A's account
        Desktop nantes = desktop("NANTES", as(advisorB));
        UUID orderB = nantes.createOrder("NANTES-2026-0001");
        nantes.edit("sales_order", orderB, orderB, "customer_account_id", account.toString(),
                "customer_account_name", "Transports Durand", "customer_account_kind", "SOCIETE");
        SyncReport report = nantes.syncOnce();
        assertThat(report.refusals()).hasSize(1);
        assertThat(report.refusals().get(0))
                .contains("le compte client « Transports Durand » n'est pas un compte de l'organisation de la commande");
        assertThat(central.dsl().fetchValue("select count(*) from sales_order where customer_account_id = ?", account))
                .isEqualTo(0L);
    }

    @Test
    void accountsAndAnOrderCarryingThemTravelToTheOrganisationsOtherDesktopsOnly() {
        Desktop lyon = desktop("LYON", as(advisor));
        CustomerAccountDesk desk = new CustomerAccountDesk(new JooqCustomerAccounts(lyon.dsl(), clock),
                CustomerAccountSettings.SEED_000, UUID::randomUUID);
        CustomerAccount broker = desk.create(CustomerAccountKind.PROFESSIONNEL, "Garage Lenoir", "552100554",
                "compta@lenoir.fr", null, new BigDecimal("350"));
        broker = desk.addMember(broker.id(), "Sophie Klein", null, null, "sophie@klein.fr");
        UUID sophie = broker.activeMembers().get(0).id();
        UUID order = lyon.createOrder("LYON-2026-0001");
        lyon.edit("sales_order", order, order, "customer_account_id", broker.id().toString(),
                "customer_account_name", "Garage Lenoir", "customer_account_kind", "PROFESSIONNEL",
                "sub_account_id", sophie.toString(), "sub_account_name", "Sophie Klein",
                "account_deposit_percent", "15", "account_commission_cents", "35000");

        SyncReport sent = lyon.syncOnce();
        assertThat(sent.refusals()).isEmpty();
        assertThat(central.dsl().fetchValue("select organisation_id from customer_account where id = ?", broker.id()))
                .isEqualTo(orgA);
        assertThat(new JooqCustomerAccounts(lyon.dsl(), clock).find(broker.id())).isPresent();
        assertThat(lyon.dsl().fetchValue("select count(*) from customer_account where pending")).isEqualTo(0L);

        Desktop managerDesk = desktop("LYON", as(manager));
        managerDesk.syncOnce();
        CustomerAccount there = new JooqCustomerAccounts(managerDesk.dsl(), clock).find(broker.id()).orElseThrow();
        assertThat(there.name()).isEqualTo("Garage Lenoir");
        assertThat(there.depositPercent()).isEqualTo(15);
        assertThat(there.commissionCents()).isEqualTo(35_000);
        assertThat(there.activeMembers()).extracting(m -> m.name()).containsExactly("Sophie Klein");
        assertThat(managerDesk.row("sales_order", order)).containsEntry("customer_account_id", broker.id().toString())
                .containsEntry("sub_account_id", sophie.toString()).containsEntry("sub_account_name", "Sophie Klein")
                .containsEntry("account_deposit_percent", "15").containsEntry("account_commission_cents", "35000");

        Desktop nantes = desktop("NANTES", as(advisorB));
        nantes.syncOnce();
        assertThat(new JooqCustomerAccounts(nantes.dsl(), clock).all()).as("another organisation's desktop").isEmpty();
        assertThat(nantes.row("sales_order", order)).isNull();
    }

    /** Issue 9: a refused change is shown with the central database's reason and not sent again and again. */
    @Test
    void anAccountTheCentralDatabaseRefusesKeepsItsReasonOnTheDesktopAndIsNotSentAgain() {
        Desktop lyon = desktop("LYON", as(advisor));
        CustomerAccount broker = new CustomerAccountDesk(new JooqCustomerAccounts(lyon.dsl(), clock),
                CustomerAccountSettings.SEED_000, UUID::randomUUID).create(CustomerAccountKind.PROFESSIONNEL,
                "Garage Lenoir", "552100554", "compta@lenoir.fr", null, new BigDecimal("350"));
        lyon.syncOnce();

        // another organisation's desktop holding a copy of that account (same id) tries to send it
        Desktop nantes = desktop("NANTES", as(advisorB));
        JooqCustomerAccounts there = new JooqCustomerAccounts(nantes.dsl(), clock);
        there.save(broker);
        assertThat(nantes.syncOnce().ok()).isTrue();

        assertThat(there.refusals()).containsOnlyKeys(broker.id());
        assertThat(nantes.dsl().fetchValue("select count(*) from customer_account where pending")).isEqualTo(0L);
        assertThat(central.dsl().fetchValue("select organisation_id from customer_account where id = ?", broker.id()))
                .isEqualTo(orgA);
        CustomerAccountSync.Result again = new CustomerAccountSync(nantes.dsl(), new CentralDatabase(as(advisorB))).run();
        assertThat(again.sent()).isZero();
        assertThat(again.refusals()).as("refused once, not at every synchronisation").isEmpty();

        // a person's new change clears the refusal and the row is sent again
        there.save(broker.withTerms(20, 0));
        assertThat(there.refusals()).isEmpty();
        assertThat(nantes.dsl().fetchValue("select count(*) from customer_account where pending")).isEqualTo(1L);
    }

    private static char[] password(String login) {
        return ("mot-de-passe-" + login).toCharArray();
    }

    private DataSource as(String login) {
        return CentralPg.as(centralDs, login, new String(password(login)));
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static int update(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            return s.executeUpdate(sql);
        }
    }

    private static SQLException refused(Connection c, String sql) {
        SQLException e = catchThrowableOfType(() -> exec(c, sql), SQLException.class);
        assertThat((Throwable) e).as("refused: " + sql).isNotNull();
        assertThat(e.getSQLState()).as(sql + " → " + e.getMessage()).isEqualTo("42501");
        return e;
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            List<String> out = new ArrayList<>();
            while (r.next()) {
                out.add(r.getString(1));
            }
            return out;
        }
    }
}
