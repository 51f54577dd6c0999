package fr.cession.app;

import fr.cession.cli.CessionCommandLine;
import fr.cession.cli.CliEnvironment;
import fr.cession.cli.ConfigSummary;
import fr.cession.cli.StoreSession;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.Customer;
import fr.cession.domain.order.Order;
import fr.cession.domain.playbook.Playbook;
import fr.cession.domain.time.FrenchCalendar;
import fr.cession.domain.user.Actor;
import picocli.CommandLine;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The real command line over a data folder, for benchmarks outside this package. */
public final class ImportBenchSupport {

    private ImportBenchSupport() {
    }

    /**
     * @param oneTransactionPerRow the import as it was before batches: each row through
     *                             {@link StoreSession#create}, in its own transaction
     */
    public static CommandLine commandLine(Path data, Clock clock, boolean oneTransactionPerRow) {
        CliEnvironment env = AppTestFolders.launcher(data).cliEnvironment(new AppModule(), clock);
        return CessionCommandLine.create(oneTransactionPerRow ? new RowByRow(env) : env, List.of());
    }

    private record RowByRow(CliEnvironment env) implements CliEnvironment {
        @Override
        public Clock clock() {
            return env.clock();
        }

        @Override
        public FrenchCalendar calendar() {
            return env.calendar();
        }

        @Override
        public Actor actor() {
            return env.actor();
        }

        @Override
        public Playbook playbook(Path override) {
            return env.playbook(override);
        }

        @Override
        public ConfigSummary check(Path playbookOverride) {
            return env.check(playbookOverride);
        }

        @Override
        public StoreSession openStore(Path baseOverride, boolean wipe) {
            StoreSession s = env.openStore(baseOverride, wipe);
            // Only createAll is left to the interface's default: one create() per row.
            return new StoreSession() {
                @Override
                public Path databaseFile() {
                    return s.databaseFile();
                }

                @Override
                public long orderCount() {
                    return s.orderCount();
                }

                @Override
                public boolean orderExists(String number) {
                    return s.orderExists(number);
                }

                @Override
                public void saveAll(List<OrderFile> files) {
                    s.saveAll(files);
                }

                @Override
                public OrderFile create(Order draft) {
                    return s.create(draft);
                }

                @Override
                public Map<String, Customer> customersByNumber(Collection<String> numbers) {
                    return s.customersByNumber(numbers);
                }

                @Override
                public void close() {
                    s.close();
                }
            };
        }
    }
}
