package fr.cession.ui.conflict;

import fr.cession.domain.dossier.OrderFile;
import fr.cession.sync.protocol.OrderToFix;
import fr.cession.ui.fakes.FakeConflictDesk;
import fr.cession.ui.fakes.TestUi;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class ConflictsViewModelTest {

    private final TestUi ui = new TestUi();
    private final FakeConflictDesk desk = new FakeConflictDesk();
    private final AtomicInteger changes = new AtomicInteger();
    private final List<UUID> opened = new ArrayList<>();
    private final ConflictsViewModel vm = new ConflictsViewModel(ui.context(), desk, changes::incrementAndGet,
            opened::add);

    @Test
    void listsConflictsWithTheOrderNumberAndResolvesWithTheChosenValue() {
        OrderFile f = ui.order("Martin", "AB-123-CD", "VF1AAAAAA11111111", 0);
        desk.emailConflict(f.orderId());
        vm.refresh();
        assertThat(vm.conflicts()).singleElement().satisfies(r -> {
            assertThat(r.orderNumber()).isEqualTo(f.order().number() == null
                    ? ui.store.load(f.orderId()).orElseThrow().order().number() : f.order().number());
            assertThat(r.conflict().lostSite()).isEqualTo("PARIS");
            // issue 7: names a person reads, never the table or the column
            assertThat(r.what()).startsWith("Champ « E-mail du client » (Commande) — commande ")
                    .doesNotContain("customer_email", "sales_order");
            assertThat(r.keptBy()).isEqualTo("Claire Dupont");
            assertThat(r.lostBy()).isEqualTo("pmoreau");
            assertThat(r.keptText()).isEqualTo("jean.martin@exemple.fr");
        });
        assertThat(changes).hasValue(0);

        vm.resolve(vm.conflicts().get(0), "j.martin@exemple.fr");
        assertThat(desk.resolutions).containsExactly("customer_email=j.martin@exemple.fr by cdupont");
        assertThat(vm.conflicts()).isEmpty();
        assertThat(changes).hasValue(1);
    }

    @Test
    void aConflictOnAChecklistLineIsNamedByItsLabelAndItsValuesRead() {
        OrderFile f = ui.order("Martin", "AB-123-CD", "VF1AAAAAA11111111", 0);
        OrderFile stored = ui.store.load(f.orderId()).orElseThrow();
        var item = stored.items().isEmpty() ? null : stored.items().get(0);
        java.util.UUID entity = item == null ? f.orderId() : item.id();
        desk.conflicts.add(new fr.cession.sync.protocol.OpenConflict(java.util.UUID.randomUUID(), "checklist_item", entity,
                f.orderId(), "checked", "true", "cdupont", "LYON", java.time.Instant.parse("2026-03-10T08:30:00Z"),
                "false", "pmoreau", "PARIS", java.time.Instant.parse("2026-03-10T08:10:00Z")));
        vm.refresh();
        var row = vm.conflicts().get(0);
        assertThat(row.what()).startsWith("Champ « Cochée » de Ligne de check-list").doesNotContain("checklist_item");
        if (item != null) {
            assertThat(row.what()).contains("« " + item.label() + " »");
        }
        assertThat(row.keptText()).isEqualTo("oui");
        assertThat(row.lostText()).isEqualTo("non");
        vm.resolve(row, row.conflict().keptValue());
        assertThat(desk.resolutions).containsExactly("checked=true by cdupont");
    }

    @Test
    void aFailedResolutionIsShownInFrench() {
        OrderFile f = ui.order("Martin", "AB-123-CD", "VF1AAAAAA11111111", 0);
        desk.emailConflict(f.orderId());
        vm.refresh();
        desk.conflicts.clear();
        vm.resolve(vm.conflicts().get(0), "x");
        assertThat(ui.dialogs.errorMessages()).containsExactly("Ce conflit est déjà résolu");
        assertThat(vm.conflicts()).isEmpty();
    }

    @Test
    void refusalsAreShownWithTheirReasonUntilRead() {
        OrderFile f = ui.order("Martin", "AB-123-CD", "VF1AAAAAA11111111", 0);
        desk.refusal(f.orderId());
        vm.refresh();
        assertThat(vm.refusals()).singleElement().satisfies(r ->
                assertThat(r.refusal().reason()).contains("bon de remise"));
        assertThat(vm.refusals().get(0).entity()).isEqualTo("Commande");
        assertThat(vm.refusals().get(0).changedBy()).isEqualTo("Claire Dupont");
        vm.acknowledge(vm.refusals().get(0));
        assertThat(vm.refusals()).isEmpty();
    }

    @Test
    void ordersToFixAreListedWithTheirNumberTheCentresReasonAndWhen() {
        UUID id = UUID.randomUUID();
        desk.duplicate(id, "BO-2026-2");
        vm.refresh();
        assertThat(vm.toFix()).singleElement().satisfies(f -> {
            assertThat(f.orderId()).isEqualTo(id);
            assertThat(f.number()).isEqualTo("BO-2026-2");
            assertThat(f.reason()).startsWith("Commande BO-2026-2 : doublon").contains("renvoyez-la");
            assertThat(f.refusedAt()).isEqualTo(java.time.Instant.parse("2026-03-10T08:45:00Z"));
        });
        assertThat(vm.noticeProperty().get()).isEmpty();
    }

    @Test
    void renumberedTheRowStaysWithItsNewNumberUntilResent() {
        UUID id = UUID.randomUUID();
        desk.duplicate(id, "BO-2026-2");
        vm.refresh();
        Renumbering r = vm.renumbering(vm.toFix().get(0));
        assertThat(r.numberProperty().get()).isEqualTo("BO-2026-2");
        r.numberProperty().set("  BO-2026-2-P ");
        r.submit();
        assertThat(r.doneProperty().get()).isTrue();
        assertThat(r.errorProperty().get()).isEmpty();
        assertThat(desk.repairs).containsExactly("renumber BO-2026-2-P by cdupont");
        assertThat(vm.toFix()).singleElement().satisfies(f -> assertThat(f.number()).isEqualTo("BO-2026-2-P"));
        assertThat(vm.noticeProperty().get()).isEqualTo("Commande BO-2026-2 renumérotée « BO-2026-2-P » : renvoyez-la pour qu'elle parte.");
        assertThat(changes).hasValue(1);

        vm.resend(vm.toFix().get(0));
        assertThat(desk.repairs).containsExactly("renumber BO-2026-2-P by cdupont", "resend BO-2026-2-P by cdupont");
        assertThat(vm.toFix()).isEmpty();
        assertThat(vm.noticeProperty().get()).isEqualTo("Commande BO-2026-2-P renvoyée : elle partira à la prochaine synchronisation.");
        assertThat(changes).hasValue(2);
        assertThat(ui.dialogs.errors).isEmpty();
    }

    @Test
    void aRefusedNumberKeepsTheRowAndSaysWhyBesideTheField() {
        UUID id = UUID.randomUUID();
        desk.duplicate(id, "BO-2026-2");
        desk.taken.add("LYON-2026-00001");
        vm.refresh();
        Renumbering r = vm.renumbering(vm.toFix().get(0));
        r.numberProperty().set("BO 2026");
        r.submit();
        assertThat(r.errorProperty().get()).isEqualTo("Numéro de commande « BO 2026 » : de 1 à 40 lettres, chiffres, "
                + "« - », « _ », « / » ou « . » attendus");
        assertThat(r.doneProperty().get()).as("the dialog stays open").isFalse();
        r.numberProperty().set("LYON-2026-00001");
        r.submit();
        assertThat(r.errorProperty().get()).isEqualTo("Numéro de commande « LYON-2026-00001 » : déjà utilisé sur ce poste");
        assertThat(r.doneProperty().get()).isFalse();
        assertThat(desk.repairs).isEmpty();
        assertThat(vm.toFix()).singleElement().satisfies(f -> assertThat(f.number()).isEqualTo("BO-2026-2"));
        assertThat(ui.dialogs.errors).as("said beside the field, not in an error dialog").isEmpty();
        assertThat(changes).hasValue(0);

        r.numberProperty().set("BO-2026-2-P");
        r.submit();
        assertThat(r.errorProperty().get()).isEmpty();
        assertThat(r.doneProperty().get()).isTrue();
    }

    @Test
    void openingTheOrderHandsItsIdToTheShellAndKeepsTheRow() {
        UUID id = UUID.randomUUID();
        desk.duplicate(id, "BO-2026-2");
        vm.refresh();
        vm.openOrder(vm.toFix().get(0));
        assertThat(opened).containsExactly(id);
        assertThat(vm.toFix()).hasSize(1);
        assertThat(desk.repairs).isEmpty();
    }

    @Test
    void withdrawingAsksFirstAndSaysTheOrderLeavesThisDesktopOnly() {
        UUID id = UUID.randomUUID();
        desk.duplicate(id, "BO-2026-2");
        vm.refresh();
        ui.dialogs.confirmWith(false);
        vm.withdraw(vm.toFix().get(0));
        assertThat(ui.dialogs.confirms).singleElement().satisfies(c -> {
            assertThat(c.title()).isEqualTo("Retirer de ce poste");
            assertThat(c.message()).contains("BO-2026-2").contains("va quitter ce poste")
                    .contains("historique reste").contains("rien n'en sera envoyé");
        });
        assertThat(desk.repairs).isEmpty();
        assertThat(vm.toFix()).hasSize(1);

        ui.dialogs.confirmWith(true);
        vm.withdraw(vm.toFix().get(0));
        assertThat(desk.repairs).containsExactly("withdraw BO-2026-2");
        assertThat(vm.toFix()).isEmpty();
        assertThat(vm.noticeProperty().get()).isEqualTo("Commande BO-2026-2 retirée de ce poste : rien n'en sera envoyé.");
        assertThat(changes).hasValue(1);
    }

    @Test
    void aFailedRepairGoesToTheScreensErrorDialogAndTheListIsReadAgain() {
        UUID id = UUID.randomUUID();
        desk.duplicate(id, "BO-2026-2");
        vm.refresh();
        OrderToFix row = vm.toFix().get(0);
        desk.toFix.clear();
        vm.resend(row);
        assertThat(ui.dialogs.errors).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo("Commande à corriger");
            assertThat(e.message()).isEqualTo("Cette commande n'est pas dans la liste « à corriger ».");
        });
        assertThat(vm.toFix()).isEmpty();
        assertThat(vm.noticeProperty().get()).isEmpty();
    }

    @Test
    void withoutACentralDatabaseTheListIsEmpty() {
        ConflictsViewModel none = new ConflictsViewModel(ui.context(), ConflictDesk.NONE, () -> { }, opened::add);
        none.refresh();
        assertThat(none.toFix()).isEmpty();
    }
}
