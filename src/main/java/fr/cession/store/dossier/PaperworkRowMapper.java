package fr.cession.store.dossier;

import fr.cession.domain.aftersale.AfterSaleCase;
import fr.cession.domain.approval.ApprovalRequest;
import fr.cession.domain.audit.AfterSaleFields;
import fr.cession.domain.audit.PaperworkFields;
import fr.cession.domain.document.OrderDocument;
import fr.cession.domain.payment.Payment;
import fr.cession.store.EntityTables;
import org.jooq.Record;
import org.jooq.RecordMapper;

import static fr.cession.store.schema.Tables.AFTER_SALE_CASE;
import static fr.cession.store.schema.Tables.APPROVAL_REQUEST;
import static fr.cession.store.schema.Tables.CONTACT_REPORT;
import static fr.cession.store.schema.Tables.ORDER_AGREEMENT;
import static fr.cession.store.schema.Tables.ORDER_DOCUMENT;
import static fr.cession.store.schema.Tables.PAYMENT;

/** {@code order_document}, {@code payment} and {@code approval_request} rows to domain values. */
final class PaperworkRowMapper {

    static final RecordMapper<Record, OrderDocument> DOCUMENTS = r -> PaperworkFields.document(
            r.get(ORDER_DOCUMENT.ID), EntityTables.fieldsOf(r, ORDER_DOCUMENT), EntityTables.metaOf(r, ORDER_DOCUMENT));

    static final RecordMapper<Record, Payment> PAYMENTS = r -> PaperworkFields.payment(
            r.get(PAYMENT.ID), EntityTables.fieldsOf(r, PAYMENT), EntityTables.metaOf(r, PAYMENT));

    static final RecordMapper<Record, fr.cession.domain.contact.ContactReport> CONTACTS = r ->
            fr.cession.domain.audit.ContactFields.report(r.get(CONTACT_REPORT.ID),
                    EntityTables.fieldsOf(r, CONTACT_REPORT), EntityTables.metaOf(r, CONTACT_REPORT));
    static final RecordMapper<Record, fr.cession.domain.contact.Agreement> AGREEMENTS = r ->
            fr.cession.domain.audit.ContactFields.agreement(r.get(ORDER_AGREEMENT.ID),
                    EntityTables.fieldsOf(r, ORDER_AGREEMENT), EntityTables.metaOf(r, ORDER_AGREEMENT));
    static final RecordMapper<Record, AfterSaleCase> AFTER_SALE = r -> AfterSaleFields.afterSale(
            r.get(AFTER_SALE_CASE.ID), EntityTables.fieldsOf(r, AFTER_SALE_CASE), EntityTables.metaOf(r, AFTER_SALE_CASE));
    static final RecordMapper<Record, ApprovalRequest> APPROVALS = r -> PaperworkFields.approval(
            r.get(APPROVAL_REQUEST.ID), EntityTables.fieldsOf(r, APPROVAL_REQUEST),
            EntityTables.metaOf(r, APPROVAL_REQUEST));

    private PaperworkRowMapper() {
    }
}
