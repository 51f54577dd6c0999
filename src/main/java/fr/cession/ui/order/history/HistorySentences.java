package fr.cession.ui.order.history;

import fr.cession.domain.audit.Change;
import fr.cession.domain.audit.ChangeKind;
import fr.cession.domain.audit.EntityKind;
import fr.cession.domain.audit.FieldChange;
import fr.cession.ui.i18n.FieldTexts;
import fr.cession.ui.i18n.Messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The sentences one change says, in the interface language: what the person did ("a coché",
 * "a validé", "a passé la commande en"), to what (named by its title, label or type, never its
 * id), and for any other field its label with the old and new values as a person reads them.
 * Creations of checklist lines and documents are told by {@link HistoryStory}, summed up.
 */
final class HistorySentences {

    private static final Set<String> CANCELLATION = Set.of("cancellation_case", "cancellation_reason", "cancelled_at",
            "status_before_cancel");

    private final FieldTexts texts;
    private final Messages m;
    private final EntityRows rows;
    private final String orderNumber;

    /** @param orderNumber the order's number now, for a log that does not say it (given at the first save) */
    HistorySentences(FieldTexts texts, EntityRows rows, String orderNumber) {
        this.texts = texts;
        this.m = texts.messages();
        this.rows = rows;
        this.orderNumber = orderNumber;
    }

    /** The change's sentences; call after {@link EntityRows#apply}, with the fields from before it. */
    List<HistoryEntry> of(Change c, Map<String, String> before) {
        String who = texts.people().name(c.by());
        if (c.kind() == ChangeKind.SUPPRESSION) {
            return List.of(new HistoryEntry(category(c.entity()), m.get("history.deleted", who,
                    texts.entity(c.entity()), subject(c.entity(), c.entityId()))));
        }
        return switch (c.entity()) {
            case COMMANDE -> order(c, who);
            case ACTIVITE -> activity(c, who, before);
            case LIGNE_CHECKLIST -> item(c, who);
            case DOCUMENT -> document(c, who);
            case PAIEMENT -> payment(c, who, before);
            case APPROBATION -> approval(c, who);
            case CONTACT, ACCORD -> relationship(c, who);
            case APRES_VENTE -> afterSale(c, who);
        };
    }

    /** How the history names an entity: the order's number, an activity's title, a document's type... */
    String subject(EntityKind kind, UUID id) {
        return switch (kind) {
            case COMMANDE -> text(rows.get(id, "number") == null ? orderNumber : rows.get(id, "number"));
            case ACTIVITE -> text(rows.get(id, "title"));
            case LIGNE_CHECKLIST -> text(rows.get(id, "label"));
            case DOCUMENT -> value(kind, "doc_type", rows.get(id, "doc_type"));
            case PAIEMENT -> m.get("history.subject.payment", value(kind, "kind", rows.get(id, "kind")),
                    value(kind, "amount", rows.get(id, "amount")), value(kind, "method", rows.get(id, "method")));
            case APPROBATION -> value(kind, "kind", rows.get(id, "kind"));
            case CONTACT -> value(kind, "channel", rows.get(id, "channel"));
            case ACCORD -> m.get("history.agreement.subject");
            case APRES_VENTE -> text(rows.get(id, "request"));
        };
    }

    static HistoryFilter category(EntityKind kind) {
        return switch (kind) {
            case DOCUMENT -> HistoryFilter.DOCUMENTS;
            case PAIEMENT -> HistoryFilter.PAYMENTS;
            case APPROBATION -> HistoryFilter.APPROVALS;
            default -> HistoryFilter.ALL;
        };
    }

    private List<HistoryEntry> order(Change c, String who) {
        List<HistoryEntry> out = new ArrayList<>();
        String number = subject(EntityKind.COMMANDE, c.entityId());
        String status = newValue(c, "status");
        String cancellation = newValue(c, "cancellation_case");
        if (c.kind() == ChangeKind.CREATION) {
            out.add(status(status == null || "RESERVEE".equals(status)
                    ? m.get("history.order.created", who, number)
                    : m.get("history.order.createdAt", who, number, value(EntityKind.COMMANDE, "status", status))));
        } else if (cancellation != null) {
            out.add(status(cancelled(c, who)));
        } else if (changed(c, "status")) {
            out.add(status(m.get("history.order.status", who, value(EntityKind.COMMANDE, "status", status))));
        }
        if (c.kind() == ChangeKind.CREATION) {
            if (cancellation != null) {
                out.add(status(cancelled(c, who)));
            }
            return out;
        }
        for (FieldChange f : c.fields()) {
            if (!f.field().equals("status") && !(cancellation != null && CANCELLATION.contains(f.field()))) {
                field(out, HistoryFilter.ALL, who, EntityKind.COMMANDE, null, f);
            }
        }
        return out;
    }

    /** A contact report is told whole at its creation; agreements field by field, old and new value (002 §2). */
    private List<HistoryEntry> relationship(Change c, String who) {
        EntityKind k = c.entity();
        String what = subject(k, c.entityId());
        List<HistoryEntry> out = new ArrayList<>();
        if (c.kind() == ChangeKind.CREATION && k == EntityKind.CONTACT) {
            Map<String, String> now = rows.row(c.entityId());
            out.add(new HistoryEntry(HistoryFilter.ALL, now.get("outcome") == null
                    ? m.get("history.contact.created", who, what, text(now.get("account")))
                    : m.get("history.contact.followUp", who, value(k, "outcome", now.get("outcome")),
                            value(k, "rating", now.get("rating")))));
            return out;
        }
        if (c.kind() == ChangeKind.CREATION) {
            out.add(new HistoryEntry(HistoryFilter.ALL, m.get("history.agreement.created", who)));
        }
        for (FieldChange f : c.fields()) {
            if (FieldTexts.readable(k, f.field())) {
                field(out, HistoryFilter.ALL, who, k, what, f);
            }
        }
        return out;
    }

    private String cancelled(Change c, String who) {
        return m.get("history.order.cancelled", who,
                value(EntityKind.COMMANDE, "cancellation_case", newValue(c, "cancellation_case")),
                text(rows.get(c.entityId(), "cancellation_reason")));
    }

    private List<HistoryEntry> activity(Change c, String who, Map<String, String> before) {
        EntityKind k = EntityKind.ACTIVITE;
        String title = subject(k, c.entityId());
        Map<String, String> now = rows.row(c.entityId());
        List<HistoryEntry> out = new ArrayList<>();
        if (c.kind() == ChangeKind.CREATION) {
            String state = now.get("state");
            String sentence = "FAITE".equals(state)
                    ? m.get("history.activity.createdDone", who, title, value(k, "done_at", now.get("done_at")),
                            value(k, "done_by", now.get("done_by")))
                    : "ANNULEE".equals(state) ? m.get("history.activity.createdCancelled", who, title)
                    : m.get("history.activity.created", who, title, value(k, "due_at", now.get("due_at")));
            out.add(new HistoryEntry(HistoryFilter.ALL, sentence));
            return out;
        }
        boolean stateChanged = changed(c, "state");
        if (stateChanged) {
            String key = switch (Objects.requireNonNullElse(now.get("state"), "")) {
                case "FAITE" -> "history.activity.done";
                case "ANNULEE" -> "history.activity.cancelled";
                default -> "history.activity.reopened";
            };
            out.add(new HistoryEntry(HistoryFilter.ALL, m.get(key, who, title)));
        }
        for (FieldChange f : c.fields()) {
            switch (f.field()) {
                case "state" -> { }
                case "done_at", "done_by" -> {
                    if (!stateChanged) {
                        field(out, HistoryFilter.ALL, who, k, title, f);
                    }
                }
                case "due_at" -> out.add(new HistoryEntry(HistoryFilter.ALL, m.get("history.activity.moved", who,
                        title, value(k, "due_at", f.newValue()))));
                case "assignee" -> out.add(new HistoryEntry(HistoryFilter.ALL, f.newValue() == null
                        ? m.get("history.activity.unassigned", who, title)
                        : m.get("history.activity.assigned", who, title, value(k, "assignee", f.newValue()))));
                default -> field(out, HistoryFilter.ALL, who, k, title, f);
            }
        }
        return out;
    }

    private List<HistoryEntry> item(Change c, String who) {
        EntityKind k = EntityKind.LIGNE_CHECKLIST;
        String label = subject(k, c.entityId());
        List<HistoryEntry> out = new ArrayList<>();
        boolean tick = changed(c, "checked");
        if (tick) {
            out.add(new HistoryEntry(HistoryFilter.ALL, m.get(Boolean.parseBoolean(newValue(c, "checked"))
                    ? "history.item.checked" : "history.item.unchecked", who, label)));
        }
        for (FieldChange f : c.fields()) {
            boolean implied = f.field().equals("checked") || tick && f.field().startsWith("checked_");
            if (!implied) {
                field(out, HistoryFilter.ALL, who, k, label, f);
            }
        }
        return out;
    }

    private List<HistoryEntry> document(Change c, String who) {
        EntityKind k = EntityKind.DOCUMENT;
        String type = subject(k, c.entityId());
        List<HistoryEntry> out = new ArrayList<>();
        boolean statusChanged = changed(c, "status");
        if (statusChanged) {
            String status = Objects.requireNonNullElse(newValue(c, "status"), "");
            String sentence = switch (status) {
                case "RECU" -> m.get("history.document.received", who, type);
                case "VALIDE" -> m.get("history.document.validated", who, type);
                case "REFUSE" -> m.get("history.document.refused", who, type,
                        text(rows.get(c.entityId(), "refusal_reason")));
                default -> m.get("history.document.missing", who, type);
            };
            out.add(new HistoryEntry(HistoryFilter.DOCUMENTS, sentence));
        }
        Set<String> implied = Set.of("status", "received_at", "validated_at", "validated_by", "refusal_reason");
        for (FieldChange f : c.fields()) {
            if (!(statusChanged && implied.contains(f.field()))) {
                field(out, HistoryFilter.DOCUMENTS, who, k, type, f);
            }
        }
        return out;
    }

    private List<HistoryEntry> payment(Change c, String who, Map<String, String> before) {
        EntityKind k = EntityKind.PAIEMENT;
        String what = subject(k, c.entityId());
        List<HistoryEntry> out = new ArrayList<>();
        boolean received = rows.get(c.entityId(), "received_at") != null;
        if (c.kind() == ChangeKind.CREATION) {
            out.add(new HistoryEntry(HistoryFilter.PAYMENTS, m.get(received ? "history.payment.received"
                    : "history.payment.announced", who, what)));
            return out;
        }
        boolean confirmed = changed(c, "received_at") && received && before.get("received_at") == null;
        if (confirmed) {
            out.add(new HistoryEntry(HistoryFilter.PAYMENTS, m.get("history.payment.confirmed", who, what)));
        }
        for (FieldChange f : c.fields()) {
            if (!(confirmed && f.field().equals("received_at"))) {
                field(out, HistoryFilter.PAYMENTS, who, k, what, f);
            }
        }
        return out;
    }

    private List<HistoryEntry> approval(Change c, String who) {
        EntityKind k = EntityKind.APPROBATION;
        String what = subject(k, c.entityId());
        List<HistoryEntry> out = new ArrayList<>();
        if (c.kind() == ChangeKind.CREATION) {
            String detail = rows.get(c.entityId(), "detail");
            out.add(new HistoryEntry(HistoryFilter.APPROVALS, detail == null
                    ? m.get("history.approval.requested", who, what)
                    : m.get("history.approval.requestedDetail", who, what, detail)));
            return out;
        }
        boolean decided = changed(c, "status");
        if (decided) {
            String key = switch (Objects.requireNonNullElse(newValue(c, "status"), "")) {
                case "APPROUVEE" -> "history.approval.approved";
                case "REFUSEE" -> "history.approval.refused";
                default -> "history.approval.reopened";
            };
            out.add(new HistoryEntry(HistoryFilter.APPROVALS, m.get(key, texts.people().name(
                    Objects.requireNonNullElse(newValue(c, "decided_by"), c.by())), what)));
        }
        for (FieldChange f : c.fields()) {
            boolean implied = decided && (f.field().equals("status") || f.field().startsWith("decided_"));
            if (!implied) {
                field(out, HistoryFilter.APPROVALS, who, k, what, f);
            }
        }
        return out;
    }

    /** Each step of a complaint, a dispute or a return as one sentence (001, 003). */
    private List<HistoryEntry> afterSale(Change c, String who) {
        EntityKind k = EntityKind.APRES_VENTE;
        UUID id = c.entityId();
        String what = subject(k, id);
        List<HistoryEntry> out = new ArrayList<>();
        if (c.kind() == ChangeKind.CREATION) {
            boolean isReturn = "RETOUR".equals(rows.get(id, "kind"));
            out.add(new HistoryEntry(HistoryFilter.ALL, isReturn
                    ? m.get("history.aftersale.returnNotice", who, value(k, "opened_on", rows.get(id, "opened_on")), what)
                    : m.get("history.aftersale.complaint", who, what)));
            return out;
        }
        String status = changed(c, "status") ? Objects.requireNonNullElse(newValue(c, "status"), "") : "";
        String sentence = switch (status) {
            case "ACCEPTEE" -> m.get("history.aftersale.accepted", who, what, text(rows.get(id, "answer")));
            case "REFUSEE" -> m.get("history.aftersale.refused", who, what, text(rows.get(id, "answer")));
            case "LITIGE" -> m.get("history.aftersale.disputed", who, what);
            case "TRANCHEE" -> m.get("history.aftersale.decided", who, what,
                    value(k, "decision", rows.get(id, "decision")),
                    rows.get(id, "decision_amount") == null ? "" : value(k, "decision_amount", rows.get(id, "decision_amount")));
            case "ENLEVEMENT_PLANIFIE" -> m.get("history.aftersale.pickup", who,
                    value(k, "pickup_on", rows.get(id, "pickup_on")), text(rows.get(id, "pickup_reference")));
            case "INSPECTE" -> m.get("history.aftersale.inspected", who,
                    value(k, "mileage_km", rows.get(id, "mileage_km")), text(rows.get(id, "damage")));
            default -> null;
        };
        if (sentence != null) {
            out.add(new HistoryEntry(HistoryFilter.ALL, sentence));
            return out;
        }
        for (FieldChange f : c.fields()) {
            field(out, HistoryFilter.ALL, who, k, what, f);
        }
        return out;
    }

    /** "a modifié « E-mail du client » : a → b", for a field a person reads; nothing for ids and codes. */
    private void field(List<HistoryEntry> out, HistoryFilter category, String who, EntityKind k, String subject,
                       FieldChange f) {
        if (!FieldTexts.readable(k, f.field()) || Objects.equals(f.oldValue(), f.newValue())) {
            return;
        }
        String label = texts.label(k, f.field());
        String text;
        if (f.newValue() == null) {
            text = subject == null ? m.get("history.field.cleared", who, label)
                    : m.get("history.field.cleared.of", who, label, subject);
        } else if (f.oldValue() == null) {
            String v = value(k, f.field(), f.newValue());
            text = subject == null ? m.get("history.field.set", who, label, v)
                    : m.get("history.field.set.of", who, label, subject, v);
        } else {
            String was = value(k, f.field(), f.oldValue());
            String is = value(k, f.field(), f.newValue());
            text = subject == null ? m.get("history.field.changed", who, label, was, is)
                    : m.get("history.field.changed.of", who, label, subject, was, is);
        }
        out.add(new HistoryEntry(category, text));
    }

    private String value(EntityKind k, String column, String raw) {
        return texts.value(k, column, raw);
    }

    private String text(String raw) {
        return raw == null || raw.isBlank() ? m.get("field.value.empty") : raw;
    }

    private static HistoryEntry status(String text) {
        return new HistoryEntry(HistoryFilter.STATUS, text);
    }

    private static boolean changed(Change c, String field) {
        return c.fields().stream().anyMatch(f -> f.field().equals(field) && !Objects.equals(f.oldValue(), f.newValue()));
    }

    private static String newValue(Change c, String field) {
        return c.fields().stream().filter(f -> f.field().equals(field)).map(FieldChange::newValue).findFirst()
                .orElse(null);
    }
}
