package fr.cession.domain.board;

import fr.cession.domain.order.OrderStatus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * After how many days in one stage an order is marked as stuck on the board: one figure for every
 * stage ({@code bloquee.jours}) and, where a stage needs its own, {@code bloquee.jours.<ETAPE>}.
 * Read from {@code config/tableau.properties}; a closed or cancelled order is never stuck.
 *
 * @param global  days for a stage without its own figure; empty: no stage is marked unless named
 */
public record StuckThresholds(Optional<Integer> global, Map<OrderStatus, Integer> perStage) {

    public static final String FILE_NAME = "tableau.properties";
    static final String KEY = "bloquee.jours";
    private static final int MAX_DAYS = 365;

    /** Nothing marked (a desktop without the file). */
    public static final StuckThresholds NONE = new StuckThresholds(Optional.empty(), Map.of());

    public StuckThresholds {
        perStage = perStage.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(perStage));
    }

    /** The days after which an order in {@code stage} is stuck; empty when it never is. */
    public Optional<Integer> daysFor(OrderStatus stage) {
        if (stage == null || stage.terminal()) {
            return Optional.empty();
        }
        Integer own = perStage.get(stage);
        return own != null ? Optional.of(own) : global;
    }

    /** Whether {@code daysInStage} whole days in {@code stage} is past its figure. */
    public boolean stuck(OrderStatus stage, long daysInStage) {
        return daysFor(stage).map(d -> daysInStage > d).orElse(false);
    }

    /**
     * Reads the file's lines ({@code clé=valeur}, {@code #} for comments).
     *
     * @throws Invalid every refused line, each naming the file, its line, the key and why
     */
    public static StuckThresholds parse(List<String> lines) {
        List<String> problems = new ArrayList<>();
        Integer global = null;
        Map<OrderStatus, Integer> perStage = new EnumMap<>(OrderStatus.class);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            String where = FILE_NAME + ", ligne " + (i + 1) + " : ";
            int eq = line.indexOf('=');
            if (eq < 0) {
                problems.add(where + "« clé=valeur » attendu, trouvé « " + line + " »");
                continue;
            }
            String key = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip();
            if (!key.equals(KEY) && !key.startsWith(KEY + ".")) {
                problems.add(where + "clé « " + key + " » inconnue (attendu : " + KEY + " ou " + KEY + ".ETAPE)");
                continue;
            }
            Integer days = days(value);
            if (days == null) {
                problems.add(where + "clé « " + key + " » : valeur « " + value + " » refusée : nombre de jours entier de 1 à "
                        + MAX_DAYS + " attendu");
                continue;
            }
            if (key.equals(KEY)) {
                global = days;
                continue;
            }
            String stageName = key.substring(KEY.length() + 1);
            OrderStatus stage = stage(stageName);
            if (stage == null) {
                problems.add(where + "clé « " + key + " » : étape « " + stageName + " » inconnue (étapes : "
                        + String.join(", ", live()) + ")");
            } else if (stage.terminal()) {
                problems.add(where + "clé « " + key + " » : une commande " + stage.name()
                        + " ne reste dans aucune étape, rien à marquer");
            } else {
                perStage.put(stage, days);
            }
        }
        if (!problems.isEmpty()) {
            throw new Invalid(problems);
        }
        return new StuckThresholds(Optional.ofNullable(global), perStage);
    }

    private static Integer days(String value) {
        try {
            int d = Integer.parseInt(value);
            return d >= 1 && d <= MAX_DAYS ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static OrderStatus stage(String name) {
        for (OrderStatus s : OrderStatus.values()) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        return null;
    }

    private static List<String> live() {
        List<String> out = new ArrayList<>();
        for (OrderStatus s : OrderStatus.values()) {
            if (!s.terminal()) {
                out.add(s.name());
            }
        }
        return out;
    }

    /** The file's refused lines, all of them. */
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
