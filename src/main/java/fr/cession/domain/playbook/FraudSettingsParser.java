package fr.cession.domain.playbook;

import fr.cession.domain.risk.FraudSettings;
import fr.cession.domain.risk.FraudSignal;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads {@code signaux_fraude:} (seed 003:9): the threshold, the premium price, each signal's
 * weight and each site's département. Left out, a figure keeps {@link FraudSettings#SEED_003}'s;
 * bounds keep a typo from switching the review off.
 */
final class FraudSettingsParser {

    private static final List<String> KEYS = List.of("seuil_revue", "prix_haut_de_gamme_euros", "poids",
            "departements_sites");
    private static final Pattern DEPARTEMENT = Pattern.compile("(0[1-9]|[1-8]\\d|9[0-5]|2A|2B|97[1-6]|98[4-9])");

    private FraudSettingsParser() {
    }

    static FraudSettings parse(YamlReader r, Node node) {
        FraudSettings d = FraudSettings.SEED_003;
        if (node == null) {
            return d;
        }
        Map<String, Node> e = r.mapping(node, "signaux_fraude", KEYS);
        if (e == null) {
            return d;
        }
        int threshold = bounded(r, e.get("seuil_revue"), "signaux_fraude.seuil_revue", 1, 1000, d.reviewThreshold());
        int premium = bounded(r, e.get("prix_haut_de_gamme_euros"), "signaux_fraude.prix_haut_de_gamme_euros", 1_000,
                1_000_000, d.premiumPriceEuros());
        return new FraudSettings(threshold, premium, weights(r, e.get("poids")), departements(r, e.get("departements_sites")));
    }

    private static Map<FraudSignal, Integer> weights(YamlReader r, Node node) {
        Map<FraudSignal, Integer> out = new EnumMap<>(FraudSignal.class);
        if (node == null) {
            return out;
        }
        List<String> keys = Arrays.stream(FraudSignal.values()).map(FraudSignal::key).toList();
        Map<String, Node> e = r.mapping(node, "signaux_fraude.poids", keys);
        if (e == null) {
            return out;
        }
        for (FraudSignal s : FraudSignal.values()) {
            if (e.containsKey(s.key())) {
                out.put(s, bounded(r, e.get(s.key()), "signaux_fraude.poids." + s.key(), 0, 1000, s.defaultWeight()));
            }
        }
        return out;
    }

    private static Map<String, String> departements(YamlReader r, Node node) {
        Map<String, String> out = new LinkedHashMap<>();
        if (node == null) {
            return out;
        }
        for (NodeTuple t : r.entries(node, "signaux_fraude.departements_sites")) {
            String site = t.getKeyNode() instanceof ScalarNode k ? k.getValue() : null;
            String dep = r.text(t.getValueNode(), "signaux_fraude.departements_sites." + site);
            if (site == null || dep == null) {
                continue;
            }
            if (!DEPARTEMENT.matcher(dep).matches()) {
                r.error(t.getValueNode(), "signaux_fraude.departements_sites." + site + " : « " + dep
                        + " » n'est pas un département (69, 2A, 974…)");
                continue;
            }
            out.put(site, dep);
        }
        return out;
    }

    private static int bounded(YamlReader r, Node node, String what, int min, int max, int otherwise) {
        if (node == null) {
            return otherwise;
        }
        Integer v = r.integer(node, what);
        if (v == null) {
            return otherwise;
        }
        if (v < min || v > max) {
            r.error(node, what + " : " + v + " hors bornes (attendu entre " + min + " et " + max + ")");
            return otherwise;
        }
        return v;
    }
}
