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

    // 003:9: the address changed after the funds arrived is read from the order's history
    @Test
    void theLastAddressChangeComesFromTheHistoryAndTheLedgerColumnsRoundTrip() {
        try (LocalDatabase db = LocalDatabase.open(TestDatabases.folder().resolve("adresse-" + UUID.randomUUID()))) {
            JooqOrderFileRepository repo = new JooqOrderFileRepository(db.dsl(), UUID::randomUUID);
            OrderFile created = save(repo, anOrderFile().withNumber("LYON-2026-0010").build());
            JooqSharedContacts shared = new JooqSharedContacts(db.dsl());
            assertThat(shared.lastAddressChange(created.orderId())).as("creation is no change").isEmpty();

            fr.cession.domain.payment.Payment fee = created.payments().get(0);
            OrderFile moved = created.withOrder(created.order().withCustomer(customerAt(created, "9 rue Neuve 13001 Marseille")))
                    .withPayment(fee.recordedBy("jdupont").withPayerName("Kevin Martin")
                            .released(java.time.Instant.parse("2026-04-03T08:00:00Z"), "mgr"));
            java.time.Instant later = java.time.Instant.parse("2026-04-02T08:00:00Z");
            repo.save(created, moved, Actors.commercial("LYON"), later);

            assertThat(shared.lastAddressChange(created.orderId())).contains(later);
            fr.cession.domain.payment.Payment read = repo.load(created.orderId()).orElseThrow().payments().get(0);
            assertThat(read.recordedBy()).isEqualTo("jdupont");
            assertThat(read.payerName()).isEqualTo("Kevin Martin");
            assertThat(read.releasedBy()).isEqualTo("mgr");
            assertThat(read.releasedAt()).isEqualTo(java.time.Instant.parse("2026-04-03T08:00:00Z"));
        }
    }

    private static fr.cession.domain.order.Customer customerAt(OrderFile file, String address) {
        var c = file.order().customer();
        return new fr.cession.domain.order.Customer(c.kind(), c.firstName(), c.lastName(), c.companyName(),
                c.companySiren(), c.email(), c.phone(), address, c.cgHolding(), c.coHolderName(), c.collectorName());
    }

    private static OrderFile save(JooqOrderFileRepository repo, OrderFile file) {
        return repo.save(null, file, Actors.commercial("LYON"), java.time.Instant.parse("2026-04-01T08:00:00Z"));
    }
}
