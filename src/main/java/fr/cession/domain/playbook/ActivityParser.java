package fr.cession.domain.playbook;

import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.user.Role;
import org.snakeyaml.engine.v2.nodes.Node;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Reads the {@code activites:} section, reporting every mistake with its line. */
final class ActivityParser {

    private static final List<String> ACTIVITY_KEYS =
            List.of("code", "titre", "pour", "source", "declencheurs", "echeance", "lignes");
    private static final List<String> LINE_KEYS = List.of("code", "texte", "source", "si");
    private static final List<String> TRIGGER_KEYS = List.of("evenement", "statut", "si");
    private static final Map<String, Trigger.Event> EVENTS = Vocabulary.EVENTS;
    private static final Pattern CODE = Pattern.compile("[a-z0-9_]+");

    private final YamlReader r;
    /** Line codes are unique in the whole file: transitions and order files name a line by its code alone. */
    private final Map<String, Integer> lineCodes = new HashMap<>();
    private final Map<String, Integer> activityCodes = new HashMap<>();

    ActivityParser(YamlReader r) {
        this.r = r;
    }

    List<ActivityDefinition> parse(Node section) {
        List<ActivityDefinition> out = new ArrayList<>();
        List<Node> items = r.list(section, "activites");
        if (items.isEmpty()) {
            r.error(section, "activites : aucune activité définie");
        }
        for (Node item : items) {
            ActivityDefinition a = activity(item);
            if (a != null) {
                out.add(a);
            }
        }
        return out;
    }

    /** The line codes seen, for transitions to refer to. */
    Map<String, Integer> lineCodes() {
        return lineCodes;
    }

    private ActivityDefinition activity(Node node) {
        int before = r.errors().size();
        Map<String, Node> e = r.mapping(node, "une activité", ACTIVITY_KEYS);
        if (e == null) {
            return null;
        }
        String code = code(e, node, "l'activité", activityCodes, "code d'activité");
        String what = code == null ? "l'activité ligne " + r.line(node) : "l'activité « " + code + " »";
        Node titleNode = r.required(e, "titre", node, what);
        String title = titleNode == null ? null : r.text(titleNode, what + ", titre");
        Role role = e.containsKey("pour") ? r.choice(e.get("pour"), "rôle inconnu", Vocabulary.ROLES) : Role.COMMERCIAL;
        List<String> sources = SourceRefs.many(r, e.get("source"), what);
        List<Trigger> triggers = triggers(e, node, what);
        Node dueNode = r.required(e, "echeance", node, what);
        DueRule due = dueNode == null ? null : DueRule.parse(r, dueNode, what);
        List<LineDefinition> lines = lines(e, node, what);
        if (r.errors().size() > before) {
            return null;
        }
        return new ActivityDefinition(code, title, role, triggers, due, lines, sources, r.line(node));
    }

    private List<Trigger> triggers(Map<String, Node> e, Node owner, String what) {
        List<Trigger> out = new ArrayList<>();
        Node section = r.required(e, "declencheurs", owner, what);
        if (section == null) {
            return out;
        }
        List<Node> items = r.list(section, what + ", declencheurs");
        if (items.isEmpty() && !r.isEmpty(section)) {
            r.error(section, what + " : aucun déclencheur");
        }
        for (Node item : items) {
            Map<String, Node> t = r.mapping(item, "un déclencheur de " + what, TRIGGER_KEYS);
            if (t == null) {
                continue;
            }
            ConditionSet when = ConditionSet.parse(r, t.get("si"));
            if (t.containsKey("evenement") == t.containsKey("statut")) {
                r.error(item, what + " : un déclencheur indique soit « evenement: ... » ("
                        + String.join(", ", EVENTS.keySet()) + "), soit « statut: ... »");
            } else if (t.containsKey("evenement")) {
                Trigger.Event event = r.choice(t.get("evenement"), "événement inconnu", EVENTS);
                if (event != null) {
                    out.add(new Trigger(null, event, when, r.line(item)));
                }
            } else {
                OrderStatus status = r.choice(t.get("statut"), "statut inconnu", Vocabulary.STATUSES);
                if (status != null) {
                    out.add(new Trigger(status, null, when, r.line(item)));
                }
            }
        }
        return out;
    }

    private List<LineDefinition> lines(Map<String, Node> e, Node owner, String what) {
        List<LineDefinition> out = new ArrayList<>();
        Node section = e.get("lignes");
        List<Node> items = section == null || r.isEmpty(section) ? List.of() : r.list(section, what + ", lignes");
        if (items.isEmpty()) {
            r.error(section == null ? owner : section, what + " : liste de contrôle vide (« lignes » manquantes)");
        }
        for (Node item : items) {
            Map<String, Node> l = r.mapping(item, "une ligne de " + what, LINE_KEYS);
            if (l == null) {
                continue;
            }
            String code = code(l, item, "la ligne de " + what, lineCodes, "code de ligne");
            String lineWhat = code == null ? "une ligne de " + what : "la ligne « " + code + " »";
            Node textNode = r.required(l, "texte", item, lineWhat);
            String text = textNode == null ? null : r.text(textNode, lineWhat + ", texte");
            Node sourceNode = r.required(l, "source", item, lineWhat);
            String source = sourceNode == null ? null : SourceRefs.one(r, sourceNode, lineWhat);
            ConditionSet when = ConditionSet.parse(r, l.get("si"));
            if (code != null && text != null && source != null) {
                out.add(new LineDefinition(code, text, source, when, r.line(item)));
            }
        }
        return out;
    }

    /** Reads a code, checks its spelling and that it is not used twice. */
    private String code(Map<String, Node> e, Node owner, String what, Map<String, Integer> seen, String kind) {
        Node node = r.required(e, "code", owner, what);
        String code = node == null ? null : r.text(node, what + ", code");
        if (code == null) {
            return null;
        }
        if (!CODE.matcher(code).matches()) {
            r.error(node, kind + " invalide « " + code + " » (lettres minuscules sans accent, chiffres et _)");
            return null;
        }
        Integer first = seen.putIfAbsent(code, r.line(node));
        if (first != null) {
            r.error(node, kind + " « " + code + " » en double (déjà utilisé ligne " + first + ")");
            return null;
        }
        return code;
    }
}
