package fr.cession.app;

import fr.cession.domain.board.BoardQueries;
import fr.cession.domain.board.RedFlaggedBoard;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.dossier.OrderFileRepository;
import fr.cession.domain.playbook.Playbook;
import fr.cession.domain.time.FrenchCalendar;
import fr.cession.domain.user.Actor;
import fr.cession.domain.workflow.OrderWorkflow;
import fr.cession.store.LocalDatabase;
import fr.cession.store.StoreKey;
import fr.cession.store.LocalDatabaseException;
import fr.cession.store.TimeOrderedIds;
import fr.cession.store.board.JooqBoardQueries;
import fr.cession.store.board.JooqRedFlags;
import fr.cession.store.dossier.JooqSharedContacts;
import fr.cession.store.dossier.BulkLoader;
import fr.cession.store.dossier.JooqOrderFileRepository;
import org.jooq.DSLContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import static fr.cession.store.schema.Tables.SALES_ORDER;

/**
 * The local database opened with everything that works on it: the repository, the workflow over
 * it, the bulk path and the board's queries. One per running command or desktop; closing it
 * releases the file.
 */
final class LocalStore implements AutoCloseable {

    /** Files per transaction on the bulk path: big enough to be fast, small enough to keep memory flat. */
    static final int BULK_ORDERS_PER_TRANSACTION = 250;

    private final LocalDatabase database;
    private final ObservedOrderFiles repository;
    private final OrderWorkflow workflow;
    private final BulkLoader bulk;
    private final TimeOrderedIds ids;
    private final JooqBoardQueries board;
    private final Playbook playbook;
    private final Clock clock;
    private final FrenchCalendar calendar;

    private LocalStore(LocalDatabase database, Playbook playbook, Clock clock, FrenchCalendar calendar) {
        this.database = database;
        this.playbook = playbook;
        this.clock = clock;
        this.calendar = calendar;
        this.ids = new TimeOrderedIds(clock);
        this.repository = new ObservedOrderFiles(new JooqOrderFileRepository(database.dsl(), ids));
        this.workflow = new OrderWorkflow(repository, playbook, clock, ids, calendar,
                new JooqSharedContacts(database.dsl()));
        this.bulk = new BulkLoader(database.dsl(), ids, BULK_ORDERS_PER_TRANSACTION);
        this.board = new JooqBoardQueries(database.dsl());
    }

    /** The customer accounts of this store and the order commands on them (seed 000, 004:13). */
    WorkflowCustomerAccounts customerAccounts(fr.cession.domain.account.CustomerAccountSettings settings) {
        return WorkflowCustomerAccounts.of(database.dsl(), repository, playbook, clock, ids, settings);
    }

    /**
     * Opens (creating and migrating) the H2 file.
     *
     * @param file the database file, with or without {@code .mv.db}
     * @param recreate delete the file first, so the database starts empty
     */
    static LocalStore open(Path file, Playbook playbook, Clock clock, FrenchCalendar calendar, boolean recreate) {
        return open(file, null, playbook, clock, calendar, recreate);
    }

    /** @param key the person's store key; null keeps the store in clear (the station's own, tests) */
    static LocalStore open(Path file, StoreKey key, Playbook playbook, Clock clock, FrenchCalendar calendar,
                           boolean recreate) {
        Path base = AppConfigLoader.withoutH2Suffix(file);
        if (recreate) {
            delete(base);
        }
        return new LocalStore(key == null ? LocalDatabase.open(base) : LocalDatabase.open(base, key), playbook, clock,
                calendar);
    }

    private static void delete(Path base) {
        for (String suffix : List.of(".mv.db", ".trace.db", ".lock.db")) {
            Path f = base.resolveSibling(base.getFileName() + suffix);
            try {
                Files.deleteIfExists(f);
            } catch (IOException e) {
                throw new LocalDatabaseException("Impossible de supprimer " + f + " pour recréer la base : "
                        + e.getMessage(), e);
            }
        }
    }

    /** The open database itself: the diagnostic reads its counts from it instead of opening the file again. */
    LocalDatabase database() {
        return database;
    }

    Path file() {
        return database.file();
    }

    DSLContext dsl() {
        return database.dsl();
    }

    OrderFileRepository repository() {
        return repository;
    }

    /** Runs {@code listener} after each committed save made through the repository or the workflow. */
    void afterEachSave(Runnable listener) {
        repository.afterEachSave(listener);
    }

    /** The ids every new row of this store gets (time-ordered, so indexes grow at their end). */
    Supplier<UUID> ids() {
        return ids;
    }

    OrderWorkflow workflow() {
        return workflow;
    }

    /** The same workflow over another repository (the import plans files before writing them in batches). */
    OrderWorkflow workflowOver(OrderFileRepository files) {
        return new OrderWorkflow(files, playbook, clock, ids, calendar, new JooqSharedContacts(database.dsl()));
    }

    /** The board's queries, with the red flags (003:9) of the orders not handed over yet. */
    BoardQueries board() {
        return new RedFlaggedBoard(board, new JooqRedFlags(database.dsl(), repository, playbook.fraudSettings()));
    }

    long orderCount() {
        return database.dsl().fetchCount(SALES_ORDER);
    }

    /**
     * Creates brand-new demonstration order files through the store's bulk path. They stay on this
     * station: never sent to a central database configured later.
     */
    void saveAll(List<OrderFile> files, Actor actor, Instant at) {
        bulk.loadForThisStationOnly(files, actor, at);
    }

    @Override
    public void close() {
        database.close();
    }
}
