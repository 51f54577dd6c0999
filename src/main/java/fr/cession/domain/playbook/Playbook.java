package fr.cession.domain.playbook;

import fr.cession.domain.document.DocumentType;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.Order;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.risk.FraudSettings;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The B2C playbook (seed 004 as data) as the workflow sees it, once loaded and validated from
 * {@code config/}.
 */
public interface Playbook {

    /** The time zone deadlines are computed in. */
    ZoneId zone();

    RuleSettings settings();

    /** The red flags' weights and threshold (003:9); the seed's when the playbook says nothing. */
    default FraudSettings fraudSettings() {
        return FraudSettings.SEED_003;
    }

    /**
     * The activities this event creates for the order, with their applicable checklist lines and
     * due instants. An activity type the file already holds (open or done) is not planned twice.
     */
    List<PlannedActivity> plan(OrderFile file, WorkflowEvent event);

    /**
     * When an activity of this type is due for the order as it is now (e.g. after the hand-over
     * date moved), or empty when its reference date is not known yet.
     */
    Optional<Instant> dueAt(String typeCode, Order order);

    /** Documents the order must collect in its current state (CG file, company papers, KYC 2...). */
    List<DocumentType> requiredDocuments(OrderFile file);

    TransitionRequirements requirementsFor(OrderStatus target);

    /** The activity types this event plans (whatever their conditions), e.g. what paying a refund completes. */
    default List<String> typesPlannedBy(WorkflowEvent event) {
        return List.of();
    }

    /** The activity types a person may add by hand, in file order (none for a playbook without types). */
    default List<ActivityKind> activityKinds() {
        return List.of();
    }

    /** The timed outcomes ({@code delais:}), in file order. */
    default List<TimerDefinition> timers() {
        return List.of();
    }

    /** The commercial return window from the hand-over or delivery, in days ({@code reglages.retour_jours}, 003:6). */
    default int commercialReturnDays() {
        return settings().returnDays();
    }
}
