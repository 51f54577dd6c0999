package fr.cession.ui.dialog;

import fr.cession.domain.document.DocumentStatus;
import fr.cession.domain.document.DocumentType;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.Order;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.order.Vehicle;
import fr.cession.domain.playbook.PlaybookLoader;
import fr.cession.domain.rules.RuleViolation;
import fr.cession.domain.rules.RuleViolationException;
import fr.cession.domain.rules.TestOrders;
import fr.cession.domain.rules.TransitionCheck;
import fr.cession.domain.time.FrenchCalendar;
import fr.cession.domain.validation.OrderValidator;
import fr.cession.domain.validation.ValidationException;
import fr.cession.ui.i18n.Messages;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The domain's refusals said in the interface language, with the French text still the domain's default. */
class RefusalsLanguageTest {

    private final TransitionCheck check = new TransitionCheck(
            new PlaybookLoader(new FrenchCalendar()).load(Path.of("config/playbook-b2c.yaml")));
    private final Refusals english = new Refusals(new Messages(Locale.UK), TestOrders.PARIS);
    private final Refusals french = new Refusals(new Messages(Locale.FRANCE), TestOrders.PARIS);

    /** An organised order of a 6-year-old vehicle whose CT report is listed, not received yet. */
    private List<RuleViolation> organisedWithoutCt() {
        Order o = TestOrders.withVehicle(TestOrders.order(PaymentMethod.VIR), TestOrders.vehicle(LocalDate.of(2020, 3, 1)))
                .withHandoverAt(LocalDateTime.parse("2026-04-14T10:00")).withStatus(OrderStatus.ORGANISEE);
        OrderFile f = TestOrders.file(o)
                .withDocument(TestOrders.document(DocumentType.RAPPORT_CT, DocumentStatus.MANQUANT, null));
        return check.check(f, OrderStatus.PAIEMENT_VERIFIE, TestOrders.at("2026-04-09T10:00"));
    }

    // 004:42 "CT reçu et mis dans le BO ou validation du passage de CT dans le pipe par l'ADV"
    @Test
    void inEnglishTheCtRefusalIsEnglishAndSaysWhatToDo() {
        RuleViolationException refused = new RuleViolationException(organisedWithoutCt());
        assertThat(english.say(refused)).contains("Roadworthiness test: report not received (vehicle over 4 years old)"
                + " — mark the roadworthiness test report received in Documents, or have it validated by sales"
                + " administration (ADV) (004:42)");
        assertThat(english.say(refused)).doesNotContain("procès-verbal");
        // the command line and the logs keep the domain's French
        assertThat(Refusals.message(refused)).contains("CT : procès-verbal non reçu (véhicule de plus de 4 ans)");
    }

    @Test
    void inFrenchTheBundleSaysWhatTheDomainSays() {
        RuleViolation ct = organisedWithoutCt().stream().filter(v -> v.code().equals("ct_valide")).findFirst()
                .orElseThrow();
        assertThat(french.text(ct)).isEqualTo(ct.message());
        for (RuleViolation v : organisedWithoutCt()) {
            assertThat(v.key()).as(v.message()).isNotNull();
        }
    }

    @Test
    void fieldErrorsNameTheFieldInTheInterfaceLanguage() {
        Order draft = TestOrders.order(PaymentMethod.VIR);
        Order bad = TestOrders.withVehicle(draft, new Vehicle("VF1", "AB123", "Renault", "Clio",
                LocalDate.of(2020, 3, 1), null, null, null, draft.vehicle().price(), false, null));
        ValidationException e = new ValidationException(new OrderValidator().validate(bad));
        assertThat(english.say(e)).contains("VIN: \"VF1\" — 17 characters expected, 3 typed")
                .contains("Registration plate: \"AB123\" — expected format AA-123-AA");
        assertThat(french.say(e)).isEqualTo(Refusals.message(e));
    }
}
