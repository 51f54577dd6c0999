package fr.cession.store.changelog;

import fr.cession.domain.audit.Change;
import fr.cession.domain.audit.ChangeKind;
import fr.cession.domain.audit.EntityKind;
import fr.cession.domain.audit.FieldChange;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.OrderStatus;
import fr.cession.store.LocalDatabase;
import fr.cession.store.TestDatabases;
import fr.cession.store.dossier.JooqOrderFileRepository;
import fr.cession.testdata.Actors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static fr.cession.store.schema.Tables.CHANGE_FIELD;
import static fr.cession.store.schema.Tables.CHANGE_OP;
import static fr.cession.testdata.OrderFileBuilder.anOrderFile;
import static org.assertj.core.api.Assertions.assertThat;

/** A creation keeps its fields in its own change_op row: fewer writes, the same history and outbox. */
class CompactCreationLogTest {

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
    void aCreationWritesNoFieldRowsAndReadsBackWithEveryField() {
        OrderFile a = repo.save(null, anOrderFile().withActivities(1, 2).build(), Actors.commercial("LYON"), T0);

        List<Change> pending = log.pending(100);
        assertThat(pending).isNotEmpty().allMatch(c -> c.kind() == ChangeKind.CREATION);
        assertThat(db.dsl().fetchCount(CHANGE_FIELD)).isZero();
        Change order = pending.stream().filter(c -> c.entity() == EntityKind.COMMANDE).findFirst().orElseThrow();
        assertThat(order.fields()).contains(new FieldChange("number", null, a.order().number()),
                new FieldChange("status", null, "RESERVEE"));
        // Fields read back in the table's column order, as those of change_field do.
        assertThat(order.fields().get(0).field()).isEqualTo("number");
        assertThat(order.fields()).allMatch(f -> f.oldValue() == null);
    }

    @Test
    void aChangeToAnExistingRowKeepsItsOldValuesInFieldRows() {
        OrderFile a = repo.save(null, anOrderFile().withActivities(0, 0).withoutPaperwork().build(),
                Actors.commercial("LYON"), T0);
        repo.save(a, a.withOrder(a.order().withStatus(OrderStatus.DESTOCKAGE)), Actors.adv("LYON"), T0.plusSeconds(2));

        assertThat(db.dsl().select(CHANGE_FIELD.FIELD, CHANGE_FIELD.OLD_VALUE, CHANGE_FIELD.NEW_VALUE).from(CHANGE_FIELD)
                .fetch(r -> r.value1() + ":" + r.value2() + ">" + r.value3())).containsExactly("status:RESERVEE>DESTOCKAGE");
        assertThat(db.dsl().fetchCount(CHANGE_OP, CHANGE_OP.CREATED_FIELDS.isNotNull())).isEqualTo(1);
        assertThat(log.history(db.dsl(), a.orderId()).get(1).fields())
                .containsExactly(new FieldChange("status", "RESERVEE", "DESTOCKAGE"));
    }

    @Test
    void aCreationLoggedFieldByFieldByAnEarlierVersionStillReadsBack() {
        UUID op = UUID.randomUUID();
        UUID order = UUID.randomUUID();
        db.dsl().transaction(cfg -> {
            cfg.dsl().insertInto(CHANGE_OP).set(CHANGE_OP.OP_ID, op).set(CHANGE_OP.ENTITY, "COMMANDE")
                    .set(CHANGE_OP.ENTITY_ID, order).set(CHANGE_OP.ORDER_ID, order).set(CHANGE_OP.KIND, "CREATION")
                    .set(CHANGE_OP.BASE_VERSION, 0L).set(CHANGE_OP.NEW_VERSION, 1L)
                    .set(CHANGE_OP.CHANGED_AT, T0.atOffset(ZoneOffset.UTC)).set(CHANGE_OP.CHANGED_BY, "c.martin")
                    .set(CHANGE_OP.SITE, "LYON").set(CHANGE_OP.ORIGIN, "LOCAL").execute();
            cfg.dsl().insertInto(CHANGE_FIELD, CHANGE_FIELD.OP_ID, CHANGE_FIELD.FIELD, CHANGE_FIELD.NEW_VALUE)
                    .values(op, "status", "RESERVEE").values(op, "number", "BO-1").execute();
        });

        assertThat(log.pending(10)).singleElement().satisfies(c -> assertThat(c.fields())
                .containsExactly(new FieldChange("number", null, "BO-1"), new FieldChange("status", null, "RESERVEE")));
    }

    @Test
    void theForeignKeyIndexesStillServeTheLookupsByOrder() {
        // V80 dropped indexes that repeated those H2 keeps for the foreign keys: each table still
        // has exactly one index on order_id (activity_id for checklist lines) and uses it.
        for (String table : List.of("activity", "checklist_item", "order_document", "payment", "approval_request")) {
            String plan = db.dsl().fetchValue("EXPLAIN SELECT * FROM " + table + " WHERE order_id = ?", UUID.randomUUID())
                    .toString();
            assertThat(plan).as(table).containsIgnoringCase("index").doesNotContainIgnoringCase("tableScan");
        }
        String plan = db.dsl().fetchValue("EXPLAIN SELECT * FROM checklist_item WHERE activity_id = ?", UUID.randomUUID())
                .toString();
        assertThat(plan).doesNotContainIgnoringCase("tableScan");
    }
    @Test
    void theOutboxAndHistoryQueriesKeepTheirIndexesWithoutTheSequenceIndex() {
        // V96 dropped the unique index on local_seq: the outbox (pending changes in log order) and
        // an order's history still each read one index, never the whole log.
        assertThat(db.dsl().fetch("SELECT index_name FROM information_schema.indexes WHERE table_name = 'change_op'")
                .getValues(0, String.class)).contains("ix_change_op_pending").doesNotContain("ux_change_op_seq");
        String outbox = db.dsl().fetchValue("EXPLAIN SELECT * FROM change_op WHERE pushed_at IS NULL"
                + " ORDER BY local_seq LIMIT 100").toString();
        assertThat(outbox).contains("ix_change_op_pending").doesNotContainIgnoringCase("tableScan");
        String history = db.dsl().fetchValue("EXPLAIN SELECT * FROM change_op WHERE order_id = ?"
                + " ORDER BY local_seq", UUID.randomUUID()).toString();
        assertThat(history).contains("ix_change_op_order").doesNotContainIgnoringCase("tableScan");
    }
}
