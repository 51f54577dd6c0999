package fr.cession.app;

import fr.cession.domain.demo.DemoDataGenerator;
import fr.cession.domain.demo.DemoRequest;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.user.Actor;
import fr.cession.domain.workflow.CustomerAccountDesk;
import fr.cession.ui.shell.DemoDataOffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The desktop's first-start offer: the same demo data as {@code cession demo} (default seed and
 * size), through the store's bulk path. Offered only on a station that works alone with an empty
 * database: a station of a network gets its orders from the central database.
 */
final class DemoDataLoader implements DemoDataOffer {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);

    private final LocalStore store;
    private final DemoDataGenerator generator;
    private final Actor actor;
    private final Clock clock;
    private final boolean centralConfigured;
    private final DemoCustomerAccounts accounts;

    DemoDataLoader(LocalStore store, DemoDataGenerator generator, Actor actor, Clock clock, boolean centralConfigured,
                   CustomerAccountDesk accounts) {
        this.store = store;
        this.accounts = new DemoCustomerAccounts(accounts);
        this.generator = generator;
        this.actor = actor;
        this.clock = clock;
        this.centralConfigured = centralConfigured;
    }

    @Override
    public boolean applies() {
        return !centralConfigured && store.orderCount() == 0;
    }

    @Override
    public void load() {
        long start = System.nanoTime();
        List<OrderFile> batch = new ArrayList<>(LocalStore.BULK_ORDERS_PER_TRANSACTION);
        generator.generate(DemoRequest.forStation(DemoRequest.DEFAULT_SEED, DemoRequest.DEFAULT_ORDERS, actor), file -> {
            batch.add(accounts.link(file));
            if (batch.size() == LocalStore.BULK_ORDERS_PER_TRANSACTION) {
                flush(batch);
            }
        });
        flush(batch);
        LOG.info("Données de démonstration chargées : {} commandes en {} ms", DemoRequest.DEFAULT_ORDERS,
                (System.nanoTime() - start) / 1_000_000);
    }

    private void flush(List<OrderFile> batch) {
        if (!batch.isEmpty()) {
            store.saveAll(List.copyOf(batch), actor, clock.instant());
            batch.clear();
        }
    }
}
