package fr.cession.ui.neworder;

import fr.cession.domain.account.AccountMember;
import fr.cession.domain.account.CustomerAccount;
import fr.cession.domain.account.CustomerAccountKind;
import fr.cession.domain.order.Order;
import fr.cession.domain.workflow.CustomerAccountCommands;
import fr.cession.ui.UiContext;
import fr.cession.ui.task.BackgroundTask;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.function.Consumer;

/**
 * The customer account a new order is placed for (seed 000), and the sub-account it comes through:
 * chosen among the active accounts of this desktop's register, read off the FX thread. A company's
 * account sets the buyer to that company.
 */
public final class AccountChoice {

    private final ObservableList<CustomerAccount> accounts = FXCollections.observableArrayList();
    private final ObservableList<AccountMember> members = FXCollections.observableArrayList();
    private final ObjectProperty<CustomerAccount> account = new SimpleObjectProperty<>();
    private final ObjectProperty<AccountMember> member = new SimpleObjectProperty<>();

    /** @param companyChosen told when a company's account is chosen, with its name, to fill the buyer */
    public AccountChoice(UiContext ctx, Consumer<CustomerAccount> companyChosen) {
        account.addListener((o, a, chosen) -> {
            member.set(null);
            members.setAll(chosen == null ? List.of() : chosen.activeMembers());
            if (chosen != null && chosen.kind() == CustomerAccountKind.SOCIETE) {
                companyChosen.accept(chosen);
            }
        });
        ctx.executor().execute(BackgroundTask.of(() -> ctx.actions().customerAccounts().accounts().stream()
                .filter(CustomerAccount::active).toList()).onSuccess(accounts::setAll));
    }

    public ObservableList<CustomerAccount> accounts() {
        return accounts;
    }

    public ObservableList<AccountMember> members() {
        return members;
    }

    public ObjectProperty<CustomerAccount> accountProperty() {
        return account;
    }

    public ObjectProperty<AccountMember> memberProperty() {
        return member;
    }

    /** The draft placed for the chosen account on its terms, or for none. */
    Order applyTo(Order draft) {
        return CustomerAccountCommands.placedFor(draft, account.get(), member.get() == null ? null : member.get().id());
    }
}
