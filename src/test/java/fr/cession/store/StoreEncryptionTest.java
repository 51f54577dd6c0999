package fr.cession.store;

import fr.cession.domain.dossier.OrderFile;
import fr.cession.store.dossier.JooqOrderFileRepository;
import fr.cession.testdata.Actors;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;

import static fr.cession.store.schema.Tables.ORDER_DOCUMENT;
import static fr.cession.store.schema.Tables.SALES_ORDER;
import static fr.cession.testdata.OrderFileBuilder.anOrderFile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The local store on disk says nothing about customers without the person's key. */
class StoreEncryptionTest {

    private static final String NAME = "Quintavalle";
    private static final String EMAIL = "zoe.quintavalle@exemple.fr";
    private static final String IBAN = "FR7630006000011234567890189";
    private static final String ID_NUMBER = "X4RTBPFW4";

    private final Path folder = TestDatabases.folder().resolve("chiffrement-" + UUID.randomUUID());
    private final Path file = folder.resolve("cession.mv.db");
    private final byte[] salt = StoreKey.newSalt();

    @Test
    void aClearStoreShowsItsCustomersToAnyoneWhoReadsTheFile() throws IOException {
        try (LocalDatabase db = LocalDatabase.open(file)) {
            writeCustomer(db);
        }
        // what the encrypted store must not show: this proves the search below can find it
        assertThat(bytesOfFolder()).contains(NAME, EMAIL, IBAN, ID_NUMBER);
    }

    @Test
    void anEncryptedStoreShowsNoNameEmailIbanNorIdNumberAndReopensWithItsKey() throws IOException {
        StoreKey key = StoreKey.derive("mot-de-passe-alice".toCharArray(), salt);
        UUID order;
        try (LocalDatabase db = LocalDatabase.open(file, key)) {
            order = writeCustomer(db);
        }

        assertThat(bytesOfFolder()).doesNotContain(NAME, EMAIL, IBAN, ID_NUMBER);
        try (LocalDatabase db = LocalDatabase.open(file, StoreKey.derive("mot-de-passe-alice".toCharArray(), salt))) {
            assertThat(db.dsl().fetchValue(SALES_ORDER.CUSTOMER_EMAIL, SALES_ORDER.ID.eq(order))).isEqualTo(EMAIL);
        }
    }

    @Test
    void anotherPasswordOrNoKeyOpensNothing() {
        LocalDatabase.open(file, StoreKey.derive("mot-de-passe-alice".toCharArray(), salt)).close();

        assertThatThrownBy(() -> LocalDatabase.open(file, StoreKey.derive("mot-de-passe-bruno".toCharArray(), salt)))
                .isInstanceOf(LocalDatabaseException.class)
                .hasMessageContaining("ne s'ouvre pas avec cette clé");
        assertThatThrownBy(() -> LocalDatabase.open(file)).isInstanceOf(LocalDatabaseException.class);
    }

    @Test
    void aStoreWrittenInClearIsEncryptedInPlaceAtItsFirstOpeningWithAKey() throws IOException {
        UUID order;
        try (LocalDatabase db = LocalDatabase.open(file)) {
            order = writeCustomer(db);
        }
        StoreKey key = StoreKey.derive("mot-de-passe-alice".toCharArray(), salt);

        try (LocalDatabase db = LocalDatabase.open(file, key)) {
            assertThat(db.dsl().fetchValue(SALES_ORDER.CUSTOMER_LAST_NAME, SALES_ORDER.ID.eq(order))).isEqualTo(NAME);
        }
        assertThat(bytesOfFolder()).doesNotContain(NAME, EMAIL, IBAN, ID_NUMBER);
    }

    @Test
    void theKeyNeverShowsInText() {
        assertThat(StoreKey.derive("secret".toCharArray(), salt).toString()).doesNotContain("secret").isEqualTo("StoreKey[***]");
        assertThatThrownBy(() -> StoreKey.derive(new char[0], salt)).hasMessageContaining("Mot de passe vide");
    }

    private static UUID writeCustomer(LocalDatabase db) {
        JooqOrderFileRepository repo = new JooqOrderFileRepository(db.dsl(), UUID::randomUUID);
        OrderFile saved = repo.save(null, anOrderFile().withCustomerLastName(NAME).withActivities(1, 1).build(),
                Actors.commercial("LYON"), Instant.parse("2026-03-02T08:00:00Z"));
        db.dsl().transaction(cfg -> {
            cfg.dsl().update(SALES_ORDER).set(SALES_ORDER.CUSTOMER_EMAIL, EMAIL).where(SALES_ORDER.ID.eq(saved.orderId())).execute();
            for (String[] doc : new String[][] {{"RIB", IBAN}, {"CNI", ID_NUMBER}}) {
                cfg.dsl().insertInto(ORDER_DOCUMENT).set(ORDER_DOCUMENT.ID, UUID.randomUUID())
                        .set(ORDER_DOCUMENT.ORDER_ID, saved.orderId()).set(ORDER_DOCUMENT.DOC_TYPE, doc[0])
                        .set(ORDER_DOCUMENT.STATUS, "RECU").set(ORDER_DOCUMENT.REFERENCE, doc[1])
                        .set(ORDER_DOCUMENT.VERSION, 1L).set(ORDER_DOCUMENT.MODIFIED_AT, java.time.OffsetDateTime.now())
                        .set(ORDER_DOCUMENT.MODIFIED_BY, "alice").set(ORDER_DOCUMENT.MODIFIED_SITE, "LYON").execute();
            }
        });
        return saved.orderId();
    }

    /** Every file H2 left in the store's folder (data, trace, lock), as text. */
    private String bytesOfFolder() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                all.append(new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
            }
        }
        // UTF-8 text read byte for byte: the ASCII strings searched for appear as they are
        return all.toString();
    }
}
