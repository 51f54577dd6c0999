package fr.cession.cli;

import fr.cession.domain.playbook.Playbook;
import fr.cession.domain.time.FrenchCalendar;
import fr.cession.domain.user.Actor;

import java.nio.file.Path;
import java.time.Clock;

/**
 * What the commands need from the application. The composition root ({@code fr.cession.app})
 * implements it; the commands stay free of configuration files and wiring.
 * Every method that reads the configuration throws {@link ConfigProblem} when it is unusable.
 */
public interface CliEnvironment {

    Clock clock();

    FrenchCalendar calendar();

    /** The station's user, from the configuration. */
    Actor actor();

    /** The configured playbook, or the given file instead when not null. */
    Playbook playbook(Path override);

    /**
     * Opens the local database: the configured one, or {@code baseOverride} when not null.
     *
     * @param wipe start from an empty database (its file is deleted first)
     */
    StoreSession openStore(Path baseOverride, boolean wipe);

    /** Checks the configuration and the playbook (or {@code playbookOverride}), with a summary. */
    ConfigSummary check(Path playbookOverride);
}
