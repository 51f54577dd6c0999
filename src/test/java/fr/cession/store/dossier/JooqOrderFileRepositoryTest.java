package fr.cession.store.dossier;

import fr.cession.domain.activity.ChecklistItem;
import fr.cession.domain.audit.ActivityFields;
import fr.cession.domain.audit.Change;
import fr.cession.domain.audit.ChangeKind;
import fr.cession.domain.audit.EntityKind;
import fr.cession.domain.audit.FieldChange;
import fr.cession.domain.audit.OrderFields;
import fr.cession.domain.audit.PaperworkFields;
import fr.cession.domain.dossier.ConcurrentChangeException;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.payment.Payment;
import fr.cession.domain.row.RowMeta;
import fr.cession.domain.user.Actor;
import fr.cession.store.LocalDatabase;
import fr.cession.store.TestDatabases;
import fr.cession.testdata.Actors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fr.cession.store.schema.Tables.CHANGE_OP;
import static fr.cession.store.schema.Tables.PAYMENT;
import static fr.cession.store.schema.Tables.SALES_ORDER;
import static fr.cession.testdata.OrderFileBuilder.anOrderFile;
import static fr.cession.testdata.OrderFileBuilder.everyFieldFilled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JooqOrderFileRepositoryTest {

    private static final Instant T0 = Instant.parse("2025-03-03T08:00:00.000001Z");
    private static final Actor LYON = Actors.commercial("LYON");
    private static final Actor ADV = Actors.adv("LYON");

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
    void everyFieldOfEveryEntitySurvivesASaveAndALoad() {
        OrderFile file = everyFieldFilled().withNumber("LYON-2025-00077").build();
        assertThat(OrderFields.of(file.order())).doesNotContainValue(null).hasSizeGreaterThan(40);
        file.activities().forEach(a -> assertThat(ActivityFields.of(a)).doesNotContainValue(null));
        file.items().forEach(i -> assertThat(ActivityFields.of(i)).doesNotContainValue(null));
        assertThat(PaperworkFields.of(file.documents().get(0))).doesNotContainValue(null);
        assertThat(PaperworkFields.of(file.payments().get(0))).doesNotContainValue(null);
        assertThat(PaperworkFields.of(file.approvals().get(0))).doesNotContainValue(null);

        OrderFile saved = repo.save(null, file, LYON, T0);
        OrderFile loaded = repo.load(file.orderId()).orElseThrow();

        assertThat(FileFields.of(loaded)).isEqualTo(FileFields.of(file));
        assertThat(loaded).isEqualTo(saved);
        assertThat(loaded.order().meta()).isEqualTo(new RowMeta(1, T0, "c.martin", "LYON", false));
        assertThat(loaded.items()).hasSize(6).allSatisfy(i -> assertThat(i.meta().version()).isEqualTo(1));
    }

    @Test
    void aNewOrderGetsItsSitesNextNumberPerYear() {
        // Numbers are <SITE>-<YEAR>-<STATION>-<counter>, counted per site and per reservation year;
        // the station part keeps two desktops of one site apart when both number offline.
        String station = "-[0-9A-Z]{4}-";
        assertThat(saveNew(anOrderFile(), LYON).order().number()).matches("LYON-2025" + station + "00001");
        assertThat(saveNew(anOrderFile(), LYON).order().number()).matches("LYON-2025" + station + "00002");
        assertThat(saveNew(anOrderFile(), Actors.commercial("PARIS")).order().number()).matches("PARIS-2025" + station + "00001");
        assertThat(saveNew(anOrderFile().withReservedOn(LocalDate.of(2026, 1, 2)), LYON).order().number())
                .matches("LYON-2026" + station + "00001");
        assertThat(saveNew(anOrderFile().withNumber("IMPORT-42"), LYON).order().number()).isEqualTo("IMPORT-42");
        assertThat(saveNew(anOrderFile(), LYON).order().number()).matches("LYON-2025" + station + "00003");
    }

    @Test
    void loadsByNumberAndIgnoresUnknownOrders() {
        OrderFile saved = saveNew(anOrderFile(), LYON);
        assertThat(repo.loadByNumber(saved.order().number())).contains(saved);
        assertThat(repo.loadByNumber("LYON-1999-00001")).isEmpty();
        assertThat(repo.load(UUID.randomUUID())).isEmpty();
    }

    @Test
    void anUpdateAuditsOnlyTheFieldsThatChanged() {
        OrderFile v1 = saveNew(anOrderFile(), LYON);
        Instant t1 = T0.plusSeconds(60);
        OrderFile v2 = repo.save(v1, v1.withOrder(v1.order().withStatus(OrderStatus.DESTOCKAGE)
                .withHandoverAt(LocalDateTime.of(2025, 3, 17, 9, 0))), ADV, t1);

        assertThat(v2.order().status()).isEqualTo(OrderStatus.DESTOCKAGE);
        assertThat(v2.order().meta()).isEqualTo(new RowMeta(2, t1, "a.dupont", "LYON", false));
        assertThat(v2.activities()).allSatisfy(a -> assertThat(a.meta().version()).isEqualTo(1));
        Change last = lastOf(repo.history(v1.orderId()));
        assertThat(last.kind()).isEqualTo(ChangeKind.MODIFICATION);
        assertThat(last.entity()).isEqualTo(EntityKind.COMMANDE);
        assertThat(last.baseVersion()).isEqualTo(1);
        assertThat(last.newVersion()).isEqualTo(2);
        assertThat(last.fields()).containsExactly(
                new FieldChange("status", "RESERVEE", "DESTOCKAGE"),
                new FieldChange("handover_at", "2025-03-14T10:30", "2025-03-17T09:00"));
    }

    @Test
    void savingAnUnchangedFileWritesNothing() {
        OrderFile v1 = saveNew(anOrderFile(), LYON);
        int ops = db.dsl().fetchCount(CHANGE_OP);
        assertThat(repo.save(v1, v1, ADV, T0.plusSeconds(5))).isEqualTo(v1);
        assertThat(db.dsl().fetchCount(CHANGE_OP)).isEqualTo(ops);
    }

    @Test
    void aRemovedPaymentIsSoftDeletedAndLeavesTheFile() {
        OrderFile v1 = saveNew(anOrderFile(), LYON);
        Payment payment = v1.payments().get(0);
        OrderFile v2 = repo.save(v1, v1.withoutPayment(payment.id()), ADV, T0.plusSeconds(60));

        assertThat(v2.payments()).isEmpty();
        assertThat(repo.load(v1.orderId()).orElseThrow().payments()).isEmpty();
        var row = db.dsl().selectFrom(PAYMENT).where(PAYMENT.ID.eq(payment.id())).fetchSingle();
        assertThat(row.getDeleted()).isTrue();
        assertThat(row.getVersion()).isEqualTo(2);
        Change last = lastOf(repo.history(v1.orderId()));
        assertThat(last.kind()).isEqualTo(ChangeKind.SUPPRESSION);
        assertThat(last.entityId()).isEqualTo(payment.id());
        assertThat(last.fields()).isNotEmpty().allSatisfy(f -> assertThat(f.newValue()).isNull());
    }

    @Test
    void aConcurrentChangeIsRefusedAndNothingOfTheSaveIsWritten() {
        OrderFile v1 = saveNew(anOrderFile(), LYON);
        ChecklistItem line = v1.items().get(1);

        // The ADV ticks a line first...
        repo.save(v1, v1.withItem(line.tick("a.dupont", T0.plusSeconds(10))), ADV, T0.plusSeconds(10));
        int opsBefore = db.dsl().fetchCount(CHANGE_OP);

        // ...then the advisor, still on v1, changes the advisor of the order and ticks the same line.
        OrderFile stale = v1.withOrder(v1.order().withAdvisor("j.petit"))
                .withItem(line.tick("c.martin", T0.plusSeconds(20)));
        assertThatThrownBy(() -> repo.save(v1, stale, LYON, T0.plusSeconds(20)))
                .isInstanceOf(ConcurrentChangeException.class)
                .hasMessageContaining("modifié par quelqu'un d'autre")
                .hasMessageContaining("version 1 attendue")
                .hasMessageContaining("version 2")
                .hasMessageContaining(v1.order().number());

        // The order row written before the failing line was rolled back with the rest.
        var order = db.dsl().selectFrom(SALES_ORDER).where(SALES_ORDER.ID.eq(v1.orderId())).fetchSingle();
        assertThat(order.getAdvisor()).isEqualTo("c.martin");
        assertThat(order.getVersion()).isEqualTo(1);
        assertThat(db.dsl().fetchCount(CHANGE_OP)).isEqualTo(opsBefore);
        assertThat(repo.load(v1.orderId()).orElseThrow().item(line.lineCode()).orElseThrow().checkedBy())
                .isEqualTo("a.dupont");
    }

    @Test
    void theHistoryListsCreationsThenChangesOldestFirst() {
        OrderFile v1 = saveNew(anOrderFile().withActivities(2, 2), LYON);
        OrderFile v2 = repo.save(v1, v1.withOrder(v1.order().withStatus(OrderStatus.DESTOCKAGE)), ADV,
                T0.plusSeconds(60));
        repo.save(v2, v2.withOrder(v2.order().withStatus(OrderStatus.ORGANISEE)), ADV, T0.plusSeconds(120));

        List<Change> history = repo.history(v1.orderId());
        // order + 2 activities + 4 lines + document + payment + approval, then two modifications
        assertThat(history).hasSize(12);
        assertThat(history.get(0).entity()).isEqualTo(EntityKind.COMMANDE);
        assertThat(history.subList(0, 10)).allSatisfy(c -> assertThat(c.kind()).isEqualTo(ChangeKind.CREATION));
        assertThat(history.subList(10, 12)).extracting(c -> c.fields().get(0).newValue())
                .containsExactly("DESTOCKAGE", "ORGANISEE");
        assertThat(history).extracting(Change::at).isSorted();
        assertThat(history.get(0).fields()).extracting(FieldChange::field).startsWith("number", "status");
    }

    private OrderFile saveNew(fr.cession.testdata.OrderFileBuilder builder, Actor actor) {
        return repo.save(null, builder.withOrderId(UUID.randomUUID()).build(), actor, T0);
    }

    private static Change lastOf(List<Change> history) {
        return history.get(history.size() - 1);
    }

    @SuppressWarnings("unused")
    private static Map<String, String> orderFields(OrderFile f) {
        return OrderFields.of(f.order());
    }
}
