package fr.cession.domain.workflow;

import fr.cession.domain.activity.Activity;
import fr.cession.domain.activity.ActivityState;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.CancellationCase;
import fr.cession.domain.order.Customer;
import fr.cession.domain.order.CustomerKind;
import fr.cession.domain.order.HandoverMode;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.order.Vehicle;
import fr.cession.domain.playbook.PlaybookLoader;
import fr.cession.domain.rules.RuleViolation;
import fr.cession.domain.rules.RuleViolationException;
import fr.cession.domain.rules.TestOrders;
import fr.cession.domain.time.FrenchCalendar;
import fr.cession.domain.user.Role;
import fr.cession.domain.validation.FieldError;
import fr.cession.domain.validation.ValidationException;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;

import static fr.cession.domain.rules.TestOrders.at;
import static fr.cession.domain.workflow.WorkflowFixture.COMMERCIAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Corrections after creation: buyer, vehicle, hand-over, advisor, activities added or moved by hand. */
class OrderCorrectionsTest {

    private final WorkflowFixture f = new WorkflowFixture(
            new PlaybookLoader(new FrenchCalendar()).load(Path.of("config/playbook-b2c.yaml")));

    private OrderFile created() {
        return f.create(TestOrders.order(PaymentMethod.VIR));
    }

    private static ValidationException refusal(ThrowableAssertRunnable r) {
        try {
            r.run();
        } catch (ValidationException e) {
            return e;
        }
        throw new AssertionError("refus attendu");
    }

    @FunctionalInterface
    private interface ThrowableAssertRunnable {
        void run();
    }

    @Test
    void theBuyerIsCorrectedWithTheCreationChecksAndOneSave() {
        created();
        Customer c = f.file().order().customer();
        Customer bad = new Customer(c.kind(), c.firstName(), " ", null, null, "camille@", c.phone(), c.address(),
                c.cgHolding(), null, null);
        ValidationException e = refusal(() -> f.workflow.edits().editCustomer(f.id(), bad, COMMERCIAL));
        assertThat(e.errors()).extracting(FieldError::field).containsExactlyInAnyOrder("customer.lastName",
                "customer.email");
        assertThat(e.errors()).extracting(FieldError::message).contains("Nom : obligatoire");
        long saves = f.repo.saves.size();

        Customer good = new Customer(c.kind(), c.firstName(), "Martin-Roux", null, null, " Camille.Roux@Example.fr ",
                c.phone(), c.address(), c.cgHolding(), null, null);
        OrderFile saved = f.workflow.edits().editCustomer(f.id(), good, COMMERCIAL);
        assertThat(saved.order().customer().lastName()).isEqualTo("Martin-Roux");
        assertThat(saved.order().customer().email()).isEqualTo("camille.roux@example.fr");
        assertThat((long) f.repo.saves.size()).isEqualTo(saves + 1);
        // the same values again change nothing
        f.workflow.edits().editCustomer(f.id(), good, COMMERCIAL);
        assertThat(f.file().order().meta().version()).isEqualTo(saved.order().meta().version());
    }

    @Test
    void theVehicleIsCorrectedAndABadVinIsRefusedNamingIt() {
        created();
        Vehicle v = f.file().order().vehicle();
        Vehicle badVin = new Vehicle("123", v.plate(), v.make(), v.model(), v.firstRegistration(), v.lastCt(),
                v.lastService(), v.mileageKm(), v.price(), v.imported(), v.partnerSeller());
        assertThat(refusal(() -> f.workflow.edits().editVehicle(f.id(), badVin, COMMERCIAL)).errors())
                .extracting(FieldError::field).containsExactly("vehicle.vin");
        Vehicle older = new Vehicle(v.vin(), "ab-987-cd", v.make(), v.model(), LocalDate.of(2019, 1, 10), v.lastCt(),
                v.lastService(), v.mileageKm(), v.price(), v.imported(), v.partnerSeller());
        OrderFile saved = f.workflow.edits().editVehicle(f.id(), older, COMMERCIAL);
        assertThat(saved.order().vehicle().plate()).isEqualTo("AB-987-CD");
        assertThat(saved.order().vehicle().firstRegistration()).isEqualTo(LocalDate.of(2019, 1, 10));
    }

    // 004:26 the date and the mode are fixed once the vehicle is sold
    @Test
    void handoverDateAndModeChangeTogetherUntilTheSaleThenAreRefused() {
        created();
        OrderFile saved = f.workflow.edits().editHandover(f.id(), LocalDateTime.parse("2026-04-14T10:00"),
                HandoverMode.LIVRAISON, COMMERCIAL);
        assertThat(saved.order().handoverAt()).isEqualTo(LocalDateTime.parse("2026-04-14T10:00"));
        assertThat(saved.order().handoverMode()).isEqualTo(HandoverMode.LIVRAISON);

        f.workflow.cancel(f.id(), CancellationCase.FRAIS_RESERVATION_SEULS, "Le client renonce", COMMERCIAL);
        assertThatThrownBy(() -> f.workflow.edits().editHandover(f.id(), LocalDateTime.parse("2026-04-15T10:00"),
                HandoverMode.LIVRAISON, COMMERCIAL))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations())
                        .extracting(RuleViolation::message).first().asString()
                        .isEqualTo("Date de cession : la commande est annulée, la date ne peut plus changer"));
        assertThatThrownBy(() -> f.workflow.edits().editHandover(f.id(), null, HandoverMode.CESSION, COMMERCIAL))
                .hasMessageContaining("Mode de remise : la commande est annulée");
        assertThatThrownBy(() -> f.workflow.edits().editCustomer(f.id(), f.file().order().customer(), COMMERCIAL))
                .hasMessageContaining("Client : la commande est annulée, elle ne se modifie plus");
    }

    @Test
    void anOrderGoesToAnotherAdvisorWithTheOpenCommercialTasks() {
        created();
        assertThat(refusal(() -> f.workflow.edits().reassign(f.id(), "Marc Lefèvre", COMMERCIAL)).errors())
                .extracting(FieldError::message).singleElement().asString()
                .startsWith("Commercial : « Marc Lefèvre » n'est pas un identifiant");
        assertThat(refusal(() -> f.workflow.edits().reassign(f.id(), "jdupont", COMMERCIAL)).errors())
                .extracting(FieldError::message).containsExactly("Commercial : la commande est déjà suivie par « jdupont »");
        OrderFile saved = f.workflow.edits().reassign(f.id(), "mlefevre", COMMERCIAL);
        assertThat(saved.order().advisor()).isEqualTo("mlefevre");
        assertThat(saved.activities()).filteredOn(a -> a.isOpen() && a.role() == Role.COMMERCIAL).isNotEmpty()
                .allSatisfy(a -> assertThat(a.assignee()).isEqualTo("mlefevre"));
    }

    @Test
    void aPersonAddsAnActivityOfTheirOwnOrOfThePlaybook() {
        created();
        assertThat(refusal(() -> f.workflow.addActivity(f.id(), "autre", " ", at("2026-04-02T18:00"), "jdupont",
                COMMERCIAL)).errors()).extracting(FieldError::message)
                .containsExactly("Intitulé : obligatoire pour une activité « Autre »");
        ValidationException e = refusal(() -> f.workflow.addActivity(f.id(), "inconnue", null, at("2026-03-31T18:00"),
                "Jean D", COMMERCIAL));
        assertThat(e.errors()).extracting(FieldError::field).containsExactly("activity.type", "activity.dueAt",
                "activity.assignee");
        assertThat(e.errors()).extracting(FieldError::message).contains("Échéance : date passée");

        OrderFile saved = f.workflow.addActivity(f.id(), "autre", "Rappeler pour l'assurance", at("2026-04-02T18:00"),
                "jdupont", COMMERCIAL);
        Activity mine = saved.activity("autre").orElseThrow();
        assertThat(mine.title()).isEqualTo("Rappeler pour l'assurance");
        assertThat(mine.state()).isEqualTo(ActivityState.OUVERTE);
        assertThat(mine.role()).isEqualTo(Role.COMMERCIAL);
        assertThat(mine.assignee()).isEqualTo("jdupont");
        assertThat(f.workflow.activityKinds()).extracting(k -> k.code()).contains("reservation", "demande_destockage");
    }

    @Test
    void aDueDateMovesOnlyWithAReasonKeptOnTheActivity() {
        OrderFile file = created();
        Activity reservation = file.activity("reservation").orElseThrow();
        ValidationException e = refusal(() -> f.workflow.moveActivityDue(f.id(), reservation.id(),
                at("2026-04-03T18:00"), " ", COMMERCIAL));
        assertThat(e.errors()).extracting(FieldError::message)
                .containsExactly("Motif : obligatoire pour déplacer une échéance");
        OrderFile saved = f.workflow.moveActivityDue(f.id(), reservation.id(), at("2026-04-03T18:00"),
                "Client injoignable avant vendredi", COMMERCIAL);
        Activity moved = saved.activity("reservation").orElseThrow();
        assertThat(moved.dueAt()).isEqualTo(at("2026-04-03T18:00"));
        assertThat(moved.note()).contains("Échéance déplacée du").contains("au 03/04/2026 18:00")
                .contains("par Jeanne Dupont : Client injoignable avant vendredi");
        f.finish("reservation");
        assertThatThrownBy(() -> f.workflow.moveActivityDue(f.id(), reservation.id(), at("2026-04-04T18:00"),
                "encore", COMMERCIAL)).isInstanceOf(RuleViolationException.class).hasMessageContaining("déjà faite");
        assertThat(f.file().order().status()).isEqualTo(OrderStatus.RESERVEE);
    }

    @Test
    void aCompanyBuyerKeepsItsCompanyChecks() {
        created();
        Customer c = f.file().order().customer();
        Customer company = new Customer(CustomerKind.SOCIETE, c.firstName(), c.lastName(), "Transports Durand",
                "123", c.email(), c.phone(), c.address(), c.cgHolding(), null, null);
        assertThat(refusal(() -> f.workflow.edits().editCustomer(f.id(), company, COMMERCIAL)).errors())
                .extracting(FieldError::field).containsExactly("customer.companySiren");
    }
}
