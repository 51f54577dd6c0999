package fr.cession.store.dossier;

import fr.cession.domain.dossier.OrderFile;
import fr.cession.store.LocalDatabase;
import fr.cession.store.TestDatabases;
import fr.cession.testdata.Actors;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static fr.cession.testdata.OrderFileBuilder.anOrderFile;
import static org.assertj.core.api.Assertions.assertThat;

/** 003:9's shared-contact flag: the same phone or e-mail on another order, under another name. */
class JooqSharedContactsTest {

    @Test
    void anotherNameWithTheSamePhoneIsFoundTheSameBuyerAgainIsNot() {
        try (LocalDatabase db = LocalDatabase.open(TestDatabases.folder().resolve("partage-" + UUID.randomUUID()))) {
            JooqOrderFileRepository repo = new JooqOrderFileRepository(db.dsl(), UUID::randomUUID);
            OrderFile durand = save(repo, anOrderFile().withNumber("LYON-2026-0001").withCustomerLastName("Durand")
                    .phone("+33612345678").build());
            save(repo, anOrderFile().withNumber("LYON-2026-0002").withCustomerLastName("Durand").phone("+33612345678")
                    .build());
            save(repo, anOrderFile().withNumber("LYON-2026-0003").withCustomerLastName("Moreau").phone("+33612345678")
                    .build());
            save(repo, anOrderFile().withNumber("LYON-2026-0004").withCustomerLastName("Petit").phone("+33699999999")
                    .build());

            JooqSharedContacts shared = new JooqSharedContacts(db.dsl());
            // the builder's e-mail is the same on every order: Moreau and Petit share it, Durand's second order is Durand
            assertThat(shared.otherNamesSameContact(durand.order())).containsExactly("LYON-2026-0003", "LYON-2026-0004");
        }
    }

    private static OrderFile save(JooqOrderFileRepository repo, OrderFile file) {
        return repo.save(null, file, Actors.commercial("LYON"), java.time.Instant.parse("2026-04-01T08:00:00Z"));
    }
}
