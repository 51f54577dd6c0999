package fr.cession.app;

import fr.cession.cli.OrderRejectedException;
import fr.cession.domain.audit.Change;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.dossier.OrderFileRepository;
import fr.cession.domain.order.CgHolding;
import fr.cession.domain.order.Customer;
import fr.cession.domain.order.CustomerKind;
import fr.cession.domain.order.Order;
import fr.cession.domain.rules.RuleViolationException;
import fr.cession.domain.user.Actor;
import fr.cession.domain.validation.ValidationException;
import fr.cession.domain.workflow.OrderWorkflow;
import fr.cession.store.dossier.BulkLoader;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static fr.cession.store.schema.Tables.SALES_ORDER;

/**
 * Creates imported orders many at a time. Each draft goes through the real workflow (same checks,
 * same planned activities and documents as on screen) over a repository that only keeps the file
 * it would have saved; the files that passed are then written by the store's bulk path, one
 * transaction for the batch, with their history and outbox entries as a one-by-one save writes
 * them. Should the database still refuse the batch, each file is written alone so only the one
 * at fault is reported.
 */
final class ImportWriter {

    private static final Logger LOG = LoggerFactory.getLogger(ImportWriter.class);
    /**
     * Orders per transaction: far fewer commits than one per row, yet small enough that H2 commits
     * them while their pages are still in its cache (a commit visits every row its transaction
     * wrote; at 1,000 orders a transaction, committing took a fifth of the import).
     */
    static final int MAX_BATCH = 100;

    private final DSLContext dsl;
    private final PlannedFiles planned = new PlannedFiles();
    private final OrderWorkflow planning;
    private final BulkLoader bulk;
    private final Actor actor;

    ImportWriter(LocalStore store, Actor actor) {
        this.dsl = store.dsl();
        this.planning = store.workflowOver(planned);
        this.bulk = new BulkLoader(store.dsl(), store.ids(), MAX_BATCH);
        this.actor = actor;
    }

    /** Per draft, in order: why it was refused, or an empty list when it was created. */
    List<List<OrderRejectedException.Reason>> createAll(List<Order> drafts) {
        List<List<OrderRejectedException.Reason>> outcome = new ArrayList<>(drafts.size());
        for (int from = 0; from < drafts.size(); from += MAX_BATCH) {
            outcome.addAll(batch(drafts.subList(from, Math.min(drafts.size(), from + MAX_BATCH))));
        }
        return outcome;
    }

    private List<List<OrderRejectedException.Reason>> batch(List<Order> drafts) {
        List<List<OrderRejectedException.Reason>> outcome = new ArrayList<>(drafts.size());
        List<OrderFile> files = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        Instant at = null;
        for (Order draft : drafts) {
            try {
                OrderFile file = planning.create(draft, actor);
                at = at == null ? planned.lastAt : at;
                files.add(file);
                positions.add(outcome.size());
                outcome.add(List.of());
            } catch (ValidationException e) {
                outcome.add(e.errors().stream()
                        .map(f -> new OrderRejectedException.Reason(f.field(), f.message())).toList());
            } catch (RuleViolationException e) {
                outcome.add(e.violations().stream()
                        .map(v -> new OrderRejectedException.Reason(null, v.message())).toList());
            }
        }
        if (files.isEmpty()) {
            return outcome;
        }
        try {
            bulk.load(files, actor, at);
        } catch (DataAccessException batchRefused) {
            LOG.info("Lot de {} commande(s) refusé par la base locale ({}) : écriture une à une",
                    files.size(), sqlState(batchRefused));
            for (int i = 0; i < files.size(); i++) {
                try {
                    bulk.load(List.of(files.get(i)), actor, at);
                } catch (DataAccessException e) {
                    outcome.set(positions.get(i), List.of(new OrderRejectedException.Reason(null, reason(e))));
                }
            }
        }
        return outcome;
    }

    /** What the database said, in French and without the SQL it was given. */
    private static String reason(DataAccessException e) {
        String state = sqlState(e);
        String column = column(e).map(c -> " (colonne " + c + ")").orElse("");
        if (state.equals("22001")) {
            return "refusée par la base locale : valeur trop longue" + column;
        }
        if (state.equals("23505")) {
            return "refusée par la base locale : numéro ou identifiant déjà présent";
        }
        if (state.startsWith("23")) {
            return "refusée par la base locale : contrainte non respectée" + column;
        }
        return "refusée par la base locale (code " + state + ")";
    }

    private static String sqlState(DataAccessException e) {
        return Optional.ofNullable(e.getCause(SQLException.class)).map(SQLException::getSQLState).orElse("?");
    }

    private static Optional<String> column(DataAccessException e) {
        SQLException sql = e.getCause(SQLException.class);
        if (sql == null || sql.getMessage() == null) {
            return Optional.empty();
        }
        var m = java.util.regex.Pattern.compile("(?i)column \"?([a-z_]+)").matcher(sql.getMessage());
        return m.find() ? Optional.of(m.group(1).toLowerCase(java.util.Locale.ROOT)) : Optional.empty();
    }

    /** The customers of the stored orders among {@code numbers}, by number. */
    Map<String, Customer> customersByNumber(Collection<String> numbers) {
        Map<String, Customer> out = new HashMap<>();
        List<String> all = List.copyOf(numbers);
        for (int from = 0; from < all.size(); from += MAX_BATCH) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + MAX_BATCH));
            dsl.select(SALES_ORDER.NUMBER, SALES_ORDER.CUSTOMER_KIND, SALES_ORDER.CUSTOMER_FIRST_NAME,
                            SALES_ORDER.CUSTOMER_LAST_NAME, SALES_ORDER.COMPANY_NAME, SALES_ORDER.COMPANY_SIREN,
                            SALES_ORDER.CUSTOMER_EMAIL, SALES_ORDER.CG_HOLDING)
                    .from(SALES_ORDER).where(SALES_ORDER.NUMBER.in(chunk))
                    .forEach(r -> out.put(r.value1(), new Customer(CustomerKind.valueOf(r.value2()), r.value3(),
                            r.value4(), r.value5(), r.value6(), r.value7(), null, null,
                            CgHolding.valueOf(r.value8()), null, null)));
        }
        return out;
    }

    /** The workflow's save, kept instead of written: the bulk path writes the batch. */
    private static final class PlannedFiles implements OrderFileRepository {
        private Instant lastAt;

        @Override
        public Optional<OrderFile> load(UUID orderId) {
            return Optional.empty();
        }

        @Override
        public Optional<OrderFile> loadByNumber(String number) {
            return Optional.empty();
        }

        @Override
        public OrderFile save(OrderFile before, OrderFile after, Actor actor, Instant at) {
            lastAt = at;
            return after;
        }

        @Override
        public List<Change> history(UUID orderId) {
            return List.of();
        }
    }
}
