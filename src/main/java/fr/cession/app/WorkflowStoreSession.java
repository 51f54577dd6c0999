package fr.cession.app;

import fr.cession.cli.OrderRejectedException;
import fr.cession.cli.StoreSession;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.dossier.OrderFileRepository;
import fr.cession.domain.order.Customer;
import fr.cession.domain.order.Order;
import fr.cession.domain.rules.RuleViolationException;
import fr.cession.domain.user.Actor;
import fr.cession.domain.validation.ValidationException;
import fr.cession.domain.workflow.OrderWorkflow;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The local database as the commands use it: new orders go through the workflow (same checks
 * as on screen), demo data through the store's bulk path.
 */
final class WorkflowStoreSession implements StoreSession {

    /** The store's bulk path for brand-new order files. */
    interface BulkSave {
        void save(List<OrderFile> files, Actor actor, Instant at);
    }

    private final Path file;
    private final OrderFileRepository repository;
    private final OrderWorkflow workflow;
    private final BulkSave bulk;
    private final LongSupplier orderCount;
    private final Actor actor;
    private final Clock clock;
    private final Runnable onClose;
    private final ImportWriter imports;
    private fr.cession.domain.workflow.CustomerAccountDesk customerAccounts;

    WorkflowStoreSession(Path file, OrderFileRepository repository, OrderWorkflow workflow, BulkSave bulk,
                         LongSupplier orderCount, Actor actor, Clock clock, Runnable onClose) {
        this(file, repository, workflow, bulk, orderCount, actor, clock, onClose, null);
    }

    /** @param imports the batch path for imports; null: one transaction per order */
    WorkflowStoreSession(Path file, OrderFileRepository repository, OrderWorkflow workflow, BulkSave bulk,
                         LongSupplier orderCount, Actor actor, Clock clock, Runnable onClose,
                         ImportWriter imports) {
        this.imports = imports;
        this.file = file;
        this.repository = repository;
        this.workflow = workflow;
        this.bulk = bulk;
        this.orderCount = orderCount;
        this.actor = actor;
        this.clock = clock;
        this.onClose = onClose;
    }

    @Override
    public Path databaseFile() {
        return file;
    }

    @Override
    public long orderCount() {
        return orderCount.getAsLong();
    }

    @Override
    public boolean orderExists(String number) {
        return repository.loadByNumber(number).isPresent();
    }

    @Override
    public void saveAll(List<OrderFile> files) {
        bulk.save(files, actor, clock.instant());
    }

    /** One order through the workflow, in its own transaction; it keeps its back-office number. */
    @Override
    public OrderFile create(Order draft) {
        try {
            return workflow.create(draft, actor);
        } catch (ValidationException e) {
            throw new OrderRejectedException(e.errors().stream()
                    .map(f -> new OrderRejectedException.Reason(f.field(), f.message())).toList());
        } catch (RuleViolationException e) {
            throw new OrderRejectedException(e.violations().stream()
                    .map(v -> new OrderRejectedException.Reason(null, v.message())).toList());
        }
    }

    @Override
    public Map<String, Customer> customersByNumber(Collection<String> numbers) {
        if (imports != null) {
            return imports.customersByNumber(numbers);
        }
        Map<String, Customer> out = new HashMap<>();
        for (String number : numbers) {
            repository.loadByNumber(number).ifPresent(f -> out.put(number, f.order().customer()));
        }
        return out;
    }

    @Override
    public List<List<OrderRejectedException.Reason>> createAll(List<Order> drafts) {
        return imports != null ? imports.createAll(drafts) : StoreSession.super.createAll(drafts);
    }

    @Override
    public void close() {
        onClose.run();
    }

    /** The same session with the store's customer accounts (seed 000, 004:13). */
    WorkflowStoreSession withCustomerAccounts(fr.cession.domain.workflow.CustomerAccountDesk desk) {
        this.customerAccounts = desk;
        return this;
    }

    @Override
    public fr.cession.domain.workflow.CustomerAccountDesk customerAccounts() {
        return customerAccounts == null ? StoreSession.super.customerAccounts() : customerAccounts;
    }
}
