package fr.cession.domain.board;

import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.playbook.SettingLines;

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
     * @throws SettingLines.Invalid every refused line, each naming the file, its line, the key and why
     */
    public static StuckThresholds parse(List<String> lines) {
        SettingLines file = SettingLines.read(FILE_NAME, lines);
        Integer global = null;
        Map<OrderStatus, Integer> perStage = new EnumMap<>(OrderStatus.class);
        for (SettingLines.Setting line : file.settings()) {
            String key = line.key();
            String value = line.value();
            if (!key.equals(KEY) && !key.startsWith(KEY + ".")) {
                file.refuse(line, "clé « " + key + " » inconnue (attendu : " + KEY + " ou " + KEY + ".ETAPE)");
                continue;
            }
            Integer days = SettingLines.between(value, 1, MAX_DAYS);
            if (days == null) {
                file.refuse(line, "clé « " + key + " » : valeur « " + value + " » refusée : nombre de jours entier de 1 à "
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
                file.refuse(line, "clé « " + key + " » : étape « " + stageName + " » inconnue (étapes : "
                        + String.join(", ", live()) + ")");
            } else if (stage.terminal()) {
                file.refuse(line, "clé « " + key + " » : une commande " + stage.name()
                        + " ne reste dans aucune étape, rien à marquer");
            } else {
                perStage.put(stage, days);
            }
        }
        file.refuseAny();
        return new StuckThresholds(Optional.ofNullable(global), perStage);
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
}
