package fr.cession.domain.workflow;

import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.dossier.OrderFileRepository;
import fr.cession.domain.rules.RuleViolationException;
import fr.cession.domain.timer.ArmedTimer;
import fr.cession.domain.timer.TimerEngine;
import fr.cession.domain.timer.TimerSources;
import fr.cession.domain.validation.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The timed outcomes of the open orders: what runs and when it falls due, and firing those due
 * (one order at a time, each in its own save). The app's scheduler calls {@link #fireDue} at
 * start and periodically; Ma journée reads {@link #upcoming}. No thread here.
 */
public final class DueTimers {

    private static final Logger LOG = LoggerFactory.getLogger(DueTimers.class);

    /** What one round did: the outcomes written, and those a rule refused (e.g. closing blocked). */
    public record Round(List<ArmedTimer> fired, List<String> refused) {
    }

    private final OrderFileRepository repo;
    private final OrderWorkflow workflow;
    private final TimerEngine engine;
    private final TimerSources sources;
    private final Clock clock;

    public DueTimers(OrderFileRepository repo, OrderWorkflow workflow, TimerEngine engine, TimerSources sources,
                     Clock clock) {
        this.repo = repo;
        this.workflow = workflow;
        this.engine = engine;
        this.sources = sources;
        this.clock = clock;
    }

    /** Every timer running on the order now, soonest first. */
    public List<ArmedTimer> armed(UUID orderId) {
        Optional<OrderFile> file = repo.load(orderId);
        return file.map(f -> engine.armed(f, repo.history(orderId), sources.otherEvents(orderId))).orElse(List.of());
    }

    /** Timers that fall due within {@code within} from now (and any already due, not yet fired), soonest first. */
    public List<ArmedTimer> upcoming(Duration within) {
        Instant until = clock.instant().plus(within);
        List<ArmedTimer> out = new ArrayList<>();
        for (UUID id : sources.openOrders()) {
            armed(id).stream().filter(t -> !t.dueAt().isAfter(until)).forEach(out::add);
        }
        out.sort(Comparator.comparing(ArmedTimer::dueAt));
        return out;
    }

    /** Fires every timer due now; {@code site} is the desktop's, named in the history like any change. */
    public Round fireDue(String site) {
        Instant now = clock.instant();
        List<ArmedTimer> fired = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (UUID id : sources.openOrders()) {
            for (ArmedTimer t : armed(id)) {
                if (!t.isDue(now)) {
                    continue;
                }
                try {
                    workflow.fireTimer(t, site);
                    fired.add(t);
                    LOG.info("Échéance {} de la commande {} appliquée ({})", t.definition().code(), t.orderNumber(),
                            t.dueAt());
                } catch (fr.cession.domain.dossier.ConcurrentChangeException e) {
                    // a person saved the order meanwhile: the next round judges the timer on their change
                    LOG.info("Échéance {} de la commande {} reportée : {}", t.definition().code(), t.orderNumber(),
                            e.getMessage());
                } catch (RuleViolationException | ValidationException e) {
                    String why = "Commande " + t.orderNumber() + " : « " + t.definition().title() + " » non appliquée : "
                            + e.getMessage();
                    refused.add(why);
                    LOG.warn(why);
                }
                break; // one outcome per order and round: the next one is judged on the order it left
            }
        }
        return new Round(fired, refused);
    }
}
