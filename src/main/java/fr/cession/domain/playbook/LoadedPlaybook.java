package fr.cession.domain.playbook;

import fr.cession.domain.document.DocumentType;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.Order;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.risk.FraudSettings;
import fr.cession.domain.time.FrenchCalendar;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The playbook as loaded from its file, and the engine that plans from it. */
public final class LoadedPlaybook implements Playbook {

    private final String fileName;
    private final ZoneId zone;
    private final RuleSettings settings;
    private final List<ActivityDefinition> activities;
    private final List<DocumentRule> documentRules;
    private final Map<OrderStatus, TransitionRequirements> transitions;
    private final FrenchCalendar calendar;
    private final WorksNeeds works;
    private FraudSettings fraud = FraudSettings.SEED_003;
    private List<TimerDefinition> timers = List.of();

    LoadedPlaybook(String fileName, ZoneId zone, RuleSettings settings, List<ActivityDefinition> activities,
                   List<DocumentRule> documentRules, Map<OrderStatus, TransitionRequirements> transitions,
                   FrenchCalendar calendar) {
        this.fileName = fileName;
        this.zone = zone;
        this.settings = settings;
        this.activities = List.copyOf(activities);
        this.documentRules = List.copyOf(documentRules);
        this.transitions = transitions.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(transitions));
        this.calendar = calendar;
        this.works = new WorksNeeds(settings);
    }

    @Override
    public ZoneId zone() {
        return zone;
    }

    @Override
    public RuleSettings settings() {
        return settings;
    }

    @Override
    public FraudSettings fraudSettings() {
        return fraud;
    }

    /** Set once by the loader, before the playbook is handed out. */
    LoadedPlaybook withFraudSettings(FraudSettings settings) {
        this.fraud = settings;
        return this;
    }

    /** Set once by the loader, before the playbook is handed out. */
    LoadedPlaybook withTimers(List<TimerDefinition> definitions) {
        this.timers = List.copyOf(definitions);
        return this;
    }

    @Override
    public List<TimerDefinition> timers() {
        return timers;
    }

    /** What the seed's works lines (004:22-25) ask for this order, with this playbook's figures. */
    public WorksNeeds works() {
        return works;
    }

    /** The activity type codes, in file order. */
    public List<String> activityCodes() {
        return activities.stream().map(ActivityDefinition::code).toList();
    }

    @Override
    public List<ActivityKind> activityKinds() {
        return activities.stream().map(a -> new ActivityKind(a.code(), a.title(), a.role())).toList();
    }

    /**
     * Activities planned in file order. An activity type the file already holds, in any state, is
     * never planned again (e.g. "Demande de déstockage B2C" planned at creation is not planned a
     * second time on entering DESTOCKAGE). An activity none of whose lines apply is not planned:
     * an empty checklist would be a task with nothing to do.
     */
    @Override
    public List<PlannedActivity> plan(OrderFile file, WorkflowEvent event) {
        Order order = file.order();
        List<PlannedActivity> out = new ArrayList<>();
        for (ActivityDefinition a : activities) {
            if (file.activity(a.code()).isPresent() || !triggered(a, order, event)) {
                continue;
            }
            List<PlannedLine> lines = a.lines().stream().filter(l -> l.when().holds(order, works))
                    .map(LineDefinition::planned).toList();
            if (lines.isEmpty()) {
                continue;
            }
            Instant due = a.due().compute(order, zone, calendar, works, true).orElseThrow();
            out.add(new PlannedActivity(a.code(), a.title(), a.role(), due, lines));
        }
        return out;
    }

    @Override
    public List<String> typesPlannedBy(WorkflowEvent event) {
        return activities.stream().filter(a -> a.triggers().stream().anyMatch(t -> t.matches(event)))
                .map(ActivityDefinition::code).toList();
    }

    private boolean triggered(ActivityDefinition a, Order order, WorkflowEvent event) {
        return a.triggers().stream().anyMatch(t -> t.matches(event) && t.when().holds(order, works));
    }

    @Override
    public Optional<Instant> dueAt(String typeCode, Order order) {
        return activities.stream().filter(a -> a.code().equals(typeCode)).findFirst()
                .flatMap(a -> a.due().compute(order, zone, calendar, works, false));
    }

    /**
     * Documents required in the order's current state. A cancelled order only needs the
     * documents whose rule is about the cancellation (the refund's KYC 2, 004:67-69): the sale's
     * paperwork is moot. Its "a_partir_de" is judged on the status it had when cancelled.
     */
    @Override
    public List<DocumentType> requiredDocuments(OrderFile file) {
        Order order = file.order();
        boolean cancelled = order.status() == OrderStatus.ANNULEE;
        OrderStatus reached = cancelled ? statusBeforeCancellation(order) : order.status();
        Set<DocumentType> out = new LinkedHashSet<>();
        for (DocumentRule rule : documentRules) {
            boolean aboutCancellation = rule.when().mentions(ConditionName.ANNULATION);
            if (cancelled != aboutCancellation || !rule.when().holds(order, works)) {
                continue;
            }
            if (rule.fromStatus() == null || reached.ordinal() >= rule.fromStatus().ordinal()) {
                out.addAll(rule.types());
            }
        }
        return List.copyOf(out);
    }

    private static OrderStatus statusBeforeCancellation(Order order) {
        OrderStatus before = order.cancellation() == null ? null : order.cancellation().statusBefore();
        return before == null || before == OrderStatus.ANNULEE ? OrderStatus.RESERVEE : before;
    }

    @Override
    public TransitionRequirements requirementsFor(OrderStatus target) {
        return transitions.getOrDefault(target, TransitionRequirements.none(target));
    }

    /**
     * Transition requirements no order can meet at the point they are asked (a document the file
     * only requests from that status on, a line planned only later), by file and line. The file
     * still loads: check-config refuses it and the desktop warns, so a manager's slip in one
     * transition does not stop every station.
     */
    public List<PlaybookError> unreachableRequirements() {
        return PlaybookChecks.unreachable(fileName, activities, documentRules, transitions);
    }

    /** Every seed reference the file makes (activities, lines, documents), for traceability. */
    public Set<String> sources() {
        Set<String> out = new LinkedHashSet<>();
        activities.forEach(a -> {
            out.addAll(a.sources());
            a.lines().forEach(l -> out.add(l.source()));
        });
        documentRules.forEach(d -> out.addAll(d.sources()));
        return out;
    }
}
