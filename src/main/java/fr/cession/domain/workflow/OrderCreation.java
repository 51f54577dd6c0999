package fr.cession.domain.workflow;

import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.dossier.OrderFileRepository;
import fr.cession.domain.order.Order;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.playbook.Playbook;
import fr.cession.domain.playbook.WorkflowEvent;
import fr.cession.domain.rules.HandoverWindow;
import fr.cession.domain.rules.RuleViolationException;
import fr.cession.domain.user.Actor;
import fr.cession.domain.validation.FieldError;
import fr.cession.domain.validation.OrderValidator;
import fr.cession.domain.validation.ValidationException;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A new reservation ({@link OrderWorkflow#create}): the one command that saves an order file with
 * nothing before it, so it checks what no later change can (the number, the starting status).
 */
final class OrderCreation {

    /** A back-office number as the store's column holds it (40 characters). */
    private static final Pattern GIVEN_NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_./-]{0,39}");

    private final OrderFileRepository repo;
    private final Playbook playbook;
    private final Clock clock;
    private final HandoverScheduler handover;
    private final ActivityPlanner planner;
    private final RequiredDocuments documents;
    private final OrderValidator validator = new OrderValidator();

    OrderCreation(OrderFileRepository repo, Playbook playbook, Clock clock, HandoverScheduler handover,
                  ActivityPlanner planner, RequiredDocuments documents) {
        this.repo = repo;
        this.playbook = playbook;
        this.clock = clock;
        this.handover = handover;
        this.planner = planner;
        this.documents = documents;
    }

    /**
     * A new reservation. Without a number the store gives it the site's next one; an order taken
     * over from the back office keeps the number it has there, so both systems name it alike.
     */
    public OrderFile create(Order draft, Actor actor) {
        Order order = validator.normalize(draft.advisor() == null || draft.advisor().isBlank()
                ? draft.withAdvisor(actor.login()) : draft);
        List<FieldError> errors = new ArrayList<>(validator.validate(order));
        if (order.status() != OrderStatus.RESERVEE || !order.meta().isNew()) {
            errors.add(new FieldError("status", "Nouvelle commande : doit partir du statut réservée"));
        }
        if (order.number() != null) {
            numberProblem(order.number()).ifPresent(errors::add);
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Instant now = clock.instant();
        HandoverWindow window = new HandoverWindow(playbook.settings());
        if (order.handoverAt() != null) {
            window.tooEarly(order, order.handoverAt()).ifPresent(v -> {
                throw new RuleViolationException(v);
            });
        }
        OrderFile file = OrderFile.of(order);
        file = handover.askManagerIfBeyond(file, order.handoverAt(), actor, now);
        file = planner.plan(file, new WorkflowEvent.Created());
        file = planner.plan(file, new WorkflowEvent.StatusEntered(OrderStatus.RESERVEE));
        return repo.save(null, documents.addMissing(file), actor, now);
    }

    private Optional<FieldError> numberProblem(String number) {
        if (!GIVEN_NUMBER.matcher(number).matches()) {
            return Optional.of(new FieldError("number", "Numéro de commande « " + number
                    + " » : de 1 à 40 lettres, chiffres, « - », « _ », « / » ou « . » attendus"));
        }
        if (repo.loadByNumber(number).isPresent()) {
            return Optional.of(new FieldError("number", "Numéro de commande « " + number + " » : déjà utilisé"));
        }
        return Optional.empty();
    }
}
