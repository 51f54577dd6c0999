package fr.cession.ui.order.form;

import fr.cession.domain.contact.ContactChannel;
import fr.cession.domain.contact.ContactDraft;
import fr.cession.domain.contact.ContactSubject;
import fr.cession.domain.user.Actor;
import fr.cession.ui.i18n.Formats;
import fr.cession.ui.i18n.Messages;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A contact report (seed 002 §1): on the customer or the order, by which channel, when, what was
 * seen or said, and an optional next step with its date, which becomes an activity of the author.
 * The author is the person logged in; the form never asks who.
 */
public final class ContactForm extends OrderForm {

    public static final String SUBJECT = "contact.subject";
    public static final String CHANNEL = "contact.channel";
    public static final String AT = "contact.at";
    public static final String ACCOUNT = "contact.account";
    public static final String NEXT = "contact.nextStep";
    public static final String NEXT_AT = "contact.nextStepAt";

    private final UUID orderId;
    private final Actor actor;
    private final ZoneId zone;
    private final Instant now;
    private final ObjectProperty<ContactSubject> subject = new SimpleObjectProperty<>(ContactSubject.COMMANDE);
    private final ObjectProperty<ContactChannel> channel = new SimpleObjectProperty<>(ContactChannel.APPEL);
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalTime> time = new SimpleObjectProperty<>();
    private final StringProperty account = new SimpleStringProperty("");
    private final StringProperty nextStep = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> nextDate = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalTime> nextTime = new SimpleObjectProperty<>(LocalTime.of(10, 0));

    public ContactForm(Messages m, Formats f, Host host, UUID orderId, Instant now, Actor actor) {
        super(m, f, host, List.of(SUBJECT, CHANNEL, AT, ACCOUNT, NEXT, NEXT_AT));
        this.orderId = orderId;
        this.actor = actor;
        this.zone = f.zone();
        this.now = now;
        LocalDateTime here = LocalDateTime.ofInstant(now, zone).truncatedTo(ChronoUnit.MINUTES);
        date.set(here.toLocalDate());
        time.set(here.toLocalTime());
        watch(date, this::checkAt);
        watch(time, this::checkAt);
        watch(account, this::checkAccount);
        watch(nextStep, this::checkNext);
        watch(nextDate, this::checkNext);
        watch(nextTime, this::checkNext);
    }

    @Override
    public String titleKey() {
        return "form.contact.title";
    }

    /** 002: the advisor reports facts; the credit decision is not theirs (the hint under the account). */
    public String hint() {
        return m.get("form.contact.hint");
    }

    public List<ContactSubject> subjects() {
        return Arrays.asList(ContactSubject.values());
    }

    public List<ContactChannel> channels() {
        return Arrays.asList(ContactChannel.values());
    }

    public ObjectProperty<ContactSubject> subjectProperty() {
        return subject;
    }

    public ObjectProperty<ContactChannel> channelProperty() {
        return channel;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public ObjectProperty<LocalTime> timeProperty() {
        return time;
    }

    public StringProperty accountProperty() {
        return account;
    }

    public StringProperty nextStepProperty() {
        return nextStep;
    }

    public ObjectProperty<LocalDate> nextDateProperty() {
        return nextDate;
    }

    public ObjectProperty<LocalTime> nextTimeProperty() {
        return nextTime;
    }

    /** Hours of a working day, with the value shown if it is another. */
    public List<LocalTime> times(LocalTime shown) {
        List<LocalTime> out = new ArrayList<>();
        for (int h = 8; h <= 20; h++) {
            out.add(LocalTime.of(h, 0));
        }
        if (shown != null && !out.contains(shown)) {
            out.add(shown);
            out.sort(null);
        }
        return out;
    }

    private void checkAt() {
        String label = m.get("form.contact.at");
        Instant at = instant(date.get(), time.get());
        set(AT, at == null ? Optional.of(label + " : " + m.get("form.dateExpected"))
                : at.isAfter(now.plusSeconds(300)) ? Optional.of(label + " : " + m.get("form.contact.future"))
                : Optional.empty());
    }

    private void checkAccount() {
        set(ACCOUNT, blank(account.get()) ? Optional.of(m.get("form.contact.account") + " : "
                + m.get("form.contact.accountRequired")) : Optional.empty());
    }

    private void checkNext() {
        boolean step = !blank(nextStep.get());
        Instant at = instant(nextDate.get(), nextTime.get());
        set(NEXT, !step && nextDate.get() != null
                ? Optional.of(m.get("form.contact.next") + " : " + m.get("form.contact.nextWhat")) : Optional.empty());
        set(NEXT_AT, step && at == null ? Optional.of(m.get("form.contact.nextAt") + " : " + m.get("form.dateExpected"))
                : at != null && at.isBefore(now) ? Optional.of(m.get("form.contact.nextAt") + " : " + m.get("form.past"))
                : Optional.empty());
    }

    private Instant instant(LocalDate d, LocalTime t) {
        return d == null || t == null ? null : LocalDateTime.of(d, t).atZone(zone).toInstant();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    @Override
    protected void validateAll() {
        set(SUBJECT, subject.get() == null ? Optional.of(m.get("form.contact.subject") + " : " + m.get("form.required"))
                : Optional.empty());
        set(CHANNEL, channel.get() == null ? Optional.of(m.get("form.contact.channel") + " : " + m.get("form.required"))
                : Optional.empty());
        checkAt();
        checkAccount();
        checkNext();
    }

    @Override
    protected Command command() {
        String step = blank(nextStep.get()) ? null : nextStep.get().trim();
        ContactDraft draft = new ContactDraft(subject.get(), channel.get(), instant(date.get(), time.get()),
                account.get().trim(), step, step == null ? null : instant(nextDate.get(), nextTime.get()));
        return actions -> actions.recordContact(orderId, draft, actor);
    }
}
