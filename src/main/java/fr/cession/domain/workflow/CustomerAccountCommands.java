package fr.cession.domain.workflow;

import fr.cession.domain.account.AccountLink;
import fr.cession.domain.account.AccountMember;
import fr.cession.domain.account.CustomerAccount;
import fr.cession.domain.account.CustomerAccountRegister;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.dossier.OrderFileRepository;
import fr.cession.domain.order.Customer;
import fr.cession.domain.order.Order;
import fr.cession.domain.playbook.Playbook;
import fr.cession.domain.rules.CustomerAccountRules;
import fr.cession.domain.rules.RuleViolation;
import fr.cession.domain.rules.RuleViolationException;
import fr.cession.domain.user.Actor;
import fr.cession.domain.validation.FieldError;
import fr.cession.domain.validation.ValidationException;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * What an order does with the customer account it is placed for (seed 000, 004:13), each command
 * one change of the order file like every workflow command: placing an order for an account (and
 * the sub-account it comes through), and recording who collects the vehicle at the hand-over.
 */
public final class CustomerAccountCommands {

    private final OrderChanges changes;
    private final CustomerAccountRegister register;

    public CustomerAccountCommands(OrderFileRepository repo, Playbook playbook, Clock clock, Supplier<UUID> ids,
                                   CustomerAccountRegister register) {
        this.changes = new OrderChanges(repo, clock, new RequiredDocuments(playbook, ids));
        this.register = register;
    }

    /**
     * The account an order is placed for, on the account's current terms (deposit, commission);
     * {@code memberId} is the sub-account it comes through, or null. Payment reminders go to the
     * main account from then on.
     */
    public static Order placedFor(Order order, CustomerAccount account, UUID memberId) {
        if (account == null) {
            return order.withAccount(AccountLink.NONE);
        }
        if (!account.active()) {
            throw new ValidationException(new FieldError("account", "Compte « " + account.name() + " » : désactivé"));
        }
        AccountMember member = null;
        if (memberId != null) {
            member = account.member(memberId).filter(AccountMember::active).orElseThrow(() -> new ValidationException(
                    new FieldError("subAccount", "Sous-compte : n'est pas une personne active du compte « "
                            + account.name() + " »")));
        }
        return order.withAccount(AccountLink.of(account, member));
    }

    /** An order already placed goes to an account (or leaves it, with {@code accountId} null). */
    public OrderFile placeFor(UUID orderId, UUID accountId, UUID memberId, Actor actor) {
        CustomerAccount account = accountId == null ? null : account(accountId);
        return changes.change(orderId, actor, (file, now) -> file.withOrder(placedFor(file.order(), account, memberId)));
    }

    /**
     * 004:13 « Permis de la personne qui récupère le VO »: at the hand-over, the person who collects.
     * For a company's account, refused unless that person is on the company's list (an active member);
     * recorded with the member, whose ID or licence number the order file then shows.
     */
    public OrderFile recordCollector(UUID orderId, String collectorName, Actor actor) {
        String name = collectorName == null ? "" : collectorName.strip();
        if (name.isEmpty()) {
            throw new ValidationException(new FieldError("collectorName", "Personne qui récupère le véhicule : obligatoire"));
        }
        return changes.change(orderId, actor, (file, now) -> {
            Order order = file.order();
            AccountLink link = order.account();
            String recorded = name;
            if (link.company()) {
                CustomerAccount account = account(link.accountId());
                Optional<AccountMember> member = account.activeMemberNamed(name);
                if (member.isEmpty()) {
                    throw new RuleViolationException(CustomerAccountRules.unlistedCollector(name, account.name()));
                }
                recorded = member.get().name();
                link = link.withCollector(member.get().id());
            }
            Customer c = order.customer();
            Customer withCollector = new Customer(c.kind(), c.firstName(), c.lastName(), c.companyName(),
                    c.companySiren(), c.email(), c.phone(), c.address(), c.cgHolding(), c.coHolderName(), recorded);
            return file.withOrder(order.withCustomer(withCollector).withAccount(link));
        });
    }

    /** The account of an order, from this desktop's register. */
    public Optional<CustomerAccount> accountOf(Order order) {
        return order.account().present() ? register.find(order.account().accountId()) : Optional.empty();
    }

    private CustomerAccount account(UUID accountId) {
        return register.find(accountId).orElseThrow(() -> new RuleViolationException(new RuleViolation("compte",
                "Compte client introuvable sur ce poste : synchronisez puis réessayez", "000")));
    }
}
