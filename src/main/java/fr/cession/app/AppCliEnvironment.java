package fr.cession.app;

import fr.cession.cli.CliEnvironment;
import fr.cession.cli.ConfigProblem;
import fr.cession.cli.ConfigSummary;
import fr.cession.cli.StoreSession;
import fr.cession.cli.SyncCommand;
import fr.cession.domain.playbook.LoadedPlaybook;
import fr.cession.domain.playbook.Playbook;
import fr.cession.domain.time.FrenchCalendar;
import fr.cession.domain.user.Actor;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line's view of the application: reads the configuration when a command first
 * needs it and turns its problems into {@link ConfigProblem} (exit code 2).
 */
final class AppCliEnvironment implements CliEnvironment {

    private final AppConfigLoader loader;
    private final AppModule module;
    private final Clock clock;
    private final FrenchCalendar calendar;
    private AppConfig config;

    AppCliEnvironment(AppConfigLoader loader, AppModule module, Clock clock, FrenchCalendar calendar) {
        this.loader = loader;
        this.module = module;
        this.clock = clock;
        this.calendar = calendar;
    }

    AppConfig config() {
        if (config == null) {
            config = loader.load();
        }
        return config;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public FrenchCalendar calendar() {
        return calendar;
    }

    @Override
    public Actor actor() {
        return config().actor();
    }

    @Override
    public Playbook playbook(Path override) {
        Path file = override != null ? override.toAbsolutePath() : config().playbookFile();
        return module.loadPlaybook(file, calendar);
    }

    @Override
    public StoreSession openStore(Path baseOverride, boolean wipe) {
        AppConfig cfg = config();
        Path file = baseOverride != null ? AppConfigLoader.withoutH2Suffix(baseOverride) : cfg.databaseFile();
        return module.openStore(cfg.withDatabaseFile(file), playbook(null), clock, calendar, wipe);
    }

    /** The support text of {@link Diagnostic}, the store opened for a moment when no one holds it. */
    String diagnostic() {
        String dir = System.getProperty(Main.LOG_DIR_PROPERTY);
        return Diagnostic.report(config(), dir == null ? null : Path.of(dir), clock, null);
    }

    /** The local store's file (without H2's suffix): the configured one, or {@code baseOverride}. */
    Path dataFile(Path baseOverride) {
        return baseOverride != null ? AppConfigLoader.withoutH2Suffix(baseOverride) : config().databaseFile();
    }

    /** The sync command's session, on the configured database or {@code baseOverride}. */
    SyncCommand.Session openSync(Path baseOverride) {
        AppConfig cfg = config();
        Path file = baseOverride != null ? AppConfigLoader.withoutH2Suffix(baseOverride) : cfg.databaseFile();
        return module.openSync(cfg.withDatabaseFile(file), playbook(null), clock, calendar);
    }

    @Override
    public ConfigSummary check(Path playbookOverride) {
        AppConfig cfg = config();
        Path file = playbookOverride != null ? playbookOverride.toAbsolutePath() : cfg.playbookFile();
        Playbook playbook = module.loadPlaybook(file, calendar);
        List<String> problems = new ArrayList<>();
        if (playbook instanceof LoadedPlaybook loaded) {
            loaded.unreachableRequirements().forEach(e -> problems.add(e.toString()));
        }
        List<String> lines = new ArrayList<>();
        lines.add("Fichier : " + cfg.folder().resolve(AppConfig.FILE_NAME));
        lines.add("Utilisateur : " + cfg.actor().displayName() + " (" + cfg.actor().login() + ", "
                + cfg.actor().role() + "), site " + cfg.site());
        lines.add("Fuseau : " + cfg.zone() + ", langue : " + cfg.language().getLanguage());
        lines.add("Base locale : " + cfg.databaseFile() + ".mv.db");
        lines.add("Base centrale : " + cfg.central().map(CentralSettings::url).orElse("aucune (poste autonome)"));
        lines.add("Playbook : " + file);
        lines.addAll(module.describe(playbook));
        if (cfg.central().isPresent()) {
            // A configuration that names a central database is only valid if that database answers.
            CentralCheck.Outcome central = CentralCheck.probe(cfg.central().get());
            if (central.ok()) {
                lines.add(central.summary());
            } else {
                problems.add(central.problem());
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigProblem(problems);
        }
        return new ConfigSummary(lines);
    }
}
