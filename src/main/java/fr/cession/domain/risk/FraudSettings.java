package fr.cession.domain.risk;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The playbook's {@code signaux_fraude:} section: each signal's weight, the score from which a
 * manager reviews the order before the hand-over, the price from which a car counts as premium,
 * and each site's département (to tell a distant buyer).
 */
public record FraudSettings(int reviewThreshold, int premiumPriceEuros, Map<FraudSignal, Integer> weights,
                            Map<String, String> siteDepartments) {

    /** What applies when the playbook says nothing. */
    public static final FraudSettings SEED_003 = new FraudSettings(60, 40_000, defaults(), Map.of());

    public FraudSettings {
        Objects.requireNonNull(weights, "weights");
        EnumMap<FraudSignal, Integer> all = defaults();
        all.putAll(weights);
        weights = Map.copyOf(all);
        siteDepartments = Map.copyOf(siteDepartments);
    }

    public int weight(FraudSignal signal) {
        return weights.get(signal);
    }

    private static EnumMap<FraudSignal, Integer> defaults() {
        EnumMap<FraudSignal, Integer> w = new EnumMap<>(FraudSignal.class);
        for (FraudSignal s : FraudSignal.values()) {
            w.put(s, s.defaultWeight());
        }
        return w;
    }
}
