package fr.cession.store.dossier;

import fr.cession.domain.audit.Change;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.dossier.OrderFileDiff;
import fr.cession.domain.user.Actor;
import fr.cession.store.RowWriter;
import fr.cession.store.changelog.ChangeLogWriter;
import fr.cession.store.changelog.Origin;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Creates many new order files fast (demo data, imports): JDBC batches, one transaction per
 * {@code ordersPerTransaction} files. Each file still gets its creation entries in the change
 * log, so its history and the outbox are the same as if it had been saved one by one.
 */
public final class BulkLoader {

    private static final Logger LOG = LoggerFactory.getLogger(BulkLoader.class);

    private final DSLContext dsl;
    private final OrderFileDiff diff;
    private final int ordersPerTransaction;
    private final RowWriter rows = new RowWriter();
    private final ChangeLogWriter log = new ChangeLogWriter();
    private final OrderNumberAllocator numbers = new OrderNumberAllocator();

    public BulkLoader(DSLContext dsl, Supplier<UUID> ids, int ordersPerTransaction) {
        if (ordersPerTransaction < 1) {
            throw new IllegalArgumentException("ordersPerTransaction doit être positif : " + ordersPerTransaction);
        }
        this.dsl = dsl;
        this.diff = new OrderFileDiff(ids);
        this.ordersPerTransaction = ordersPerTransaction;
    }

    /** Creates the files (new orders; a null number gets the actor's site's next one); returns how many. */
    public int load(Iterable<OrderFile> files, Actor actor, Instant at) {
        return load(files, actor, at, false);
    }

    /**
     * Creates files that must never reach the central database (demonstration data): their
     * history is written as usual, but already marked sent, so the outbox never carries them and
     * a station later connected to the central database does not publish them to every site.
     */
    public int loadForThisStationOnly(Iterable<OrderFile> files, Actor actor, Instant at) {
        return load(files, actor, at, true);
    }

    private int load(Iterable<OrderFile> files, Actor actor, Instant at, boolean stationOnly) {
        int total = 0;
        List<OrderFile> chunk = new ArrayList<>(ordersPerTransaction);
        for (OrderFile f : files) {
            chunk.add(f);
            if (chunk.size() == ordersPerTransaction) {
                total += loadChunk(chunk, actor, at, stationOnly);
                chunk.clear();
            }
        }
        if (!chunk.isEmpty()) {
            total += loadChunk(chunk, actor, at, stationOnly);
        }
        LOG.info("{} commande(s) créée(s) en lot", total);
        return total;
    }

    private int loadChunk(List<OrderFile> chunk, Actor actor, Instant at, boolean stationOnly) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            List<OrderFile> numbered = numberAll(tx, chunk, actor.site());
            List<Change> changes = new ArrayList<>();
            for (OrderFile f : numbered) {
                for (Change c : diff.changes(null, f, actor, at)) {
                    changes.add(rows.normalize(c));
                }
            }
            rows.insertAll(tx, changes);
            log.writeAll(tx, changes, Origin.LOCAL, stationOnly ? at : null);
            return chunk.size();
        });
    }

    // One counter update per site and year for the whole chunk.
    private List<OrderFile> numberAll(DSLContext tx, List<OrderFile> chunk, String site) {
        Map<Integer, Integer> needed = new HashMap<>();
        for (OrderFile f : chunk) {
            if (f.order().number() == null) {
                needed.merge(f.order().reservedOn().getYear(), 1, Integer::sum);
            }
        }
        Map<Integer, Integer> next = new HashMap<>();
        needed.forEach((year, count) -> next.put(year, numbers.reserve(tx, site, year, count)));
        List<OrderFile> out = new ArrayList<>(chunk.size());
        String station = needed.isEmpty() ? null : OrderNumberAllocator.station(tx);
        for (OrderFile f : chunk) {
            if (f.order().number() != null) {
                out.add(f);
            } else {
                int year = f.order().reservedOn().getYear();
                int n = next.merge(year, 1, Integer::sum) - 1;
                out.add(f.withOrder(OrderNumberAllocator.withNumber(f.order(),
                        OrderNumberAllocator.format(site, station, year, n))));
            }
        }
        return out;
    }
}
