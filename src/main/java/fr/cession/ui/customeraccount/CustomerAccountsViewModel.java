package fr.cession.ui.customeraccount;

import fr.cession.domain.account.AccountMember;
import fr.cession.domain.account.CustomerAccount;
import fr.cession.domain.account.CustomerAccountKind;
import fr.cession.ui.CustomerAccountActions;
import fr.cession.ui.UiContext;
import fr.cession.ui.dialog.Refusals;
import fr.cession.ui.task.BackgroundTask;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

/**
 * « Comptes clients » (seed 000, 004:13): the organisation's customer accounts on the left; for the
 * chosen one, its terms (deposit, commission) and its members (a company's people authorised to
 * collect, a professional's buyer sub-accounts), with a new account, a new member and disabling a
 * member. Every call runs off the FX thread; a refusal is shown in French above the form.
 */
public final class CustomerAccountsViewModel {

    private Map<UUID, String> refusals = Map.of();

    private final UiContext ctx;
    private final CustomerAccountActions actions;
    private final ObservableList<CustomerAccount> accounts = FXCollections.observableArrayList();
    private final ObservableList<AccountMember> members = FXCollections.observableArrayList();
    private final ObjectProperty<CustomerAccount> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    // the new account
    private final ObjectProperty<CustomerAccountKind> kind = new SimpleObjectProperty<>(CustomerAccountKind.SOCIETE);
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty reference = new SimpleStringProperty("");
    private final StringProperty contact = new SimpleStringProperty("");
    // the terms, of the new account or of the chosen one
    private final StringProperty deposit = new SimpleStringProperty("");
    private final StringProperty commission = new SimpleStringProperty("");
    // the new member
    private final StringProperty memberName = new SimpleStringProperty("");
    private final StringProperty memberId = new SimpleStringProperty("");
    private final StringProperty memberPhone = new SimpleStringProperty("");
    private final StringProperty memberEmail = new SimpleStringProperty("");

    public CustomerAccountsViewModel(UiContext ctx) {
        this.ctx = ctx;
        this.actions = ctx.actions().customerAccounts();
        selected.addListener((o, a, account) -> showTerms(account));
        showTerms(null);
    }

    public ObservableList<CustomerAccount> accounts() {
        return accounts;
    }

    public ObservableList<AccountMember> members() {
        return members;
    }

    public ObjectProperty<CustomerAccount> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ObjectProperty<CustomerAccountKind> kindProperty() {
        return kind;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty referenceProperty() {
        return reference;
    }

    public StringProperty contactProperty() {
        return contact;
    }

    public StringProperty depositProperty() {
        return deposit;
    }

    public StringProperty commissionProperty() {
        return commission;
    }

    public StringProperty memberNameProperty() {
        return memberName;
    }

    public StringProperty memberIdProperty() {
        return memberId;
    }

    public StringProperty memberPhoneProperty() {
        return memberPhone;
    }

    public StringProperty memberEmailProperty() {
        return memberEmail;
    }

    public void refresh() {
        UUID keep = selected.get() == null ? null : selected.get().id();
        run(this::read, read -> show(read, keep));
    }

    /**
     * Why the central database refused this account or member, empty when it did not: a refused row
     * is not sent again until a person changes it, so the screen must say so.
     */
    public String refusal(UUID id) {
        String reason = refusals.get(id);
        return reason == null ? "" : ctx.messages().get("customerAccounts.refused", reason);
    }

    /** The accounts and the refusals read together, so a row never shows another read's reason. */
    private Read read() {
        return new Read(actions.accounts(), actions.refusals());
    }

    private record Read(List<CustomerAccount> accounts, java.util.Map<UUID, String> refusals) {
    }

    private void show(Read read, UUID keep) {
        refusals = Map.copyOf(read.refusals());
        accounts.setAll(read.accounts());
        select(keep);
    }

    /** A new account from the form; it is then the one chosen, ready for its members. */
    public void create() {
        Integer percent = percent();
        BigDecimal euros = euros();
        if (percent == null || euros == null) {
            return;
        }
        CustomerAccountKind k = kind.get();
        String n = name.get();
        String r = reference.get();
        String c = contact.get();
        run(() -> actions.create(k, n, r, c, percent, euros), account -> {
            name.set("");
            reference.set("");
            contact.set("");
            reload(account, "customerAccounts.created");
        });
    }

    /** The chosen account's new deposit and commission, for the orders placed from now on. */
    public void saveTerms() {
        CustomerAccount account = selected.get();
        Integer percent = percent();
        BigDecimal euros = euros();
        if (account == null || percent == null || euros == null) {
            return;
        }
        run(() -> actions.setTerms(account.id(), percent, euros), a -> reload(a, "customerAccounts.termsSaved"));
    }

    public void addMember() {
        CustomerAccount account = selected.get();
        if (account == null) {
            return;
        }
        String n = memberName.get();
        String id = memberId.get();
        String phone = memberPhone.get();
        String mail = memberEmail.get();
        run(() -> actions.addMember(account.id(), n, id, phone, mail), a -> {
            memberName.set("");
            memberId.set("");
            memberPhone.set("");
            memberEmail.set("");
            reload(a, "customerAccounts.memberAdded");
        });
    }

    public void disableMember(AccountMember member) {
        CustomerAccount account = selected.get();
        if (account == null || member == null || !member.active()) {
            return;
        }
        run(() -> actions.disableMember(account.id(), member.id()), a -> reload(a, "customerAccounts.memberDisabled"));
    }

    private void reload(CustomerAccount changed, String noticeKey) {
        notice.set(ctx.messages().get(noticeKey, changed.name()));
        run(this::read, read -> show(read, changed.id()));
    }

    private void select(UUID id) {
        selected.set(id == null ? null : accounts.stream().filter(a -> a.id().equals(id)).findFirst().orElse(null));
        CustomerAccount a = selected.get();
        members.setAll(a == null ? List.of() : a.members());
    }

    private void showTerms(CustomerAccount account) {
        members.setAll(account == null ? List.of() : account.members());
        deposit.set(String.valueOf(account == null ? actions.defaultDepositPercent() : account.depositPercent()));
        commission.set(account == null || account.commissionCents() == 0 ? ""
                : BigDecimal.valueOf(account.commissionCents(), 2).toPlainString());
    }

    private Integer percent() {
        try {
            return Integer.parseInt(deposit.get().strip().replace("%", "").strip());
        } catch (NumberFormatException e) {
            error.set(ctx.messages().get("customerAccounts.depositInvalid", deposit.get()));
            return null;
        }
    }

    /** « 1 500,00 € » as typed: spaces and the euro sign dropped, the decimal comma read as a point. */
    private BigDecimal euros() {
        String typed = commission.get() == null ? "" : commission.get();
        StringBuilder text = new StringBuilder();
        for (char c : typed.toCharArray()) {
            if (!Character.isWhitespace(c) && c != '\u20AC') {
                text.append(c == ',' ? '.' : c);
            }
        }
        if (text.isEmpty()) {
            return BigDecimal.ZERO;
        }
        try {
            return new BigDecimal(text.toString());
        } catch (NumberFormatException e) {
            error.set(ctx.messages().get("customerAccounts.commissionInvalid", typed));
            return null;
        }
    }

    private <T> void run(Callable<T> work, java.util.function.Consumer<T> then) {
        error.set("");
        busy.set(true);
        ctx.executor().execute(BackgroundTask.of(work).onSuccess(then)
                .onFailure(e -> {
                    notice.set("");
                    error.set(new Refusals(ctx.messages(), ctx.zone()).say(e));
                })
                .onFinished(() -> busy.set(false)));
    }
}
