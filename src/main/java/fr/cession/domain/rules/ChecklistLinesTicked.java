package fr.cession.domain.rules;

import fr.cession.domain.activity.Activity;
import fr.cession.domain.activity.ActivityState;
import fr.cession.domain.activity.ChecklistItem;
import fr.cession.domain.dossier.OrderFile;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Checklist lines a transition requires (e.g. 004:33 "Si CHQ, vérifier l'accréditation de
 * l'inspecteur", 004:34 and 004:44 for a delivery). The playbook only plans a line where it
 * applies, so a required line the order does not hold passes; one it holds must be ticked.
 * Lines of cancelled activities do not count.
 */
public final class ChecklistLinesTicked {

    public static final String CODE = "ligne_non_cochee";

    public List<RuleViolation> check(OrderFile file, List<String> lineCodes) {
        Set<UUID> cancelled = file.activities().stream().filter(a -> a.state() == ActivityState.ANNULEE)
                .map(Activity::id).collect(Collectors.toSet());
        List<RuleViolation> out = new ArrayList<>();
        for (String code : lineCodes) {
            file.items().stream()
                    .filter(i -> i.lineCode().equals(code) && !cancelled.contains(i.activityId()) && !i.checked())
                    .forEach(i -> out.add(RuleViolation.of(CODE, i.seedRef(), "rule.line.unticked",
                            "Ligne non cochée : « " + label(i) + " »", label(i))));
        }
        return out;
    }

    private static String label(ChecklistItem i) {
        return i.label() == null || i.label().isBlank() ? i.lineCode() : i.label();
    }
}
