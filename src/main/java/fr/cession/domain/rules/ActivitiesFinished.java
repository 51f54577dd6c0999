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
                .map(a -> new RuleViolation(RuleCode.ACTIVITES_TERMINEES.code(),
                        "Activité non terminée : « " + (a.title() == null ? a.typeCode() : a.title()) + " »", SEED))
                .toList();
    }
}
