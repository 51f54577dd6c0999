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
        });
        assertThat(changes).hasValue(0);

        vm.resolve(vm.conflicts().get(0), "j.martin@exemple.fr");
        assertThat(desk.resolutions).containsExactly("customer_email=j.martin@exemple.fr by cdupont");
        assertThat(vm.conflicts()).isEmpty();
        assertThat(changes).hasValue(1);
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
        vm.acknowledge(vm.refusals().get(0));
        assertThat(vm.refusals()).isEmpty();
    }
}
