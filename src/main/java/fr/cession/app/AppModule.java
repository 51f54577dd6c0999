package fr.cession.app;

import fr.cession.cli.ConfigProblem;
import fr.cession.cli.StoreSession;
import fr.cession.domain.playbook.Playbook;
import fr.cession.domain.time.FrenchCalendar;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * Builds the application's parts with their constructors: the playbook from its file, the local
 * database with its repository and the workflow over them. The one place that knows every
 * implementation class.
 */
class AppModule {

    /** Loads and checks the playbook; its problems (file, line, message) stop the start. */
    Playbook loadPlaybook(Path file, FrenchCalendar calendar) {
        throw new ConfigProblem(List.of("Playbook " + file + " : chargeur de playbook indisponible dans cette version"));
    }

    /** A summary of the playbook for check-config: activities, checklist lines, documents. */
    List<String> describe(Playbook playbook) {
        return List.of("Fuseau des échéances : " + playbook.zone());
    }

    /** Opens the local database (migrating it), with the repository and the workflow over it. */
    StoreSession openStore(AppConfig config, Playbook playbook, Clock clock, FrenchCalendar calendar, boolean wipe) {
        throw new ConfigProblem(List.of("Base locale " + config.databaseFile() + " : stockage indisponible dans cette version"));
    }
}
