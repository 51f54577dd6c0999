package fr.cession.sync.central;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ConflictPolicyTest {

    private static final Instant T = Instant.parse("2026-03-02T10:00:00Z");

    @Test
    void theLaterChangeWins() {
        var held = new ConflictPolicy.Author(T, "a", "PARIS");
        assertThat(ConflictPolicy.incomingWins(held, new ConflictPolicy.Author(T.plusMillis(1), "b", "ZZZ"))).isTrue();
        assertThat(ConflictPolicy.incomingWins(held, new ConflictPolicy.Author(T.minusMillis(1), "b", "AAA"))).isFalse();
    }

    @Test
    void onATieTheSiteCodeDecidesTheSameWayEverywhere() {
        var lyon = new ConflictPolicy.Author(T, "a", "LYON");
        var paris = new ConflictPolicy.Author(T, "b", "PARIS");
        assertThat(ConflictPolicy.incomingWins(paris, lyon)).isTrue();
        assertThat(ConflictPolicy.incomingWins(lyon, paris)).isFalse();
    }
}
