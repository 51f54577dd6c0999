package fr.cession.app;

import fr.cession.domain.board.BoardQueries;
import fr.cession.domain.board.BoardSnapshot;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PrefetchedBoardQueriesTest {

    private static final class Counting implements BoardQueries {
        final AtomicInteger mine = new AtomicInteger();
        final AtomicInteger all = new AtomicInteger();

        @Override
        public BoardSnapshot snapshot() {
            all.incrementAndGet();
            return BoardSnapshot.EMPTY;
        }

        @Override
        public BoardSnapshot snapshotFor(String login) {
            mine.incrementAndGet();
            return new BoardSnapshot(List.of(), List.of());
        }

        @Override
        public boolean isEmpty() {
            return false;
        }
    }

    @Test
    void myListIsReadOnceAtStartThenAfreshOnEveryRefresh() {
        Counting store = new Counting();
        PrefetchedBoardQueries q = PrefetchedBoardQueries.start(() -> store, "cdupont");

        q.snapshotFor("cdupont");
        assertThat(store.mine).hasValue(1);   // the prefetched read, not a second one
        q.snapshotFor("cdupont");
        assertThat(store.mine).hasValue(2);   // a refresh reads the store again
        q.snapshotFor("mleroy");
        assertThat(store.mine).hasValue(3);
        q.snapshot();
        assertThat(store.all).hasValue(1);
        assertThat(q.isEmpty()).isFalse();
    }

    @Test
    void aStoreThatCannotOpenFailsEveryReadWithItsOwnError() {
        PrefetchedBoardQueries q = PrefetchedBoardQueries.start(() -> {
            throw new IllegalStateException("Le fichier de données est déjà ouvert");
        }, "cdupont");

        assertThatThrownBy(() -> q.snapshotFor("cdupont")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("déjà ouvert");
        assertThatThrownBy(q::snapshot).isInstanceOf(IllegalStateException.class);
    }
}
