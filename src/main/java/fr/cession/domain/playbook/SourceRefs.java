package fr.cession.domain.playbook;

import org.snakeyaml.engine.v2.nodes.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Reads {@code source:} references to the users' documents, e.g. "004:33". */
final class SourceRefs {

    private static final Pattern REF = Pattern.compile("\\d{3}:\\d{1,4}");

    private SourceRefs() {
    }

    static String one(YamlReader r, Node node, String what) {
        String t = r.text(node, what + ", source");
        if (t != null && !REF.matcher(t).matches()) {
            r.error(node, what + " : source invalide « " + t + " » (attendu : document:ligne, par exemple « 004:33 »)");
            return null;
        }
        return t;
    }

    static List<String> many(YamlReader r, Node node, String what) {
        List<String> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        for (Node item : r.list(node, what + ", source")) {
            String ref = one(r, item, what);
            if (ref != null) {
                out.add(ref);
            }
        }
        return out;
    }
}
