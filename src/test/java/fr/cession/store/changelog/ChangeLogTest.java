package fr.cession.store.changelog;

import fr.cession.domain.audit.Change;
import fr.cession.domain.audit.ChangeKind;
import fr.cession.domain.audit.EntityKind;
import fr.cession.domain.audit.FieldChange;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.OrderStatus;
import fr.cession.store.LocalDatabase;
import fr.cession.store.RowWriter;
import fr.cession.store.TestDatabases;
import fr.cession.store.dossier.JooqOrderFileRepository;
import fr.cession.testdata.Actors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static fr.cession.store.schema.Tables.CHANGE_OP;
import static fr.cession.testdata.OrderFileBuilder.anOrderFile;
import static org.assertj.core.api.Assertions.assertThat;

class ChangeLogTest {

    private static final Instant T0 = Instant.parse("2025-03-03T08:00:00Z");

    private LocalDatabase db;
    private JooqOrderFileRepository repo;
    private ChangeLog log;

    @BeforeEach
    void open() {
        db = TestDatabases.fresh();
        repo = new JooqOrderFileRepository(db.dsl(), UUID::randomUUID);
        log = new ChangeLog(db.dsl());
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theOutboxHoldsLocalChangesInTheOrderTheyWereMadeUntilPushed() {
        OrderFile a = repo.save(null, anOrderFile().withActivities(1, 0).withoutPaperwork().build(),
                Actors.commercial("LYON"), T0);
        OrderFile b = repo.save(null, anOrderFile().withActivities(0, 0).withoutPaperwork().build(),
                Actors.commercial("LYON"), T0.plusSeconds(1));
        repo.save(a, a.withOrder(a.order().withStatus(OrderStatus.DESTOCKAGE)), Actors.adv("LYON"), T0.plusSeconds(2));

        List<Change> pending = log.pending(100);
        assertThat(pending).extracting(Change::orderId)
                .containsExactly(a.orderId(), a.orderId(), b.orderId(), a.orderId());
        assertThat(pending.get(3).fields()).containsExactly(new FieldChange("status", "RESERVEE", "DESTOCKAGE"));
        assertThat(log.pending(2)).containsExactlyElementsOf(pending.subList(0, 2));
        assertThat(log.pendingCount()).isEqualTo(4);

        log.markPushed(List.of(pending.get(0).opId(), pending.get(1).opId()), T0.plusSeconds(30));

        assertThat(log.pending(100)).containsExactlyElementsOf(pending.subList(2, 4));
        assertThat(log.pendingCount()).isEqualTo(2);
        // Pushed changes stay in the order's history.
        assertThat(repo.history(a.orderId())).hasSize(3);
    }

    @Test
    void aRemoteChangeIsRecordedAsAlreadyPushedAndShowsInTheHistory() {
        OrderFile a = repo.save(null, anOrderFile().withActivities(0, 0).withoutPaperwork().build(),
                Actors.commercial("LYON"), T0);
        log.markPushed(log.pending(10).stream().map(Change::opId).toList(), T0.plusSeconds(1));
        Change remote = new Change(UUID.randomUUID(), EntityKind.COMMANDE, a.orderId(), a.orderId(),
                ChangeKind.MODIFICATION, 1, 2, T0.plusSeconds(60), "m.bernard", "PARIS",
                List.of(new FieldChange("advisor", "c.martin", "j.petit")));

        db.dsl().transaction(cfg -> {
            new RowWriter().force(cfg.dsl(), remote);
            log.recordRemote(cfg.dsl(), remote, T0.plusSeconds(90));
        });

        assertThat(log.pending(10)).isEmpty();
        assertThat(log.contains(db.dsl(), remote.opId())).isTrue();
        assertThat(log.contains(db.dsl(), UUID.randomUUID())).isFalse();
        assertThat(db.dsl().select(CHANGE_OP.ORIGIN).from(CHANGE_OP).where(CHANGE_OP.OP_ID.eq(remote.opId()))
                .fetchSingle(CHANGE_OP.ORIGIN)).isEqualTo("DISTANT");
        List<Change> history = repo.history(a.orderId());
        assertThat(history.get(history.size() - 1)).isEqualTo(remote);
        OrderFile now = repo.load(a.orderId()).orElseThrow();
        assertThat(now.order().advisor()).isEqualTo("j.petit");
        assertThat(now.order().meta().version()).isEqualTo(2);
        assertThat(now.order().meta().modifiedSite()).isEqualTo("PARIS");
    }
}
