package fr.cession.ui.status;

import fr.cession.app.SyncStateStatus;
import fr.cession.sync.SyncState;
import fr.cession.sync.SyncStatus;
import fr.cession.ui.fakes.TestUi;
import fr.cession.ui.i18n.Formats;
import fr.cession.ui.i18n.Messages;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Locale;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 4: online, offline since…, N changes waiting, last sync, conflicts to resolve. */
class SyncStatusBarTest {

    private static final Instant EIGHT = Instant.parse("2026-03-10T07:00:00Z");

    @Test
    void theSyncEngineStateIsMappedForTheBar() {
        fr.cession.ui.SyncStatus.State s = SyncStateStatus.map(new SyncState.View(SyncStatus.HORS_LIGNE, EIGHT, 3,
                EIGHT.minusSeconds(60), 2, 1, "Connexion refusée"));
        assertThat(s.centralConfigured()).isTrue();
        assertThat(s.online()).isFalse();
        assertThat(s.offlineSince()).isEqualTo(EIGHT);
        assertThat(s.pendingChanges()).isEqualTo(3);
        assertThat(s.openConflicts()).isEqualTo(2);
        assertThat(s.unreadRefusals()).isEqualTo(1);
        assertThat(s.problem()).isEqualTo("Connexion refusée");
        assertThat(SyncStateStatus.map(new SyncState(SyncStatus.LOCAL_ONLY).current()).centralConfigured()).isFalse();
        assertThat(new SyncStateStatus(new SyncState(SyncStatus.EN_LIGNE), Runnable::run).current().online()).isTrue();
    }

    @Test
    void theBarSaysEveryFactAndFollowsChanges() throws Exception {
        Consumer<fr.cession.ui.SyncStatus.State>[] listener = new Consumer[1];
        fr.cession.ui.SyncStatus sync = new fr.cession.ui.SyncStatus() {
            @Override
            public State current() {
                return new State(true, true, 0, EIGHT, null, 0, 0, null);
            }

            @Override
            public AutoCloseable subscribe(Consumer<State> l) {
                listener[0] = l;
                return () -> listener[0] = null;
            }
        };
        try (StatusBarViewModel vm = new StatusBarViewModel(TestUi.ACTOR, sync, new Messages(Locale.FRANCE),
                new Formats(TestUi.PARIS), Runnable::run)) {
            assertThat(vm.connectionProperty().get()).isEqualTo("En ligne");
            assertThat(vm.lastSyncProperty().get()).isEqualTo("Dernière synchro : 10/03/2026 08:00");
            assertThat(vm.conflictsProperty().get()).isNull();
            listener[0].accept(new fr.cession.ui.SyncStatus.State(true, false, 4, EIGHT, EIGHT.plusSeconds(3600), 2,
                    1, null));
            assertThat(vm.connectionProperty().get()).isEqualTo("Hors ligne depuis le 10/03/2026 09:00");
            assertThat(vm.pendingProperty().get()).isEqualTo("4 modifications en attente");
            assertThat(vm.conflictsProperty().get()).isEqualTo("2 conflits à résoudre");
            assertThat(vm.refusalsProperty().get()).isEqualTo("1 modification refusée");
        }
    }

    /** Issue 7: with no central database the bar says there is nothing to send, never a waiting count. */
    @Test
    void localOnlySaysNothingIsToSend() throws Exception {
        try (StatusBarViewModel vm = new StatusBarViewModel(TestUi.ACTOR, fr.cession.ui.SyncStatus.localOnly(),
                new Messages(Locale.FRANCE), new Formats(TestUi.PARIS), Runnable::run)) {
            assertThat(vm.connectionProperty().get()).isEqualTo("Mode local : rien à envoyer");
            assertThat(vm.pendingProperty().get()).isEmpty();
            assertThat(vm.lastSyncProperty().get()).isNull();
        }
    }
}
