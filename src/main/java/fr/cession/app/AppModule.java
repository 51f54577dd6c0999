package fr.cession.app;

import fr.cession.cli.ConfigProblem;
import fr.cession.cli.StoreSession;
import fr.cession.cli.SyncCommand;
import fr.cession.domain.account.CustomerAccountSettings;
import fr.cession.domain.agenda.InspectorRoster;
import fr.cession.domain.board.StuckThresholds;
import fr.cession.domain.demo.DemoDataGenerator;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.playbook.LoadedPlaybook;
import fr.cession.domain.playbook.Playbook;
import fr.cession.domain.playbook.PlaybookError;
import fr.cession.domain.playbook.PlaybookException;
import fr.cession.domain.playbook.PlaybookLoader;
import fr.cession.domain.playbook.RuleSettings;
import fr.cession.domain.playbook.SettingLines;
import fr.cession.domain.time.FrenchCalendar;
import fr.cession.domain.timer.TimerEngine;
import fr.cession.domain.user.Actor;
import fr.cession.domain.workflow.DueTimers;
import fr.cession.papers.Company;
import fr.cession.papers.PaperPrinter;
import fr.cession.store.JooqPersonSettings;
import fr.cession.store.board.JooqAgendaQueries;
import fr.cession.store.board.JooqDashboardQueries;
import fr.cession.store.dossier.JooqApprovalQueries;
import fr.cession.store.dossier.JooqOpenOrders;
import fr.cession.sync.CentralConnection;
import fr.cession.sync.ConflictResolver;
import fr.cession.sync.RefusalLog;
import fr.cession.sync.SyncConfig;
import fr.cession.sync.SyncRepair;
import fr.cession.sync.SyncScheduler;
import fr.cession.sync.SyncService;
import fr.cession.sync.central.CentralAccounts;
import fr.cession.sync.central.CentralDatabase;
import fr.cession.ui.PersonalDesk;
import fr.cession.ui.accounts.AccountsDesk;
import fr.cession.ui.conflict.ConflictDesk;
import fr.cession.ui.help.Diagnosis;
import fr.cession.ui.wiring.DesktopDependencies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;

/**
 * Builds the application's parts with their constructors: the playbook from its file, the local
 * database with its repository and the workflow over them, the sync, the desktop's dependencies.
 * The one place that knows every implementation class.
 */
class AppModule {

    private static final Logger LOG = LoggerFactory.getLogger(AppModule.class);
    /** Without a central database there is nothing to send: the scheduler only keeps the counters fresh. */
    private static final Duration LOCAL_ONLY_POLL = Duration.ofMinutes(5);

    /** Loads and checks the playbook; its problems (file, line, message) stop the start. */
    Playbook loadPlaybook(Path file, FrenchCalendar calendar) {
        try {
            return new PlaybookLoader(calendar).load(file);
        } catch (PlaybookException e) {
            throw new ConfigProblem(e.errors().stream().map(PlaybookError::toString).toList());
        }
    }

    /**
     * The days after which an order is stuck on the board ({@code config/tableau.properties}); no
     * file: nothing is marked. Its refused lines (file, line, key, reason) stop the start.
     */
    StuckThresholds loadStuck(Path folder) {
        return loadSettings(folder, StuckThresholds.FILE_NAME, StuckThresholds.NONE, StuckThresholds::parse);
    }

    /**
     * The designated inspectors and the hand-over slot ({@code config/inspecteurs.properties}); no
     * file: no list (any name typed) and the usual one-hour slot. Refused lines stop the start.
     */
    InspectorRoster loadInspectors(Path folder) {
        return loadSettings(folder, InspectorRoster.FILE_NAME, InspectorRoster.NONE, InspectorRoster::parse);
    }

    private static <T> T loadSettings(Path folder, String fileName, T none, Function<List<String>, T> parse) {
        Path file = folder.resolve(fileName);
        if (!Files.exists(file)) {
            return none;
        }
        try {
            return parse.apply(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (SettingLines.Invalid e) {
            throw new ConfigProblem(e.problems());
        } catch (IOException e) {
            throw new ConfigProblem(List.of(fileName + " illisible : " + e.getMessage()));
        }
    }

    /** A summary of the playbook for check-config: activities, seed references, transitions. */
    List<String> describe(Playbook playbook) {
        List<String> lines = new ArrayList<>();
        lines.add("Fuseau des échéances : " + playbook.zone());
        if (playbook instanceof LoadedPlaybook loaded) {
            lines.add(loaded.activityCodes().size() + " activités : " + String.join(", ", loaded.activityCodes()));
            lines.add(loaded.sources().size() + " références à la to-do list (lignes 004:NN)");
        }
        long guarded = Arrays.stream(OrderStatus.values())
                .map(playbook::requirementsFor)
                .filter(r -> !r.lineCodes().isEmpty() || !r.documents().isEmpty() || !r.rules().isEmpty())
                .count();
        lines.add(guarded + " changements de statut avec conditions");
        RuleSettings s = playbook.settings();
        lines.add("Cession entre " + s.handoverMinDays() + " et " + s.handoverMaxDays() + " jours après la réservation, "
                + "fonds " + s.fundsBeforeHandoverHours() + " h avant, rétractation " + s.withdrawalDays() + " jours");
        return lines;
    }

    /** Opens the local database (migrating it), with the repository and the workflow over it, for {@code actor}. */
    StoreSession openStore(AppConfig config, SignedIn who, Playbook playbook, Clock clock, FrenchCalendar calendar,
                           boolean wipe) {
        Actor actor = who.actor();
        CustomerAccountSettings accountSettings = customerAccountSettings(config);
        LocalStore store = LocalStore.open(config.databaseFile(), who.storeKey(), playbook, clock, calendar, wipe);
        return new WorkflowStoreSession(store.file(), store.repository(), store.workflow(), store::saveAll,
                store::orderCount, actor, clock, store::close, new ImportWriter(store, actor))
                .withCustomerAccounts(store.customerAccounts(accountSettings).desk());
    }

    /** config/comptes-clients.properties; a wrong value stops the command with its line (code 2). */
    private static CustomerAccountSettings customerAccountSettings(AppConfig config) {
        try {
            return CustomerAccountSettings.load(config.folder());
        } catch (IllegalArgumentException e) {
            throw new fr.cession.cli.ConfigProblem(List.of(e.getMessage()));
        }
    }

    /** The sync command's services, over the local database (local-only without central settings). */
    SyncCommand.Session openSync(AppConfig config, SignedIn who, Playbook playbook, Clock clock, FrenchCalendar calendar) {
        LocalStore store = LocalStore.open(config.databaseFile(), who.storeKey(), playbook, clock, calendar, false);
        try {
            SyncParts sync = syncParts(config, who, store, clock);
            Optional<SyncRepair> repairs = sync.local() ? Optional.empty()
                    : Optional.of(new SyncRepair(store.dsl(), clock, store.ids()));
            return new SyncSession(sync.service(), new ConflictResolver(store.dsl(), clock, store.ids()),
                    new RefusalLog(store.dsl()), repairs, who.actor().login(), config.site(), sync.central(),
                    store::close);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** The sync engine over this store: with the central database when configured, local-only otherwise. */
    private record SyncParts(SyncService service, CentralDatabase central, SyncConfig config) {
        boolean local() {
            return central == null;
        }
    }

    private SyncParts syncParts(AppConfig config, SignedIn who, LocalStore store, Clock clock) {
        return syncConfig(config, who).map(c -> {
            CentralDatabase db = CentralConnection.open(c);
            return new SyncParts(new SyncService(store.dsl(), db, c.site(), c.batchSize(), clock), db, c);
        }).orElseGet(() -> new SyncParts(SyncService.localOnly(store.dsl(), clock), null, null));
    }

    /**
     * How to reach the central database, from the {@code central.*} keys; empty when the station works
     * alone. A person who logged in connects with their own login and password, not the file's.
     */
    Optional<SyncConfig> syncConfig(AppConfig config, SignedIn who) {
        return config.central().flatMap(central -> {
            Properties p = new Properties();
            p.putAll(central.all());
            if (who.centralPassword() != null) {
                p.setProperty("central.user", who.actor().login());
                p.setProperty("central.password", new String(who.centralPassword()));
            }
            // Changes carry the station's own site unless central.site says otherwise.
            p.putIfAbsent("central.site", config.site());
            try {
                return SyncConfig.from(p);
            } catch (NumberFormatException e) {
                throw new ConfigProblem(List.of("central.properties : nombre attendu pour central.batch-size, "
                        + "central.poll-seconds et central.max-backoff-seconds (" + e.getMessage() + ")"));
            }
        });
    }

    /**
     * Everything the desktop runs on. Called before the window opens (never on the FX thread):
     * opening and migrating the database may take a moment.
     */
    DesktopSession openDesktop(AppConfig config, SignedIn who, Playbook playbook, Clock clock, FrenchCalendar calendar) {
        LocalStore store = LocalStore.open(config.databaseFile(), who.storeKey(), playbook, clock, calendar, false);
        try {
            SyncParts sync = syncParts(config, who, store, clock);
            SyncService service = sync.service();
            SyncScheduler scheduler;
            if (sync.local()) {
                // Local-only still counts what waits in the outbox, so the status bar never hides it.
                scheduler = new SyncScheduler(service, null, LOCAL_ONLY_POLL, LOCAL_ONLY_POLL);
            } else {
                scheduler = new SyncScheduler(service, sync.central().dataSource(), sync.config().pollInterval(),
                        sync.config().maxBackoff());
                LOG.info("Synchronisation avec {} démarrée", sync.config());
            }
            store.afterEachSave(scheduler::requestNow);
            scheduler.start();
            CustomerAccountSettings accountSettings = CustomerAccountSettings.load(config.folder());
            DemoDataLoader demo = new DemoDataLoader(store, new DemoDataGenerator(playbook, calendar, clock),
                    who.actor(), clock, !sync.local(), store.customerAccounts(accountSettings).desk());
            // The "à corriger" list is read even local-only: orders refused before the central settings went away stay visible.
            ConflictDesk conflicts = new SyncConflictDesk(
                    new ConflictResolver(store.dsl(), clock, store.ids()), new RefusalLog(store.dsl()),
                    new SyncRepair(store.dsl(), clock, store.ids()), scheduler::requestNow);
            // "Comptes" asks the central database with the person's own login, as the sync does: it decides.
            AccountsDesk accounts = sync.local() ? AccountsDesk.NONE
                    : new CentralAccountsDesk(new CentralAccounts(sync.central()), config.zone());
            DueTimers dueTimers = new DueTimers(store.repository(), store.workflow(),
                    new TimerEngine(playbook, calendar), new JooqOpenOrders(store.dsl()), clock);
            TimerScheduler timers = new TimerScheduler(dueTimers, who.actor().site());
            DesktopDependencies deps = new DesktopDependencies(who.actor(), clock, config.zone(),
                    playbook.settings(), store.repository(), store.board(),
                    new WorkflowOrderActions(store.workflow(), clock, dueTimers, playbook.commercialReturnDays(),
                            store.customerAccounts(accountSettings)),
                    new SyncStateStatus(service.state()), demo, config.language(), conflicts,
                    new JooqApprovalQueries(store.dsl()), accounts, papers(config, playbook, clock),
                    new JooqAgendaQueries(store.dsl()).with(loadInspectors(config.folder())), new JooqDashboardQueries(store.dsl()),
                    new PersonalDesk(new JooqPersonSettings(store.dsl()), loadStuck(config.folder()),
                            new ImminentTimers(dueTimers, clock), true));
            // The same text as the diagnostic command, from the store this desktop holds and its live sync state.
            Diagnosis diagnosis = () -> Diagnostic.report(config, logFolder(), clock, store.database(),
                    service.state().current().summary());
            timers.start();
            return new DesktopSession(store, scheduler, deps, diagnosis).withTimers(timers);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** Where logback writes (set by {@link Main} before the first logger), or null when started otherwise. */
    private static Path logFolder() {
        String dir = System.getProperty(Main.LOG_DIR_PROPERTY);
        return dir == null ? null : Path.of(dir);
    }

    /** The PDFs and exports: the company from {@code config/entreprise.properties}, files in the person's {@code documents/}. */
    private static PaperService papers(AppConfig config, Playbook playbook, Clock clock) {
        Company company;
        try {
            company = Company.load(config.folder());
        } catch (IOException e) {
            LOG.warn("{} illisible ({}) : documents au nom « Cession »", Company.FILE_NAME, e.getMessage());
            company = new Company(null, List.of(), null, null, null, null);
        }
        return new PaperService(new PaperPrinter(company, playbook.settings(), clock),
                config.dataFolder().resolve("documents"));
    }

    private record SyncSession(SyncService service, ConflictResolver conflicts, RefusalLog refusals,
                               Optional<SyncRepair> repairs, String user, String site, CentralDatabase central,
                               Runnable onClose) implements SyncCommand.Session {
        @Override
        public boolean installCentralSchema() {
            if (central == null) {
                return false;
            }
            central.migrate();
            return true;
        }

        @Override
        public void close() {
            onClose.run();
        }
    }
}
