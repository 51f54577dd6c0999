package fr.cession.ui.order.form;

import fr.cession.domain.contact.CallOutcome;
import fr.cession.domain.contact.FollowUpDraft;
import fr.cession.domain.user.Actor;
import fr.cession.ui.i18n.Formats;
import fr.cession.ui.i18n.Messages;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The after-sale call (004:56, 002 §3): its outcome, and the buyer's rating and comment when they
 * give one. A rating completes a sold order (001) through its normal transition to closed.
 */
public final class FollowUpForm extends OrderForm {

    public static final String OUTCOME = "followUp.outcome";
    public static final String RATING = "followUp.rating";
    public static final String COMMENT = "followUp.comment";
    public static final String ACCOUNT = "followUp.account";
    /** The rating list's first choice: no rating given. */
    public static final Integer NONE = 0;

    private final UUID orderId;
    private final Actor actor;
    private final Instant now;
    private final ObjectProperty<CallOutcome> outcome = new SimpleObjectProperty<>(CallOutcome.SATISFAIT);
    private final ObjectProperty<Integer> rating = new SimpleObjectProperty<>(NONE);
    private final StringProperty comment = new SimpleStringProperty("");
    private final StringProperty account = new SimpleStringProperty("");

    public FollowUpForm(Messages m, Formats f, Host host, UUID orderId, Instant now, Actor actor) {
        super(m, f, host, List.of(OUTCOME, RATING, COMMENT, ACCOUNT));
        this.orderId = orderId;
        this.actor = actor;
        this.now = now;
        watch(outcome, this::checkOutcome);
    }

    @Override
    public String titleKey() {
        return "form.followUp.title";
    }

    public List<CallOutcome> outcomes() {
        return Arrays.asList(CallOutcome.values());
    }

    public List<Integer> ratings() {
        return List.of(NONE, 1, 2, 3, 4, 5);
    }

    public String ratingLabel(Integer r) {
        return r == null || r.equals(NONE) ? m.get("form.followUp.noRating") : m.get("form.followUp.stars", r);
    }

    public ObjectProperty<CallOutcome> outcomeProperty() {
        return outcome;
    }

    public ObjectProperty<Integer> ratingProperty() {
        return rating;
    }

    public StringProperty commentProperty() {
        return comment;
    }

    public StringProperty accountProperty() {
        return account;
    }

    private void checkOutcome() {
        set(OUTCOME, outcome.get() == null ? Optional.of(m.get("form.followUp.outcome") + " : " + m.get("form.required"))
                : Optional.empty());
    }

    @Override
    protected void validateAll() {
        checkOutcome();
    }

    @Override
    protected Command command() {
        Integer r = rating.get() == null || rating.get().equals(NONE) ? null : rating.get();
        FollowUpDraft draft = new FollowUpDraft(now, outcome.get(), r, comment.get(), account.get());
        return actions -> actions.recordFollowUpCall(orderId, draft, actor);
    }
}
