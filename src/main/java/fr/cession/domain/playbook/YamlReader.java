package fr.cession.domain.playbook;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads YAML nodes (snakeyaml-engine's compose API keeps each node's line) and collects every
 * problem in French with its line, so a manager sees all mistakes of an edit at once. Every
 * value is read as text: the playbook decides what it means, not YAML's type guessing.
 */
final class YamlReader {

    private final String file;
    private final List<PlaybookError> errors = new ArrayList<>();

    YamlReader(String file) {
        this.file = file;
    }

    Optional<Node> compose(String text) {
        try {
            return new Compose(LoadSettings.builder().setLabel(file).build()).composeString(text);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(0);
            error(line, "syntaxe YAML invalide : " + e.getProblem());
        } catch (YamlEngineException e) {
            error(0, "syntaxe YAML invalide : " + e.getMessage());
        }
        return Optional.empty();
    }

    List<PlaybookError> errors() {
        return List.copyOf(errors);
    }

    int line(Node node) {
        return node == null ? 0 : node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
    }

    void error(Node node, String message) {
        error(line(node), message);
    }

    void error(int line, String message) {
        errors.add(new PlaybookError(file, line, message));
    }

    /**
     * The entries of a mapping, in file order, after reporting unknown and repeated keys; null
     * (with an error) when the node is not a mapping.
     */
    Map<String, Node> mapping(Node node, String what, Collection<String> allowedKeys) {
        if (!(node instanceof MappingNode mapping)) {
            error(node, what + " : une liste de clés « nom: valeur » est attendue");
            return null;
        }
        Map<String, Node> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            String key = keyNode instanceof ScalarNode s ? s.getValue() : null;
            if (key == null) {
                error(keyNode, what + " : clé invalide");
            } else if (!allowedKeys.contains(key)) {
                error(keyNode, "clé inconnue « " + key + " » dans " + what + " (attendu : "
                        + String.join(", ", allowedKeys) + ")");
            } else if (entries.containsKey(key)) {
                error(keyNode, "clé « " + key + " » en double dans " + what);
            } else {
                entries.put(key, tuple.getValueNode());
            }
        }
        return entries;
    }

    /** A mapping whose keys are free (e.g. transitions by status), keys kept with their nodes. */
    List<NodeTuple> entries(Node node, String what) {
        if (!(node instanceof MappingNode mapping)) {
            error(node, what + " : une liste de clés « nom: valeur » est attendue");
            return List.of();
        }
        return mapping.getValue();
    }

    /** A required value: reports it when missing. */
    Node required(Map<String, Node> entries, String key, Node owner, String what) {
        Node value = entries.get(key);
        if (value == null || isEmpty(value)) {
            error(value == null ? owner : value, what + " : « " + key + " » manquant");
            return null;
        }
        return value;
    }

    boolean isEmpty(Node node) {
        return node instanceof ScalarNode s && s.getValue().isBlank();
    }

    /** A non-empty text, or null with an error. */
    String text(Node node, String what) {
        if (node instanceof ScalarNode s && !s.getValue().isBlank()) {
            return s.getValue().trim();
        }
        error(node, what + " : une valeur texte est attendue");
        return null;
    }

    /** A list; a single value is accepted as a list of one (« paiement: CHQ »). */
    List<Node> list(Node node, String what) {
        if (node instanceof SequenceNode seq) {
            return seq.getValue();
        }
        if (node instanceof ScalarNode s && !s.getValue().isBlank()) {
            return List.of(node);
        }
        error(node, what + " : une liste est attendue");
        return List.of();
    }

    /** A list of texts (scalar or sequence of scalars). */
    List<String> texts(Node node, String what) {
        List<String> out = new ArrayList<>();
        for (Node item : list(node, what)) {
            String t = text(item, what);
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    Integer integer(Node node, String what) {
        String t = text(node, what);
        if (t == null) {
            return null;
        }
        try {
            return Integer.valueOf(t.startsWith("+") ? t.substring(1) : t);
        } catch (NumberFormatException e) {
            error(node, what + " : nombre entier attendu, trouvé « " + t + " »");
            return null;
        }
    }

    Boolean yesNo(Node node, String what) {
        String t = text(node, what);
        if (t == null) {
            return null;
        }
        return switch (t.toLowerCase(Locale.ROOT)) {
            case "oui", "true" -> Boolean.TRUE;
            case "non", "false" -> Boolean.FALSE;
            default -> {
                error(node, what + " : « oui » ou « non » attendu, trouvé « " + t + " »");
                yield null;
            }
        };
    }

    /**
     * One of a closed set of names (compared without case), or null with an error such as
     * « statut inconnu « organisé » (attendu : reservee, destockage, ...) ».
     */
    <E> E choice(Node node, String unknownWhat, Map<String, E> choices) {
        String t = text(node, unknownWhat);
        if (t == null) {
            return null;
        }
        for (Map.Entry<String, E> c : choices.entrySet()) {
            if (c.getKey().equalsIgnoreCase(t)) {
                return c.getValue();
            }
        }
        error(node, unknownWhat + " « " + t + " » (attendu : " + String.join(", ", choices.keySet()) + ")");
        return null;
    }
}
