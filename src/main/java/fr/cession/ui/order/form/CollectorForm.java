package fr.cession.ui.order.form;

import fr.cession.domain.account.AccountMember;
import fr.cession.domain.account.CustomerAccount;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.user.Actor;
import fr.cession.ui.i18n.Formats;
import fr.cession.ui.i18n.Messages;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * 004:13 « Permis de la personne qui récupère le VO »: at the hand-over, who collects the vehicle.
 * For a company's account the person must be on the company's list; the workflow refuses anyone
 * else with the person's and the company's names, and the form keeps what was typed.
 */
public final class CollectorForm extends OrderForm {

    public static final String COLLECTOR = "collectorName";

    private final UUID orderId;
    private final Actor actor;
    private final StringProperty name = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper listed = new ReadOnlyStringWrapper("");

    public CollectorForm(Messages m, Formats f, Host host, OrderFile file, Actor actor) {
        super(m, f, host, List.of(COLLECTOR));
        this.orderId = file.orderId();
        this.actor = actor;
        String current = file.order().customer().collectorName();
        name.set(current == null ? "" : current);
        watch(name, this::check);
    }

    @Override
    public String titleKey() {
        return "form.collector.title";
    }

    public StringProperty nameProperty() {
        return name;
    }

    /** The people the company authorised, once read off the FX thread; empty for any other order. */
    public ReadOnlyStringProperty listedProperty() {
        return listed.getReadOnlyProperty();
    }

    public void authorisedBy(CustomerAccount account) {
        List<AccountMember> people = account.activeMembers();
        listed.set(people.isEmpty() ? m.get("form.collector.nobody", account.name())
                : m.get("form.collector.listed", account.name(), people.stream()
                        .map(p -> p.idNumber() == null ? p.name() : p.name() + " (" + p.idNumber() + ")")
                        .collect(Collectors.joining(", "))));
    }

    private void check() {
        set(COLLECTOR, name.get() == null || name.get().isBlank()
                ? Optional.of(m.get("form.collector.name") + " : " + m.get("form.required")) : Optional.empty());
    }

    @Override
    protected void validateAll() {
        check();
    }

    @Override
    protected Command command() {
        String who = name.get();
        return actions -> actions.customerAccounts().recordCollector(orderId, who, actor);
    }
}
