package fr.cession.store;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class TimeOrderedIdsTest {

    @Test
    void idsMadeOneAfterTheOtherSortOneAfterTheOtherAndAreVersion7() {
        TimeOrderedIds ids = new TimeOrderedIds(Clock.fixed(Instant.parse("2025-03-03T08:00:00Z"), ZoneOffset.UTC));
        List<UUID> made = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            made.add(ids.get());
        }
        assertThat(new HashSet<>(made)).hasSize(1000);
        assertThat(made).allSatisfy(u -> {
            assertThat(u.version()).isEqualTo(7);
            assertThat(u.variant()).isEqualTo(2);
        });
        // Same millisecond: the counter orders them (compared as the database does, unsigned).
        for (int i = 1; i < made.size(); i++) {
            assertThat(Long.compareUnsigned(made.get(i).getLeastSignificantBits(),
                    made.get(i - 1).getLeastSignificantBits())).isPositive();
        }
    }
}
