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

import fr.cession.domain.user.Role;
import fr.cession.store.LocalDatabase;
import fr.cession.sync.central.CentralDatabase;
import fr.cession.sync.central.CentralLogin;
import org.postgresql.ds.PGSimpleDataSource;
import fr.cession.sync.central.CentralAccounts;
import fr.cession.store.StoreKey;
import fr.cession.store.login.OfflineCredentials;
import fr.cession.ui.login.LoginResult;

import fr.cession.domain.agenda.InspectorRoster;
import fr.cession.domain.board.StuckThresholds;
import java.io.Console;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line's view of the application: reads the configuration when a command first
 * needs it and turns its problems into {@link ConfigProblem} (exit code 2). Its person is
 * {@code CESSION_UTILISATEUR} (password from {@code CESSION_MOT_DE_PASSE} or asked on the console,
 * checked as on the login screen), else the last person who logged in on this desktop, else
 * — nobody ever did — the station itself on its own store.
 */
final class AppCliEnvironment implements CliEnvironment {

    /** The command line's person and password, for scripts (the password is asked on the console otherwise). */
    static final String USER_VARIABLE = "CESSION_UTILISATEUR";
    static final String PASSWORD_VARIABLE = "CESSION_MOT_DE_PASSE";
    /** The station acting before anyone logged in (demo data, imports on a new desktop). */
    static final String STATION_LOGIN = "poste";

    private final AppConfigLoader loader;
    private final AppModule module;
    private final Clock clock;
    private final FrenchCalendar calendar;
    private final Map<String, String> environment;
    private AppConfig config;
    private CliPerson person;

    AppCliEnvironment(AppConfigLoader loader, AppModule module, Clock clock, FrenchCalendar calendar,
                      Map<String, String> environment) {
        this.loader = loader;
        this.module = module;
        this.clock = clock;
        this.calendar = calendar;
        this.environment = Map.copyOf(environment);
    }

    /** Who the command acts as, and on which store. */
    private record CliPerson(SignedIn who, Path store) {
    }

    private CliPerson person() {
        if (person == null) {
            person = resolvePerson(config());
        }
        return person;
    }

    private CliPerson resolvePerson(AppConfig cfg) {
        PersonLogin gate = PersonLogin.forCommandLine(cfg);
        String login = environment.getOrDefault(USER_VARIABLE, "").trim();
        if (!login.isEmpty()) {
            char[] password = password(login);
            try {
                LoginResult result = gate.logIn(login, password);
                if (result instanceof LoginResult.Accepted a) {
                    Path store = PersonStores.storeFor(cfg, login);
                    return new CliPerson(new SignedIn(a.actor(), cfg.central().isPresent() ? password.clone() : null,
                            StoreKey.forStore(store, password)), store);
                }
                if (result instanceof LoginResult.Refused r) {
                    throw new ConfigProblem(List.of("Connexion de « " + login + " » refusée : " + r.reason()));
                }
                throw new ConfigProblem(List.of("« " + login
                        + " » n'est pas un compte de ce poste : il se crée à la première connexion au bureau."));
            } finally {
                Arrays.fill(password, '\0');
            }
        }
        Optional<Actor> last = gate.lastPerson();
        if (last.isPresent()) {
            Path store = PersonStores.storeFor(cfg, last.get().login());
            if (LocalDatabase.isEncrypted(store)) {
                throw new ConfigProblem(List.of("La base de « " + last.get().login() + " » est chiffrée avec son mot de"
                        + " passe : donnez " + USER_VARIABLE + " (et " + PASSWORD_VARIABLE
                        + ", ou tapez-le quand il est demandé) pour que la commande l'ouvre."));
            }
            return new CliPerson(new SignedIn(last.get(), null), store);
        }
        // Nobody ever logged in here: the station's own store, which the first person to log in takes over.
        return new CliPerson(new SignedIn(new Actor(STATION_LOGIN, "Poste " + cfg.site(), Role.COMMERCIAL, cfg.site()),
                null), cfg.databaseFile());
    }

    /** The store {@link #resolvePerson} would open, found without checking anyone's password. */
    private Path storeWithoutLogin(AppConfig cfg) {
        String login = environment.getOrDefault(USER_VARIABLE, "").trim();
        if (!login.isEmpty()) {
            return PersonStores.storeFor(cfg, login);
        }
        return PersonLogin.forCommandLine(cfg).lastPerson().map(p -> PersonStores.storeFor(cfg, p.login()))
                .orElse(cfg.databaseFile());
    }

    private char[] password(String login) {
        String given = environment.get(PASSWORD_VARIABLE);
        if (given != null) {
            return given.toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            throw new ConfigProblem(List.of(USER_VARIABLE + "=" + login + " : mot de passe attendu dans "
                    + PASSWORD_VARIABLE + " (pas de console pour le demander)"));
        }
        char[] typed = console.readPassword("Mot de passe de « %s » : ", login);
        return typed == null ? new char[0] : typed;
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
        return person().who().actor();
    }

    @Override
    public Playbook playbook(Path override) {
        Path file = override != null ? override.toAbsolutePath() : config().playbookFile();
        return module.loadPlaybook(file, calendar);
    }

    @Override
    public StoreSession openStore(Path baseOverride, boolean wipe) {
        AppConfig cfg = config();
        Path file = baseOverride != null ? AppConfigLoader.withoutH2Suffix(baseOverride) : person().store();
        return module.openStore(cfg.withDatabaseFile(file), storeHolder(baseOverride), playbook(null), clock, calendar,
                wipe);
    }

    /** The support text of {@link Diagnostic}, the store opened for a moment when no one holds it. */
    String diagnostic() {
        String dir = System.getProperty(Main.LOG_DIR_PROPERTY);
        // Asks no password: an encrypted store is only sized, its content is the desktop's diagnostic.
        return Diagnostic.report(config().withDatabaseFile(storeWithoutLogin(config())), dir == null ? null : Path.of(dir),
                clock, null);
    }

    /** The local store's file (without H2's suffix): the command's person's, or {@code baseOverride}. */
    Path dataFile(Path baseOverride) {
        return baseOverride != null ? AppConfigLoader.withoutH2Suffix(baseOverride) : person().store();
    }

    /** The person, with their store's key only on their own store: a {@code --base} file is another store. */
    private SignedIn storeHolder(Path baseOverride) {
        SignedIn who = person().who();
        return baseOverride == null ? who : new SignedIn(who.actor(), who.centralPassword());
    }

    /** The store of {@link #dataFile}, opened with its person's key (a {@code --base} file in clear). */
    LocalDatabase openDatabase(Path baseOverride) {
        StoreKey key = storeHolder(baseOverride).storeKey();
        Path file = dataFile(baseOverride);
        return key == null ? LocalDatabase.open(file) : LocalDatabase.open(file, key);
    }

    /**
     * The central database as the command line's person, for {@code comptes}: their own login and
     * password, as the account functions decide from {@code session_user}.
     */
    CentralAccounts centralAccounts() {
        AppConfig cfg = config();
        if (cfg.central().isEmpty()) {
            throw new ConfigProblem(List.of("Comptes : aucune base centrale configurée (central.url) : les comptes d'un "
                    + "poste autonome se créent à sa première connexion."));
        }
        String login = environment.getOrDefault(USER_VARIABLE, "").trim();
        if (login.isEmpty()) {
            throw new ConfigProblem(List.of("Comptes : donnez " + USER_VARIABLE + " (et " + PASSWORD_VARIABLE
                    + ", ou tapez-le quand il est demandé) : la base centrale décide d'après la personne connectée."));
        }
        // Not the desktop's gate: a main account holding only ADMINISTRATEUR runs accounts without opening a desktop.
        char[] password = password(login);
        CentralLogin.Outcome outcome = new CentralLogin(cfg.central().get().url(), PersonLogin.CENTRAL_TIMEOUT_SECONDS)
                .check(login, password);
        if (outcome instanceof CentralLogin.Outcome.WrongPassword) {
            throw new ConfigProblem(List.of("Connexion de « " + login + " » refusée : Identifiant ou mot de passe incorrect."));
        }
        if (outcome instanceof CentralLogin.Outcome.Disabled) {
            throw new ConfigProblem(List.of("Le compte « " + login + " » est désactivé : connexion refusée."));
        }
        if (outcome instanceof CentralLogin.Outcome.Unreachable u) {
            throw new ConfigProblem(List.of("Base centrale injoignable : " + u.reason()));
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(cfg.central().get().url());
        ds.setUser(login);
        ds.setPassword(new String(password));
        ds.setApplicationName("cession-comptes");
        Arrays.fill(password, '\0');
        return new CentralAccounts(new CentralDatabase(ds));
    }

    /** The sync command's session, on the configured database or {@code baseOverride}. */
    SyncCommand.Session openSync(Path baseOverride) {
        AppConfig cfg = config();
        Path file = baseOverride != null ? AppConfigLoader.withoutH2Suffix(baseOverride) : person().store();
        return module.openSync(cfg.withDatabaseFile(file), storeHolder(baseOverride), playbook(null), clock, calendar);
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
        lines.add("Fichiers lus, dans cet ordre (le suivant l'emporte, clé par clé ; une valeur vide ne remplace rien) :");
        cfg.origins().layers().forEach(l -> lines.add("  " + l));
        lines.add("Valeurs en vigueur (origine) :");
        cfg.origins().effective().forEach(l -> lines.add("  " + l));
        cfg.warnings().forEach(w -> lines.add("Avertissement : " + w));
        lines.add("Site du poste : " + cfg.site() + " (la personne vient de la connexion)");
        lines.add("Fuseau : " + cfg.zone() + ", langue : " + cfg.language().getLanguage());
        lines.add("Données : " + cfg.dataFolder() + " (une base par personne : <identifiant>/"
                + cfg.databaseFile().getFileName() + ".mv.db)");
        List<String> known = OfflineCredentials.in(cfg.dataFolder()).logins();
        lines.add("Personnes déjà connectées sur ce poste : " + (known.isEmpty() ? "aucune" : String.join(", ", known)));
        lines.add("Base centrale : " + cfg.central().map(CentralSettings::url).orElse("aucune (poste autonome)"));
        lines.add("Playbook : " + file);
        lines.addAll(module.describe(playbook));
        StuckThresholds stuck = module.loadStuck(cfg.folder());
        lines.add("Commandes bloquées (" + StuckThresholds.FILE_NAME + ") : " + stuck.global().map(d -> "après " + d
                + " jours dans une étape").orElse("aucun seuil commun") + (stuck.perStage().isEmpty() ? ""
                : ", par étape " + stuck.perStage()));
        InspectorRoster inspectors = module.loadInspectors(cfg.folder());
        lines.add("Inspecteurs (" + InspectorRoster.FILE_NAME + ") : " + inspectors.inspectors().size()
                + ", créneau de cession de " + inspectors.slot().toMinutes() + " minutes");
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
