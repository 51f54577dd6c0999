package fr.cession.app;

import fr.cession.domain.user.Actor;
import fr.cession.domain.user.Role;
import fr.cession.store.LocalDatabase;
import fr.cession.store.StoreKey;
import fr.cession.store.StoreKeyMismatchException;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static fr.cession.store.schema.Tables.SALES_ORDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who the command line acts as: CESSION_UTILISATEUR with its password, else the last person of the desktop. */
class CommandLinePersonTest {

    private final Path data = AppTestFolders.freshDataFolder();

    private record Run(int code, String out, String err) {
    }

    private Run run(Map<String, String> env, String... args) {
        Map<String, String> p = AppTestFolders.properties(data);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new Launcher(p, new DataLocations(p, env)).commandLine(new AppModule(), AppTestFolders.CLOCK);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return new Run(cl.execute(args), out.toString(), err.toString());
    }

    private int orders(Path store) {
        try (LocalDatabase db = LocalDatabase.open(store)) {
            return db.dsl().fetchCount(SALES_ORDER);
        }
    }

    private int orders(Path store, String password) {
        try (LocalDatabase db = LocalDatabase.open(store, StoreKey.forStore(store, password.toCharArray()))) {
            return db.dsl().fetchCount(SALES_ORDER);
        }
    }

    @Test
    void aPersonNamedByTheEnvironmentWorksOnTheirOwnStoreOnceTheirPasswordIsChecked() {
        OfflineCredentialsSeed.person(data, "c.martin", "Caramel-Soleil-2026");
        Map<String, String> env = new HashMap<>(Map.of(AppCliEnvironment.USER_VARIABLE, "c.martin",
                AppCliEnvironment.PASSWORD_VARIABLE, "Caramel-Soleil-2027"));
        Run refused = run(env, "demo", "--commandes", "3");
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("Connexion de « c.martin » refusée : Identifiant ou mot de passe incorrect.")
                .doesNotContain("Caramel");

        env.put(AppCliEnvironment.PASSWORD_VARIABLE, "Caramel-Soleil-2026");
        Run ok = run(env, "demo", "--commandes", "3");
        assertThat(ok.code()).as(ok.err()).isZero();
        assertThat(ok.out()).contains(data.resolve("c.martin").resolve("cession.mv.db").toString());
        Path store = data.resolve("c.martin").resolve("cession");
        // issue 9, protection of data: the person's store is encrypted with a key from their password
        assertThat(LocalDatabase.isEncrypted(store)).isTrue();
        assertThat(orders(store, "Caramel-Soleil-2026")).isEqualTo(3);
        assertThatThrownBy(() -> orders(store, "Caramel-Soleil-2027")).isInstanceOf(StoreKeyMismatchException.class);

        env.remove(AppCliEnvironment.PASSWORD_VARIABLE);
        env.remove(AppCliEnvironment.USER_VARIABLE);
        Run withoutPassword = run(env, "demo", "--commandes", "1");
        assertThat(withoutPassword.code()).isEqualTo(2);
        assertThat(withoutPassword.err()).contains("La base de « c.martin » est chiffrée avec son mot de passe",
                AppCliEnvironment.USER_VARIABLE);
        Run diagnostic = run(env, "diagnostic");
        assertThat(diagnostic.code()).as(diagnostic.err()).isZero();
        assertThat(diagnostic.out()).contains("Contenu chiffré");
    }

    @Test
    void withoutALoginTheLastPersonOfTheDesktopOrElseTheStationActs() {
        AppCliEnvironment station = new Launcher(AppTestFolders.properties(data),
                new DataLocations(AppTestFolders.properties(data), Map.of())).cliEnvironment(new AppModule(), AppTestFolders.CLOCK);
        assertThat(station.actor()).isEqualTo(new Actor("poste", "Poste PARIS", Role.COMMERCIAL, "PARIS"));
        Run before = run(Map.of(), "demo", "--commandes", "2");
        assertThat(before.code()).as(before.err()).isZero();
        assertThat(orders(data.resolve("cession"))).isEqualTo(2);

        OfflineCredentialsSeed.person(data, "c.martin", "Caramel-Soleil-2026");
        AppCliEnvironment last = new Launcher(AppTestFolders.properties(data),
                new DataLocations(AppTestFolders.properties(data), Map.of())).cliEnvironment(new AppModule(), AppTestFolders.CLOCK);
        assertThat(last.actor().login()).isEqualTo("c.martin");
        assertThat(last.actor().roles()).containsExactlyInAnyOrder(Role.COMMERCIAL, Role.ADV, Role.MANAGER,
                Role.RESPONSABLE_CHEQUES);
        // the station's store of before becomes that person's, its orders with it
        Run after = run(Map.of(), "demo", "--commandes", "2", "--remplacer");
        assertThat(after.code()).as(after.err()).isZero();
        assertThat(after.out()).contains(data.resolve("c.martin").resolve("cession.mv.db").toString());
        assertThat(data.resolve("cession.mv.db")).doesNotExist();
    }
}
