package fr.cession.domain.workflow;

import fr.cession.domain.account.AccountMember;
import fr.cession.domain.account.CustomerAccount;
import fr.cession.domain.account.CustomerAccountKind;
import fr.cession.domain.account.CustomerAccountSettings;
import fr.cession.domain.account.InMemoryCustomerAccounts;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.HandoverMode;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.payment.PaymentKind;
import fr.cession.domain.rules.CustomerAccountRules;
import fr.cession.domain.rules.RuleViolationException;
import fr.cession.domain.rules.TestOrders;
import fr.cession.domain.validation.ValidationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static fr.cession.domain.rules.TestOrders.at;
import static fr.cession.domain.workflow.WorkflowFixture.COMMERCIAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Seed 000 (main account and buyer sub-accounts: the main account pays, requires a 15 % deposit
 * « qu'après réception de cet acompte », charges a commission) and 004:13 « Permis de la personne
 * qui récupère le VO » (a company's authorised collectors).
 */
class CustomerAccountWorkflowTest {

    private final WorkflowFixture f = new WorkflowFixture();
    private final InMemoryCustomerAccounts register = new InMemoryCustomerAccounts();
    private final AtomicLong next = new AtomicLong(5000);
    private final CustomerAccountDesk desk = new CustomerAccountDesk(register, CustomerAccountSettings.SEED_000,
            () -> new UUID(1, next.incrementAndGet()));
    private final CustomerAccountCommands commands = new CustomerAccountCommands(f.repo, new FakePlaybook(), f.clock,
            () -> new UUID(2, next.incrementAndGet()), register);

    private OrderFile placed(CustomerAccount account, AccountMember through, PaymentMethod method,
                             fr.cession.domain.order.Customer customer) {
        return f.create(CustomerAccountCommands.placedFor(TestOrders.order(method, customer, HandoverMode.CESSION),
                account, through == null ? null : through.id()));
    }

    // 000: « Nos plus grands clients … demandent à leur client de payer un acompte de 15% … qu'après réception de cet acompte »
    @Test
    void an_order_through_a_sub_account_carries_both_and_waits_for_the_deposit_before_leaving_reservee() {
        CustomerAccount broker = desk.create(CustomerAccountKind.PROFESSIONNEL, "Garage Lenoir", "552100554",
                "compta@lenoir.fr", null, new BigDecimal("350"));
        assertThat(broker.depositPercent()).as("000's 15 %% by default").isEqualTo(15);
        broker = desk.addMember(broker.id(), "Sophie Klein", null, "06 11 22 33 44", "sophie@klein.fr");
        AccountMember sophie = broker.activeMembers().get(0);

        OrderFile file = placed(broker, sophie, PaymentMethod.VIR, TestOrders.person());
        assertThat(file.order().account().accountId()).isEqualTo(broker.id());
        assertThat(file.order().account().subAccountId()).isEqualTo(sophie.id());
        assertThat(file.order().account().subAccountName()).isEqualTo("Sophie Klein");
        assertThat(file.order().account().commissionCents()).as("000: « Des commissions », recorded on the order")
                .isEqualTo(35_000);

        f.workflow.recordPayment(f.id(), PaymentKind.FRAIS_RESERVATION, PaymentMethod.VIR, new BigDecimal("500"),
                null, at("2026-04-01T09:00"), null, COMMERCIAL);
        // 15 % of 15 000 € is 2 250 €; 500 € received
        assertThatThrownBy(() -> f.workflow.advance(f.id(), COMMERCIAL))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("Acompte du compte « Garage Lenoir » : 15 % du prix, soit 2 250,00 €")
                .hasMessageContaining("reçu : 500,00 €");
        assertThat(f.file().order().status()).isEqualTo(OrderStatus.RESERVEE);

        // announced is not received: still refused
        f.workflow.recordPayment(f.id(), PaymentKind.APPORT, PaymentMethod.VIR, new BigDecimal("1750"),
                at("2026-04-01T09:10"), null, null, COMMERCIAL);
        assertThat(f.workflow.check(f.id())).extracting(v -> v.code()).contains("acompte_compte");
        var deposit = f.file().payments().stream().filter(p -> p.kind() == PaymentKind.APPORT).findFirst()
                .orElseThrow();
        f.workflow.confirmPaymentReceived(f.id(), deposit.id(), at("2026-04-01T09:30"), COMMERCIAL);

        assertThat(f.workflow.advance(f.id(), COMMERCIAL).order().status()).isEqualTo(OrderStatus.DESTOCKAGE);
    }

    @Test
    void an_account_without_a_deposit_lets_the_order_go_on() {
        CustomerAccount broker = desk.create(CustomerAccountKind.PROFESSIONNEL, "Auto Courtage", null, null, 0, null);
        placed(broker, null, PaymentMethod.VIR, TestOrders.person());
        assertThat(f.workflow.advance(f.id(), COMMERCIAL).order().status()).isEqualTo(OrderStatus.DESTOCKAGE);
    }

    // 004:13 « Si pro : … Permis de la personne qui récupère le vo »; seed 000: the company is the account holder
    @Test
    void the_hand_over_to_someone_off_the_companys_list_is_refused_and_to_a_listed_person_recorded() {
        CustomerAccount company = desk.create(CustomerAccountKind.SOCIETE, "Transports Durand", "443061841",
                "compta@durand.fr", 0, null);
        company = desk.addMember(company.id(), "Luc Bernard", "12AB34567", null, null);
        OrderFile file = placed(company, null, PaymentMethod.VIR, TestOrders.company());
        assertThat(CustomerAccountRules.check(file, OrderStatus.VENDUE)).extracting(v -> v.message())
                .containsExactly("Remise : la personne qui récupère le véhicule pour la société « Transports Durand »"
                        + " n'est pas enregistrée (Remise du véhicule)");

        assertThatThrownBy(() -> commands.recordCollector(f.id(), "Marc Inconnu", COMMERCIAL))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("Remise refusée : « Marc Inconnu » n'est pas sur la liste des personnes autorisées"
                        + " par la société « Transports Durand »");
        assertThat(f.file().order().account().collectorId()).isNull();

        OrderFile handed = commands.recordCollector(f.id(), "luc  BERNARD", COMMERCIAL);
        assertThat(handed.order().customer().collectorName()).isEqualTo("Luc Bernard");
        assertThat(handed.order().account().collectorId()).isEqualTo(company.activeMembers().get(0).id());
        assertThat(CustomerAccountRules.check(handed, OrderStatus.VENDUE)).isEmpty();
    }

    @Test
    void a_disabled_collector_is_no_longer_on_the_list() {
        CustomerAccount company = desk.create(CustomerAccountKind.SOCIETE, "Transports Durand", null, null, 0, null);
        company = desk.addMember(company.id(), "Luc Bernard", "12AB34567", null, null);
        desk.disableMember(company.id(), company.members().get(0).id());
        placed(register.find(company.id()).orElseThrow(), null, PaymentMethod.VIR, TestOrders.company());
        assertThatThrownBy(() -> commands.recordCollector(f.id(), "Luc Bernard", COMMERCIAL))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("« Luc Bernard »");
    }

    @Test
    void bad_input_is_refused_whole_each_field_with_its_reason() {
        assertThatThrownBy(() -> desk.create(CustomerAccountKind.SOCIETE, " ", null, null, 120,
                new BigDecimal("-5")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(x -> x.message()).containsExactlyInAnyOrder("Nom du compte : obligatoire",
                                "Acompte : un pourcentage de 0 à 100 est attendu (reçu 120)",
                                "Commission : un montant positif en euros, au centime près, est attendu (reçu -5)"));
        assertThat(register.all()).isEmpty();
        CustomerAccount company = desk.create(CustomerAccountKind.SOCIETE, "Transports Durand", null, null, null, null);
        assertThatThrownBy(() -> desk.addMember(company.id(), "Luc Bernard", null, null, "pas-un-mail"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(x -> x.field()).containsExactlyInAnyOrder("member.idNumber", "member.email"));
        assertThatThrownBy(() -> desk.create(CustomerAccountKind.PROFESSIONNEL, "transports durand", null, null,
                null, null)).hasMessageContaining("un compte porte déjà ce nom");
    }
}
