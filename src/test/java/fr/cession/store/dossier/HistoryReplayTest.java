package fr.cession.store.dossier;

import fr.cession.domain.activity.Activity;
import fr.cession.domain.activity.ActivityState;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.row.RowMeta;
import fr.cession.domain.user.Role;
import fr.cession.store.LocalDatabase;
import fr.cession.store.TestDatabases;
import fr.cession.testdata.Actors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import static fr.cession.testdata.OrderFileBuilder.anOrderFile;
import static fr.cession.testdata.OrderFileBuilder.everyFieldFilled;
import static org.assertj.core.api.Assertions.assertThat;

/** The order's history can always be replayed: applying its field changes in order rebuilds the stored file. */
class HistoryReplayTest {

    private static final Instant T0 = Instant.parse("2025-03-03T08:00:00.000123Z");

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
    void replayingTheHistoryRebuildsTheFileAfterEveryKindOfChange() {
        OrderFile f = repo.save(null, everyFieldFilled().build(), Actors.commercial("LYON"), T0);
        assertReplayable(f);

        f = repo.save(f, f.withOrder(f.order().withStatus(OrderStatus.DESTOCKAGE)
                .withHandoverAt(LocalDateTime.of(2025, 3, 20, 14, 0))), Actors.adv("LYON"), T0.plusSeconds(60));
        assertReplayable(f);

        Activity planned = new Activity(UUID.randomUUID(), f.orderId(), "VERIF_DOCS", "Vérification des documents B2C",
                Role.COMMERCIAL, null, T0.plusSeconds(86_400), ActivityState.OUVERTE, null, null, null, RowMeta.NEW);
        f = repo.save(f, f.withActivity(planned).withItem(f.items().get(2).tick("c.martin", T0.plusSeconds(120)))
                .withoutPayment(f.payments().get(0).id()), Actors.commercial("LYON"), T0.plusSeconds(120));
        assertReplayable(f);

        f = repo.save(f, f.withActivity(f.activity("VERIF_DOCS").orElseThrow().done("c.martin", T0.plusSeconds(180))
                .withNote("Tout est là")), Actors.commercial("LYON"), T0.plusSeconds(180));
        assertReplayable(f);
        assertThat(f.order().meta().version()).isEqualTo(2);
    }

    @Test
    void aFileWithoutOptionalValuesReplaysToo() {
        OrderFile f = repo.save(null, anOrderFile().withHandover(fr.cession.domain.order.HandoverMode.LIVRAISON, null)
                .withAdvisor(null).withActivities(1, 1).build(), Actors.commercial("PARIS"), T0);
        assertReplayable(f);
    }

    @Test
    void aHistoryWithoutTheOrderGivesNothing() {
        assertThat(HistoryReplay.replay(List.of())).isEmpty();
    }

    private void assertReplayable(OrderFile saved) {
        OrderFile loaded = repo.load(saved.orderId()).orElseThrow();
        assertThat(loaded).isEqualTo(saved);
        assertThat(HistoryReplay.replay(repo.history(saved.orderId()))).contains(loaded);
    }
}
