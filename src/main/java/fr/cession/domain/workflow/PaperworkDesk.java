package fr.cession.domain.workflow;

import fr.cession.domain.document.DocumentStatus;
import fr.cession.domain.document.DocumentType;
import fr.cession.domain.document.OrderDocument;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.PaymentMethod;
import fr.cession.domain.payment.Payment;
import fr.cession.domain.payment.PaymentKind;
import fr.cession.domain.playbook.Playbook;
import fr.cession.domain.row.RowMeta;
import fr.cession.domain.rules.DocumentValidity;
import fr.cession.domain.rules.Paperwork;
import fr.cession.domain.rules.RuleViolation;
import fr.cession.domain.rules.RuleViolationException;
import fr.cession.domain.user.Actor;
import fr.cession.domain.validation.Amount;
import fr.cession.domain.validation.FieldError;
import fr.cession.domain.validation.Iban;
import fr.cession.domain.validation.ValidationException;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.function.Supplier;

/** Payments and documents: recording what arrives, validating or refusing documents. */
final class PaperworkDesk {

    private final Playbook playbook;
    private final Supplier<UUID> ids;
    private final DocumentValidity validity;

    PaperworkDesk(Playbook playbook, Supplier<UUID> ids) {
        this.playbook = playbook;
        this.ids = ids;
        this.validity = new DocumentValidity(playbook.settings());
    }

    OrderFile recordPayment(OrderFile file, PaymentKind kind, PaymentMethod method, BigDecimal amount,
                            Instant orderedAt, Instant receivedAt, String reference, String payerName,
                            Actor actor, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        Amount.check("Montant", amount).ifPresent(m -> errors.add(new FieldError("payment.amount", m)));
        if (amount != null && amount.signum() == 0) {
            errors.add(new FieldError("payment.amount", "Montant : doit être supérieur à zéro"));
        }
        if (receivedAt != null && receivedAt.isAfter(now)) {
            errors.add(new FieldError("payment.receivedAt", "Réception des fonds : date dans le futur"));
        }
        if (orderedAt != null && receivedAt != null && orderedAt.isAfter(receivedAt)) {
            errors.add(new FieldError("payment.orderedAt", "Ordre de virement : postérieur à la réception des fonds"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (payerName != null && payerName.strip().length() > 120) {
            throw new ValidationException(new FieldError("payment.payerName", "Nom du payeur : 120 caractères au plus"));
        }
        return file.withPayment(new Payment(ids.get(), file.orderId(), kind, method, amount, orderedAt, receivedAt,
                blankToNull(reference), actor.login(), receivedAt == null ? null : actor.login(), null, null,
                blankToNull(payerName), RowMeta.NEW));
    }

    /** The funds of an announced payment arrived (004:40 "puis vérification de la réception des fond"). */
    OrderFile paymentReceived(OrderFile file, UUID paymentId, Instant receivedAt, Actor actor, Instant now) {
        Payment p = file.payments().stream().filter(x -> x.id().equals(paymentId)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("Paiement introuvable : " + paymentId));
        if (receivedAt.isAfter(now)) {
            throw new ValidationException(new FieldError("payment.receivedAt",
                    "Réception des fonds : date dans le futur"));
        }
        return file.withPayment(p.received(receivedAt, actor.login()));
    }

    OrderFile received(OrderFile file, DocumentType type, LocalDate issuedOn, String reference, Instant now) {
        LocalDate today = now.atZone(playbook.zone()).toLocalDate();
        if (issuedOn != null && issuedOn.isAfter(today)) {
            throw new ValidationException(new FieldError("document.issuedOn",
                    type.label() + " : date d'émission dans le futur"));
        }
        String ref = blankToNull(reference);
        if (type == DocumentType.RIB) {
            Iban.check(ref).ifPresent(m -> {
                throw new ValidationException(new FieldError("document.reference", m));
            });
            ref = Iban.normalize(ref);
        }
        OrderDocument doc = file.document(type).orElseGet(() -> OrderDocument.missing(ids.get(), file.orderId(), type));
        return file.withDocument(doc.received(issuedOn, now, ref));
    }

    /** A document too old on the hand-over day is refused validation with the reason. */
    OrderFile validate(OrderFile file, DocumentType type, Actor actor, Instant now) {
        OrderDocument doc = inHand(file, type);
        if (doc.status() == DocumentStatus.VALIDE) {
            return file;
        }
        LocalDate day = Paperwork.referenceDay(file.order(), now, playbook.zone());
        validity.problem(doc, day).ifPresent(m -> {
            throw new RuleViolationException(new RuleViolation("document_perime", m, "004:43"));
        });
        return file.withDocument(doc.validated(actor.login(), now));
    }

    OrderFile refuse(OrderFile file, DocumentType type, String reason, Actor actor, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw new ValidationException(new FieldError("document.refusalReason",
                    "Motif du refus : obligatoire pour que le client sache quoi renvoyer"));
        }
        OrderDocument doc = inHand(file, type);
        return file.withDocument(doc.refused(actor.login(), now, reason.trim()));
    }

    private static OrderDocument inHand(OrderFile file, DocumentType type) {
        OrderDocument doc = file.document(type).filter(d -> d.status().inHand()).orElse(null);
        if (doc == null) {
            throw new RuleViolationException(new RuleViolation("document_manquant",
                    type.label() + " : pas encore reçu", "004:30"));
        }
        return doc;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
