package fr.cession.app;

import fr.cession.cli.ConfigProblem;
import fr.cession.sync.SyncConfig;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Reads and checks the configuration, in layers (see {@link ConfigLayers}): the defaults, the
 * machine-wide folder ({@link MachineConfigFolder}), then the configuration folder's
 * {@code cession.properties} and {@code central.properties}. Every problem is collected, naming
 * its file, key and reason, so the user fixes them all at once.
 */
public final class AppConfigLoader {

    /** System property naming the configuration folder. */
    public static final String CONFIG_PROPERTY = "cession.config";
    /** System property naming the data folder (the database goes there). */
    public static final String DATA_PROPERTY = "cession.data";
    /** System property naming the machine-wide configuration folder instead of the system's. */
    public static final String MACHINE_CONFIG_PROPERTY = MachineConfigFolder.PROPERTY;
    public static final String DATABASE_NAME = "cession";

    static final String CENTRAL_FILE_NAME = "central.properties";
    /** The keys of cession.properties, and the sync's own central.* keys (also allowed in central.properties). */
    static final Set<String> KNOWN_KEYS;

    static {
        Set<String> keys = new TreeSet<>(List.of("site.code", "time.zone", "language", "database.file",
                "playbook.file"));
        keys.addAll(SyncConfig.KEYS);
        KNOWN_KEYS = Set.copyOf(keys);
    }

    /** Keys of older files: the person now comes from the login; a file that still has them starts, with a warning. */
    static final Set<String> RETIRED_KEYS = Set.of("user.login", "user.name", "user.role");
    private static final Pattern SITE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,39}");

    private final Map<String, String> systemProperties;
    private final Map<String, String> environment;
    private final Supplier<Path> defaultDatabaseFile;

    /**
     * @param systemProperties the JVM's properties ({@code cession.config}, {@code cession.data},
     *                         {@code cession.machineConfig}, {@code os.name})
     * @param defaultDatabaseFile where the database goes when nothing says otherwise
     */
    public AppConfigLoader(Map<String, String> systemProperties, Supplier<Path> defaultDatabaseFile) {
        this(systemProperties, Map.of(), defaultDatabaseFile);
    }

    /** @param environment the process's environment ({@code PROGRAMDATA} on Windows) */
    public AppConfigLoader(Map<String, String> systemProperties, Map<String, String> environment,
                           Supplier<Path> defaultDatabaseFile) {
        this.systemProperties = Map.copyOf(systemProperties);
        this.environment = Map.copyOf(environment);
        this.defaultDatabaseFile = defaultDatabaseFile;
    }

    public Path configFolder() {
        String folder = systemProperties.get(CONFIG_PROPERTY);
        return Path.of(folder == null || folder.isBlank() ? "config" : folder).toAbsolutePath().normalize();
    }

    /** The machine-wide folder IT writes to, read before the configuration folder (it need not exist). */
    public Path machineFolder() {
        return MachineConfigFolder.of(systemProperties, environment);
    }

    public AppConfig load() {
        return load(configFolder());
    }

    public AppConfig load(Path folder) {
        Path userFolder = folder.toAbsolutePath().normalize();
        Path machine = machineFolder();
        ConfigLayers layers = ConfigLayers.read(machine, userFolder);
        if (!layers.anyFile()) {
            throw new ConfigProblem(List.of("Fichier de configuration introuvable : " + userFolder.resolve(AppConfig.FILE_NAME)
                    + " (dossier donné par -D" + CONFIG_PROPERTY + ", sinon ./config), ni dans le dossier du poste "
                    + machine.resolve(AppConfig.FILE_NAME)));
        }
        List<String> problems = new ArrayList<>(layers.problems());
        Map<String, String> values = layers.values();
        SyncConfig.problems(values).forEach((key, reason) -> problems.add(layers.labelOf(key) + " : clé « " + key
                + " » : valeur « " + values.get(key).trim() + " » refusée : " + reason));
        return validate(userFolder, layers, problems);
    }

    private AppConfig validate(Path folder, ConfigLayers layers, List<String> problems) {
        Map<String, String> values = layers.values();
        String site = values.getOrDefault("site.code", "").trim();
        if (site.isEmpty()) {
            problems.add(AppConfig.FILE_NAME + " : clé « site.code » : valeur obligatoire manquante (ni dans "
                    + folder.resolve(AppConfig.FILE_NAME) + ", ni dans " + machineFolder().resolve(AppConfig.FILE_NAME) + ")");
            site = null;
        } else if (!SITE.matcher(site).matches()) {
            problems.add(problem(layers, "site.code", site, "lettres majuscules, chiffres, « _ » ou « - » attendus (40 au plus)"));
        }
        ZoneId zone = ZoneId.of("Europe/Paris");
        String zoneText = values.getOrDefault("time.zone", "").trim();
        if (!zoneText.isEmpty()) {
            try {
                zone = ZoneId.of(zoneText);
            } catch (DateTimeException e) {
                problems.add(problem(layers, "time.zone", zoneText, "fuseau horaire inconnu (exemple : Europe/Paris)"));
            }
        }
        String languageText = values.getOrDefault("language", "fr").trim();
        Locale language = Locale.FRENCH;
        if (languageText.equals("en")) {
            language = Locale.ENGLISH;
        } else if (!languageText.isEmpty() && !languageText.equals("fr")) {
            problems.add(problem(layers, "language", languageText, "langue non prise en charge (fr ou en)"));
        }
        Path playbook = path(layers, "playbook.file", problems);
        if (playbook != null && !Files.isRegularFile(playbook)) {
            problems.add(layers.labelOf("playbook.file") + " : clé « playbook.file » : fichier introuvable : " + playbook);
        }
        Path database = databaseFile(layers, problems);
        Optional<CentralSettings> central = central(layers, problems);
        if (!problems.isEmpty()) {
            throw new ConfigProblem(problems);
        }
        return new AppConfig(folder, site, zone, language, database, playbook, central, layers.warnings(),
                layers.origins());
    }

    /** -Dcession.data wins over the files' key, which wins over the user's data folder. */
    private Path databaseFile(ConfigLayers layers, List<String> problems) {
        String data = systemProperties.get(DATA_PROPERTY);
        if (data != null && !data.isBlank()) {
            return Path.of(data).toAbsolutePath().resolve(DATABASE_NAME).normalize();
        }
        Path configured = path(layers, "database.file", problems);
        return configured != null ? withoutH2Suffix(configured) : defaultDatabaseFile.get();
    }

    /** H2 adds ".mv.db" itself: accept a file named either way. */
    public static Path withoutH2Suffix(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".mv.db") ? file.resolveSibling(name.substring(0, name.length() - ".mv.db".length()))
                : file.toAbsolutePath().normalize();
    }

    private static Optional<CentralSettings> central(ConfigLayers layers, List<String> problems) {
        Map<String, String> values = layers.values();
        String url = values.getOrDefault("central.url", "").trim();
        if (url.isEmpty()) {
            return Optional.empty();
        }
        if (!url.startsWith("jdbc:postgresql:")) {
            problems.add(problem(layers, "central.url", url, "une adresse JDBC PostgreSQL est attendue (jdbc:postgresql://...)"));
        }
        Map<String, String> all = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (k.startsWith("central.")) {
                all.put(k, v);
            }
        });
        return Optional.of(new CentralSettings(url, values.getOrDefault("central.user", "").trim(),
                values.getOrDefault("central.password", ""), all));
    }

    /** A relative path is read from the folder of the file that gave it: IT's playbook sits beside IT's file. */
    private static Path path(ConfigLayers layers, String key, List<String> problems) {
        String text = layers.values().getOrDefault(key, "").trim();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return layers.folderOf(key).resolve(text).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            problems.add(problem(layers, key, text, "chemin invalide"));
            return null;
        }
    }

    private static String problem(ConfigLayers layers, String key, String value, String reason) {
        return layers.labelOf(key) + " : clé « " + key + " » : valeur « " + value + " » refusée : " + reason;
    }

    /** The JVM's system properties as a map (the composition root passes them in). */
    public static Map<String, String> systemProperties() {
        Map<String, String> map = new LinkedHashMap<>();
        System.getProperties().stringPropertyNames()
                .forEach(k -> map.put(k, System.getProperty(k)));
        return map;
    }
}
