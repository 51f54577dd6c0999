package fr.cession.store;

import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A person's settings in the local store (V94): per login, replaced, removed, listed by prefix. */
class JooqPersonSettingsTest {

    @Test
    void valuesArePerPersonReplacedAndRemoved() {
        String dir = System.getProperty("cession.test.dir", "target/test-work");
        String url = "jdbc:h2:file:" + Path.of(dir, "settings-" + UUID.randomUUID()).toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/local").load().migrate();
        DSLContext dsl = DSL.using(DSL.using(url, "sa", "").configuration().set(SQLDialect.H2));
        JooqPersonSettings s = new JooqPersonSettings(dsl);

        s.put("cdupont", "board.filter.mes retards", "due=EN_RETARD");
        s.put("cdupont", "board.filter.mes retards", "due=AUJOURDHUI");
        s.put("cdupont", "board.filter.livraisons", "mode=LIVRAISON");
        s.put("cdupont", "reminder.off.REFUS_CENTRAL", "true");
        s.put("mmartin", "board.filter.autre", "due=TOUTES");

        assertThat(s.startingWith("cdupont", "board.filter.")).containsExactly(
                java.util.Map.entry("board.filter.livraisons", "mode=LIVRAISON"),
                java.util.Map.entry("board.filter.mes retards", "due=AUJOURDHUI"));
        s.put("cdupont", "reminder.off.REFUS_CENTRAL", null);
        assertThat(s.get("cdupont", "reminder.off.REFUS_CENTRAL")).isEmpty();
        assertThat(s.get("mmartin", "board.filter.autre")).contains("due=TOUTES");
    }
}
