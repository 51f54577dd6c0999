package fr.cession.ui.accounts;

import fr.cession.ui.accounts.AccountsDesk.Access;
import fr.cession.ui.accounts.AccountsDesk.OpenActivity;
import fr.cession.ui.fakes.FakeAccountsDesk;
import fr.cession.ui.fakes.TestUi;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 9, "Comptes": the view model over a fake central database, without a screen. */
class AccountsViewModelTest {

    private final TestUi ui = new TestUi();
    private final FakeAccountsDesk desk = FakeAccountsDesk.mainAccount();
    private final AccountsViewModel vm = new AccountsViewModel(ui.context(), desk);

    @Test
    void theMainAccountSeesItsPeopleSitesAndTheLastMonthOfTheJournal() {
        vm.refresh();
        assertThat(vm.refusalProperty().get()).isEmpty();
        assertThat(vm.canManage()).isTrue();
        assertThat(vm.people()).extracting(p -> p.login()).containsExactly("alice", "bruno", "chef_lyon");
        assertThat(vm.sites()).extracting(AccountsDesk.Site::code).containsExactly("LYON", "PARIS");
        assertThat(vm.journal()).hasSize(1);
        assertThat(desk.journalSince).containsExactly(TestUi.CLOCK.instant().minus(java.time.Duration.ofDays(30)));
        assertThat(vm.actionLabel("CONNEXION")).isEqualTo("Connexion");
        assertThat(vm.actionLabel("NOUVEAUTE_FUTURE")).isEqualTo("NOUVEAUTE_FUTURE");
    }

    @Test
    void createShowsTheDrawnPasswordOnceAndTheNewPersonInTheList() {
        vm.refresh();
        vm.create(" carla ", "Carla Durand", "PARIS", List.of("MANAGER", "COMMERCIAL"));
        assertThat(ui.dialogs.errors).isEmpty();
        assertThat(vm.issuedProperty().get()).isEqualTo(
                new AccountsViewModel.IssuedPassword("carla", "Carla Durand", "Mot2passe1abcdefg"));
        assertThat(vm.noticeProperty().get()).isEqualTo("Compte « carla » créé (Commercial, Manager, site PARIS).");
        assertThat(vm.people()).extracting(p -> p.login()).contains("carla");
        assertThat(desk.person("carla").roles()).containsExactly("COMMERCIAL", "MANAGER");
        assertThat(vm.journal()).extracting(AccountsDesk.JournalLine::action).contains("COMPTE_CREE");
        vm.passwordNoted();
        assertThat(vm.issuedProperty().get()).isNull();
    }

    @Test
    void aFormWithoutItsFieldsIsSaidBeforeAnythingIsSent() {
        vm.refresh();
        vm.create("", " ", "LYON", List.of());
        assertThat(ui.dialogs.errorMessages()).containsExactly(
                "À remplir avant de créer le compte : Identifiant, Nom affiché, Rôles.");
        assertThat(vm.people()).hasSize(3);
    }

    @Test
    void theCentralDatabasesRefusalIsShownInItsOwnWords() {
        vm.refresh();
        vm.create("alice", "Alice Bis", "LYON", List.of("ADV"));
        assertThat(ui.dialogs.errorMessages()).containsExactly(
                "Refusé par la base centrale : Identifiant « alice » : déjà pris sur ce serveur.");
        assertThat(vm.issuedProperty().get()).isNull();
    }

    @Test
    void disableAsksThenListsTheOpenActivitiesToReassign() {
        desk.open.put("alice", List.of(new OpenActivity("LYON-2026-0004", "Vérification des documents B2C",
                Instant.parse("2026-03-12T09:00:00Z"))));
        vm.refresh();
        vm.disable(desk.person("alice"));
        assertThat(desk.person("alice").active()).as("not confirmed: nothing sent").isTrue();

        ui.dialogs.confirmWith(true);
        vm.disable(desk.person("alice"));
        assertThat(ui.dialogs.confirms).last().extracting(s -> s.message()).asString()
                .startsWith("Désactiver le compte de Alice Martin (alice) ?");
        assertThat(desk.person("alice").active()).isFalse();
        assertThat(vm.toReassign()).extracting(OpenActivity::orderNumber).containsExactly("LYON-2026-0004");
        assertThat(vm.reassignFromProperty().get()).isEqualTo("Alice Martin");
        assertThat(vm.noticeProperty().get()).isEqualTo(
                "Alice Martin est désactivé(e) : 1 activité(s) ouverte(s) à réattribuer, ci-dessus.");
        assertThat(vm.people()).filteredOn(p -> p.login().equals("alice")).first()
                .extracting(p -> p.active()).isEqualTo(false);
        vm.reassignNoted();
        assertThat(vm.toReassign()).isEmpty();
    }

    @Test
    void resetRolesAndSiteGoToTheCentralDatabase() {
        ui.dialogs.confirmWith(true);
        vm.refresh();
        vm.resetPassword(desk.person("bruno"));
        assertThat(vm.issuedProperty().get().password()).isEqualTo("Nouveau1motdepasse");
        vm.setRoles(desk.person("bruno"), List.of("ADV", "MANAGER"));
        assertThat(desk.person("bruno").roles()).containsExactly("ADV", "MANAGER");
        assertThat(vm.noticeProperty().get()).isEqualTo("Rôles de Bruno Petit : ADV, Manager.");
        vm.moveToSite(desk.person("bruno"), "LYON");
        assertThat(desk.person("bruno").site()).isEqualTo("LYON");
        vm.moveToSite(desk.person("bruno"), "LYON");
        assertThat(ui.dialogs.errorMessages()).containsExactly(
                "Bruno Petit est déjà rattaché(e) à ce site : choisissez-en un autre.");
        vm.setRoles(desk.person("bruno"), List.of());
        assertThat(ui.dialogs.errorMessages()).last().isEqualTo("Rôles : cochez-en au moins un.");
    }

    @Test
    void onesOwnAccountIsNotChangedFromHere() {
        vm.refresh();
        assertThat(vm.cannotChange(desk.person("chef_lyon"))).contains(
                "C'est votre propre compte : un autre administrateur change vos rôles, votre site ou vous désactive.");
        vm.setRoles(desk.person("chef_lyon"), List.of("COMMERCIAL"));
        assertThat(desk.person("chef_lyon").roles()).containsExactly("ADMINISTRATEUR", "MANAGER");
    }

    @Test
    void aManagerReadsTheJournalButChangesNothing() {
        FakeAccountsDesk managers = new FakeAccountsDesk(new Access("marc", "Distributeur Lyon", false, true));
        managers.add("alice", "Alice Martin", "LYON", List.of("COMMERCIAL"), true);
        AccountsViewModel manager = new AccountsViewModel(ui.context(), managers);
        manager.refresh();
        assertThat(manager.refusalProperty().get()).isEmpty();
        assertThat(manager.canReadJournal()).isTrue();
        assertThat(manager.cannotChange(managers.person("alice"))).isPresent();
        manager.exportJournal(Path.of("target", "journal.csv"));
        assertThat(managers.exported).containsExactly(Path.of("target", "journal.csv"));
        assertThat(manager.noticeProperty().get()).startsWith("0 ligne(s) du journal écrites dans");
    }

    @Test
    void anAdvisorAStandaloneDesktopAndAnOfflineOneAreToldWhy() {
        AccountsViewModel advisor = new AccountsViewModel(ui.context(),
                new FakeAccountsDesk(new Access("alice", "Distributeur Lyon", false, false)));
        advisor.refresh();
        assertThat(advisor.refusalProperty().get()).startsWith("Le compte « alice » ne gère pas les comptes : c'est le rôle");

        AccountsViewModel standalone = new AccountsViewModel(ui.context(), AccountsDesk.NONE);
        standalone.refresh();
        assertThat(standalone.refusalProperty().get()).startsWith("Ce poste travaille sans base centrale");

        desk.offline = true;
        vm.refresh();
        assertThat(vm.refusalProperty().get()).startsWith("La base centrale ne répond pas");
    }

    @Test
    void anotherPeriodReadsTheJournalAgain() {
        vm.refresh();
        vm.periodProperty().set(AccountsViewModel.Period.ALL);
        vm.readJournal();
        assertThat(desk.journalSince).last().isEqualTo(Instant.EPOCH);
    }
}
