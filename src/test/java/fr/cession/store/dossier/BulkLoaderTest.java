package fr.cession.store.dossier;

import fr.cession.domain.audit.Change;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.store.LocalDatabase;
import fr.cession.store.TestDatabases;
import fr.cession.store.changelog.ChangeLog;
import fr.cession.testdata.Actors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static fr.cession.store.schema.Tables.ACTIVITY;
import static fr.cession.store.schema.Tables.CHANGE_OP;
import static fr.cession.store.schema.Tables.CHECKLIST_ITEM;
import static fr.cession.store.schema.Tables.SALES_ORDER;
import static fr.cession.testdata.OrderFileBuilder.anOrderFile;
import static org.assertj.core.api.Assertions.assertThat;

class BulkLoaderTest {

    private static final Instant T0 = Instant.parse("2025-03-03T08:00:00Z");

    private LocalDatabase db;
    private JooqOrderFileRepository repo;

    @BeforeEach
    void open() {
        db = TestDatabases.fresh();
        repo = new JooqOrderFileRepository(db.dsl(), UUID::randomUUID);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void loadsManyFilesWithNumbersHistoryAndOutboxAsIfSavedOneByOne() {
        repo.save(null, anOrderFile().build(), Actors.commercial("LYON"), T0);
        List<OrderFile> files = anOrderFile().withActivities(3, 2).build(30);

        int loaded = new BulkLoader(db.dsl(), UUID::randomUUID, 7).load(files, Actors.commercial("LYON"), T0);

        assertThat(loaded).isEqualTo(30);
        assertThat(db.dsl().fetchCount(SALES_ORDER)).isEqualTo(31);
        assertThat(db.dsl().fetchCount(ACTIVITY)).isEqualTo(2 + 30 * 3);
        assertThat(db.dsl().fetchCount(CHECKLIST_ITEM)).isEqualTo(6 + 30 * 6);
        assertThat(db.dsl().selectDistinct(SALES_ORDER.NUMBER).from(SALES_ORDER).fetch(SALES_ORDER.NUMBER))
                .hasSize(31).allMatch(n -> n.matches("LYON-2025-[0-9A-Z]{4}-000(0[1-9]|[12][0-9]|3[01])"));
        // order + 3 activities + 6 lines + document + payment + approval per file (12 for the first
        // one saved alone: 2 activities of 3 lines), all waiting in the outbox
        assertThat(new ChangeLog(db.dsl()).pendingCount()).isEqualTo(db.dsl().fetchCount(CHANGE_OP))
                .isEqualTo(12 + 30 * 13);

        for (OrderFile f : List.of(files.get(0), files.get(13), files.get(29))) {
            OrderFile stored = repo.load(f.orderId()).orElseThrow();
            assertThat(FileFields.withoutNumber(stored)).isEqualTo(FileFields.withoutNumber(f));
            List<Change> history = repo.history(f.orderId());
            assertThat(history).hasSize(13);
            assertThat(HistoryReplay.replay(history)).contains(stored);
        }
    }

    @Test
    void demonstrationFilesKeepTheirHistoryButNeverEnterTheOutbox() {
        List<OrderFile> files = anOrderFile().withActivities(2, 1).build(5);

        new BulkLoader(db.dsl(), UUID::randomUUID, 2).loadForThisStationOnly(files, Actors.commercial("LYON"), T0);

        assertThat(db.dsl().fetchCount(CHANGE_OP)).isPositive();
        assertThat(new ChangeLog(db.dsl()).pendingCount()).isZero();
        OrderFile stored = repo.load(files.get(3).orderId()).orElseThrow();
        assertThat(HistoryReplay.replay(repo.history(stored.orderId()))).contains(stored);
    }
}
