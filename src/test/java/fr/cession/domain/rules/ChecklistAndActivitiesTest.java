package fr.cession.domain.rules;

import fr.cession.domain.activity.Activity;
import fr.cession.domain.activity.ActivityState;
import fr.cession.domain.activity.ChecklistItem;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.row.RowMeta;
import fr.cession.domain.user.Role;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static fr.cession.domain.rules.TestOrders.ORDER_ID;
import static fr.cession.domain.rules.TestOrders.at;
import static org.assertj.core.api.Assertions.assertThat;

class ChecklistAndActivitiesTest {

    private final Activity planning = new Activity(UUID.randomUUID(), ORDER_ID, "INSPECTEUR_DRIIVEME",
            "Inspecteur ou driiveme planifier B2C", Role.COMMERCIAL, null, at("2026-04-09T18:00"),
            ActivityState.OUVERTE, null, null, null, RowMeta.NEW);
    private final ChecklistItem accreditation = new ChecklistItem(UUID.randomUUID(), planning.id(), ORDER_ID,
            "accreditation_inspecteur", "Vérifier l'accréditation de l'inspecteur (chèque)", "004:33", 1, false,
            null, null, RowMeta.NEW);
    private final OrderFile chq = TestOrders.file(TestOrders.order(PaymentMethod.CHQ))
            .withActivity(planning).withItem(accreditation);

    // 004:33 "Si CHQ, vérifier l'accréditation de l'inspecteur"
    @Test
    void si_chq_verifier_l_accreditation_de_l_inspecteur() {
        var rule = new ChecklistLinesTicked();
        assertThat(rule.check(chq, List.of("accreditation_inspecteur"))).singleElement().satisfies(v -> {
            assertThat(v.message()).isEqualTo("Ligne non cochée : « Vérifier l'accréditation de l'inspecteur (chèque) »");
            assertThat(v.seedRef()).isEqualTo("004:33");
        });
        OrderFile ticked = chq.withItem(accreditation.tick("jdupont", at("2026-04-09T10:00")));
        assertThat(rule.check(ticked, List.of("accreditation_inspecteur"))).isEmpty();
    }

    // 004:34 "Si livraison mise en place du DRIIVEME": a line the order does not hold (a hand-over on site) passes
    @Test
    void a_required_line_the_order_does_not_hold_passes() {
        assertThat(new ChecklistLinesTicked().check(chq, List.of("driiveme_prise_en_charge"))).isEmpty();
    }

    @Test
    void lines_of_a_cancelled_activity_do_not_count() {
        OrderFile cancelled = chq.withActivity(planning.cancelled());
        assertThat(new ChecklistLinesTicked().check(cancelled, List.of("accreditation_inspecteur"))).isEmpty();
    }

    // 004:58 "Après la vente deux activité “ Passage du VH en vendu et P2P B2C” et “Check des documents de cession signer B2C”"
    @Test
    void activites_terminees_avant_cloture() {
        var rule = new ActivitiesFinished();
        assertThat(rule.check(chq, at("2026-04-20T10:00"))).extracting(RuleViolation::message)
                .containsExactly("Activité non terminée : « Inspecteur ou driiveme planifier B2C »");
        assertThat(rule.check(chq.withActivity(planning.done("jdupont", at("2026-04-09T10:00"))),
                at("2026-04-20T10:00"))).isEmpty();
    }
}
