package fr.cession.domain.playbook;

import fr.cession.domain.document.DocumentType;
import fr.cession.domain.order.OrderStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks of a playbook as a whole, beyond each entry's own syntax: deadlines that would make an
 * activity late the moment it is planned, and transition requirements no order can meet because
 * what they ask for only appears at that status or later. Messages name the line and say why,
 * in French, for the manager editing the file.
 */
final class PlaybookChecks {

    private PlaybookChecks() {
    }

    /**
     * A deadline counted back from the hand-over further than the earliest hand-over the playbook
     * allows (reservation + delai_cession_min_jours, 004:26) falls before the reservation itself:
     * every order would have the activity overdue at its creation.
     */
    static void deadlines(YamlReader r, List<ActivityDefinition> activities, RuleSettings settings) {
        for (ActivityDefinition a : activities) {
            DueRule due = a.due();
            if (due == null || due.from() != DueRule.Reference.CESSION) {
                continue;
            }
            long backDays = due.days() != null ? (due.workingDays() ? (-due.days() * 7L + 4) / 5 : -due.days())
                    : (-due.hours() + 23L) / 24;
            if (backDays > settings.handoverMinDays()) {
                r.error(due.line(), "l'échéance de l'activité « " + a.code() + " » tombe " + backDays
                        + " jours avant la cession, donc avant la réservation même pour une cession au plus tôt"
                        + " (J+" + settings.handoverMinDays() + ", delai_cession_min_jours) : l'activité serait en"
                        + " retard dès sa création");
            }
        }
    }

    /** Transition requirements that can never be met at the point they are asked; empty when all can. */
    static List<PlaybookError> unreachable(String file, List<ActivityDefinition> activities,
                                           List<DocumentRule> documents,
                                           Map<OrderStatus, TransitionRequirements> transitions) {
        List<PlaybookError> out = new ArrayList<>();
        for (TransitionRequirements t : transitions.values()) {
            if (t.target() == OrderStatus.ANNULEE || t.target() == OrderStatus.RESERVEE) {
                continue;
            }
            String what = "la transition vers « " + Vocabulary.statusName(t.target()) + " »";
            for (DocumentType d : t.documents()) {
                documentProblem(d, t.target(), documents)
                        .ifPresent(p -> out.add(new PlaybookError(file, t.line(), what + " exige le document « "
                                + d.name() + " », " + p + " : elle ne pourra jamais être franchie")));
            }
            for (RuleCode rule : t.rules()) {
                for (DocumentType d : rule.documentsNeeded()) {
                    documentProblem(d, t.target(), documents)
                            .ifPresent(p -> out.add(new PlaybookError(file, t.line(), what + " exige par la règle « "
                                    + rule.code() + " » le document « " + d.name() + " », " + p
                                    + " : elle ne pourra jamais être franchie tant que le document est requis")));
                }
            }
            for (String code : t.lineCodes()) {
                linePlannedOnlyFrom(code, t.target(), activities)
                        .ifPresent(p -> out.add(new PlaybookError(file, t.line(), what + " exige la ligne « " + code
                                + " », " + p + " : elle ne peut pas être cochée avant ce passage")));
            }
        }
        return out;
    }

    /** Why a document is never in the order's list before it enters {@code target}, or empty when it can be. */
    private static Optional<String> documentProblem(DocumentType type, OrderStatus target, List<DocumentRule> rules) {
        DocumentRule later = null;
        for (DocumentRule rule : rules) {
            if (!rule.types().contains(type) || rule.when().mentions(ConditionName.ANNULATION)) {
                continue;
            }
            if (rule.fromStatus() == null || rule.fromStatus().ordinal() < target.ordinal()) {
                return Optional.empty();
            }
            later = later == null ? rule : later;
        }
        if (later == null) {
            return Optional.of("que le playbook ne demande jamais (aucune règle de « documents » ne le nomme)");
        }
        return Optional.of("que le playbook ne demande qu'à partir de « " + Vocabulary.statusName(later.fromStatus())
                + " » (ligne " + later.line() + ")");
    }

    /** Why a checklist line cannot exist before {@code target}: its activity is planned only from then on. */
    private static Optional<String> linePlannedOnlyFrom(String code, OrderStatus target,
                                                       List<ActivityDefinition> activities) {
        for (ActivityDefinition a : activities) {
            if (a.lines().stream().noneMatch(l -> l.code().equals(code))) {
                continue;
            }
            boolean before = a.triggers().stream().anyMatch(t -> t.atCreation() || (t.status() != null
                    && t.status() != OrderStatus.ANNULEE && t.status().ordinal() < target.ordinal()));
            if (before) {
                return Optional.empty();
            }
            return Optional.of("que seule l'activité « " + a.code() + " » (ligne " + a.line()
                    + ") porte, planifiée à partir de « " + a.triggers().stream()
                    .map(t -> t.status() == null ? t.event().name().toLowerCase(java.util.Locale.ROOT)
                            : Vocabulary.statusName(t.status())).distinct().reduce((x, y) -> x + "/" + y).orElse("?")
                    + " »");
        }
        return Optional.empty();
    }
    /**
     * Timed outcomes as a whole: a code used twice would give two outcomes the same deterministic
     * id; an order closed by itself must start from the sale (« statut_vendue »), since closing is
     * the step after it; a cancellation after the sale would skip the withdrawal rules.
     */
    static void timers(YamlReader r, List<TimerDefinition> timers) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (TimerDefinition t : timers) {
            if (!seen.add(t.code())) {
                r.error(t.line(), "le délai « " + t.code() + " » est défini deux fois");
            }
            String sold = OrderEventNames.statusEntered(OrderStatus.VENDUE);
            if (t.outcome() == TimerOutcome.CLOTURE && !sold.equals(t.startEvent())) {
                r.error(t.line(), "le délai « " + t.code() + " » clôture la commande : il doit partir de « " + sold
                        + " » (la clôture suit la vente), pas de « " + t.startEvent() + " »");
            }
            if (t.outcome() == TimerOutcome.ANNULATION && (t.startEvent().equals(sold)
                    || t.startEvent().equals(OrderEventNames.statusEntered(OrderStatus.CLOTUREE)))) {
                r.error(t.line(), "le délai « " + t.code() + " » annule la commande : il ne peut pas partir de la vente"
                        + " (après la vente, c'est la rétractation ou le retour qui s'appliquent)");
            }
        }
    }
}
