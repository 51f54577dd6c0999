package fr.cession.sync;

import fr.cession.sync.central.CentralAccounts.AccountRefusedException;
import fr.cession.sync.central.CentralAccounts;
import fr.cession.sync.central.CentralDatabase;
import fr.cession.sync.central.CentralMaintenance;
import fr.cession.sync.protocol.CentralPerson;
import fr.cession.sync.protocol.RefusedChange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The central database decides by itself: each person connects with their own PostgreSQL login
 * and password, and whatever they send (through the sync or a SQL console) is checked there,
 * from {@code session_user}. Two organisations, their people made through the account functions.
 */
class CentralSecurityTest extends SyncTestBase {

    /** Logins are server-wide: each test draws its own. */
    private final String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    private final String mainA = "chef_" + tag;
    private final String advisor = "conseil_" + tag;
    private final String adv = "adv_" + tag;
    private final String manager = "manager_" + tag;
    private final String manager2 = "manager2_" + tag;
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
        admin.createSite(orgA, "PARIS", "Paris");
        admin.createSite(orgB, "NANTES", "Nantes");
        admin.createPerson(mainA, password(mainA), "Compte principal", orgA, "LYON", List.of("ADMINISTRATEUR"), true);
        admin.createPerson(mainB, password(mainB), "Compte partenaire", orgB, "NANTES", List.of("ADMINISTRATEUR"), true);
        // the main accounts create their own people
        CentralAccounts a = accounts(mainA);
        a.createPerson(advisor, password(advisor), "Alice Conseil", orgA, "LYON", List.of("COMMERCIAL"), false);
        a.createPerson(adv, password(adv), "Bruno ADV", orgA, "LYON", List.of("ADV"), false);
        a.createPerson(manager, password(manager), "Chloé Manager", orgA, "LYON", List.of("MANAGER", "COMMERCIAL"), false);
        a.createPerson(manager2, password(manager2), "David Manager", orgA, "PARIS", List.of("MANAGER"), false);
        accounts(mainB).createPerson(advisorB, password(advisorB), "Eve Vendeuse", orgB, "NANTES", List.of("COMMERCIAL"), false);
    }

    @Test
    void eachPersonIsWhoTheirLoginSaysAndAccountsAreManagedWithinTheOrganisation() throws SQLException {
        CentralPerson me = accounts(advisor).whoAmI().orElseThrow();
        assertThat(me.login()).isEqualTo(advisor);
        assertThat(me.displayName()).isEqualTo("Alice Conseil");
        assertThat(me.organisationId()).isEqualTo(orgA);
        assertThat(me.site()).isEqualTo("LYON");
        assertThat(me.roles()).containsExactly("COMMERCIAL");
        assertThat(me.active()).isTrue();
        assertThat(new CentralAccounts(new CentralDatabase(centralDs)).whoAmI()).as("the administrator is no person").isEmpty();
        assertThat(accounts(advisor).people()).extracting(CentralPerson::login)
                .contains(advisor, manager, mainA).doesNotContain(advisorB);

        assertThatThrownBy(() -> accounts(advisor).createPerson("intrus_" + tag, password("intrus"), "Intrus", orgA,
                "LYON", List.of("MANAGER"), false)).isInstanceOf(AccountRefusedException.class)
                .hasMessageContaining("seuls le compte principal de l'organisation et un administrateur");
        assertThatThrownBy(() -> accounts(mainB).setRoles(advisor, List.of("MANAGER")))
                .isInstanceOf(AccountRefusedException.class).hasMessageContaining("sa propre organisation");
        assertThatThrownBy(() -> accounts(mainA).createPerson("court_" + tag, "court".toCharArray(), "Court", orgA,
                "LYON", List.of("ADV"), false)).hasMessageContaining("12 caractères");
        assertThatThrownBy(() -> accounts(mainA).createPerson("roles_" + tag, password("roles"), "Roles", orgA,
                "LYON", List.of("PATRON"), false)).hasMessageContaining("Rôles");

        accounts(mainA).setRoles(adv, List.of("ADV", "MANAGER"));
        accounts(mainA).moveToSite(adv, "PARIS");
        assertThat(accounts(adv).whoAmI().orElseThrow()).satisfies(p -> {
            assertThat(p.roles()).containsExactly("ADV", "MANAGER");
            assertThat(p.site()).isEqualTo("PARIS");
        });
        // the audit trail: who did what, on the central clock; nobody rewrites it
        assertThat(central.dsl().fetch("select actor, action, target from account_event where target = ? order by id", adv))
                .extracting(r -> r.get(0) + " " + r.get(1))
                .containsExactly(mainA + " COMPTE_CREE", mainA + " ROLES_CHANGES", mainA + " SITE_CHANGE");
        try (Connection c = connect(mainA)) {
            refused(c, "update account_event set actor = 'personne'");
            refused(c, "delete from account_event");
            refused(c, "select * from person");
        }
    }

    @Test
    void everythingBelongsToTheOwnerRoleAndAPersonsLoginHasNoPowers() {
        assertThat(central.dsl().fetchValue("select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                + " where n.nspname = 'public' and c.relkind in ('r', 'S', 'v') and c.relname <> 'central_schema_history'"
                + " and c.relowner <> 'cession_owner'::regrole")).isEqualTo(0L);
        assertThat(central.dsl().fetchValue("select count(*) from pg_proc p join pg_namespace n on n.oid = p.pronamespace"
                + " where n.nspname = 'public' and p.proowner <> 'cession_owner'::regrole")).isEqualTo(0L);
        assertThat(central.dsl().fetchValue("select count(*) from pg_proc p join pg_namespace n on n.oid = p.pronamespace"
                + " where n.nspname = 'public' and p.prosecdef and not exists (select 1 from unnest(p.proconfig) c"
                + " where c like 'search_path=%')")).as("every security definer function pins its search_path").isEqualTo(0L);
        for (String login : List.of(advisor, manager, mainA)) {
            assertThat(central.dsl().fetchValue("select rolsuper or rolbypassrls or rolcreaterole or rolcreatedb"
                    + " or pg_has_role(rolname, 'cession_owner', 'MEMBER') from pg_roles where rolname = ?", login))
                    .as(login).isEqualTo(false);
        }
        assertThat(central.dsl().fetchValue("select rolcanlogin or rolsuper or rolbypassrls from pg_roles"
                + " where rolname = 'cession_owner'")).isEqualTo(false);
    }

    @Test
    void aPersonReadsAndWritesOnlyTheOrdersOfTheirOrganisation() throws SQLException {
        Desktop lyon = desktop("LYON", as(advisor));
        Desktop nantes = desktop("NANTES", as(advisorB));
        UUID orderA = lyon.createOrder("LYON-2026-0001");
        UUID activityA = lyon.createActivity(orderA, "Demande de déstockage B2C");
        UUID orderB = nantes.createOrder("NANTES-2026-0001");
        nantes.createActivity(orderB, "Demande de déstockage B2C");
        assertThat(lyon.syncOnce().pushed()).isEqualTo(2);
        assertThat(nantes.syncOnce().pushed()).isEqualTo(2);
        assertThat(central.dsl().fetchValue("select organisation_id from sales_order where id = ?", orderA)).isEqualTo(orgA);
        assertThat(central.dsl().fetchValue("select organisation_id from sales_order where id = ?", orderB)).isEqualTo(orgB);

        assertThat(central.dsl().fetch("select distinct changed_by from central_change where order_id = ?", orderA)
                .getValues(0, String.class)).as("the feed names the login, not what the desktop wrote").containsExactly(advisor);
        lyon.syncOnce();
        assertThat(lyon.row("sales_order", orderB)).as("the other organisation's order never reaches the desktop").isNull();
        assertThat(lyon.row("sales_order", orderA)).isNotNull();
        try (Connection c = connect(advisor)) {
            assertThat(strings(c, "select number from sales_order")).containsExactly("LYON-2026-0001");
            assertThat(count(c, "select count(*) from activity")).isEqualTo(1);
            assertThat(count(c, "select count(*) from central_change where order_id = '" + orderB + "'")).isZero();
            try (Statement s = c.createStatement()) {
                assertThat(s.executeUpdate("update sales_order set advisor = 'moi' where id = '" + orderB + "'")).isZero();
                assertThat(s.executeUpdate("update sales_order set organisation_id = '" + orgB + "' where id = '" + orderA + "'"))
                        .isEqualTo(1);
            }
            assertThat(central.dsl().fetchValue("select organisation_id from sales_order where id = ?", orderA))
                    .as("an order never changes organisation").isEqualTo(orgA);
            refused(c, "insert into activity (id, order_id, type_code, title, role, due_at, state, version, modified_at,"
                    + " modified_by, modified_site) values (gen_random_uuid(), '" + orderB + "', 'X', 'Intrusion', 'ADV', now(),"
                    + " 'OUVERTE', 1, now(), 'moi', 'LYON')");
            assertThat(count(c, "select count(*) from organisation")).isEqualTo(1);
        }
        assertThat(central.value("activity", activityA, "title")).isEqualTo("Demande de déstockage B2C");
    }

    @Test
    void anAdvisorCannotApproveValidateRewriteHistoryNorTouchTheSchema() throws SQLException {
        Desktop lyon = desktop("LYON", as(advisor));
        UUID order = lyon.createOrder("LYON-2026-0002");
        UUID doc = lyon.createDocument(order, "CNI", "RECU");
        UUID request = lyon.createApproval(order, "REMBOURSEMENT", advisor, "500");
        lyon.syncOnce();
        assertThat(central.value("approval_request", request, "status")).isEqualTo("DEMANDEE");

        try (Connection c = connect(advisor)) {
            assertThat(refused(c, "update approval_request set status = 'APPROUVEE', decided_by = '" + advisor
                    + "', decided_at = now() where id = '" + request + "'").getMessage()).contains("seul un manager");
            assertThat(refused(c, "update order_document set status = 'VALIDE', validated_by = '" + advisor
                    + "', validated_at = now() where id = '" + doc + "'").getMessage()).contains("seuls l'ADV ou un manager");
            refused(c, "update central_change set changed_by = 'personne'");
            refused(c, "delete from central_change");
            refused(c, "delete from applied_op");
            assertThat(refused(c, "update applied_op set reason = 'effacé'").getMessage()).contains("ne se modifie pas");
            refused(c, "delete from sales_order");
            refused(c, "truncate sync_refusal");
            refused(c, "drop table applied_op");
            refused(c, "alter table sales_order disable row level security");
            refused(c, "create table piege (id int)");
            refused(c, "set role cession_owner");
            refused(c, "select central_purge(true)");
            refused(c, "select account_create_organisation('X', 'X', 'DISTRIBUTEUR')");
            assertThat(count(c, "select count(*) from central_schema_history")).as("the start-up check reads the version")
                    .isPositive();
        }
        try (Connection c = connect(adv)) {
            try (Statement s = c.createStatement()) {
                assertThat(s.executeUpdate("update order_document set status = 'VALIDE', validated_by = '" + adv
                        + "', validated_at = now() where id = '" + doc + "'")).isEqualTo(1);
            }
        }
        assertThatThrownBy(() -> new CentralDatabase(as(advisor)).migrate())
                .isInstanceOf(CentralDatabase.InstallRefusedException.class)
                .hasMessageContaining("compte d'une personne");
    }

    // 004:55 "Si chèque de banque, clément et déborah responsable": the designated handlers' role
    @Test
    void onlyADesignatedChequeHandlerRecordsABankChequesReceipt() throws SQLException {
        Desktop lyon = desktop("LYON", as(advisor));
        UUID order = lyon.createOrder("LYON-2026-0009");
        lyon.syncOnce();
        String insert = "insert into payment (id, order_id, kind, method, amount, received_at, version, modified_at,"
                + " modified_by, modified_site) values ('%s', '" + order + "', 'SOLDE', 'CHQ', 15000, %s, 1, now(), '%s',"
                + " 'LYON')";
        UUID announced = UUID.randomUUID();
        try (Connection c = connect(advisor)) {
            assertThat(refused(c, String.format(insert, UUID.randomUUID(), "now()", advisor)).getMessage())
                    .contains("seul un responsable des chèques de banque");
            try (Statement st = c.createStatement()) {
                assertThat(st.executeUpdate(String.format(insert, announced, "null", advisor))).isEqualTo(1);
            }
            assertThat(refused(c, "update payment set received_at = now() where id = '" + announced + "'")
                    .getMessage()).contains("004:55");
        }
        accounts(mainA).setRoles(adv, List.of("ADV", "RESPONSABLE_CHEQUES"));
        try (Connection c = connect(adv); Statement st = c.createStatement()) {
            assertThat(st.executeUpdate("update payment set received_at = now() where id = '" + announced + "'"))
                    .isEqualTo(1);
        }
    }

    @Test
    void aManagerApprovesAnothersRequestButNeverTheirOwn() throws SQLException {
        Desktop lyon = desktop("LYON", as(advisor));
        Desktop chef = desktop("LYON", as(manager));
        UUID order = lyon.createOrder("LYON-2026-0003");
        UUID advisorsRequest = lyon.createApproval(order, "REMBOURSEMENT", advisor, "500");
        lyon.syncOnce();
        chef.syncOnce();
        UUID ownRequest = chef.createApproval(order, "DATE_CESSION_HORS_DELAI", manager, null);
        assertThat(chef.syncOnce().refusals()).isEmpty();
        assertThatThrownBy(() -> {
            try (Connection c = connect(manager)) {
                c.createStatement().execute("insert into approval_request (id, order_id, kind, status, requested_by,"
                        + " requested_at, version, modified_at, modified_by, modified_site) values (gen_random_uuid(), '"
                        + order + "', 'REMBOURSEMENT', 'DEMANDEE', '" + advisor + "', now(), 1, now(), 'x', 'LYON')");
            }
        }).as("a request is made in its author's name").hasMessageContaining("en son propre nom");

        try (Connection c = connect(manager)) {
            assertThat(refused(c, decide(ownRequest, "APPROUVEE", manager)).getMessage())
                    .contains("personne n'approuve sa propre demande");
            assertThat(refused(c, decide(advisorsRequest, "APPROUVEE", manager2)).getMessage())
                    .contains("en son propre nom");
            try (Statement s = c.createStatement()) {
                assertThat(s.executeUpdate(decide(advisorsRequest, "APPROUVEE", manager))).isEqualTo(1);
            }
            assertThat(refused(c, decide(advisorsRequest, "REFUSEE", manager)).getMessage()).contains("déjà été approuvée");
        }
        try (Connection c = connect(manager2); Statement s = c.createStatement()) {
            assertThat(s.executeUpdate(decide(ownRequest, "APPROUVEE", manager2))).isEqualTo(1);
        }
        assertThat(central.value("approval_request", advisorsRequest, "decided_by")).isEqualTo(manager);
        assertThat(central.value("approval_request", ownRequest, "decided_by")).isEqualTo(manager2);
    }

    @Test
    void anAdvisorsApprovalPushedBySyncIsRefusedWithTheReasonAndUndone() {
        Desktop lyon = desktop("LYON", as(advisor));
        UUID order = lyon.createOrder("LYON-2026-0004");
        UUID request = lyon.createApproval(order, "REMBOURSEMENT", advisor, "500");
        lyon.syncOnce();
        // a modified client, or a switched role in the local file: the desktop lets it through
        lyon.edit("approval_request", request, order, "status", "APPROUVEE", "decided_by", advisor,
                "decided_at", "2026-03-02T09:00:00Z");
        SyncReport report = lyon.syncOnce();

        assertThat(report.refusals()).hasSize(1);
        assertThat(central.value("approval_request", request, "status")).isEqualTo("DEMANDEE");
        assertThat(lyon.value("approval_request", request, "status")).as("the local row goes back").isEqualTo("DEMANDEE");
        String reason = (String) central.dsl().fetchValue("select reason from applied_op where outcome = 'REFUSEE'");
        assertThat(reason).startsWith("Commande LYON-2026-0004 : seul un manager approuve ou refuse une demande")
                .contains(advisor);
        assertThat(new RefusalLog(lyon.dsl()).unread()).extracting(RefusedChange::reason).containsExactly(reason);

        // the same decision by a manager, from their own desktop and login, goes through and reaches the advisor
        Desktop chef = desktop("LYON", as(manager));
        chef.syncOnce();
        chef.edit("approval_request", request, order, "status", "APPROUVEE", "decided_by", manager,
                "decided_at", "2026-03-02T10:00:00Z");
        assertThat(chef.syncOnce().refusals()).isEmpty();
        assertThat(central.value("approval_request", request, "status")).isEqualTo("APPROUVEE");
        lyon.syncOnce();
        assertThat(lyon.value("approval_request", request, "status")).isEqualTo("APPROUVEE");
        assertThat(lyon.value("approval_request", request, "decided_by")).isEqualTo(manager);
    }

    @Test
    void aDisabledPersonCannotConnectAndAnOpenSessionSeesNothingMore() throws SQLException {
        Desktop lyon = desktop("LYON", as(advisor));
        lyon.createOrder("LYON-2026-0005");
        lyon.syncOnce();
        SQLException wrong = catchThrowableOfType(() -> CentralPg.as(centralDs, advisor, "pas-le-bon-mot-de-passe")
                .getConnection().close(), SQLException.class);
        assertThat((Throwable) wrong).as("the password is checked").isNotNull();
        assertThat(wrong.getSQLState()).isEqualTo("28P01");

        try (Connection open = connect(advisor)) {
            accounts(mainA).disable(advisor);
            assertThat(count(open, "select count(*) from sales_order")).isZero();
            assertThat(strings(open, "select active::text from whoami()")).containsExactly("false");
        }
        SQLException disabled = catchThrowableOfType(() -> connect(advisor).close(), SQLException.class);
        assertThat((Throwable) disabled).isNotNull();
        assertThat(disabled.getSQLState()).isEqualTo("28000");
        assertThat(central.dsl().fetchValue("select actor from account_event where action = 'COMPTE_DESACTIVE'"))
                .isEqualTo(mainA);

        accounts(mainA).resetPassword(adv, "un-autre-mot-de-passe".toCharArray());
        try (Connection c = CentralPg.as(centralDs, adv, "un-autre-mot-de-passe").getConnection()) {
            assertThat(strings(c, "select login from whoami()")).containsExactly(adv);
        }
    }

    @Test
    void peopleOfOneOrganisationSyncTogetherUnderTheirOwnLogins() {
        Desktop lyon = desktop("LYON", as(advisor));
        Desktop paris = desktop("PARIS", as(manager2));
        UUID order = lyon.createOrder("LYON-2026-0006");
        lyon.createActivity(order, "Demande de déstockage B2C");
        lyon.syncOnce();
        assertThat(paris.syncOnce().status()).isEqualTo(SyncStatus.EN_LIGNE);
        assertThat(paris.value("sales_order", order, "number")).isEqualTo("LYON-2026-0006");
        paris.edit("sales_order", order, order, "advisor", "bob");
        paris.syncOnce();
        lyon.syncOnce();
        assertThat(lyon.value("sales_order", order, "advisor")).isEqualTo("bob");
        assertThat(central.dsl().fetchValue("select last_purge_at is not null from sync_meta"))
                .as("the daily purge ran under a person's login").isEqualTo(true);
        assertThatThrownBy(() -> new CentralMaintenance(new CentralDatabase(as(advisor))).purge())
                .hasMessageContaining("réservée à l'administrateur");
    }

    private static String decide(UUID request, String status, String by) {
        return "update approval_request set status = '" + status + "', decided_by = '" + by
                + "', decided_at = now() where id = '" + request + "'";
    }

    private static char[] password(String login) {
        return ("mot-de-passe-" + login).toCharArray();
    }

    private DataSource as(String login) {
        return CentralPg.as(centralDs, login, new String(password(login)));
    }

    private CentralAccounts accounts(String login) {
        return new CentralAccounts(new CentralDatabase(as(login)));
    }

    private Connection connect(String login) throws SQLException {
        return as(login).getConnection();
    }

    private static SQLException refused(Connection c, String sql) {
        SQLException e = catchThrowableOfType(() -> {
            try (Statement s = c.createStatement()) {
                s.execute(sql);
            }
        }, SQLException.class);
        assertThat((Throwable) e).as("refused: " + sql).isNotNull();
        assertThat(e.getSQLState()).as(sql + " → " + e.getMessage()).isEqualTo("42501");
        return e;
    }

    private static int count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getInt(1);
        }
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            List<String> out = new java.util.ArrayList<>();
            while (r.next()) {
                out.add(r.getString(1));
            }
            return out;
        }
    }
}
