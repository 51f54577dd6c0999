package fr.cession.domain.playbook;

import fr.cession.domain.order.PaymentMethod;
import org.junit.jupiter.api.Test;

import java.util.List;

import static fr.cession.domain.playbook.TestOrders.CALENDAR;
import static fr.cession.domain.playbook.TestOrders.order;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a {@code si:} block combines its conditions. Every block of the real playbook names a single
 * condition, so only a file written for the purpose tells AND from OR.
 */
class ConditionsTest {

    private static final String PLAYBOOK = """
            fuseau: Europe/Paris
            activites:
              - code: a1
                titre: "Réservation"
                pour: commercial
                declencheurs:
                  - evenement: creation
                echeance: {depuis: reservation, jours: 1, ouvres: oui, heure: "18:00"}
                lignes:
                  - code: toujours
                    texte: "Sans condition"
                    source: "004:5"
                  - code: cheque_et_livraison
                    texte: "Chèque livré"
                    source: "004:33"
                    si: {paiement: [CHQ], remise: [livraison]}
                  - code: cheque_ou_credit
                    texte: "Chèque ou crédit"
                    source: "004:8"
                    si: {paiement: [CHQ, CRD]}
            """;

    private final LoadedPlaybook playbook = new PlaybookLoader(CALENDAR).load("playbook-b2c.yaml", PLAYBOOK);

    @Test
    void everyConditionOfABlockMustHold() {
        assertThat(lines(order().payment(PaymentMethod.CHQ).delivery())).contains("cheque_et_livraison");
        // One condition out of two is not enough: a block is an AND of its conditions.
        assertThat(lines(order().payment(PaymentMethod.CHQ))).doesNotContain("cheque_et_livraison");
        assertThat(lines(order().payment(PaymentMethod.VIR).delivery())).doesNotContain("cheque_et_livraison");
    }

    @Test
    void severalValuesOfOneConditionAreAlternatives() {
        assertThat(lines(order().payment(PaymentMethod.CHQ))).contains("toujours", "cheque_ou_credit");
        assertThat(lines(order().payment(PaymentMethod.CRD))).contains("cheque_ou_credit");
        assertThat(lines(order().payment(PaymentMethod.VIR))).containsExactly("toujours");
    }

    private List<String> lines(TestOrders.Builder b) {
        List<PlannedActivity> planned = playbook.plan(b.file(), new WorkflowEvent.Created());
        assertThat(planned).hasSize(1);
        return planned.get(0).lines().stream().map(PlannedLine::code).toList();
    }
}
