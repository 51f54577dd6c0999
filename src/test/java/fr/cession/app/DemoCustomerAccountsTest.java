package fr.cession.app;

import fr.cession.domain.account.CustomerAccount;
import fr.cession.domain.account.CustomerAccountSettings;
import fr.cession.domain.account.InMemoryCustomerAccounts;
import fr.cession.domain.demo.DemoDataGenerator;
import fr.cession.domain.demo.DemoRequest;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.playbook.Playbook;
import fr.cession.domain.playbook.PlaybookLoader;
import fr.cession.domain.rules.CustomerAccountRules;
import fr.cession.domain.time.FrenchCalendar;
import fr.cession.domain.workflow.CustomerAccountDesk;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's company buyers become customer accounts whose collectors the hand-over rule knows (000, 004:13). */
class DemoCustomerAccountsTest {

    @Test
    void companyOrdersArePlacedForTheirCompanysAccountAndSoldOnesRecordAListedCollector() {
        FrenchCalendar calendar = new FrenchCalendar();
        Playbook playbook = new PlaybookLoader(calendar).load(Path.of("config/playbook-b2c.yaml"));
        InMemoryCustomerAccounts register = new InMemoryCustomerAccounts();
        DemoCustomerAccounts demo = new DemoCustomerAccounts(
                new CustomerAccountDesk(register, CustomerAccountSettings.SEED_000, UUID::randomUUID));
        List<OrderFile> files = new DemoDataGenerator(playbook, calendar,
                Clock.fixed(Instant.parse("2026-03-12T10:00:00Z"), ZoneId.of("Europe/Paris")))
                .generate(new DemoRequest(2024, 400, "PARIS", List.of("c.martin"))).stream().map(demo::link).toList();

        List<OrderFile> companies = files.stream().filter(f -> f.order().customer().isCompany()).toList();
        assertThat(companies).isNotEmpty().allSatisfy(f -> assertThat(f.order().account().company()).isTrue());
        assertThat(files.stream().filter(f -> !f.order().customer().isCompany()))
                .allSatisfy(f -> assertThat(f.order().account().present()).isFalse());
        assertThat(register.all()).isNotEmpty().allSatisfy(a -> assertThat(a.depositPercent()).isZero());
        for (OrderFile f : companies) {
            CustomerAccount account = register.find(f.order().account().accountId()).orElseThrow();
            assertThat(account.name()).isEqualTo(f.order().customer().companyName());
            OrderStatus s = f.order().status();
            if (s == OrderStatus.VENDUE || s == OrderStatus.CLOTUREE) {
                assertThat(CustomerAccountRules.collector(f)).as("a sold company order names who collected").isEmpty();
            }
            if (f.order().account().collectorId() != null) {
                assertThat(account.member(f.order().account().collectorId())).get()
                        .satisfies(m -> assertThat(m.name()).isEqualTo(f.order().customer().collectorName()));
            }
        }
    }
}
