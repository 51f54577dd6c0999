package fr.cession.ui.inbox;

import fr.cession.domain.aftersale.AfterSaleCase;
import fr.cession.domain.aftersale.DisputeDecision;
import fr.cession.domain.approval.ApprovalItem;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.ui.UiContext;
import fr.cession.ui.i18n.Messages;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * A dispute (001:50) in « À valider »: approving it asks which outcome (refund of what is held,
 * partial refund and its amount, repair and what to do); refusing it rejects it with the reason. The
 * questions run on the FX thread, the decision off it.
 */
final class DisputeDesk {

    /** The repair's due day when a manager decides one: a week, as a first date the advisor may move. */
    private static final int REPAIR_DAYS = 7;

    record Decision(DisputeDecision decision, BigDecimal amount, String note) {
    }

    private final UiContext ctx;

    DisputeDesk(UiContext ctx) {
        this.ctx = ctx;
    }

    /** Asks the manager the outcome; empty when they cancel or type something the form refuses (they are told). */
    Optional<Decision> settle(ApprovalItem item) {
        Messages m = ctx.messages();
        String title = m.get("inbox.dispute.title");
        Optional<DisputeDecision> choice = ctx.dialogs().choose(title, m.get("inbox.dispute.prompt",
                item.orderNumber()), List.of(DisputeDecision.REMBOURSEMENT, DisputeDecision.REMBOURSEMENT_PARTIEL,
                DisputeDecision.REPARATION), m::label);
        if (choice.isEmpty()) {
            return Optional.empty();
        }
        return switch (choice.get()) {
            case REMBOURSEMENT_PARTIEL -> ctx.dialogs().askText(title, m.get("inbox.dispute.amount"), "")
                    .flatMap(text -> amount(text.strip()))
                    .map(a -> new Decision(DisputeDecision.REMBOURSEMENT_PARTIEL, a, null));
            case REPARATION -> ctx.dialogs().askText(title, m.get("inbox.dispute.repair"), "").flatMap(text -> {
                if (text.isBlank()) {
                    ctx.dialogs().showError(title, m.get("inbox.dispute.repairRequired"));
                    return Optional.empty();
                }
                return Optional.of(new Decision(DisputeDecision.REPARATION, null, text.strip()));
            });
            default -> Optional.of(new Decision(choice.get(), null, null));
        };
    }

    private Optional<BigDecimal> amount(String text) {
        Messages m = ctx.messages();
        String raw = text.replaceAll("[\\s\\u00a0\\u202f€]", "").replace(',', '.');
        if (!raw.matches("\\d{1,9}(\\.\\d{1,2})?") || new BigDecimal(raw).signum() <= 0) {
            ctx.dialogs().showError(m.get("inbox.dispute.title"), m.get("inbox.dispute.amountInvalid", text));
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(raw));
    }

    /** Off the FX thread: finds the dispute's case on its order, then decides it. */
    void decide(ApprovalItem item, Decision d) {
        OrderFile file = ctx.orders().load(item.request().orderId()).orElseThrow();
        AfterSaleCase c = file.afterSale().stream().filter(a -> item.request().id().equals(a.approvalId()))
                .findFirst().orElseThrow(() -> new NoSuchElementException("Litige introuvable sur la commande "
                        + item.orderNumber()));
        var repairDue = d.decision() == DisputeDecision.REPARATION
                ? LocalDate.now(ctx.clock().withZone(ctx.zone())).plusDays(REPAIR_DAYS).atTime(LocalTime.of(18, 0))
                .atZone(ctx.zone()).toInstant() : null;
        ctx.actions().decideDispute(file.orderId(), c.id(), d.decision(), d.amount(), d.note(), repairDue, ctx.actor());
    }
}
