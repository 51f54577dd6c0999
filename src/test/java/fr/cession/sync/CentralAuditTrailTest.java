package fr.cession.sync;

import fr.cession.sync.central.CentralAccounts;
import fr.cession.sync.central.CentralAccounts.AccountEvent;
import fr.cession.sync.central.CentralAccounts.AccountRefusedException;
import fr.cession.sync.central.CentralAccounts.AssignedActivity;
import fr.cession.sync.central.CentralDatabase;
import fr.cession.sync.central.CentralLogin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Issue 9, protection of data: logins, decisions on requests and account changes go to one
 * append-only trail at the central database, read by the organisation's managers and main
 * account only; and a person to disable is handed over with their open activities.
 */
class CentralAuditTrailTest extends SyncTestBase {

    private final String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    private final String main = "chef_" + tag;
    private final String advisor = "conseil_" + tag;
    private final String manager = "manager_" + tag;
    private final String other = "autre_" + tag;
    private UUID org;

    @BeforeEach
    void anOrganisationAndItsPeople() {
        CentralAccounts admin = new CentralAccounts(new CentralDatabase(centralDs));
        org = admin.createOrganisation("DISTRIB", "Distributeur", "DISTRIBUTEUR");
        UUID otherOrg = admin.createOrganisation("AUTRE", "Autre", "DISTRIBUTEUR");
        admin.createSite(org, "LYON", "Lyon");
        admin.createSite(otherOrg, "NANTES", "Nantes");
        admin.createPerson(main, password(main), "Compte principal", org, "LYON", List.of("ADMINISTRATEUR"), true);
        admin.createPerson(other, password(other), "Autre manager", otherOrg, "NANTES", List.of("MANAGER"), true);
        accounts(main).createPerson(advisor, password(advisor), "Alice Conseil", org, "LYON", List.of("COMMERCIAL"), false);
        accounts(main).createPerson(manager, password(manager), "Chloé Manager", org, "LYON", List.of("MANAGER"), false);
    }

    @Test
    void loginsDecisionsAndAccountChangesAreInTheTrailOfTheOrganisationOnly() throws SQLException {
        Desktop lyon = desktop("LYON", as(advisor));
        UUID order = lyon.createOrder("LYON-2026-0101");
        UUID request = lyon.createApproval(order, "REMBOURSEMENT", advisor, "500");
        assertThat(lyon.syncOnce().refusals()).isEmpty();

        assertThat(new CentralLogin(CentralPg.url(centralDs), 3).check(manager, password(manager)))
                .isInstanceOf(CentralLogin.Outcome.Person.class);
        assertThat(new CentralLogin(CentralPg.url(centralDs), 3).check(manager, "faux-mot-de-passe".toCharArray()))
                .isInstanceOf(CentralLogin.Outcome.WrongPassword.class);
        try (Connection c = as(manager).getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("update approval_request set status = 'APPROUVEE', decided_by = '" + manager
                    + "', decided_at = now() where id = '" + request + "'");
        }
        accounts(main).setRoles(advisor, List.of("COMMERCIAL", "ADV"));

        List<AccountEvent> trail = accounts(manager).journal(null);
        assertThat(trail).extracting(e -> e.actor() + " " + e.action() + " " + e.target())
                .containsSubsequence(main + " COMPTE_CREE " + advisor, manager + " CONNEXION " + manager,
                        manager + " DEMANDE_APPROUVEE " + advisor, main + " ROLES_CHANGES " + advisor)
                .as("one login in the trail: the wrong password never connected")
                .filteredOn(l -> l.contains(" CONNEXION ")).hasSize(1);
        assertThat(trail).filteredOn(e -> e.action().equals("DEMANDE_APPROUVEE")).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("LYON-2026-0101", "REMBOURSEMENT", "500"));
        assertThat(accounts(main).journal(null)).as("the main account reads it too").hasSameSizeAs(trail);
        assertThat(accounts(other).journal(null)).extracting(AccountEvent::target).doesNotContain(advisor, manager);

        assertThatThrownBy(() -> accounts(advisor).journal(null)).isInstanceOf(AccountRefusedException.class)
                .hasMessageContaining("un manager ou le compte principal");
        try (Connection c = as(manager).getConnection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.execute("delete from account_event")).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> s.execute("insert into account_event (action, target) values ('CONNEXION', 'x')"))
                    .isInstanceOf(SQLException.class);
        }
    }

    @Test
    void aPersonToDisableIsHandedOverWithTheirOpenActivities() {
        Desktop lyon = desktop("LYON", as(advisor));
        UUID order = lyon.createOrder("LYON-2026-0102");
        UUID theirs = lyon.createActivity(order, "Appeler le client");
        lyon.edit("activity", theirs, order, "assignee", advisor);
        UUID done = lyon.createActivity(order, "Déjà faite");
        lyon.edit("activity", done, order, "assignee", advisor, "state", "FAITE");
        lyon.createActivity(order, "Activité de l'ADV");
        assertThat(lyon.syncOnce().refusals()).isEmpty();

        assertThat(accounts(main).openActivitiesOf(advisor)).extracting(AssignedActivity::orderNumber,
                AssignedActivity::title).containsExactly(tuple("LYON-2026-0102",
                "Appeler le client"));
        assertThat(accounts(other).openActivitiesOf(advisor)).as("another organisation sees nothing").isEmpty();
    }

    private CentralAccounts accounts(String login) {
        return new CentralAccounts(new CentralDatabase(as(login)));
    }

    private static char[] password(String login) {
        return ("mot-de-passe-" + login).toCharArray();
    }

    private DataSource as(String login) {
        return CentralPg.as(centralDs, login, new String(password(login)));
    }
}
