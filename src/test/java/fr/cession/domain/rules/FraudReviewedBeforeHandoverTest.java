package fr.cession.domain.rules;

import fr.cession.domain.approval.ApprovalKind;
import fr.cession.domain.approval.ApprovalRequest;
import fr.cession.domain.approval.ApprovalStatus;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.HandoverMode;
import fr.cession.domain.risk.FraudSettings;
import fr.cession.domain.risk.FraudSignals;
import fr.cession.domain.risk.SharedContacts;
import fr.cession.domain.row.RowMeta;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static fr.cession.testdata.OrderFileBuilder.anOrderFile;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 003:9 "Si vos sonnettes d'alarme sonnent, vous voudrez définir un processus pour traiter de ces
 * pistes": at the threshold, the order waits for a manager's approved review.
 */
class FraudReviewedBeforeHandoverTest {

    private static final Instant NOW = Instant.parse("2026-04-10T10:00:00Z");
    private final FraudReviewedBeforeHandover rule = new FraudReviewedBeforeHandover(new FraudSignals(
            new FraudSettings(60, 40_000, Map.of(), Map.of("LYON", "69")), SharedContacts.NONE));

    private static OrderFile risky() {
        // far (20) + delivered (15) + imported (20) + landline (10) = 65 ≥ 60
        return anOrderFile().address("1 rue X 13001 Marseille").handoverMode(HandoverMode.LIVRAISON)
                .vehicleImported(true).phone("04 78 12 34 56").build();
    }

    private static ApprovalRequest review(OrderFile f, ApprovalStatus status) {
        return new ApprovalRequest(UUID.randomUUID(), f.orderId(), ApprovalKind.REVUE_FRAUDE, status, "c.martin", NOW,
                status == ApprovalStatus.DEMANDEE ? null : "m.bernard", status == ApprovalStatus.DEMANDEE ? null : NOW,
                null, "Appelé le client, pièce d'identité vue en visio", RowMeta.NEW);
    }

    @Test
    void belowTheThresholdNothingWaits() {
        assertThat(rule.check(anOrderFile().vehiclePrice(new BigDecimal("15000")).build(), NOW)).isEmpty();
    }

    @Test
    void atTheThresholdTheOrderWaitsForTheManagersReviewWithTheReasons() {
        assertThat(rule.check(risky(), NOW)).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("revue_fraude");
            assertThat(v.seedRef()).isEqualTo("003:9");
            assertThat(v.message()).startsWith("Signaux de fraude (score 65, seuil 60) : revue du manager")
                    .contains("Acheteur éloigné : adresse dans le 13", "Vente entièrement à distance", "Véhicule importé",
                            "pas un mobile français");
        });
    }

    @Test
    void aPendingOrRefusedReviewIsNotEnoughAnApprovedOneIs() {
        OrderFile f = risky();
        assertThat(rule.check(f.withApproval(review(f, ApprovalStatus.DEMANDEE)), NOW)).hasSize(1);
        assertThat(rule.check(f.withApproval(review(f, ApprovalStatus.REFUSEE)), NOW)).hasSize(1);
        assertThat(rule.check(f.withApproval(review(f, ApprovalStatus.APPROUVEE)), NOW)).isEmpty();
    }
}
