package fr.cession.app;

import fr.cession.cli.CessionCommandLine;
import fr.cession.cli.ConfigProblem;
import fr.cession.cli.SyncCommand;
import fr.cession.domain.playbook.Playbook;
import fr.cession.domain.time.FrenchCalendar;
import fr.cession.store.LocalDatabaseException;
import fr.cession.ui.DesktopApp;
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
        List<Object> extraCommands = List.of(new SyncCommand(env::openSync));
        return CessionCommandLine.create(env, extraCommands);
    }

    AppCliEnvironment cliEnvironment(AppModule module, Clock clock) {
        return new AppCliEnvironment(loader(), module, clock, new FrenchCalendar());
    }

    private AppConfigLoader loader() {
        return new AppConfigLoader(systemProperties, locations::defaultDatabaseFile);
    }

    /**
     * Reads the configuration and opens the database on this thread, before JavaFX starts, then
     * shows the window until it is closed.
     *
     * @return the process's exit code: 0 closed normally, 1 the database could not be opened,
     *         2 the configuration or the playbook is invalid
     */
    int startDesktop() {
        AppModule module = new AppModule();
        FrenchCalendar calendar = new FrenchCalendar();
        AppConfig config;
        Playbook playbook;
        try {
            config = loader().load();
            playbook = module.loadPlaybook(config.playbookFile(), calendar);
        } catch (ConfigException e) {
            return refuse(e.problems());
        } catch (ConfigProblem e) {
            return refuse(e.problems());
        }
        Clock clock = Clock.system(config.zone());
        DesktopSession session;
        try {
            session = module.openDesktop(config, playbook, clock, calendar);
        } catch (LocalDatabaseException | ConfigProblem e) {
            LOG.error("Démarrage impossible : {}", e.getMessage());
            return CessionCommandLine.BUSINESS_ERROR;
        }
        try (session) {
            LOG.info("Bureau : {} ({}), base {}", config.actor().displayName(), config.actor().role(),
                    session.store().file());
            DesktopApp.launch(session::dependencies);
        }
        return CessionCommandLine.OK;
    }

    private static int refuse(List<String> problems) {
        LOG.error("Configuration invalide, démarrage impossible :\n  - {}", String.join("\n  - ", problems));
        return CessionCommandLine.USAGE_ERROR;
    }
}
