package fr.cession.domain.playbook;

import fr.cession.domain.order.Order;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A {@code si:} block: every named condition must hold (AND); a condition listing several values
 * holds when the order has any of them (OR). An empty set always holds.
 */
record ConditionSet(Map<ConditionName, Set<String>> accepted) {

    static final ConditionSet ALWAYS = new ConditionSet(Map.of());

    ConditionSet {
        accepted = accepted.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(accepted));
    }

    boolean holds(Order order, WorksNeeds works) {
        for (Map.Entry<ConditionName, Set<String>> c : accepted.entrySet()) {
            String actual = c.getKey().valueOf(order, works);
            if (actual == null || !c.getValue().contains(actual)) {
                return false;
            }
        }
        return true;
    }

    boolean mentions(ConditionName name) {
        return accepted.containsKey(name);
    }

    /** Reads a {@code si:} block; a null node (no block) always holds. */
    static ConditionSet parse(YamlReader r, Node node) {
        if (node == null) {
            return ALWAYS;
        }
        Map<String, ConditionName> names = new LinkedHashMap<>();
        Arrays.stream(ConditionName.values()).forEach(c -> names.put(c.key(), c));
        Map<ConditionName, Set<String>> accepted = new EnumMap<>(ConditionName.class);
        for (NodeTuple t : r.entries(node, "la condition « si »")) {
            String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
            ConditionName name = names.get(key);
            if (name == null) {
                r.error(t.getKeyNode(), "condition inconnue « " + key + " » (attendu : "
                        + String.join(", ", names.keySet()) + ")");
                continue;
            }
            if (accepted.containsKey(name)) {
                r.error(t.getKeyNode(), "condition « " + key + " » en double");
                continue;
            }
            Map<String, String> values = name.accepted().stream()
                    .collect(Collectors.toMap(v -> v, v -> v, (a, b) -> a, LinkedHashMap::new));
            Set<String> chosen = new LinkedHashSet<>();
            for (Node v : r.list(t.getValueNode(), "la condition « " + key + " »")) {
                String value = r.choice(v, "valeur inconnue pour la condition « " + key + " » :", values);
                if (value != null) {
                    chosen.add(value);
                }
            }
            if (!chosen.isEmpty()) {
                accepted.put(name, Set.copyOf(chosen));
            }
        }
        return new ConditionSet(accepted);
    }
}
