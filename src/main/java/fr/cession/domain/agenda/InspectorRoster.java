package fr.cession.domain.agenda;

import fr.cession.domain.playbook.SettingLines;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The designated inspectors and the length of a hand-over slot, read from
 * {@code config/inspecteurs.properties}: one {@code inspecteur=Nom ; sites ; chèque} line per person
 * (sites separated by commas, none for every site; « chèque » when accredited for bank cheques,
 * 004:51) and {@code creneau.minutes=N}, how long a hand-over holds its inspector.
 */
public record InspectorRoster(List<Inspector> inspectors, Duration slot) {

    public static final String FILE_NAME = "inspecteurs.properties";
    static final String INSPECTOR = "inspecteur";
    static final String SLOT = "creneau.minutes";
    /** The agenda's hand-over slot before it was a setting. */
    public static final Duration DEFAULT_SLOT = Duration.ofMinutes(60);
    private static final int MIN_SLOT = 15;
    private static final int MAX_SLOT = 480;
    private static final int MAX_NAME = 80;

    /** No designated inspector (a desktop without the file): any name may be typed. */
    public static final InspectorRoster NONE = new InspectorRoster(List.of(), DEFAULT_SLOT);

    public InspectorRoster {
        inspectors = List.copyOf(inspectors);
        slot = slot == null ? DEFAULT_SLOT : slot;
    }

    public DoubleBookings bookings() {
        return new DoubleBookings(slot);
    }

    public Optional<Inspector> find(String name) {
        return name == null ? Optional.empty()
                : inspectors.stream().filter(i -> i.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    /** Those who work for {@code site} (every one when the site is unknown), in the file's order. */
    public List<Inspector> forSite(String site) {
        return inspectors.stream().filter(i -> i.works(site)).toList();
    }

    /**
     * Reads the file's lines ({@code #} for comments).
     *
     * @throws SettingLines.Invalid every refused line, each naming the file, its line and why
     */
    public static InspectorRoster parse(List<String> lines) {
        SettingLines file = SettingLines.read(FILE_NAME, lines);
        List<Inspector> found = new ArrayList<>();
        Duration slot = DEFAULT_SLOT;
        for (SettingLines.Setting line : file.settings()) {
            String value = line.value();
            if (line.key().equals(SLOT)) {
                Integer minutes = SettingLines.between(value, MIN_SLOT, MAX_SLOT);
                if (minutes == null) {
                    file.refuse(line, "clé « " + SLOT + " » : valeur « " + value + " » refusée : nombre de minutes entier de "
                            + MIN_SLOT + " à " + MAX_SLOT + " attendu");
                } else {
                    slot = Duration.ofMinutes(minutes);
                }
            } else if (line.key().equals(INSPECTOR)) {
                Optional<String> problem = problem(value, found);
                if (problem.isPresent()) {
                    file.refuse(line, problem.get());
                } else {
                    found.add(read(value));
                }
            } else {
                file.refuse(line, "clé « " + line.key() + " » inconnue (attendu : " + INSPECTOR + " ou " + SLOT + ")");
            }
        }
        file.refuseAny();
        return new InspectorRoster(found, slot);
    }

    private static Optional<String> problem(String value, List<Inspector> found) {
        String[] parts = value.split(";", -1);
        String name = parts[0].strip();
        if (name.isEmpty()) {
            return Optional.of("inspecteur sans nom (attendu : inspecteur=Nom ; sites ; chèque)");
        }
        if (name.length() > MAX_NAME) {
            return Optional.of("inspecteur « " + name + " » : nom de plus de " + MAX_NAME + " caractères");
        }
        if (parts.length > 3) {
            return Optional.of("inspecteur « " + name + " » : trois parties au plus (Nom ; sites ; chèque)");
        }
        if (parts.length == 3 && !parts[2].isBlank() && !cheque(parts[2])) {
            return Optional.of("inspecteur « " + name + " » : « " + parts[2].strip()
                    + " » refusé, « chèque » ou rien attendu en troisième partie");
        }
        if (found.stream().anyMatch(i -> i.name().equalsIgnoreCase(name))) {
            return Optional.of("inspecteur « " + name + " » : déjà nommé plus haut");
        }
        return Optional.empty();
    }

    private static Inspector read(String value) {
        String[] parts = value.split(";", -1);
        List<String> sites = parts.length < 2 ? List.of()
                : Arrays.stream(parts[1].split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new Inspector(parts[0].strip(), sites, parts.length == 3 && cheque(parts[2]));
    }

    private static boolean cheque(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return t.equals("chèque") || t.equals("cheque");
    }
}
