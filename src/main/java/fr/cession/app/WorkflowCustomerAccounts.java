package fr.cession.app;

import fr.cession.domain.account.CustomerAccount;
import fr.cession.domain.workflow.CustomerAccountDesk;
import fr.cession.domain.account.CustomerAccountKind;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.user.Actor;
import fr.cession.domain.workflow.CustomerAccountCommands;
import fr.cession.ui.CustomerAccountActions;

import fr.cession.domain.account.CustomerAccountSettings;
import fr.cession.domain.dossier.OrderFileRepository;
import fr.cession.domain.playbook.Playbook;
import fr.cession.store.JooqCustomerAccounts;
import org.jooq.DSLContext;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.function.Supplier;
import java.util.List;
import java.util.UUID;

/** The screens' customer-account commands over the domain's register desk and order commands. */
public final class WorkflowCustomerAccounts implements CustomerAccountActions {

    private final CustomerAccountDesk desk;
    private final CustomerAccountCommands commands;

    public WorkflowCustomerAccounts(CustomerAccountDesk desk, CustomerAccountCommands commands) {
        this.desk = desk;
        this.commands = commands;
    }

    /** Over a store's register (local V97) and its order repository. */
    public static WorkflowCustomerAccounts of(DSLContext dsl, OrderFileRepository orders, Playbook playbook,
                                              Clock clock, Supplier<UUID> ids, CustomerAccountSettings settings) {
        JooqCustomerAccounts register = new JooqCustomerAccounts(dsl, clock);
        return new WorkflowCustomerAccounts(new CustomerAccountDesk(register, settings, ids),
                new CustomerAccountCommands(orders, playbook, clock, ids, register));
    }

    /** The register's own commands, for the command line. */
    public CustomerAccountDesk desk() {
        return desk;
    }

    @Override
    public List<CustomerAccount> accounts() {
        return desk.all();
    }

    @Override
    public java.util.Map<UUID, String> refusals() {
        return desk.refusals();
    }

    @Override
    public int defaultDepositPercent() {
        return desk.settings().defaultDepositPercent();
    }

    @Override
    public CustomerAccount create(CustomerAccountKind kind, String name, String reference, String contact,
                                  Integer depositPercent, BigDecimal commission) {
        return desk.create(kind, name, reference, contact, depositPercent, commission);
    }

    @Override
    public CustomerAccount addMember(UUID accountId, String name, String idNumber, String phone, String email) {
        return desk.addMember(accountId, name, idNumber, phone, email);
    }

    @Override
    public CustomerAccount disableMember(UUID accountId, UUID memberId) {
        return desk.disableMember(accountId, memberId);
    }

    @Override
    public CustomerAccount setTerms(UUID accountId, int depositPercent, BigDecimal commission) {
        return desk.setTerms(accountId, depositPercent, commission);
    }

    @Override
    public OrderFile recordCollector(UUID orderId, String collectorName, Actor actor) {
        return commands.recordCollector(orderId, collectorName, actor);
    }
}
