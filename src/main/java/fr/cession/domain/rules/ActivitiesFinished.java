package fr.cession.domain.rules;

import fr.cession.domain.activity.Activity;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.playbook.RuleCode;

import java.time.Instant;
import java.util.List;

/**
 * 004:58 "Après la vente deux activité ... ": the order is closed only once every activity,
 * including those two, is done (or cancelled).
 */
public final class ActivitiesFinished implements OrderRule {

    public static final String SEED = "004:58";

    @Override
    public List<RuleViolation> check(OrderFile file, Instant now) {
        return file.activities().stream().filter(Activity::isOpen)
                .map(a -> {
                    String title = a.title() == null ? a.typeCode() : a.title();
                    return RuleViolation.of(RuleCode.ACTIVITES_TERMINEES.code(), SEED, "rule.activity.open",
                            "Activité non terminée : « " + title + " »", title);
                })
                .toList();
    }
}
