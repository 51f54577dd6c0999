package fr.cession.ui.bench;

import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static fr.cession.store.schema.Tables.ACTIVITY;
import static fr.cession.store.schema.Tables.CHECKLIST_ITEM;
import static fr.cession.store.schema.Tables.SALES_ORDER;

/**
 * The desktop benchmark's store: many orders with open activities spread around "now", written
 * straight in batches (the benchmark measures reading them, not writing them).
 */
final class BenchStore {

    static final int ORDERS = DesktopBench.ORDERS;
    static final int ACTIVITIES_PER_ORDER = DesktopBench.ACTIVITIES_PER_ORDER;

    private BenchStore() {
    }

    static void generate(String url) throws java.sql.SQLException {
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/local").cleanDisabled(false).load()
                .migrate();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, "sa", "")) {
            generate(DSL.using(c, SQLDialect.H2));
        }
    }

    private static void generate(DSLContext dsl) {
        OffsetDateTime now = OffsetDateTime.of(2026, 3, 10, 9, 0, 0, 0, ZoneOffset.UTC);
        String[] names = {"Martin", "Bernard", "Durand", "Petit", "Leroy", "Moreau", "Simon", "Laurent", "Michel",
                "Garcia"};
        String[] statuses = {"RESERVEE", "DESTOCKAGE", "ORGANISEE", "PAIEMENT_VERIFIE", "VENDUE"};
        List<Query> batch = new ArrayList<>();
        for (int o = 0; o < ORDERS; o++) {
            UUID orderId = UUID.randomUUID();
            String plate = String.format("%c%c-%03d-%c%c", 'A' + o % 26, 'A' + (o / 26) % 26, o % 1000,
                    'A' + (o / 7) % 26, 'A' + (o / 11) % 26);
            batch.add(dsl.insertInto(SALES_ORDER)
                    .set(SALES_ORDER.ID, orderId).set(SALES_ORDER.NUMBER, String.format("LYON-2026-%05d", o))
                    .set(SALES_ORDER.STATUS, statuses[o % statuses.length])
                    .set(SALES_ORDER.RESERVED_ON, LocalDate.of(2026, 3, 10).minusDays(o % 20))
                    .set(SALES_ORDER.RESERVATION_FEE, new BigDecimal("500"))
                    .set(SALES_ORDER.ADVISOR, String.format("advisor%02d", o % 50 + 1))
                    .set(SALES_ORDER.OWNING_SITE, "LYON").set(SALES_ORDER.CUSTOMER_KIND, "PARTICULIER")
                    .set(SALES_ORDER.CUSTOMER_FIRST_NAME, "Client" + o)
                    .set(SALES_ORDER.CUSTOMER_LAST_NAME, names[o % names.length])
                    .set(SALES_ORDER.CG_HOLDING, "TITULAIRE").set(SALES_ORDER.VEHICLE_PLATE, plate)
                    .set(SALES_ORDER.VEHICLE_VIN, String.format("VF1BENCH%09d", o))
                    .set(SALES_ORDER.VEHICLE_MAKE, "Renault").set(SALES_ORDER.VEHICLE_MODEL, "Clio")
                    .set(SALES_ORDER.HANDOVER_MODE, o % 3 == 0 ? "LIVRAISON" : "CESSION")
                    .set(SALES_ORDER.PAYMENT_METHOD, o % 3 == 0 ? "CRD" : "VIR")
                    .set(SALES_ORDER.VERSION, 1L).set(SALES_ORDER.MODIFIED_AT, now)
                    .set(SALES_ORDER.MODIFIED_BY, "bench").set(SALES_ORDER.MODIFIED_SITE, "LYON"));
            for (int a = 0; a < ACTIVITIES_PER_ORDER; a++) {
                UUID activityId = UUID.randomUUID();
                batch.add(dsl.insertInto(ACTIVITY).set(ACTIVITY.ID, activityId).set(ACTIVITY.ORDER_ID, orderId)
                        .set(ACTIVITY.TYPE_CODE, "type_" + a).set(ACTIVITY.TITLE, "Activité B2C n° " + (a + 1))
                        .set(ACTIVITY.ROLE, a % 3 == 1 ? "ADV" : "COMMERCIAL")
                        .set(ACTIVITY.DUE_AT, now.plusHours((o % 40 - 15) * 6L + a))
                        .set(ACTIVITY.STATE, "OUVERTE").set(ACTIVITY.VERSION, 1L).set(ACTIVITY.MODIFIED_AT, now)
                        .set(ACTIVITY.MODIFIED_BY, "bench").set(ACTIVITY.MODIFIED_SITE, "LYON"));
                for (int i = 0; i < 3; i++) {
                    batch.add(dsl.insertInto(CHECKLIST_ITEM).set(CHECKLIST_ITEM.ID, UUID.randomUUID())
                            .set(CHECKLIST_ITEM.ACTIVITY_ID, activityId).set(CHECKLIST_ITEM.ORDER_ID, orderId)
                            .set(CHECKLIST_ITEM.LINE_CODE, "l" + i).set(CHECKLIST_ITEM.LABEL, "Ligne " + i)
                            .set(CHECKLIST_ITEM.POSITION, i).set(CHECKLIST_ITEM.CHECKED, (o + a + i) % 2 == 0)
                            .set(CHECKLIST_ITEM.VERSION, 1L).set(CHECKLIST_ITEM.MODIFIED_AT, now)
                            .set(CHECKLIST_ITEM.MODIFIED_BY, "bench").set(CHECKLIST_ITEM.MODIFIED_SITE, "LYON"));
                }
            }
            if (batch.size() > 5_000) {
                flush(dsl, batch);
            }
        }
        flush(dsl, batch);
    }

    private static void flush(DSLContext dsl, List<Query> batch) {
        dsl.transaction(cfg -> DSL.using(cfg).batch(batch).execute());
        batch.clear();
    }
}
