package fr.cession.store;

import fr.cession.domain.audit.Change;
import fr.cession.domain.audit.ChangeKind;
import fr.cession.domain.audit.EntityKind;
import fr.cession.domain.audit.FieldChange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RowWriterTest {

    private static final Instant T0 = Instant.parse("2025-03-03T08:00:00Z");
    private static final UUID ORDER = UUID.randomUUID();

    private final RowWriter rows = new RowWriter();
    private LocalDatabase db;

    @BeforeEach
    void open() {
        db = TestDatabases.fresh();
        db.dsl().transaction(cfg -> rows.insert(cfg.dsl(), creation()));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void insertsARowFromItsFieldTexts() {
        Map<String, String> fields = rows.fieldsOf(db.dsl(), EntityKind.COMMANDE, ORDER).orElseThrow();
        assertThat(fields).containsEntry("number", "LYON-2025-00001").containsEntry("reservation_fee", "250.00")
                .containsEntry("vehicle_imported", "false").containsEntry("handover_at", null);
        assertThat(rows.versionOf(db.dsl(), EntityKind.COMMANDE, ORDER)).contains(1L);
        assertThat(rows.versionOf(db.dsl(), EntityKind.COMMANDE, UUID.randomUUID())).isEmpty();
    }

    @Test
    void appliesAModificationOnlyFromTheVersionItWasMadeOn() {
        Change fromV1 = modification(1, 2, "advisor", "c.martin", "j.petit");
        Change stale = modification(1, 2, "advisor", "c.martin", "x.autre");

        assertThat(applied(fromV1)).isTrue();
        assertThat(applied(stale)).isFalse();
        assertThat(rows.fieldsOf(db.dsl(), EntityKind.COMMANDE, ORDER).orElseThrow()).containsEntry("advisor", "j.petit");
        assertThat(rows.versionOf(db.dsl(), EntityKind.COMMANDE, ORDER)).contains(2L);
    }

    @Test
    void forceWritesWhateverTheVersionAndInsertsMissingRows() {
        db.dsl().transaction(cfg -> rows.force(cfg.dsl(), modification(7, 8, "status", "RESERVEE", "VENDUE")));
        assertThat(rows.fieldsOf(db.dsl(), EntityKind.COMMANDE, ORDER).orElseThrow()).containsEntry("status", "VENDUE");
        assertThat(rows.versionOf(db.dsl(), EntityKind.COMMANDE, ORDER)).contains(8L);

        UUID activity = UUID.randomUUID();
        Change created = new Change(UUID.randomUUID(), EntityKind.ACTIVITE, activity, ORDER, ChangeKind.CREATION, 0, 1,
                T0, "m.bernard", "PARIS", List.of(new FieldChange("order_id", null, ORDER.toString()),
                new FieldChange("type_code", null, "DESTOCKAGE"), new FieldChange("title", null, "Déstockage"),
                new FieldChange("role", null, "ADV"), new FieldChange("due_at", null, "2025-03-04T17:00:00Z"),
                new FieldChange("state", null, "OUVERTE")));
        db.dsl().transaction(cfg -> rows.force(cfg.dsl(), created));
        assertThat(rows.fieldsOf(db.dsl(), EntityKind.ACTIVITE, activity).orElseThrow())
                .containsEntry("due_at", "2025-03-04T17:00:00Z").containsEntry("title", "Déstockage");
    }

    @Test
    void aSuppressionSoftDeletesTheRow() {
        Change gone = new Change(UUID.randomUUID(), EntityKind.COMMANDE, ORDER, ORDER, ChangeKind.SUPPRESSION, 1, 2, T0,
                "c.martin", "LYON", List.of(new FieldChange("advisor", "c.martin", null)));
        assertThat(applied(gone)).isTrue();
        assertThat(db.dsl().fetchValue("select deleted from sales_order where id = ?", ORDER)).isEqualTo(true);
        // The row keeps its last values: a deletion travels, the data stays for the history.
        assertThat(rows.fieldsOf(db.dsl(), EntityKind.COMMANDE, ORDER).orElseThrow()).containsEntry("advisor", "c.martin");
    }

    @Test
    void normalizesTextsToWhatTheColumnsKeep() {
        Change c = new Change(UUID.randomUUID(), EntityKind.COMMANDE, ORDER, ORDER, ChangeKind.MODIFICATION, 1, 2, T0,
                "c.martin", "LYON", List.of(
                new FieldChange("cancelled_at", null, "2025-03-10T16:45:12.123456789Z"),
                new FieldChange("reservation_fee", "250", "250.004"),
                new FieldChange("down_payment", "10.5", "10.50")));
        // Nanoseconds are cut to the column's microseconds; decimals rounded to its scale, and a
        // change that the column cannot tell apart is no change.
        assertThat(rows.normalize(c).fields()).containsExactly(
                new FieldChange("cancelled_at", null, "2025-03-10T16:45:12.123456Z"));
    }

    @Test
    void refusesUnknownAndBookkeepingColumns() {
        assertThatThrownBy(() -> rows.normalize(modification(1, 2, "colonne_inconnue", null, "x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("colonne_inconnue");
        assertThatThrownBy(() -> rows.normalize(modification(1, 2, "version", "1", "9")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("version");
    }

    private boolean applied(Change c) {
        Boolean done = db.dsl().transactionResult(cfg -> rows.apply(cfg.dsl(), c));
        return done;
    }

    private static Change modification(long base, long next, String field, String old, String neu) {
        return new Change(UUID.randomUUID(), EntityKind.COMMANDE, ORDER, ORDER, ChangeKind.MODIFICATION, base, next,
                T0.plusSeconds(next), "c.martin", "LYON", List.of(new FieldChange(field, old, neu)));
    }

    private static Change creation() {
        List<FieldChange> f = List.of(
                new FieldChange("number", null, "LYON-2025-00001"), new FieldChange("status", null, "RESERVEE"),
                new FieldChange("reserved_on", null, "2025-03-03"), new FieldChange("reservation_fee", null, "250"),
                new FieldChange("advisor", null, "c.martin"), new FieldChange("owning_site", null, "LYON"),
                new FieldChange("customer_kind", null, "PARTICULIER"), new FieldChange("cg_holding", null, "TITULAIRE"),
                new FieldChange("handover_mode", null, "CESSION"), new FieldChange("payment_method", null, "VIR"));
        return new Change(UUID.randomUUID(), EntityKind.COMMANDE, ORDER, ORDER, ChangeKind.CREATION, 0, 1, T0,
                "c.martin", "LYON", f);
    }
}
