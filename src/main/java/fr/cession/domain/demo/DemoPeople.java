package fr.cession.domain.demo;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The people of the demonstration team, by login, as the screens name them: the advisors the demo
 * orders are spread over and the team logins that tick the back-office and manager work.
 */
public final class DemoPeople {

    private static final Map<String, String> NAMES = names();

    private DemoPeople() {
    }

    private static Map<String, String> names() {
        Map<String, String> n = new LinkedHashMap<>();
        n.put("j.dupont", "Julie Dupont");
        n.put("s.benali", "Samir Benali");
        n.put("l.moreau", "Lucie Moreau");
        // activities of a role with no assignee are done by the team's shared login (DemoDataGenerator)
        n.put("adv", "Équipe ADV");
        n.put("manager", "Équipe manager");
        n.put("commercial", "Équipe commerciale");
        return Map.copyOf(n);
    }

    /** Display name by login. */
    public static Map<String, String> displayNames() {
        return NAMES;
    }
}
