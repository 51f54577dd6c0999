package fr.cession.app;

import fr.cession.cli.BackupCommand;
import fr.cession.cli.CessionCommandLine;
import fr.cession.cli.ConfigProblem;
import fr.cession.cli.DiagnosticCommand;
import fr.cession.cli.RestoreCommand;
import fr.cession.cli.SyncCommand;
import fr.cession.cli.accounts.AccountsCommand;
import fr.cession.domain.playbook.LoadedPlaybook;
import fr.cession.domain.playbook.Playbook;
import fr.cession.domain.time.FrenchCalendar;
import fr.cession.ui.desktop.DesktopApp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/** Starts either the desktop or the command line, with everything built here by constructors. */
final class Launcher {

    private static final Logger LOG = LoggerFactory.getLogger(Launcher.class);

    private final Map<String, String> systemProperties;
    private final DataLocations locations;

    Launcher(Map<String, String> systemProperties, DataLocations locations) {
        this.systemProperties = systemProperties;
        this.locations = locations;
    }

    int runCommandLine(String[] args) {
        return commandLine(new AppModule(), Clock.systemUTC()).execute(args);
    }

    /** The whole command line, the sync module's command included. */
    CommandLine commandLine(AppModule module, Clock clock) {
        AppCliEnvironment env = cliEnvironment(module, clock);
        List<Object> extraCommands = List.of(new SyncCommand(env::openSync),
                new BackupCommand(env::openDatabase, clock), new RestoreCommand(env::openDatabase, clock),
                new DiagnosticCommand(env::diagnostic),
                AccountsCommand.commandLine(new AccountsCommand(env::centralAccounts, locations.environment(), clock)));
        return CessionCommandLine.create(env, extraCommands);
    }

    AppCliEnvironment cliEnvironment(AppModule module, Clock clock) {
        return new AppCliEnvironment(loader(), module, clock, new FrenchCalendar(), locations.environment());
    }

    private AppConfigLoader loader() {
        return new AppConfigLoader(systemProperties, locations.environment(), locations::defaultDatabaseFile);
    }

    /**
     * Reads the configuration, then shows the login screen until the window is closed; the
     * person's own store and sync open once they are in (a store that cannot be opened is said on
     * the login screen).
     *
     * @return the process's exit code: 0 closed normally, 2 the configuration or the playbook is invalid
     */
    int startDesktop() {
        AppModule module = new AppModule();
        FrenchCalendar calendar = new FrenchCalendar();
        AppConfig config;
        Playbook playbook;
        try {
            config = loader().load();
            playbook = module.loadPlaybook(config.playbookFile(), calendar);
            module.loadStuck(config.folder());
            module.loadInspectors(config.folder());
        } catch (ConfigProblem e) {
            return refuse(e.problems());
        }
        config.warnings().forEach(w -> LOG.warn("Configuration : {}", w));
        if (playbook instanceof LoadedPlaybook loaded) {
            // Not a reason to stop the station: the transition concerned is refused until the file is fixed.
            loaded.unreachableRequirements().forEach(e -> LOG.warn("Playbook : {} (voir check-config)", e));
        }
        Clock clock = Clock.system(config.zone());
        LOG.info("Bureau : site {}, données {}, base centrale {}", config.site(), config.dataFolder(),
                config.central().map(CentralSettings::url).orElse("aucune"));
        PersonLogin gate = PersonLogin.forStation(config, PersonDesktops.opener(config, module, playbook, clock, calendar));
        // The same variables as the command line's: a kiosk or the installed application's smoke test skips the form.
        String autoLogin = locations.environment().get(AppCliEnvironment.USER_VARIABLE);
        String autoPassword = locations.environment().get(AppCliEnvironment.PASSWORD_VARIABLE);
        DesktopApp.launch(() -> new DesktopApp.Start(gate, config.language(), clock, autoLogin, autoPassword));
        return CessionCommandLine.OK;
    }

    private static int refuse(List<String> problems) {
        LOG.error("Configuration invalide, démarrage impossible :\n  - {}", String.join("\n  - ", problems));
        return CessionCommandLine.USAGE_ERROR;
    }
}
