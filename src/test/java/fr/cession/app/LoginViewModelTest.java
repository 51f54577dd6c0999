package fr.cession.app;

import fr.cession.domain.user.Role;
import fr.cession.store.login.OfflineCredentials;
import fr.cession.store.login.PasswordHash;
import fr.cession.sync.CentralPg;
import fr.cession.sync.central.CentralAccounts;
import fr.cession.sync.central.CentralDatabase;
import fr.cession.sync.central.CentralLogin;
import fr.cession.ui.dialog.DialogService;
import fr.cession.ui.i18n.Messages;
import fr.cession.ui.login.DesktopOpener.OpenedDesktop;
import fr.cession.ui.login.LoginGate;
import fr.cession.ui.login.LoginThrottle;
import fr.cession.ui.login.LoginViewModel;
import fr.cession.ui.task.DirectTaskExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The login screen's view model over the real gate: the central database (embedded PostgreSQL)
 * checks passwords online; the desktop's Argon2id copy answers when it is out of reach.
 */
class LoginViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-01T08:00:00Z"), ZoneId.of("Europe/Paris"));
    /** Nothing listens there: the central database is "out of reach" at once. */
    private static final String UNREACHABLE = "jdbc:postgresql://127.0.0.1:9/cession";

    private final String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    private final String alice = "alice_" + tag;
    private final char[] alicePassword = "mot-de-passe-alice".toCharArray();
    private final Path data = AppTestFolders.freshDataFolder();
    private final OfflineCredentials credentials = OfflineCredentials.in(data);
    /** Light costs: the tests hash many times; the costs of the product are in OfflineCredentialsTest. */
    private final PasswordHash hashes = new PasswordHash(new SecureRandom(), 1024, 1);
    private final List<Duration> sleeps = new ArrayList<>();
    private final List<SignedIn> opened = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();
    private CentralAccounts admin;
    private String url;

    @BeforeEach
    void aPersonAtTheCentralDatabase() {
        PGSimpleDataSource ds = (PGSimpleDataSource) CentralPg.newDatabase();
        url = "jdbc:postgresql://" + ds.getServerNames()[0] + ":" + ds.getPortNumbers()[0] + "/" + ds.getDatabaseName();
        admin = new CentralAccounts(new CentralDatabase(ds));
        UUID org = admin.createOrganisation("DISTRIB", "Distributeur", "DISTRIBUTEUR");
        admin.createSite(org, "LYON", "Lyon");
        admin.createPerson(alice, alicePassword, "Alice Martin", org, "LYON", List.of("COMMERCIAL", "MANAGER"), false);
    }

    private LoginGate gate(String centralUrl) {
        Function<SignedIn, OpenedDesktop> opener = who -> {
            opened.add(who);
            return new OpenedDesktop(null, () -> { });
        };
        return new PersonLogin("PARIS", credentials, hashes, Optional.of(new CentralLogin(centralUrl, 2)), opener);
    }

    private LoginViewModel screen(LoginGate gate, LoginThrottle throttle) {
        return new LoginViewModel(gate, new Messages(Messages.FRENCH), new DirectTaskExecutor(), noDialogs(), throttle,
                sleeps::add, o -> { });
    }

    private LoginViewModel online() {
        return screen(gate(url), new LoginThrottle(CLOCK));
    }

    private LoginViewModel offline() {
        return screen(gate(UNREACHABLE), new LoginThrottle(CLOCK));
    }

    private void logIn(LoginViewModel vm, String login, String password) {
        vm.loginProperty().set(login);
        vm.passwordProperty().set(password);
        vm.submit();
        errors.add(vm.errorProperty().get());
        assertThat(vm.passwordProperty().get()).as("the password field is emptied").isEmpty();
        // refused, the form is free again; let in, it stays disabled until the desktop replaces it
        assertThat(vm.busyProperty().get()).isEqualTo(vm.errorProperty().get().isEmpty());
    }

    @Test
    void onlineTheCentralDatabaseChecksThePasswordAndSaysWhoThePersonIs() {
        logIn(online(), alice, new String(alicePassword));
        assertThat(errors).containsExactly("");
        assertThat(opened).hasSize(1);
        SignedIn who = opened.get(0);
        assertThat(who.actor().login()).isEqualTo(alice);
        assertThat(who.actor().displayName()).isEqualTo("Alice Martin");
        assertThat(who.actor().site()).as("the person's site, not the station's").isEqualTo("LYON");
        assertThat(who.actor().role()).isEqualTo(Role.COMMERCIAL);
        assertThat(who.actor().roles()).containsExactlyInAnyOrder(Role.COMMERCIAL, Role.MANAGER);
        assertThat(who.centralPassword()).as("the sync connects as the person").isEqualTo(alicePassword);
        assertThat(credentials.find(alice)).get().satisfies(p -> {
            assertThat(p.organisation()).isEqualTo("Distributeur");
            assertThat(p.passwordHash()).startsWith("$argon2id$");
        });
    }

    @Test
    void eachWrongPasswordWaitsTwiceAsLongAndASuccessStartsAgain() {
        LoginThrottle throttle = new LoginThrottle(CLOCK);
        LoginViewModel vm = screen(gate(url), throttle);
        for (int i = 0; i < 4; i++) {
            logIn(vm, alice, "pas-le-bon-mot-de-passe");
        }
        assertThat(sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
                Duration.ofSeconds(8));
        assertThat(errors).containsOnly("Identifiant ou mot de passe incorrect.");
        assertThat(opened).isEmpty();
        assertThat(credentials.find(alice)).as("a failure leaves nothing here").isEmpty();

        logIn(vm, alice, new String(alicePassword));
        assertThat(opened).hasSize(1);
        // the same desktop's next login screen (the first one became the desktop)
        vm = screen(gate(url), throttle);
        logIn(vm, alice, "encore-une-erreur");
        assertThat(sleeps).last().isEqualTo(Duration.ofSeconds(1));
        // an unknown login waits the same: it does not tell which logins exist
        logIn(vm, "personne_" + tag, "un-mot-de-passe-quelconque");
        assertThat(errors).last().isEqualTo("Identifiant ou mot de passe incorrect.");
    }

    @Test
    void theDelayIsCappedAndForgottenAfterAQuarterOfAnHour() {
        Instant[] now = {CLOCK.instant()};
        Clock moving = new Clock() {
            @Override
            public ZoneId getZone() {
                return CLOCK.getZone();
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        };
        LoginThrottle throttle = new LoginThrottle(moving);
        List<Duration> delays = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            delays.add(throttle.failed(alice));
        }
        assertThat(delays).endsWith(Duration.ofSeconds(30), Duration.ofSeconds(30));
        now[0] = now[0].plus(Duration.ofMinutes(16));
        assertThat(throttle.failed(alice)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aDisabledPersonIsRefusedOnlineAndForgottenOffline() {
        logIn(online(), alice, new String(alicePassword));
        assertThat(credentials.find(alice)).isPresent();
        admin.disable(alice);

        logIn(online(), alice, new String(alicePassword));
        assertThat(errors).last().asString().contains("« " + alice + " » est désactivé");
        assertThat(sleeps).as("not a guess: no delay").isEmpty();
        assertThat(credentials.find(alice)).as("no offline way back in").isEmpty();

        logIn(offline(), alice, new String(alicePassword));
        assertThat(errors).last().asString().contains("jamais connecté");
        assertThat(opened).hasSize(1);
    }

    @Test
    void offlineAPersonWhoLoggedInOnlineBeforeLogsInAgainAgainstTheLocalHash() {
        logIn(online(), alice, new String(alicePassword));
        logIn(offline(), alice, new String(alicePassword));
        assertThat(errors).containsExactly("", "");
        assertThat(opened).hasSize(2);
        assertThat(opened.get(1).actor().login()).isEqualTo(alice);
        assertThat(opened.get(1).actor().roles()).contains(Role.MANAGER);
        assertThat(opened.get(1).centralPassword()).as("kept in memory for the sync to catch up").isEqualTo(alicePassword);
    }

    @Test
    void offlineAWrongPasswordIsRefusedAndWaits() {
        logIn(online(), alice, new String(alicePassword));
        logIn(offline(), alice, "mot-de-passe-faux");
        assertThat(errors).last().asString().startsWith("Identifiant ou mot de passe incorrect")
                .contains("base centrale injoignable");
        assertThat(sleeps).containsExactly(Duration.ofSeconds(1));
        assertThat(opened).hasSize(1);
    }

    @Test
    void offlineAPersonNeverSeenOnThisDesktopIsRefused() {
        logIn(offline(), alice, new String(alicePassword));
        assertThat(errors).containsExactly("Base centrale injoignable, et « " + alice + " » ne s'est encore jamais "
                + "connecté sur ce poste : la première connexion doit se faire en ligne.");
        assertThat(opened).isEmpty();
        assertThat(sleeps).isEmpty();
    }

    @Test
    void emptyFieldsAreNamed() {
        LoginViewModel vm = online();
        vm.submit();
        assertThat(vm.errorProperty().get()).isEqualTo("Identifiant : obligatoire.");
        vm.loginProperty().set(alice);
        vm.submit();
        assertThat(vm.errorProperty().get()).isEqualTo("Mot de passe : obligatoire.");
        assertThat(opened).isEmpty();
    }

    private static DialogService noDialogs() {
        return new DialogService() {
            @Override
            public void showError(String title, String message) {
            }

            @Override
            public void showInfo(String title, String message) {
            }

            @Override
            public boolean confirm(String title, String message) {
                return false;
            }

            @Override
            public Optional<String> askText(String title, String prompt, String initial) {
                return Optional.empty();
            }

            @Override
            public <T> Optional<T> choose(String title, String prompt, List<T> options, Function<T, String> label) {
                return Optional.empty();
            }
        };
    }
}
