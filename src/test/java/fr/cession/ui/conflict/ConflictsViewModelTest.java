package fr.cession.ui.conflict;

import fr.cession.domain.dossier.OrderFile;
import fr.cession.ui.fakes.FakeConflictDesk;
import fr.cession.ui.fakes.TestUi;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class ConflictsViewModelTest {

    private final TestUi ui = new TestUi();
    private final FakeConflictDesk desk = new FakeConflictDesk();
    private final AtomicInteger changes = new AtomicInteger();
    private final ConflictsViewModel vm = new ConflictsViewModel(ui.context(), desk, changes::incrementAndGet);

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
        desk.conflicts.add(new fr.cession.sync.OpenConflict(java.util.UUID.randomUUID(), "checklist_item", entity,
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
}
