package fr.cession.cli;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CommandLineTest {

    private final FakeEnvironment env = new FakeEnvironment();

    @Test
    void withoutACommandItListsTheCommandsInFrench() {
        CliRun run = CliRun.of(env);
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage : cession", "Commandes :", "demo", "simulate", "import", "check-config");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        CliRun run = CliRun.of(env, "demo", "--inconnue");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Erreur :", "--inconnue");
    }

    @Test
    void aBrokenConfigurationIsReportedWithExitCode2() {
        env.configProblems = List.of("cession.properties : clé « user.role » : valeur « BOSS » refusée");
        CliRun run = CliRun.of(env, "demo", "--commandes", "5");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Configuration invalide", "user.role", "BOSS");
    }

    @Test
    void checkConfigSaysValidOrListsTheProblems() {
        CliRun ok = CliRun.of(env, "check-config");
        assertThat(ok.exitCode()).isZero();
        assertThat(ok.out()).contains("Configuration valide", "Playbook : test");

        env.configProblems = List.of("playbook-b2c.yaml, ligne 12 : activité sans titre");
        CliRun broken = CliRun.of(env, "check-config");
        assertThat(broken.exitCode()).isEqualTo(2);
        assertThat(broken.err()).contains("Configuration invalide (1 problème)", "playbook-b2c.yaml, ligne 12");
    }
}
