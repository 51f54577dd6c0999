package fr.cession.app;

import fr.cession.domain.account.AccountLink;
import fr.cession.domain.account.AccountMember;
import fr.cession.domain.account.CustomerAccount;
import fr.cession.domain.account.CustomerAccountKind;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.Customer;
import fr.cession.domain.order.Order;
import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.workflow.CustomerAccountDesk;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The demo's company buyers as customer accounts (seed 000, 004:13), so a person trying the desktop
 * finds the accounts screen filled and the hand-over rule at work: each company is an account whose
 * authorised collectors are its representative and the person the order names to collect. Orders
 * already sold record who collected; those still before the sale leave it to the hand-over form,
 * which refuses anyone off the list.
 */
final class DemoCustomerAccounts {

    private final CustomerAccountDesk desk;
    private final Map<String, CustomerAccount> byCompany = new HashMap<>();

    DemoCustomerAccounts(CustomerAccountDesk desk) {
        this.desk = desk;
    }

    /** The order, placed for its company's account when its buyer is a company; any other order as it is. */
    OrderFile link(OrderFile file) {
        Order order = file.order();
        Customer c = order.customer();
        if (!c.isCompany() || c.companyName() == null || c.companyName().isBlank()) {
            return file;
        }
        CustomerAccount account = byCompany.computeIfAbsent(c.companyName().toLowerCase(Locale.ROOT), k -> open(c));
        account = withPerson(account, representative(c));
        if (c.collectorName() != null) {
            account = withPerson(account, c.collectorName());
        }
        byCompany.put(c.companyName().toLowerCase(Locale.ROOT), account);
        AccountLink link = AccountLink.of(account, null);
        boolean sold = order.status() == OrderStatus.VENDUE || order.status() == OrderStatus.CLOTUREE;
        String collector = c.collectorName() != null ? c.collectorName() : sold ? representative(c) : null;
        if (collector != null) {
            link = link.withCollector(account.activeMemberNamed(collector).map(AccountMember::id).orElseThrow());
            order = order.withCustomer(withCollector(c, collector));
        }
        return file.withOrder(order.withAccount(link));
    }

    private CustomerAccount open(Customer c) {
        // a company's own terms: no deposit nor commission (those are a professional partner's, 000)
        return desk.create(CustomerAccountKind.SOCIETE, c.companyName(), c.companySiren(), c.email(), 0, null);
    }

    private CustomerAccount withPerson(CustomerAccount account, String name) {
        if (account.activeMemberNamed(name).isPresent()) {
            return account;
        }
        return desk.addMember(account.id(), name, licence(name), null, null);
    }

    private static String representative(Customer c) {
        return c.firstName() + " " + c.lastName();
    }

    /** A driving licence number of the French shape (two digits, two letters, eight digits), stable per name. */
    private static String licence(String name) {
        int h = Math.abs(name.hashCode() % 100_000_000);
        char a = (char) ('A' + Math.abs(name.hashCode() / 7 % 26));
        char b = (char) ('A' + Math.abs(name.hashCode() / 13 % 26));
        return String.format(Locale.ROOT, "%02d%c%c%08d", Math.abs(name.hashCode() % 100), a, b, h);
    }

    private static Customer withCollector(Customer c, String collector) {
        return new Customer(c.kind(), c.firstName(), c.lastName(), c.companyName(), c.companySiren(), c.email(),
                c.phone(), c.address(), c.cgHolding(), c.coHolderName(), collector);
    }
}
