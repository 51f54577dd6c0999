package fr.cession.ui.order;

import fr.cession.domain.order.FinancingCover;
import fr.cession.ui.i18n.Messages;
import fr.cession.ui.order.form.AgreementForm;
import fr.cession.ui.order.form.ContactForm;
import fr.cession.ui.order.form.FollowUpForm;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.time.LocalTime;

import static fr.cession.ui.order.FormPanel.textField;

/** The fields of the customer-relationship forms (seed 002): contact report, after-sale call, agreements. */
final class RelationshipBodies {

    private RelationshipBodies() {
    }

    static void contact(FormPanel p, Messages m, ContactForm form) {
        p.row(form, ContactForm.SUBJECT, m.get("form.contact.subject"), p.combo(form.subjects(),
                form.subjectProperty(), m::label));
        p.row(form, ContactForm.CHANNEL, m.get("form.contact.channel"), p.combo(form.channels(),
                form.channelProperty(), m::label));
        p.row(form, ContactForm.AT, m.get("form.contact.at"), when(p, form.dateProperty(), form.timeProperty(),
                form.times(form.timeProperty().get()), "of-contact-at-day", "of-contact-at-time"));
        p.hint("form-contact-hint", new SimpleStringProperty(form.hint()));
        p.row(form, ContactForm.ACCOUNT, m.get("form.contact.account"), area(form.accountProperty()));
        p.row(form, ContactForm.NEXT, m.get("form.contact.next"), textField(form.nextStepProperty()));
        p.row(form, ContactForm.NEXT_AT, m.get("form.contact.nextAt"), when(p, form.nextDateProperty(),
                form.nextTimeProperty(), form.times(form.nextTimeProperty().get()), "of-contact-next-day",
                "of-contact-next-time"));
    }

    static void followUp(FormPanel p, Messages m, FollowUpForm form) {
        p.row(form, FollowUpForm.OUTCOME, m.get("form.followUp.outcome"), p.combo(form.outcomes(),
                form.outcomeProperty(), m::label));
        p.row(form, FollowUpForm.RATING, m.get("form.followUp.rating"), p.combo(form.ratings(),
                form.ratingProperty(), form::ratingLabel));
        p.hint("form-followup-hint", new SimpleStringProperty(m.get("form.followUp.hint")));
        p.row(form, FollowUpForm.COMMENT, m.get("form.followUp.comment"), textField(form.commentProperty()));
        p.row(form, FollowUpForm.ACCOUNT, m.get("form.followUp.account"), area(form.accountProperty()));
    }

    static void agreement(FormPanel p, Messages m, AgreementForm form) {
        p.hint("form-agreement-hint", new SimpleStringProperty(form.hint()));
        p.row(form, AgreementForm.PRICE, m.get("form.agreement.price"), textField(form.priceProperty()));
        p.row(form, AgreementForm.METHOD, m.get("form.agreement.method"), p.combo(form.methods(),
                form.methodProperty(), m::label));
        p.row(form, AgreementForm.PAYMENT_TERMS, m.get("form.agreement.paymentTerms"),
                textField(form.paymentTermsProperty()));
        p.row(form, AgreementForm.DELIVERY_TERMS, m.get("form.agreement.deliveryTerms"),
                textField(form.deliveryTermsProperty()));
        VBox credit = new VBox(6);
        p.row(form, AgreementForm.DOWN, m.get("form.agreement.downPayment"), textField(form.downPaymentProperty()));
        p.row(form, AgreementForm.FINANCED, m.get("form.agreement.financed"), textField(form.financedProperty()));
        p.row(form, AgreementForm.LENDER, m.get("form.agreement.lender"), p.combo(form.lenders(),
                form.lenderProperty(), m::label));
        for (FinancingCover c : FinancingCover.values()) {
            CheckBox box = new CheckBox(m.get("form.agreement.covers", m.label(c)));
            box.setId("of-agreement-cover-" + c.name());
            box.selectedProperty().bindBidirectional(form.cover(c));
            box.disableProperty().bind(form.methodProperty().isNotEqualTo(fr.cession.domain.order.PaymentMethod.CRD));
            credit.getChildren().add(box);
        }
        p.plain(credit);
    }

    private static HBox when(FormPanel p, javafx.beans.property.ObjectProperty<java.time.LocalDate> day,
                             javafx.beans.property.ObjectProperty<LocalTime> time, java.util.List<LocalTime> times,
                             String dayId, String timeId) {
        DatePicker d = p.datePicker(day);
        ComboBox<LocalTime> t = p.timeCombo(times, time);
        d.setId(dayId);
        t.setId(timeId);
        HBox box = new HBox(8, d, t);
        HBox.setHgrow(d, Priority.ALWAYS);
        return box;
    }

    private static TextArea area(StringProperty value) {
        TextArea a = new TextArea();
        a.setWrapText(true);
        a.setPrefRowCount(4);
        a.textProperty().bindBidirectional(value);
        return a;
    }
}
