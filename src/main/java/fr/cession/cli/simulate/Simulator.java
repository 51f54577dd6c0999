package fr.cession.cli.simulate;

import fr.cession.domain.activity.Activity;
import fr.cession.domain.activity.ActivityState;
import fr.cession.domain.activity.ActivityTiming;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.CgHolding;
import fr.cession.domain.order.Customer;
import fr.cession.domain.order.CustomerKind;
import fr.cession.domain.order.Order;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.order.Vehicle;
import fr.cession.domain.payment.Ledger;
import fr.cession.domain.playbook.PlannedActivity;
import fr.cession.domain.playbook.Playbook;
import fr.cession.domain.playbook.WorkflowEvent;
import fr.cession.domain.risk.FraudSignals;
import fr.cession.domain.row.RowMeta;
import fr.cession.domain.rules.TransitionCheck;
import fr.cession.domain.rules.WithdrawalPeriod;
import fr.cession.domain.time.FrenchCalendar;
import fr.cession.domain.timer.ArmedTimer;
import fr.cession.domain.timer.TimerEngine;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Runs a described order through the playbook, status by status up to the one asked, without
 * touching any database: what a manager uses to check a playbook change before rolling it out.
 */
public final class Simulator {

    private static final UUID ORDER_ID = UUID.fromString("00000000-0000-4000-8000-000000000001");

    private final Playbook playbook;
    private final Clock clock;
    private final TransitionCheck transitions;
    private final WithdrawalPeriod period;
    private final TimerEngine timers;

    public Simulator(Playbook playbook, FrenchCalendar calendar, Clock clock) {
        this.playbook = playbook;
        this.clock = clock;
        this.transitions = new TransitionCheck(playbook);
        this.period = new WithdrawalPeriod(calendar, playbook.settings());
        this.timers = new TimerEngine(playbook, calendar);
    }

    public Simulation run(SimulationInput input) {
        ZoneId zone = playbook.zone();
        LocalDate today = input.today() != null ? input.today() : LocalDate.now(clock.withZone(zone));
        // Evaluate timings at noon of "today" so a described day gives the same answer whatever the hour.
        Instant now = input.today() != null ? today.atTime(12, 0).atZone(zone).toInstant() : clock.instant();

        Order order = order(input);
        SimulatedFacts facts = new SimulatedFacts(input, zone, playbook.settings());
        List<Simulation.Finding> findings = new ArrayList<>();
        OrderFile file = facts.fill(OrderFile.of(order), findings);
        List<Simulation.SimulatedActivity> activities = new ArrayList<>();
        file = plan(file, new WorkflowEvent.Created(), OrderStatus.RESERVEE, now, zone, activities);
        OrderStatus target = input.status() == OrderStatus.ANNULEE ? OrderStatus.RESERVEE : input.status();
        List<OrderStatus> entered = new ArrayList<>();
        for (OrderStatus s = OrderStatus.DESTOCKAGE; s != null && s.ordinal() <= target.ordinal(); s = s.next()) {
            findings.addAll(blockers(file, s, now));
            file = file.withOrder(file.order().withStatus(s));
            entered.add(s);
            file = plan(file, new WorkflowEvent.StatusEntered(s), s, now, zone, activities);
        }
        if (input.status() == OrderStatus.ANNULEE) {
            file = file.withOrder(file.order().withStatus(OrderStatus.ANNULEE));
            entered.add(OrderStatus.ANNULEE);
            file = plan(file, new WorkflowEvent.StatusEntered(OrderStatus.ANNULEE), OrderStatus.ANNULEE, now, zone,
                    activities);
        } else if (target.next() != null) {
            findings.addAll(blockers(file, target.next(), now));
        }
        Simulation.Withdrawal withdrawal = withdrawal(input);
        if (withdrawal != null && withdrawal.noticeOn() != null) {
            period.check(file.order(), withdrawal.noticeOn()).ifPresent(v ->
                    findings.add(new Simulation.Finding(null, v.code(), v.message(), v.seedRef())));
        }
        List<ArmedTimer> armed = timers.armed(file, facts.history(order, entered), facts.complaintEvents());
        return new Simulation(input, today, zone, activities, playbook.requiredDocuments(file), findings, withdrawal,
                new FraudSignals(playbook.fraudSettings(), facts.shared()).assess(file), new Ledger(file.payments()),
                armed, now);
    }

    private OrderFile plan(OrderFile file, WorkflowEvent event, OrderStatus stage, Instant now, ZoneId zone,
                           List<Simulation.SimulatedActivity> out) {
        OrderFile result = file;
        int n = file.activities().size();
        for (PlannedActivity planned : playbook.plan(file, event)) {
            UUID id = new UUID(ORDER_ID.getMostSignificantBits(), ++n);
            result = result.withActivity(new Activity(id, ORDER_ID, planned.typeCode(), planned.title(), planned.role(),
                    null, planned.dueAt(), ActivityState.OUVERTE, null, null, null, RowMeta.NEW));
            out.add(new Simulation.SimulatedActivity(stage, planned.typeCode(), planned.title(), planned.role(),
                    planned.dueAt(), ActivityTiming.of(ActivityState.OUVERTE, planned.dueAt(), now, zone),
                    planned.lines()));
        }
        return result;
    }

    /** What the workflow would refuse for entering a status (nothing ticked, received or paid yet). */
    private List<Simulation.Finding> blockers(OrderFile file, OrderStatus target, Instant now) {
        return transitions.check(file, target, now).stream()
                .map(v -> new Simulation.Finding(target, v.code(), v.message(), v.seedRef())).toList();
    }

    private Simulation.Withdrawal withdrawal(SimulationInput input) {
        if (input.vehicleReceivedOn() == null) {
            return null;
        }
        LocalDate lastDay = period.lastDay(input.vehicleReceivedOn());
        LocalDate notice = input.withdrawalNoticeOn();
        if (notice == null) {
            return new Simulation.Withdrawal(input.vehicleReceivedOn(), lastDay, null, null, null);
        }
        return new Simulation.Withdrawal(input.vehicleReceivedOn(), lastDay, notice,
                period.isOpen(input.vehicleReceivedOn(), notice), period.refundDueBy(notice));
    }

    private static Order order(SimulationInput input) {
        boolean company = input.customerKind() == CustomerKind.SOCIETE;
        Customer customer = new Customer(input.customerKind(), "Camille", "Simulation",
                company ? "SARL Simulation" : null, company ? "732829320" : null, "camille.simulation@exemple.fr",
                input.phone(), input.address(),
                company ? CgHolding.SOCIETE : input.coHolder() ? CgHolding.COTITULAIRE : CgHolding.TITULAIRE,
                input.coHolder() ? "Dominique Simulation" : null, null);
        Vehicle vehicle = new Vehicle(null, null, "Renault", "Clio V", input.firstRegistration(), input.lastCt(),
                input.lastService(), null, input.price(), input.imported(), null);
        return new Order(ORDER_ID, "SIMULATION", OrderStatus.RESERVEE, input.reservedOn(), input.reservationFee(),
                "simulation", input.site(), customer, vehicle, input.handover(), input.handoverAt(), input.payment(),
                null, input.vehicleReceivedOn(), input.withdrawalNoticeOn(), null, RowMeta.NEW);
    }
}
