package fr.cession.domain.playbook;

import org.snakeyaml.engine.v2.nodes.Node;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Reads the {@code delais:} section (timed outcomes, seed 001) and the commercial return window (003:6). */
final class TimerParser {

    private static final List<String> KEYS = List.of("code", "titre", "source", "depuis", "heures", "jours",
            "jours_ouvres", "resultat", "annule_par", "historique");
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]{0,39}");
    private static final Map<String, String> EVENTS = new LinkedHashMap<>();
    private static final Map<String, TimerOutcome> OUTCOMES = new LinkedHashMap<>();
    /** A delay beyond a year is a typing mistake, not a business rule. */
    private static final int MAX_HOURS = 24 * 366;
    private static final int MAX_DAYS = 366;

    static {
        OrderEventNames.ALL.forEach(e -> EVENTS.put(e, e));
        for (TimerOutcome o : TimerOutcome.values()) {
            OUTCOMES.put(o.code(), o);
        }
    }

    private TimerParser() {
    }

    static List<TimerDefinition> parse(YamlReader r, Node section) {
        List<TimerDefinition> out = new ArrayList<>();
        if (section == null) {
            return out;
        }
        for (Node item : r.list(section, "delais")) {
            int before = r.errors().size();
            Map<String, Node> e = r.mapping(item, "un délai", KEYS);
            if (e == null) {
                continue;
            }
            Node codeNode = r.required(e, "code", item, "le délai");
            String code = codeNode == null ? null : r.text(codeNode, "délai, code");
            if (code != null && !CODE.matcher(code).matches()) {
                r.error(codeNode, "délai, code « " + code + " » : minuscules, chiffres et « _ » attendus");
            }
            String what = "le délai « " + code + " »";
            Node titleNode = r.required(e, "titre", item, what);
            String title = titleNode == null ? null : r.text(titleNode, what + ", titre");
            Node fromNode = r.required(e, "depuis", item, what);
            String start = fromNode == null ? null : r.choice(fromNode, what + " : événement inconnu", EVENTS);
            TimerDelay delay = delay(r, e, item, what);
            Node outcomeNode = r.required(e, "resultat", item, what);
            TimerOutcome outcome = outcomeNode == null ? null : r.choice(outcomeNode, what + " : résultat inconnu", OUTCOMES);
            List<String> voiding = new ArrayList<>();
            if (e.containsKey("annule_par")) {
                for (Node v : r.list(e.get("annule_par"), what + ", annule_par")) {
                    String ev = r.choice(v, what + " : événement inconnu", EVENTS);
                    if (ev != null && ev.equals(start)) {
                        r.error(v, what + " : « " + ev + " » ne peut pas à la fois démarrer et annuler le délai");
                    } else if (ev != null) {
                        voiding.add(ev);
                    }
                }
            }
            Node historyNode = r.required(e, "historique", item, what);
            String history = historyNode == null ? null : r.text(historyNode, what + ", historique");
            List<String> sources = SourceRefs.many(r, e.get("source"), what);
            if (r.errors().size() == before) {
                out.add(new TimerDefinition(code, title, start, delay, outcome, voiding, history, sources, r.line(item)));
            }
        }
        return out;
    }

    private static TimerDelay delay(YamlReader r, Map<String, Node> e, Node item, String what) {
        List<String> given = List.of("heures", "jours", "jours_ouvres").stream().filter(e::containsKey).toList();
        if (given.size() != 1) {
            r.error(item, what + " : un et un seul de « heures », « jours » ou « jours_ouvres » attendu");
            return null;
        }
        String key = given.get(0);
        Integer n = r.integer(e.get(key), what + ", " + key);
        if (n == null) {
            return null;
        }
        int max = "heures".equals(key) ? MAX_HOURS : MAX_DAYS;
        if (n < 1 || n > max) {
            r.error(e.get(key), what + ", " + key + " : " + n + " hors bornes (attendu entre 1 et " + max + ")");
            return null;
        }
        TimerDelay.Unit unit = switch (key) {
            case "heures" -> TimerDelay.Unit.HEURES;
            case "jours" -> TimerDelay.Unit.JOURS;
            default -> TimerDelay.Unit.JOURS_OUVRES;
        };
        return new TimerDelay(n, unit);
    }

}
