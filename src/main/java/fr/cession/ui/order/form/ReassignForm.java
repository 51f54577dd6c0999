package fr.cession.ui.order.form;

import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.user.Actor;
import fr.cession.domain.validation.Login;
import fr.cession.ui.i18n.Formats;
import fr.cession.ui.i18n.Messages;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The order given to another advisor: picked among the advisors the store knows, or typed as a
 * login like the configuration's {@code user.login}.
 */
public final class ReassignForm extends OrderForm {

    public static final String ADVISOR = "advisor";

    private final UUID orderId;
    private final Actor actor;
    private final String current;
    private final StringProperty advisor = new SimpleStringProperty("");
    private final ObservableList<String> known = FXCollections.observableArrayList();

    public ReassignForm(Messages m, Formats f, Host host, OrderFile file, Actor actor) {
        super(m, f, host, List.of(ADVISOR));
        this.orderId = file.orderId();
        this.actor = actor;
        this.current = file.order().advisor();
        watch(advisor, this::check);
    }

    @Override
    public String titleKey() {
        return "form.reassign.title";
    }

    public StringProperty advisorProperty() {
        return advisor;
    }

    /** Advisors of the store's orders, the current one left out; filled once read off the FX thread. */
    public ObservableList<String> known() {
        return known;
    }

    public void knownAdvisors(Collection<String> logins) {
        TreeSet<String> sorted = new TreeSet<>(logins);
        sorted.add(actor.login());
        if (current != null) {
            sorted.remove(current);
        }
        known.setAll(sorted);
    }

    public String current() {
        return current == null ? "" : current;
    }

    private void check() {
        String label = m.get("form.advisor");
        Optional<String> problem = Login.check(label, advisor.get());
        if (problem.isEmpty() && advisor.get().trim().equals(current)) {
            problem = Optional.of(label + " : " + m.get("form.reassign.same", current));
        }
        set(ADVISOR, problem);
    }

    @Override
    protected void validateAll() {
        check();
    }

    @Override
    protected Command command() {
        String login = advisor.get().trim();
        return actions -> actions.reassign(orderId, login, actor);
    }
}
