package fr.cession.domain.audit;

import fr.cession.domain.contact.Agreement;
import fr.cession.domain.contact.CallOutcome;
import fr.cession.domain.contact.ContactChannel;
import fr.cession.domain.contact.ContactReport;
import fr.cession.domain.contact.ContactSubject;
import fr.cession.domain.row.RowMeta;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static fr.cession.domain.audit.FieldValues.*;

/** Contact reports and agreements as named field values (their table columns), and back. */
public final class ContactFields {

    private ContactFields() {
    }

    public static Map<String, String> of(ContactReport r) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("order_id", FieldValues.of(r.orderId()));
        f.put("subject", FieldValues.of(r.subject()));
        f.put("channel", FieldValues.of(r.channel()));
        f.put("contact_at", FieldValues.of(r.contactAt()));
        f.put("author", r.author());
        f.put("account", r.account());
        f.put("next_step", r.nextStep());
        f.put("next_step_at", FieldValues.of(r.nextStepAt()));
        f.put("next_activity_id", FieldValues.of(r.nextActivityId()));
        f.put("outcome", FieldValues.of(r.outcome()));
        f.put("rating", FieldValues.of(r.rating()));
        f.put("customer_comment", r.customerComment());
        return f;
    }

    public static ContactReport report(UUID id, Map<String, String> f, RowMeta meta) {
        return new ContactReport(id, uuid(f.get("order_id")), enumOf(ContactSubject.class, f.get("subject")),
                enumOf(ContactChannel.class, f.get("channel")), instant(f.get("contact_at")), f.get("author"),
                f.get("account"), f.get("next_step"), instant(f.get("next_step_at")),
                uuid(f.get("next_activity_id")), enumOf(CallOutcome.class, f.get("outcome")),
                integer(f.get("rating")), f.get("customer_comment"), meta);
    }

    public static Map<String, String> of(Agreement a) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("order_id", FieldValues.of(a.orderId()));
        f.put("agreed_price", FieldValues.of(a.agreedPrice()));
        f.put("payment_terms", a.paymentTerms());
        f.put("delivery_terms", a.deliveryTerms());
        return f;
    }

    public static Agreement agreement(UUID id, Map<String, String> f, RowMeta meta) {
        return new Agreement(id, uuid(f.get("order_id")), decimal(f.get("agreed_price")), f.get("payment_terms"),
                f.get("delivery_terms"), meta);
    }
}
