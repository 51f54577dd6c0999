package fr.cession.ui.order;

import fr.cession.domain.order.CustomerKind;
import fr.cession.ui.i18n.Formats;
import fr.cession.ui.i18n.Messages;
import fr.cession.ui.order.form.ActivityForm;
import fr.cession.ui.order.form.AgreementForm;
import fr.cession.ui.order.form.ContactForm;
import fr.cession.ui.order.form.FollowUpForm;
import fr.cession.ui.order.form.AfterSaleForm;
import fr.cession.ui.order.form.ApprovalForm;
import fr.cession.ui.order.form.CancelForm;
import fr.cession.ui.order.form.CustomerForm;
import fr.cession.ui.order.form.DocumentForm;
import fr.cession.ui.order.form.HandoverForm;
import fr.cession.ui.order.form.ReceptionForm;
import fr.cession.ui.order.form.OrderForm;
import fr.cession.ui.order.form.PaymentForm;
import fr.cession.ui.order.form.ReassignForm;
import fr.cession.ui.order.form.VehicleForm;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

import static fr.cession.ui.order.FormPanel.textField;

/** The fields of each order-file form, laid out in the side panel. */
final class FormBodies {

    private final FormPanel p;
    private final Messages m;
    private final Formats f;

    FormBodies(FormPanel panel, Messages m, Formats f) {
        this.p = panel;
        this.m = m;
        this.f = f;
    }

    void fill(OrderForm form) {
        if (form instanceof PaymentForm pay) {
            payment(pay);
        } else if (form instanceof HandoverForm h) {
            handover(h);
        } else if (form instanceof CancelForm c) {
            cancel(c);
        } else if (form instanceof ApprovalForm a) {
            approval(a);
        } else if (form instanceof DocumentForm d) {
            document(d);
        } else if (form instanceof CustomerForm c) {
            customer(c);
        } else if (form instanceof VehicleForm v) {
            vehicle(v);
        } else if (form instanceof ReassignForm r) {
            reassign(r);
        } else if (form instanceof ActivityForm a) {
            activity(a);
        } else if (form instanceof ContactForm c) {
            RelationshipBodies.contact(p, m, c);
        } else if (form instanceof FollowUpForm u) {
            RelationshipBodies.followUp(p, m, u);
        } else if (form instanceof AgreementForm a) {
            RelationshipBodies.agreement(p, m, a);
        } else if (form instanceof AfterSaleForm a) {
            afterSale(a);
        } else if (form instanceof fr.cession.ui.order.form.CollectorForm c) {
            p.hint("form-collector-listed", c.listedProperty());
            p.row(c, fr.cession.ui.order.form.CollectorForm.COLLECTOR, m.get("form.collector.name"),
                    textField(c.nameProperty()));
        } else if (form instanceof ReceptionForm r) {
            p.row(r, ReceptionForm.DATE, m.get("form.reception.date"), p.datePicker(r.dateProperty()));
        } else {
            throw new IllegalArgumentException(form.getClass().getSimpleName());
        }
    }

    private void afterSale(AfterSaleForm form) {
        if (form.numberField() != null) {
            p.row(form, form.numberField(), form.numberLabel(), textField(form.numberProperty()));
        }
        if (form.dateField() != null) {
            p.row(form, form.dateField(), form.dateLabel(), p.datePicker(form.dateProperty()));
        }
        p.row(form, form.textField(), form.textLabel(), textField(form.textProperty()));
    }

    private void payment(PaymentForm form) {
        p.row(form, PaymentForm.KIND, m.get("form.payment.kind"), p.combo(form.kinds(), form.kindProperty(),
                m::label));
        p.row(form, PaymentForm.METHOD, m.get("form.payment.method"), p.combo(form.methods(), form.methodProperty(),
                m::label));
        p.row(form, PaymentForm.AMOUNT, m.get("form.payment.amount"), textField(form.amountProperty()));
        SimpleStringProperty due = new SimpleStringProperty(form.dueHint());
        form.kindProperty().addListener((o, a, k) -> due.set(form.dueHint()));
        p.hint("form-payment-due", due);
        p.row(form, PaymentForm.PAYER, m.get("form.payment.payer"), textField(form.payerProperty()));
        CheckBox now = new CheckBox(m.get("form.payment.receivedNow"));
        now.selectedProperty().bindBidirectional(form.receivedNowProperty());
        now.setId("of-payment-receivedNow");
        now.setWrapText(true);
        now.disableProperty().bind(form.receiptForAHandlerProperty());
        p.plain(now);
        SimpleStringProperty cheque = new SimpleStringProperty();
        cheque.bind(Bindings.when(form.receiptForAHandlerProperty()).then(form.receiptHint()).otherwise(""));
        p.hint("form-payment-cheque", cheque);
    }

    private void handover(HandoverForm form) {
        DatePicker day = p.datePicker(form.dateProperty());
        if (form.dateProperty().get() == null) {
            // the calendar opens on the first day the window accepts (004:26)
            day.setOnShowing(e -> day.getEditor().setPromptText(f.date(form.earliest())));
        }
        ComboBox<java.time.LocalTime> time = p.timeCombo(form.times(), form.timeProperty());
        HBox when = new HBox(8, day, time);
        HBox.setHgrow(day, Priority.ALWAYS);
        time.setId("of-handoverAt-time");
        p.row(form, HandoverForm.DATE, m.get("form.handover.date"), when);
        day.setId("of-handoverAt-day");
        p.hint("form-handover-beyond", form.hintProperty());
        p.row(form, HandoverForm.MODE, m.get("form.handover.mode"), p.combo(form.modes(), form.modeProperty(),
                m::label));
    }

    private void cancel(CancelForm form) {
        p.row(form, CancelForm.CASE, m.get("form.cancel.case"), p.combo(form.cases(), form.caseProperty(),
                m::label));
        p.row(form, CancelForm.REASON, m.get("form.cancel.reason"), textField(form.reasonProperty()));
    }

    private void approval(ApprovalForm form) {
        p.row(form, ApprovalForm.KIND, m.get("form.approval.kind"), p.combo(form.kinds(), form.kindProperty(),
                m::label));
        TextField amount = textField(form.amountProperty());
        amount.disableProperty().bind(Bindings.createBooleanBinding(() -> !form.needsAmount(), form.kindProperty()));
        p.row(form, ApprovalForm.AMOUNT, m.get("form.approval.amount"), amount);
        p.row(form, ApprovalForm.DETAIL, m.get("form.approval.detail"), textField(form.detailProperty()));
    }

    private void document(DocumentForm form) {
        p.text(m.label(form.type()));
        if (form.mode() == DocumentForm.Mode.RECU) {
            p.row(form, DocumentForm.ISSUED_ON, m.get("form.document.issuedOn"), p.datePicker(form.issuedOnProperty()));
            if (form.asksIban()) {
                p.row(form, DocumentForm.REFERENCE, m.get("form.document.iban"), textField(form.referenceProperty()));
            }
        } else {
            p.row(form, DocumentForm.REASON, m.get("form.document.reason"), textField(form.reasonProperty()));
        }
    }

    private void customer(CustomerForm form) {
        p.row(form, CustomerForm.KIND, m.get("form.customer.kind"), p.combo(form.kinds(), form.kindProperty(),
                m::label));
        for (String field : CustomerForm.TEXT) {
            TextField t = textField(form.text(field));
            p.row(form, field, form.label(field), t);
            if (field.startsWith("customer.company")) {
                // a private buyer is not asked for company fields
                var row = t.getParent();
                row.visibleProperty().bind(form.kindProperty().isEqualTo(CustomerKind.SOCIETE));
                row.managedProperty().bind(row.visibleProperty());
            }
        }
        p.row(form, CustomerForm.CG, form.label(CustomerForm.CG), p.combo(form.holdings(), form.cgHoldingProperty(),
                m::label));
    }

    private void vehicle(VehicleForm form) {
        for (String field : VehicleForm.TEXT) {
            p.row(form, field, form.label(field), textField(form.text(field)));
        }
        for (String field : VehicleForm.DATES) {
            p.row(form, field, form.label(field), p.datePicker(form.date(field)));
        }
    }

    private void reassign(ReassignForm form) {
        p.text(m.get("form.reassign.current", form.current()));
        ComboBox<String> who = new ComboBox<>(form.known());
        who.setEditable(true);
        who.getEditor().textProperty().bindBidirectional(form.advisorProperty());
        who.valueProperty().addListener((o, a, v) -> {
            if (v != null) {
                form.advisorProperty().set(v);
            }
        });
        p.row(form, ReassignForm.ADVISOR, m.get("form.advisor"), who);
    }

    private void activity(ActivityForm form) {
        if (form.isMove()) {
            p.text(form.moved().title() + " — " + m.get("form.activity.currentDue", f.dateTime(form.moved().dueAt())));
        } else {
            p.row(form, ActivityForm.TYPE, m.get("form.activity.type"), p.combo(form.kinds(), form.kindProperty(),
                    k -> k.title()));
            p.row(form, ActivityForm.TITLE, m.get("form.activity.name"), textField(form.titleProperty()));
        }
        DatePicker day = p.datePicker(form.dueDateProperty());
        ComboBox<java.time.LocalTime> time = p.timeCombo(form.times(), form.dueTimeProperty());
        HBox when = new HBox(8, day, time);
        HBox.setHgrow(day, Priority.ALWAYS);
        p.row(form, ActivityForm.DUE, m.get(form.isMove() ? "form.activity.newDue" : "form.activity.due"), when);
        day.setId("of-activity-dueAt-day");
        time.setId("of-activity-dueAt-time");
        if (form.isMove()) {
            p.row(form, ActivityForm.REASON, m.get("form.activity.reason"), textField(form.reasonProperty()));
        } else {
            p.row(form, ActivityForm.ASSIGNEE, m.get("form.activity.assignee"), textField(form.assigneeProperty()));
        }
    }
}
