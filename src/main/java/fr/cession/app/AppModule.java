package fr.cession.app;

import fr.cession.cli.ConfigProblem;
import fr.cession.cli.StoreSession;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.playbook.LoadedPlaybook;
import fr.cession.domain.playbook.Playbook;
import fr.cession.domain.playbook.PlaybookError;
import fr.cession.domain.playbook.PlaybookException;
import fr.cession.domain.playbook.PlaybookLoader;
import fr.cession.domain.playbook.RuleSettings;
import fr.cession.domain.time.FrenchCalendar;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds the application's parts with their constructors: the playbook from its file, the local
 * database with its repository and the workflow over them. The one place that knows every
 * implementation class.
 */
class AppModule {

    /** Loads and checks the playbook; its problems (file, line, message) stop the start. */
    Playbook loadPlaybook(Path file, FrenchCalendar calendar) {
        try {
            return new PlaybookLoader(calendar).load(file);
        } catch (PlaybookException e) {
            throw new ConfigProblem(e.errors().stream().map(PlaybookError::toString).toList());
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

    /** Opens the local database (migrating it), with the repository and the workflow over it. */
    StoreSession openStore(AppConfig config, Playbook playbook, Clock clock, FrenchCalendar calendar, boolean wipe) {
        throw new ConfigProblem(List.of("Base locale " + config.databaseFile() + " : stockage indisponible dans cette version"));
    }
}
