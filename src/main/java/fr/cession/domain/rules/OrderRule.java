package fr.cession.domain.rules;

import fr.cession.domain.dossier.OrderFile;

import java.time.Instant;
import java.util.List;

/** A rule of the seed evaluated on an order file at a moment; empty when the rule holds. */
public interface OrderRule {

    List<RuleViolation> check(OrderFile file, Instant now);
}
