package fr.cession.domain.document;

import fr.cession.domain.row.RowMeta;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A document an order needs, and where it stands.
 *
 * @param issuedOn the date printed on the document (what its validity is measured from)
 * @param reference a document's identifying value where it has one (the IBAN of a RIB)
 */
public record OrderDocument(
        UUID id,
        UUID orderId,
        DocumentType type,
        DocumentStatus status,
        LocalDate issuedOn,
        Instant receivedAt,
        Instant validatedAt,
        String validatedBy,
        String refusalReason,
        String reference,
        RowMeta meta) {

    public OrderDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
    }

    public static OrderDocument missing(UUID id, UUID orderId, DocumentType type) {
        return new OrderDocument(id, orderId, type, DocumentStatus.MANQUANT, null, null, null, null, null, null,
                RowMeta.NEW);
    }

    public OrderDocument received(LocalDate issued, Instant at, String ref) {
        return new OrderDocument(id, orderId, type, DocumentStatus.RECU, issued, at, null, null, null, ref, meta);
    }

    public OrderDocument validated(String by, Instant at) {
        return new OrderDocument(id, orderId, type, DocumentStatus.VALIDE, issuedOn, receivedAt, at, by, null,
                reference, meta);
    }

    public OrderDocument refused(String by, Instant at, String reason) {
        return new OrderDocument(id, orderId, type, DocumentStatus.REFUSE, issuedOn, receivedAt, at, by, reason,
                reference, meta);
    }

    public OrderDocument withMeta(RowMeta newMeta) {
        return new OrderDocument(id, orderId, type, status, issuedOn, receivedAt, validatedAt, validatedBy,
                refusalReason, reference, newMeta);
    }
}
