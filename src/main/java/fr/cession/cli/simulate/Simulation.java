package fr.cession.cli.simulate;

import fr.cession.domain.activity.ActivityTiming;
import fr.cession.domain.document.DocumentType;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.payment.Ledger;
import fr.cession.domain.playbook.PlannedLine;
import fr.cession.domain.risk.FraudAssessment;
import fr.cession.domain.timer.ArmedTimer;
import fr.cession.domain.user.Role;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * What the playbook plans for a described order, and what it breaks; its red flags, its ledger and
 * the timed outcomes that would fire if nobody acted.
 *
 * @param evaluatedAt the instant "today" stands for: a timer due by then would fire at once
 */
public record Simulation(
        SimulationInput input,
        LocalDate today,
        ZoneId zone,
        List<SimulatedActivity> activities,
        List<DocumentType> documents,
        List<Finding> findings,
        Withdrawal withdrawal,
        FraudAssessment fraud,
        Ledger ledger,
        List<ArmedTimer> timers,
        Instant evaluatedAt) {

    public Simulation {
        timers = List.copyOf(timers);
        activities = List.copyOf(activities);
        documents = List.copyOf(documents);
        findings = List.copyOf(findings);
    }

    /** @param stage the status whose entry planned it (RESERVEE for the creation) */
    public record SimulatedActivity(OrderStatus stage, String typeCode, String title, Role role, Instant dueAt,
                                    ActivityTiming timing, List<PlannedLine> lines) {
        public SimulatedActivity {
            lines = List.copyOf(lines);
        }
    }

    /**
     * A rule the order breaks, or a requirement that blocks a status change.
     *
     * @param target the status the order cannot enter because of it (null: the order as it is)
     * @param seedRef the line of the to-do list the rule comes from ("004:26"), or null
     */
    public record Finding(OrderStatus target, String code, String message, String seedRef) {
    }

    /**
     * The 14-day withdrawal right, when the customer received the vehicle.
     *
     * @param noticeOn null when no withdrawal was notified
     * @param refundBy null when no withdrawal was notified
     */
    public record Withdrawal(LocalDate receivedOn, LocalDate lastDay, LocalDate noticeOn, Boolean noticeInTime,
                             LocalDate refundBy) {
    }
}
