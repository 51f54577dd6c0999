package fr.cession.papers;

import fr.cession.domain.activity.Activity;
import fr.cession.domain.activity.ChecklistItem;
import fr.cession.domain.document.DocumentType;
import fr.cession.domain.document.OrderDocument;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.Customer;
import fr.cession.domain.order.HandoverMode;
import fr.cession.domain.order.Order;
import fr.cession.domain.order.PaymentMethod;
import fr.cession.papers.PdfCanvas.Field;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static fr.cession.papers.FrenchText.amount;
import static fr.cession.papers.FrenchText.get;

/**
 * The sheet the inspector takes to the hand-over: the vehicle, who buys and who collects it, the
 * money still expected, the documents to bring back signed (004:50 "Bon de remise, Cerfa", 004:52
 * "CG barré"; with a delivery the DRIIVEME papers, 004:44) and the order's checklist lines still open.
 */
final class HandoverChecklistPaper {

    private static final List<DocumentType> TO_COLLECT = List.of(DocumentType.BON_DE_REMISE,
            DocumentType.CERFA_CESSION, DocumentType.CG_BARREE);
    private static final List<DocumentType> FOR_THE_DRIVER = List.of(DocumentType.RAPPORT_INSPECTION,
            DocumentType.BON_ENLEVEMENT, DocumentType.COPIE_CG);

    private HandoverChecklistPaper() {
    }

    static String reference(Order o) {
        String when = o.handoverAt() == null ? get("field.handoverAt.none").toLowerCase(java.util.Locale.FRANCE)
                : FrenchText.dateTime(o.handoverAt());
        return get("handover.reference", OrderFacts.number(o), when);
    }

    static void draw(PdfCanvas c, OrderFile file, PaperContext ctx) throws IOException {
        Order o = file.order();
        c.section(get("handover.appointment"));
        c.fields(List.of(
                Field.of(get("field.handoverMode"), FrenchText.label(o.handoverMode())),
                Field.of(get("field.handoverAt"), o.handoverAt() == null ? get("field.handoverAt.none")
                        : FrenchText.dateTime(o.handoverAt())),
                Field.of(get("field.advisor"), o.advisor()),
                Field.of(get("field.status"), FrenchText.label(o.status()))));
        if (o.handoverMode() != HandoverMode.LIVRAISON) {
            // 004:50: the sheet names who holds the hand-over, or says one is still to be found
            c.fields(List.of(Field.of(get("field.inspector"), o.inspector() == null ? get("field.inspector.none")
                    : o.inspector())));
        }
        c.section(get("handover.vehicle"));
        c.fields(OrderFacts.vehicle(o.vehicle()));

        c.section(get("handover.buyer"));
        Customer buyer = o.customer();
        List<Field> who = new ArrayList<>(OrderFacts.buyer(buyer));
        who.removeIf(f -> f.label().equals(get("field.email")) || f.label().equals(get("field.address")));
        if (buyer.collectorName() == null || buyer.collectorName().isBlank()) {
            who.add(Field.of(get("field.collector"), buyer.isCompany() ? null : buyer.displayName()));
        }
        c.fields(who);
        c.callout(get("handover.presence"));

        c.section(get("handover.payment"));
        BigDecimal left = OrderFacts.remaining(file);
        c.fields(List.of(
                Field.of(get("field.paymentMethod"), FrenchText.label(o.paymentMethod())),
                Field.of(get("field.price"), amount(o.vehicle().price())),
                Field.of(get("field.received"), amount(OrderFacts.received(file))),
                Field.of(get("field.remaining"), amount(left))));
        if (o.paymentMethod() == PaymentMethod.CHQ) {
            c.callout(get("handover.cheque"));
        }
        if (left != null && left.signum() > 0) {
            c.callout(get("handover.remaining", amount(left)));
        }

        c.section(get("handover.collect"));
        c.note(get("handover.collect.hint"));
        Set<DocumentType> listed = EnumSet.copyOf(TO_COLLECT);
        for (DocumentType t : TO_COLLECT) {
            c.checkbox(get("handover.collect." + t.name()), OrderFacts.state(file.document(t).orElse(null), ctx.zone()));
        }
        if (o.handoverMode() == HandoverMode.LIVRAISON) {
            listed.addAll(FOR_THE_DRIVER);
            for (DocumentType t : FOR_THE_DRIVER) {
                c.checkbox(get("handover.collect." + t.name()), OrderFacts.state(file.document(t).orElse(null), ctx.zone()));
            }
        }

        List<OrderDocument> others = file.documents().stream().filter(d -> !listed.contains(d.type()))
                .sorted(Comparator.comparing(OrderDocument::type)).toList();
        if (!others.isEmpty()) {
            c.section(get("handover.file"));
            c.table(List.of(get("column.document"), get("column.state")), new float[]{0.6f, 0.4f},
                    others.stream().map(d -> List.of(d.type().label(), OrderFacts.state(d, ctx.zone()))).toList(), false);
        }

        c.section(get("handover.open"));
        boolean any = false;
        for (Activity a : file.activities().stream().filter(Activity::isOpen)
                .sorted(Comparator.comparing(Activity::dueAt)).toList()) {
            String state = get("handover.open.state", a.title() == null ? a.typeCode() : a.title(),
                    FrenchText.date(a.dueAt(), ctx.zone()));
            for (ChecklistItem item : file.itemsOf(a.id())) {
                if (!item.checked()) {
                    c.checkbox(item.label(), null, state);
                    any = true;
                }
            }
        }
        if (!any) {
            c.paragraph(get("handover.open.none"));
        }

        c.section(get("handover.notes"));
        c.writingLines(3);
        c.signatures(get("handover.sign.inspector"), get("handover.sign.buyer"));
    }
}
