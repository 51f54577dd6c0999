package fr.cession.app;

import fr.cession.sync.CentralPg;
import fr.cession.sync.central.CentralAccounts;
import fr.cession.sync.central.CentralDatabase;
import fr.cession.sync.central.CentralLogin;
import fr.cession.sync.protocol.CentralPerson;
import fr.cession.ui.accounts.AccountsDesk;
import fr.cession.ui.accounts.AccountsDesk.RefusedException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 9, the "Comptes" screen's adapter on the real central PostgreSQL, connected with the main
 * account's own login: what it creates, re-roles, moves, resets and disables is what the central
 * database holds, and a disabled person can no longer connect.
 */
class AccountsDeskOnCentralTest {

    private final String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    private final String main = "chef_" + tag;
    private final String carla = "carla_" + tag;
    private DataSource central;
    private AccountsDesk desk;

    @BeforeEach
    void organisationWithItsMainAccount() {
        central = CentralPg.newDatabase();
        CentralAccounts admin = new CentralAccounts(new CentralDatabase(central));
        UUID org = admin.createOrganisation("DISTRIB", "Distributeur", "DISTRIBUTEUR");
        admin.createSite(org, "LYON", "Lyon");
        admin.createSite(org, "PARIS", "Paris");
        admin.createPerson(main, "mot-de-passe-chef".toCharArray(), "Compte principal", org, "LYON",
                List.of("ADMINISTRATEUR", "MANAGER"), true);
        desk = asPerson(main, "mot-de-passe-chef");
    }

    private AccountsDesk asPerson(String login, String password) {
        return new CentralAccountsDesk(new CentralAccounts(new CentralDatabase(CentralPg.as(central, login, password))),
                ZoneId.of("Europe/Paris"));
    }

    private CentralLogin.Outcome logIn(String login, String password) {
        return new CentralLogin(CentralPg.url(central), 3).check(login, password.toCharArray());
    }

    private CentralPerson person(String login) {
        return desk.people().stream().filter(p -> p.login().equals(login)).findFirst().orElseThrow();
    }

    @Test
    void theMainAccountCreatesReRolesMovesResetsAndDisablesAPerson() throws Exception {
        AccountsDesk.Access access = desk.access();
        assertThat(access.manage()).isTrue();
        assertThat(access.readJournal()).isTrue();
        assertThat(access.organisation()).isEqualTo("Distributeur");
        assertThat(desk.sites()).extracting(AccountsDesk.Site::code).containsExactly("LYON", "PARIS");

        char[] first = desk.create(carla, "Carla Durand", "LYON", List.of("COMMERCIAL"));
        assertThat(first).hasSize(16);
        assertThat(logIn(carla, new String(first))).isInstanceOf(CentralLogin.Outcome.Person.class);

        desk.setRoles(carla, List.of("COMMERCIAL", "MANAGER"));
        desk.moveToSite(carla, "PARIS");
        assertThat(person(carla).roles()).containsExactly("COMMERCIAL", "MANAGER");
        assertThat(person(carla).site()).isEqualTo("PARIS");

        char[] second = desk.resetPassword(carla);
        assertThat(new String(second)).isNotEqualTo(new String(first));
        assertThat(logIn(carla, new String(first))).isNotInstanceOf(CentralLogin.Outcome.Person.class);
        assertThat(logIn(carla, new String(second))).isInstanceOf(CentralLogin.Outcome.Person.class);

        desk.disable(carla);
        assertThat(desk.openActivitiesOf(carla)).isEmpty();
        assertThat(person(carla).active()).isFalse();
        assertThat(logIn(carla, new String(second))).as("a disabled person no longer connects")
                .isInstanceOf(CentralLogin.Outcome.Disabled.class);

        var journal = desk.journal(null);
        assertThat(journal).extracting(AccountsDesk.JournalLine::action).contains("COMPTE_CREE", "ROLES_CHANGES",
                "SITE_CHANGE", "MOT_DE_PASSE_CHANGE", "COMPTE_DESACTIVE");
        assertThat(journal).filteredOn(l -> "COMPTE_CREE".equals(l.action()) && carla.equals(l.target())).first()
                .extracting(AccountsDesk.JournalLine::actor).isEqualTo(main);
        Path csv = Files.createTempFile("journal-comptes", ".csv");
        desk.exportJournal(journal, csv);
        assertThat(new String(Files.readAllBytes(csv), StandardCharsets.UTF_8))
                .startsWith("\uFEFFDate;Par;Action;Compte concerné;Détail").contains(";compte désactivé;" + carla);
    }

    @Test
    void theCentralDatabaseRefusesWithItsFrenchReason() {
        assertThatThrownBy(() -> desk.create("X", "Mauvais identifiant", "LYON", List.of("ADV")))
                .isInstanceOf(RefusedException.class).hasMessageStartingWith("Identifiant « X » : 3 à 63 caractères");
        assertThatThrownBy(() -> desk.moveToSite(main, "PARIS")).isInstanceOf(RefusedException.class)
                .hasMessageContaining("le compte principal de l'organisation ne se modifie que par l'administrateur");

        desk.create(carla, "Carla Durand", "LYON", List.of("COMMERCIAL"));
        char[] password = desk.resetPassword(carla);
        AccountsDesk advisor = asPerson(carla, new String(password));
        AccountsDesk.Access access = advisor.access();
        assertThat(access.manage()).isFalse();
        assertThat(access.readJournal()).isFalse();
        assertThatThrownBy(() -> advisor.create("intrus_" + tag, "Intrus", "LYON", List.of("MANAGER")))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("seuls le compte principal de l'organisation et un administrateur gèrent les comptes");
        assertThatThrownBy(() -> advisor.journal(null)).isInstanceOf(RefusedException.class)
                .hasMessageContaining("un manager ou le compte principal");
    }
}
