package fr.cession.sync.tables;

import fr.cession.domain.aftersale.AfterSaleKind;
import fr.cession.domain.aftersale.AfterSaleStatus;
import fr.cession.domain.document.DocumentStatus;
import fr.cession.domain.document.DocumentType;
import fr.cession.domain.order.CancellationCase;
import fr.cession.domain.order.OrderStatus;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static fr.cession.store.schema.Tables.ACTIVITY;
import static fr.cession.store.schema.Tables.AFTER_SALE_CASE;
import static fr.cession.store.schema.Tables.ORDER_DOCUMENT;
import static fr.cession.store.schema.Tables.SALES_ORDER;

/**
 * What must hold of every order, whatever the interleaving of changes made at several sites, read
 * from any copy (a desktop's H2 store or the central PostgreSQL: same tables, same columns):
 * <ul>
 * <li>status ↔ cancellation: an order is ANNULEE exactly when it carries its cancellation case,
 * reason, date and the status it was cancelled from;</li>
 * <li>activities ↔ status: an activity is cancelled (state ANNULEE) only on a cancelled order, the
 * playbook's cancellation activities ({@code annulation_*}, planned on entering ANNULEE) live only
 * on a cancelled order, and a cancelled order has no other activity still open (004:60-76) but the
 * refund to pay ({@value #REFUND_ACTIVITY}): the manager approves the refund a cancellation asked
 * for after it (004:63, 004:71), and that money stays owed, an open task, until it is paid;</li>
 * <li>documents ↔ status: an order VENDUE or CLOTUREE holds the bon de remise and the Cerfa (004:50);</li>
 * <li>return ↔ cancellation (003:6): an order cancelled for return was sold and holds its return,
 * inspected; an order with an inspected return is cancelled for return.</li>
 * </ul>
 * The central database checks them after every unit of pushed changes (and a CHECK constraint holds
 * the first); the randomised sync test checks them at every site after every round.
 */
public final class OrderInvariants {

    /** Type codes of the activities the playbook plans on entering ANNULEE. */
    public static final String CANCELLATION_ACTIVITY_PREFIX = "annulation_";
    /** Type code of the activity the playbook plans when a manager approves a refund (event remboursement_approuve). */
    public static final String REFUND_ACTIVITY = "remboursement_a_payer";

    private static final Set<OrderStatus> SOLD = EnumSet.of(OrderStatus.VENDUE, OrderStatus.CLOTUREE);

    private OrderInvariants() {
    }

    /** Every broken invariant of the order, in French; empty when it is coherent (or absent, or deleted). */
    public static List<String> check(DSLContext db, UUID orderId) {
        Record o = db.select(SALES_ORDER.NUMBER, SALES_ORDER.STATUS, SALES_ORDER.CANCELLATION_CASE,
                        SALES_ORDER.CANCELLATION_REASON, SALES_ORDER.CANCELLED_AT, SALES_ORDER.STATUS_BEFORE_CANCEL,
                        SALES_ORDER.DELETED)
                .from(SALES_ORDER).where(SALES_ORDER.ID.eq(orderId)).fetchOne();
        List<String> out = new ArrayList<>();
        if (o == null || Boolean.TRUE.equals(o.get(SALES_ORDER.DELETED))) {
            return out;
        }
        String number = o.get(SALES_ORDER.NUMBER);
        OrderStatus status = OrderStatus.valueOf(o.get(SALES_ORDER.STATUS));
        boolean cancelled = status == OrderStatus.ANNULEE;
        boolean hasCase = o.get(SALES_ORDER.CANCELLATION_CASE) != null;
        boolean hasDate = o.get(SALES_ORDER.CANCELLED_AT) != null;
        boolean hasFrom = o.get(SALES_ORDER.STATUS_BEFORE_CANCEL) != null;
        boolean hasReason = o.get(SALES_ORDER.CANCELLATION_REASON) != null;
        if (cancelled && !(hasCase && hasDate && hasFrom && hasReason)) {
            out.add("commande " + number + " annulée sans son cas, son motif, sa date ou son statut d'avant l'annulation");
        }
        if (!cancelled && (hasCase || hasDate || hasFrom)) {
            out.add("commande " + number + " « " + status.label() + " » portant une annulation (cas, date ou statut d'avant)");
        }
        db.select(ACTIVITY.TYPE_CODE, ACTIVITY.STATE).from(ACTIVITY).where(ACTIVITY.ORDER_ID.eq(orderId))
                .and(ACTIVITY.DELETED.isFalse()).forEach(a -> {
                    String type = a.value1();
                    String state = a.value2();
                    boolean cancellationActivity = type.startsWith(CANCELLATION_ACTIVITY_PREFIX);
                    if (!cancelled && "ANNULEE".equals(state)) {
                        out.add("commande " + number + " « " + status.label() + " » avec une activité annulée (" + type + ")");
                    }
                    if (!cancelled && cancellationActivity) {
                        out.add("commande " + number + " « " + status.label() + " » avec une activité d'annulation (" + type + ")");
                    }
                    if (cancelled && !cancellationActivity && !REFUND_ACTIVITY.equals(type) && "OUVERTE".equals(state)) {
                        out.add("commande " + number + " annulée avec une activité encore ouverte (" + type + ")");
                    }
                });
        boolean returnCase = CancellationCase.RETOUR.name().equals(o.get(SALES_ORDER.CANCELLATION_CASE));
        boolean inspected = db.fetchExists(db.selectOne().from(AFTER_SALE_CASE)
                .where(AFTER_SALE_CASE.ORDER_ID.eq(orderId)).and(AFTER_SALE_CASE.DELETED.isFalse())
                .and(AFTER_SALE_CASE.KIND.eq(AfterSaleKind.RETOUR.name()))
                .and(AFTER_SALE_CASE.STATUS.eq(AfterSaleStatus.INSPECTE.name())));
        if (returnCase && !inspected) {
            out.add("commande " + number + " annulée pour retour sans retour inspecté");
        }
        if (returnCase && !OrderStatus.VENDUE.name().equals(o.get(SALES_ORDER.STATUS_BEFORE_CANCEL))) {
            out.add("commande " + number + " annulée pour retour sans avoir été vendue");
        }
        if (inspected && !returnCase) {
            out.add("commande " + number + " « " + status.label() + " » avec un retour inspecté mais pas annulée pour retour");
        }
        if (SOLD.contains(status)) {
            Set<DocumentType> inHand = EnumSet.noneOf(DocumentType.class);
            db.select(ORDER_DOCUMENT.DOC_TYPE, ORDER_DOCUMENT.STATUS).from(ORDER_DOCUMENT)
                    .where(ORDER_DOCUMENT.ORDER_ID.eq(orderId)).and(ORDER_DOCUMENT.DELETED.isFalse())
                    .forEach(d -> {
                        if (DocumentStatus.valueOf(d.value2()).inHand()) {
                            inHand.add(DocumentType.valueOf(d.value1()));
                        }
                    });
            for (DocumentType required : List.of(DocumentType.BON_DE_REMISE, DocumentType.CERFA_CESSION)) {
                if (!inHand.contains(required)) {
                    out.add("commande " + number + " « " + status.label() + " » sans " + required.label());
                }
            }
        }
        return out;
    }

    /** Every broken invariant of every order of this copy. */
    public static List<String> checkAll(DSLContext db) {
        List<String> out = new ArrayList<>();
        for (UUID id : db.select(SALES_ORDER.ID).from(SALES_ORDER).fetch(SALES_ORDER.ID)) {
            out.addAll(check(db, id));
        }
        return out;
    }
}
