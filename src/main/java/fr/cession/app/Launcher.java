package fr.cession.app;

import fr.cession.cli.CessionCommandLine;
import fr.cession.domain.time.FrenchCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
        AppCliEnvironment env = cliEnvironment(new AppModule(), Clock.systemUTC());
        // The sync module's command goes into this list when it exists.
        List<Object> extraCommands = List.of();
        return CessionCommandLine.create(env, extraCommands).execute(args);
    }

    AppCliEnvironment cliEnvironment(AppModule module, Clock clock) {
        AppConfigLoader loader = new AppConfigLoader(systemProperties, locations::defaultDatabaseFile);
        return new AppCliEnvironment(loader, module, clock, new FrenchCalendar());
    }

    void startDesktop() {
        LOG.warn("L'interface de bureau n'est pas encore disponible dans cette version : "
                + "utilisez la ligne de commande (« cession --aide »).");
    }
}
