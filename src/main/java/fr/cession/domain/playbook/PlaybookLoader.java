package fr.cession.domain.playbook;

import fr.cession.domain.document.DocumentType;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.risk.FraudSettings;
import fr.cession.domain.time.FrenchCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loads and validates the B2C playbook ({@code config/playbook-b2c.yaml}). It is read at each
 * start, so a manager's edit changes the checklists without a new build; a file with mistakes
 * is refused as a whole, with every mistake listed by line ({@link PlaybookException}).
 */
public final class PlaybookLoader {

    private static final Logger LOG = LoggerFactory.getLogger(PlaybookLoader.class);
    private static final List<String> TOP_KEYS = List.of("fuseau", "reglages", "signaux_fraude", "activites",
            "documents", "transitions", "delais");
    private static final List<String> DOCUMENT_KEYS = List.of("types", "si", "a_partir_de", "source");
    private static final List<String> TRANSITION_KEYS = List.of("lignes", "documents", "regles");
    private static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Paris");

    private final FrenchCalendar calendar;

    public PlaybookLoader(FrenchCalendar calendar) {
        this.calendar = calendar;
    }

    public LoadedPlaybook load(Path file) {
        String name = file.getFileName().toString();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PlaybookException(List.of(new PlaybookError(name, 0,
                    "fichier illisible (" + file.toAbsolutePath() + ") : " + e.getMessage())));
        }
        return load(name, text);
    }

    /** Loads a playbook from its text; {@code fileName} only names it in error messages. */
    public LoadedPlaybook load(String fileName, String text) {
        YamlReader r = new YamlReader(fileName);
        Optional<Node> root = r.compose(text);
        if (root.isEmpty()) {
            if (r.errors().isEmpty()) {
                r.error(0, "le fichier est vide");
            }
            throw new PlaybookException(r.errors());
        }
        Map<String, Node> top = r.mapping(root.get(), "le fichier", TOP_KEYS);
        if (top == null) {
            throw new PlaybookException(r.errors());
        }
        ZoneId zone = zone(r, top.get("fuseau"));
        RuleSettings settings = SettingsParser.parse(r, top.get("reglages"));
        FraudSettings fraud = FraudSettingsParser.parse(r, top.get("signaux_fraude"));
        ActivityParser activityParser = new ActivityParser(r);
        Node activitiesNode = r.required(top, "activites", root.get(), "le fichier");
        List<ActivityDefinition> activities = activitiesNode == null ? List.of() : activityParser.parse(activitiesNode);
        List<DocumentRule> documents = documents(r, top.get("documents"));
        Map<OrderStatus, TransitionRequirements> transitions =
                transitions(r, top.get("transitions"), activityParser.lineCodes());
        PlaybookChecks.deadlines(r, activities, settings);
        List<TimerDefinition> timers = TimerParser.parse(r, top.get("delais"));
        PlaybookChecks.timers(r, timers);
        if (!r.errors().isEmpty()) {
            throw new PlaybookException(r.errors());
        }
        LOG.info("Playbook {} chargé : {} activités, {} règles de documents, {} transitions", fileName,
                activities.size(), documents.size(), transitions.size());
        return new LoadedPlaybook(fileName, zone, settings, activities, documents, transitions, calendar)
                .withFraudSettings(fraud).withTimers(timers);
    }

    private static ZoneId zone(YamlReader r, Node node) {
        if (node == null) {
            return DEFAULT_ZONE;
        }
        String t = r.text(node, "fuseau");
        try {
            return t == null ? DEFAULT_ZONE : ZoneId.of(t);
        } catch (DateTimeException e) {
            r.error(node, "fuseau horaire inconnu « " + t + " » (par exemple Europe/Paris)");
            return DEFAULT_ZONE;
        }
    }

    private static List<DocumentRule> documents(YamlReader r, Node section) {
        List<DocumentRule> out = new ArrayList<>();
        if (section == null) {
            return out;
        }
        for (Node item : r.list(section, "documents")) {
            int before = r.errors().size();
            Map<String, Node> e = r.mapping(item, "une règle de documents", DOCUMENT_KEYS);
            if (e == null) {
                continue;
            }
            Node typesNode = r.required(e, "types", item, "la règle de documents");
            List<DocumentType> types = typesNode == null ? List.of() : documentTypes(r, typesNode, "la règle de documents");
            ConditionSet when = ConditionSet.parse(r, e.get("si"));
            OrderStatus from = e.containsKey("a_partir_de")
                    ? r.choice(e.get("a_partir_de"), "statut inconnu", Vocabulary.STATUSES) : null;
            List<String> sources = SourceRefs.many(r, e.get("source"), "la règle de documents");
            if (r.errors().size() == before) {
                out.add(new DocumentRule(types, when, from, sources, r.line(item)));
            }
        }
        return out;
    }

    private static List<DocumentType> documentTypes(YamlReader r, Node node, String what) {
        List<DocumentType> out = new ArrayList<>();
        for (Node item : r.list(node, what + ", types")) {
            DocumentType t = r.choice(item, "type de document inconnu", Vocabulary.DOCUMENTS);
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    private static Map<OrderStatus, TransitionRequirements> transitions(YamlReader r, Node section,
                                                                        Map<String, Integer> lineCodes) {
        Map<OrderStatus, TransitionRequirements> out = new EnumMap<>(OrderStatus.class);
        if (section == null) {
            return out;
        }
        for (NodeTuple t : r.entries(section, "transitions")) {
            OrderStatus target = r.choice(t.getKeyNode(), "statut inconnu", Vocabulary.STATUSES);
            if (target == null) {
                continue;
            }
            String what = "la transition vers « " + Vocabulary.statusName(target) + " »";
            if (out.containsKey(target)) {
                r.error(t.getKeyNode(), what + " est définie deux fois");
                continue;
            }
            Map<String, Node> e = r.mapping(t.getValueNode(), what, TRANSITION_KEYS);
            if (e == null) {
                continue;
            }
            List<String> lines = new ArrayList<>();
            if (e.containsKey("lignes")) {
                for (Node item : r.list(e.get("lignes"), what + ", lignes")) {
                    String code = r.text(item, what + ", lignes");
                    if (code != null && !lineCodes.containsKey(code)) {
                        r.error(item, what + " : ligne inconnue « " + code + " » (aucune ligne d'activité n'a ce code)");
                    } else if (code != null) {
                        lines.add(code);
                    }
                }
            }
            List<DocumentType> documents = e.containsKey("documents")
                    ? documentTypes(r, e.get("documents"), what) : List.of();
            List<RuleCode> rules = new ArrayList<>();
            if (e.containsKey("regles")) {
                for (Node item : r.list(e.get("regles"), what + ", regles")) {
                    RuleCode rule = r.choice(item, "règle inconnue", Vocabulary.RULES);
                    if (rule != null) {
                        rules.add(rule);
                    }
                }
            }
            out.put(target, new TransitionRequirements(target, lines, documents, rules, r.line(t.getKeyNode())));
        }
        return out;
    }
}
