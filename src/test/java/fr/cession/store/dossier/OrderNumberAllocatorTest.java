package fr.cession.store.dossier;

import fr.cession.store.LocalDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Two desktops of one site numbering offline never hand out the same number. */
class OrderNumberAllocatorTest {

    @TempDir
    Path dir;

    @Test
    void twoDesktopsOfOneSiteNumberApartWhileOffline() {
        OrderNumberAllocator numbers = new OrderNumberAllocator();
        Set<String> seen = new HashSet<>();
        for (String station : new String[]{"poste-1", "poste-2"}) {
            try (LocalDatabase db = LocalDatabase.open(dir.resolve(station))) {
                for (int i = 0; i < 50; i++) {
                    String n = db.dsl().transactionResult(cfg -> numbers.next(cfg.dsl(), "LYON", 2026));
                    assertThat(n).matches("LYON-2026-[0-9A-Z]{4}-\\d{5}");
                    assertThat(seen.add(n)).as(n).isTrue();
                }
                // the station part stays the same for the life of the store
                String again = db.dsl().transactionResult(cfg -> OrderNumberAllocator.station(cfg.dsl()));
                assertThat(seen).anySatisfy(n -> assertThat(n).contains("-" + again + "-"));
            }
        }
    }

    @Test
    void theStationPartIsFourCharactersFromTheDesktopId() {
        assertThat(OrderNumberAllocator.stationOf(new UUID(0, 0))).isEqualTo("0000");
        assertThat(OrderNumberAllocator.stationOf(UUID.randomUUID())).matches("[0-9A-Z]{4}");
        assertThat(OrderNumberAllocator.format("A".repeat(40), "K7QZ", 2026, 1)).hasSize(40).endsWith("-2026-K7QZ-00001");
    }
}
