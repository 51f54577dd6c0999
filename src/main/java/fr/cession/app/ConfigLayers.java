package fr.cession.app;

import fr.cession.sync.SyncConfig;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * The configuration's values, read in layers from the weakest to the strongest: the built-in
 * defaults, the machine-wide folder (written by IT), then the configuration folder
 * ({@code -Dcession.config}). Each folder holds {@code cession.properties} and, beside it,
 * {@code central.properties} (its {@code central.*} keys only). A later layer overrides an earlier
 * one key by key; an empty value does not override (the shipped file's {@code central.url=} means
 * "not set here", not "standalone despite IT's file"). Each value remembers the file it came from.
 */
final class ConfigLayers {

    /** The origin of a value no file gave. */
    static final String DEFAULT_ORIGIN = "défaut";

    /** Values nothing needs to say; {@code site.code} has none on purpose (a site is always chosen). */
    static final Map<String, String> DEFAULTS;

    static {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("time.zone", "Europe/Paris");
        d.put("language", "fr");
        d.put("playbook.file", "playbook-b2c.yaml");
        SyncConfig.NUMERIC_KEYS.forEach(k -> d.put(k.key(), String.valueOf(k.defaultValue())));
        DEFAULTS = Map.copyOf(d);
    }

    private final Path userFolder;
    private final Map<String, String> values = new TreeMap<>();
    /** The file each value came from; absent for a default. */
    private final Map<String, Path> origins = new TreeMap<>();
    private final List<String> layers = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private boolean anyFile;

    private ConfigLayers(Path userFolder) {
        this.userFolder = userFolder;
    }

    /** Reads the defaults, then {@code machineFolder}, then {@code userFolder}; problems are collected, not thrown. */
    static ConfigLayers read(Path machineFolder, Path userFolder) {
        ConfigLayers layers = new ConfigLayers(userFolder);
        layers.values.putAll(DEFAULTS);
        layers.layers.add("1. valeurs par défaut de l'application");
        layers.folder("2. poste (installation) : ", machineFolder);
        layers.folder("3. dossier de configuration : ", userFolder);
        return layers;
    }

    private void folder(String title, Path folder) {
        Path main = folder.resolve(AppConfig.FILE_NAME);
        Path central = folder.resolve(AppConfigLoader.CENTRAL_FILE_NAME);
        boolean mainPresent = Files.isRegularFile(main);
        boolean centralPresent = Files.isRegularFile(central);
        layers.add(title + main + (mainPresent ? "" : " (absent, ignoré)")
                + (centralPresent ? ", puis " + central : ""));
        if (mainPresent) {
            anyFile = true;
            Map<String, String> read = read(main);
            ConfigFilePrivacy.narrow(main, label(main), read.containsKey("central.password")).ifPresent(warnings::add);
            retiredKeys(main, read);
            unknownKeys(main, read);
            read.forEach((k, v) -> put(k, v, main));
        }
        if (centralPresent) {
            Map<String, String> read = read(central);
            ConfigFilePrivacy.narrow(central, label(central), read.containsKey("central.password")).ifPresent(warnings::add);
            unknownKeys(central, read);
            read.forEach((k, v) -> {
                if (k.startsWith("central.")) {
                    put(k, v, central);
                }
            });
        }
    }

    private void put(String key, String value, Path file) {
        if (value.isBlank() || !AppConfigLoader.KNOWN_KEYS.contains(key)) {
            return;
        }
        values.put(key, value);
        origins.put(key, file);
    }

    /**
     * How a file is named in a message: the configuration folder's by its name alone, as it always
     * was (check-config prints that folder first); the machine's by its whole path, so nobody
     * looks for it in the wrong folder.
     */
    String label(Path file) {
        return file.getParent() != null && file.getParent().equals(userFolder) ? file.getFileName().toString()
                : file.toString();
    }

    /** The file a key's value came from, as messages name it; the main file of the configuration folder for a default. */
    String labelOf(String key) {
        Path file = origins.get(key);
        return file == null ? AppConfig.FILE_NAME : label(file);
    }

    /** The folder a relative path in {@code key}'s value is resolved against: its file's, else the configuration folder. */
    Path folderOf(String key) {
        Path file = origins.get(key);
        return file == null ? userFolder : file.getParent();
    }

    /** Whether any layer had a {@code cession.properties}: without one, nothing says which site this is. */
    boolean anyFile() {
        return anyFile;
    }

    Map<String, String> values() {
        return values;
    }

    List<String> problems() {
        return problems;
    }

    List<String> warnings() {
        return warnings;
    }

    /** What check-config and the diagnostic show: the files in the order read, and each value with its origin. */
    ConfigOrigins origins() {
        List<String> effective = new ArrayList<>();
        values.forEach((key, value) -> {
            Path file = origins.get(key);
            effective.add(key + " = " + shown(key, value) + " (" + (file == null ? DEFAULT_ORIGIN : file.toString()) + ")");
        });
        return new ConfigOrigins(layers, effective);
    }

    /** Never a password, not even its length. */
    private static String shown(String key, String value) {
        return key.endsWith("password") ? "défini, non montré" : value.trim();
    }

    private void retiredKeys(Path file, Map<String, String> read) {
        for (String key : AppConfigLoader.RETIRED_KEYS.stream().sorted().toList()) {
            if (read.remove(key) != null) {
                warnings.add(label(file) + " : clé « " + key + " » ignorée : elle n'est plus lue, la personne "
                        + "vient désormais de l'écran de connexion (retirez-la du fichier)");
            }
        }
    }

    /** A key no part of the application reads is a typo until proven otherwise: it would be ignored silently. */
    private void unknownKeys(Path file, Map<String, String> read) {
        Set<String> known = AppConfigLoader.KNOWN_KEYS;
        for (String key : read.keySet()) {
            if (known.contains(key)) {
                continue;
            }
            problems.add(KeySuggestion.closest(key, known)
                    .map(k -> label(file) + " : clé inconnue « " + key + " » : vouliez-vous dire « " + k + " » ?")
                    .orElse(label(file) + " : clé inconnue « " + key + " » (clés connues : "
                            + String.join(", ", known.stream().sorted().toList()) + ")"));
        }
    }

    private Map<String, String> read(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            problems.add(label(file) + " : lecture impossible (" + e.getMessage() + ")");
        }
        Map<String, String> read = new LinkedHashMap<>();
        properties.stringPropertyNames().stream().sorted().forEach(k -> read.put(k, properties.getProperty(k)));
        return read;
    }
}
