package fr.cession.app;

import fr.cession.cli.ConfigProblem;
import fr.cession.sync.SyncConfig;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
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
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Reads and checks {@code cession.properties} (and {@code central.properties} beside it, if
 * present). Every problem is collected so the user fixes them all at once.
 */
public final class AppConfigLoader {

    /** System property naming the configuration folder. */
    public static final String CONFIG_PROPERTY = "cession.config";
    /** System property naming the data folder (the database goes there). */
    public static final String DATA_PROPERTY = "cession.data";
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
    private final Supplier<Path> defaultDatabaseFile;

    /**
     * @param systemProperties the JVM's properties ({@code cession.config}, {@code cession.data})
     * @param defaultDatabaseFile where the database goes when nothing says otherwise
     */
    public AppConfigLoader(Map<String, String> systemProperties, Supplier<Path> defaultDatabaseFile) {
        this.systemProperties = Map.copyOf(systemProperties);
        this.defaultDatabaseFile = defaultDatabaseFile;
    }

    public Path configFolder() {
        String folder = systemProperties.get(CONFIG_PROPERTY);
        return Path.of(folder == null || folder.isBlank() ? "config" : folder).toAbsolutePath().normalize();
    }

    public AppConfig load() {
        return load(configFolder());
    }

    public AppConfig load(Path folder) {
        Path file = folder.resolve(AppConfig.FILE_NAME);
        if (!Files.isRegularFile(file)) {
            throw new ConfigProblem(List.of("Fichier de configuration introuvable : " + file
                    + " (dossier donné par -D" + CONFIG_PROPERTY + ", sinon ./config)"));
        }
        List<String> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Map<String, String> values = read(file, problems);
        retiredKeys(values, warnings);
        Map<String, String> origin = new LinkedHashMap<>();
        values.keySet().forEach(k -> origin.put(k, AppConfig.FILE_NAME));
        unknownKeys(AppConfig.FILE_NAME, values, problems);
        Path central = folder.resolve(CENTRAL_FILE_NAME);
        if (Files.isRegularFile(central)) {
            Map<String, String> centralValues = read(central, problems);
            unknownKeys(CENTRAL_FILE_NAME, centralValues, problems);
            centralValues.forEach((k, v) -> {
                if (k.startsWith("central.") && !v.isBlank()) {
                    values.put(k, v);
                    origin.put(k, CENTRAL_FILE_NAME);
                }
            });
        }
        SyncConfig.problems(values).forEach((key, reason) -> problems.add(origin.get(key) + " : clé « " + key
                + " » : valeur « " + values.get(key).trim() + " » refusée : " + reason));
        return validate(folder, values, problems, warnings);
    }

    private static void retiredKeys(Map<String, String> values, List<String> warnings) {
        for (String key : RETIRED_KEYS.stream().sorted().toList()) {
            if (values.remove(key) != null) {
                warnings.add(AppConfig.FILE_NAME + " : clé « " + key + " » ignorée : elle n'est plus lue, la personne "
                        + "vient désormais de l'écran de connexion (retirez-la du fichier)");
            }
        }
    }

    /** A key no part of the application reads is a typo until proven otherwise: it would be ignored silently. */
    private static void unknownKeys(String fileName, Map<String, String> values, List<String> problems) {
        for (String key : values.keySet()) {
            if (KNOWN_KEYS.contains(key)) {
                continue;
            }
            problems.add(KeySuggestion.closest(key, KNOWN_KEYS)
                    .map(k -> fileName + " : clé inconnue « " + key + " » : vouliez-vous dire « " + k + " » ?")
                    .orElse(fileName + " : clé inconnue « " + key + " » (clés connues : "
                            + String.join(", ", KNOWN_KEYS.stream().sorted().toList()) + ")"));
        }
    }

    private AppConfig validate(Path folder, Map<String, String> values, List<String> problems, List<String> warnings) {
        String site = required(values, "site.code", problems);
        if (site != null && !SITE.matcher(site).matches()) {
            problems.add(problem("site.code", site, "lettres majuscules, chiffres, « _ » ou « - » attendus (40 au plus)"));
        }
        ZoneId zone = ZoneId.of("Europe/Paris");
        String zoneText = values.getOrDefault("time.zone", "").trim();
        if (!zoneText.isEmpty()) {
            try {
                zone = ZoneId.of(zoneText);
            } catch (DateTimeException e) {
                problems.add(problem("time.zone", zoneText, "fuseau horaire inconnu (exemple : Europe/Paris)"));
            }
        }
        String languageText = values.getOrDefault("language", "fr").trim();
        Locale language = Locale.FRENCH;
        if (languageText.equals("en")) {
            language = Locale.ENGLISH;
        } else if (!languageText.isEmpty() && !languageText.equals("fr")) {
            problems.add(problem("language", languageText, "langue non prise en charge (fr ou en)"));
        }
        Path playbook = path(folder, values, "playbook.file", "playbook-b2c.yaml", problems);
        if (playbook != null && !Files.isRegularFile(playbook)) {
            problems.add("cession.properties : clé « playbook.file » : fichier introuvable : " + playbook);
        }
        Path database = databaseFile(folder, values, problems);
        Optional<CentralSettings> central = central(values, problems);
        if (!problems.isEmpty()) {
            throw new ConfigProblem(problems);
        }
        return new AppConfig(folder, site, zone, language, database, playbook, central, warnings);
    }

    /** -Dcession.data wins over the file's key, which wins over the user's data folder. */
    private Path databaseFile(Path folder, Map<String, String> values, List<String> problems) {
        String data = systemProperties.get(DATA_PROPERTY);
        if (data != null && !data.isBlank()) {
            return Path.of(data).toAbsolutePath().resolve(DATABASE_NAME).normalize();
        }
        Path configured = path(folder, values, "database.file", "", problems);
        return configured != null ? withoutH2Suffix(configured) : defaultDatabaseFile.get();
    }

    /** H2 adds ".mv.db" itself: accept a file named either way. */
    public static Path withoutH2Suffix(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".mv.db") ? file.resolveSibling(name.substring(0, name.length() - ".mv.db".length()))
                : file.toAbsolutePath().normalize();
    }

    private static Optional<CentralSettings> central(Map<String, String> values, List<String> problems) {
        String url = values.getOrDefault("central.url", "").trim();
        if (url.isEmpty()) {
            return Optional.empty();
        }
        if (!url.startsWith("jdbc:postgresql:")) {
            problems.add(problem("central.url", url, "une adresse JDBC PostgreSQL est attendue (jdbc:postgresql://...)"));
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

    private static Path path(Path folder, Map<String, String> values, String key, String fallback,
                             List<String> problems) {
        String text = values.getOrDefault(key, "").trim();
        if (text.isEmpty()) {
            text = fallback;
        }
        if (text.isEmpty()) {
            return null;
        }
        try {
            return folder.resolve(text).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            problems.add(problem(key, text, "chemin invalide"));
            return null;
        }
    }

    private static String required(Map<String, String> values, String key, List<String> problems) {
        String value = values.getOrDefault(key, "").trim();
        if (value.isEmpty()) {
            problems.add("cession.properties : clé « " + key + " » : valeur obligatoire manquante");
            return null;
        }
        return value;
    }

    private static String problem(String key, String value, String reason) {
        return "cession.properties : clé « " + key + " » : valeur « " + value + " » refusée : " + reason;
    }

    private static Map<String, String> read(Path file, List<String> problems) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            problems.add(file.getFileName() + " : lecture impossible (" + e.getMessage() + ")");
        }
        Map<String, String> values = new LinkedHashMap<>();
        properties.stringPropertyNames().stream().sorted().forEach(k -> values.put(k, properties.getProperty(k)));
        return values;
    }

    /** The JVM's system properties as a map (the composition root passes them in). */
    public static Map<String, String> systemProperties() {
        Map<String, String> map = new LinkedHashMap<>();
        System.getProperties().stringPropertyNames()
                .forEach(k -> map.put(k, System.getProperty(k)));
        return map;
    }
}
