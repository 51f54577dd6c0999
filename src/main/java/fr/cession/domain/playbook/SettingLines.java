package fr.cession.domain.playbook;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The small {@code clé=valeur} files of {@code config/} beside the playbook (tableau.properties,
 * inspecteurs.properties): read line by line so a refused line is named with its number, every
 * refused line reported at once. Unlike {@link java.util.Properties}, a key may come back (one
 * line per inspector) and values are UTF-8 as the manager typed them.
 */
public final class SettingLines {

    /** A {@code clé=valeur} line: its number in the file, its key and its value. */
    public record Setting(int number, String key, String value) {
    }

    private final String fileName;
    private final List<Setting> settings = new ArrayList<>();
    private final SortedMap<Integer, List<String>> problems = new TreeMap<>();

    private SettingLines(String fileName) {
        this.fileName = fileName;
    }

    /** The file's settings, blank lines and {@code #} or {@code !} comments left out; a line without « = » is refused. */
    public static SettingLines read(String fileName, List<String> lines) {
        SettingLines out = new SettingLines(fileName);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            int eq = line.indexOf('=');
            Setting setting = new Setting(i + 1, eq < 0 ? line : line.substring(0, eq).strip(),
                    eq < 0 ? "" : line.substring(eq + 1).strip());
            if (eq < 0) {
                out.refuse(setting, "« clé=valeur » attendu, trouvé « " + line + " »");
            } else {
                out.settings.add(setting);
            }
        }
        return out;
    }

    public List<Setting> settings() {
        return settings;
    }

    /** A refused line: « fichier, ligne N : why », reported in the file's order. */
    public void refuse(Setting line, String why) {
        problems.computeIfAbsent(line.number(), n -> new ArrayList<>()).add(fileName + ", ligne " + line.number()
                + " : " + why);
    }

    /** Throws the file's refused lines, all of them, when there is any. */
    public void refuseAny() {
        if (!problems.isEmpty()) {
            throw new Invalid(problems.values().stream().flatMap(List::stream).toList());
        }
    }

    /** An integer from {@code min} to {@code max}, or null. */
    public static Integer between(String value, int min, int max) {
        try {
            int n = Integer.parseInt(value);
            return n >= min && n <= max ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A file's refused lines, all of them, each naming the file, its line and why. */
    public static final class Invalid extends IllegalArgumentException {
        private final List<String> problems;

        public Invalid(List<String> problems) {
            super(String.join("\n", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }
}
