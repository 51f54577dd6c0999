package fr.cession.ui.inbox;

import fr.cession.domain.approval.ApprovalItem;
import fr.cession.domain.approval.ApprovalKind;
import fr.cession.domain.approval.ApprovalRequest;
import fr.cession.domain.document.DocumentStatus;
import fr.cession.domain.document.OrderDocument;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.Order;
import fr.cession.domain.rules.HeldFunds;
import fr.cession.domain.rules.RefundPrerequisites;
import fr.cession.domain.rules.RuleViolation;
import fr.cession.ui.UiContext;
import fr.cession.ui.dialog.Refusals;
import fr.cession.ui.i18n.Formats;
import fr.cession.ui.i18n.Messages;

import java.util.ArrayList;
import java.util.List;

/** Builds a request's {@link RequestContext} from its order file, as the manager reads it. */
final class RequestContexts {

    private final UiContext ctx;

    RequestContexts(UiContext ctx) {
        this.ctx = ctx;
    }

    /** Runs off the FX thread: reads the order file. */
    RequestContext of(ApprovalItem item) {
        Messages m = ctx.messages();
        Formats f = ctx.formats();
        ApprovalRequest r = item.request();
        OrderFile file = ctx.orders().load(r.orderId()).orElse(null);
        if (file == null) {
            return new RequestContext(List.of(m.get("inbox.context.gone")), List.of(), List.of());
        }
        Order o = file.order();
        List<String> facts = new ArrayList<>();
        facts.add(m.get("inbox.context.order", o.number(), o.customer().displayName(), m.label(o.status())));
        facts.add(m.get("inbox.context.vehicle", o.vehicle().displayName(), f.amount(o.vehicle().price()),
                m.label(o.paymentMethod())));
        facts.add(o.handoverAt() == null ? m.get("inbox.context.noHandover")
                : m.get("inbox.context.handover", m.label(o.handoverMode()), f.dateTime(o.handoverAt()),
                f.date(o.reservedOn())));
        if (o.cancellation() != null) {
            facts.add(m.get("inbox.context.cancelled", m.label(o.cancellation().cancellationCase()),
                    o.cancellation().reason()));
        }
        List<RequestContext.Paper> papers = new ArrayList<>();
        List<String> blockers = new ArrayList<>();
        if (r.kind() == ApprovalKind.REMBOURSEMENT) {
            HeldFunds held = HeldFunds.of(file);
            facts.add(m.get("inbox.context.money", f.amount(held.received()), f.amount(held.refunded()),
                    f.amount(held.held())));
            if (RefundPrerequisites.needsKyc(o.cancellation())) {
                for (var type : RefundPrerequisites.KYC_2) {
                    papers.add(paper(m, file.document(type).orElse(null), m.label(type)));
                }
            }
            List<RuleViolation> missing = new RefundPrerequisites().check(file, ctx.clock().instant());
            blockers.addAll(new Refusals(m, ctx.zone()).lines(missing));
            if (r.amount() != null && r.amount().compareTo(held.held()) > 0) {
                blockers.add(m.get("domain.rule.refund.aboveHeld", f.amount(r.amount()), f.amount(held.held())));
            }
        } else if (r.kind() == ApprovalKind.LITIGE) {
            // 001:42-50: what the buyer asked, why the advisor refused, and what a refund may reach
            file.afterSale().stream().filter(c -> r.id().equals(c.approvalId())).findFirst().ifPresent(c -> {
                facts.add(m.get("inbox.context.complaint", f.date(c.openedOn()), c.request()));
                facts.add(m.get("inbox.context.complaintRefused", c.answer() == null ? "" : c.answer()));
            });
            HeldFunds held = HeldFunds.of(file);
            facts.add(m.get("inbox.context.money", f.amount(held.received()), f.amount(held.refunded()),
                    f.amount(held.held())));
            papers.add(paper(m, file.document(fr.cession.domain.document.DocumentType.RIB).orElse(null),
                    m.label(fr.cession.domain.document.DocumentType.RIB)));
        } else {
            for (OrderDocument d : file.documents()) {
                papers.add(paper(m, d, m.label(d.type())));
            }
        }
        return new RequestContext(facts, papers, blockers);
    }

    private static RequestContext.Paper paper(Messages m, OrderDocument d, String name) {
        DocumentStatus status = d == null ? DocumentStatus.MANQUANT : d.status();
        return new RequestContext.Paper(m.get("inbox.context.paper", name, m.label(status)),
                status == DocumentStatus.VALIDE);
    }
}
