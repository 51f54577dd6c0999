package fr.cession.cli;

import fr.cession.domain.dossier.OrderFile;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DemoCommandTest {

    @Test
    void fillsTheRequestedNumberOfOrdersDeterministically() {
        FakeEnvironment first = new FakeEnvironment();
        CliRun run = CliRun.of(first, "demo", "--commandes", "40", "--graine", "9");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("40 commandes", "activités", "documents");
        assertThat(first.orders).hasSize(40);

        FakeEnvironment second = new FakeEnvironment();
        CliRun.of(second, "demo", "--commandes", "40", "--graine", "9");
        assertThat(plates(second)).isEqualTo(plates(first));
        assertThat(second.orders.keySet()).containsExactlyElementsOf(first.orders.keySet());
    }

    @Test
    void refusesANonEmptyDatabaseUnlessReplacing() {
        FakeEnvironment env = new FakeEnvironment();
        CliRun.of(env, "demo", "--commandes", "10");
        CliRun again = CliRun.of(env, "demo", "--commandes", "20");
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("contient déjà 10 commandes", "--remplacer");
        assertThat(env.orders).hasSize(10);

        CliRun replaced = CliRun.of(env, "demo", "--commandes", "20", "--remplacer");
        assertThat(replaced.exitCode()).isZero();
        assertThat(env.orders).hasSize(20);
    }

    @Test
    void theNumberOfOrdersIsBounded() {
        CliRun run = CliRun.of(new FakeEnvironment(), "demo", "--commandes", "5001");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("hors limites");
    }

    private static List<String> plates(FakeEnvironment env) {
        return env.orders.values().stream().map(OrderFile::order).map(o -> o.vehicle().plate()).toList();
    }
}
