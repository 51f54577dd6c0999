package fr.cession.ui.board;

import fr.cession.domain.activity.Activity;
import fr.cession.domain.activity.ChecklistItem;
import fr.cession.domain.dossier.OrderFile;
import fr.cession.domain.order.OrderStatus;
import fr.cession.ui.UiContext;
import fr.cession.ui.dialog.Refusals;
import fr.cession.ui.task.BackgroundTask;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * What a card does without opening its order: moved to the next stage's column (the order file's
 * advance, with its rules and its words when it refuses), its next checklist line ticked, a call
 * logged. A refusal is told on the board, the card staying in its column.
 */
public final class BoardMoves {

    /** A refusal or a notice to show above the columns, with the order it concerns. */
    public record Notice(UUID orderId, String orderNumber, String title, String text, boolean refused) {
    }

    private final UiContext ctx;
    private final Runnable changed;
    private final Consumer<UUID> logCall;
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    /**
     * @param changed  the board reads the data again after a saved change
     * @param logCall  « Noter un appel » on a card: the contact report's form where there is one,
     *                 else the order file, where the person writes it down
     */
    BoardMoves(UiContext ctx, Runnable changed, Consumer<UUID> logCall) {
        this.ctx = ctx;
        this.changed = changed;
        this.logCall = logCall;
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public void dismiss() {
        notice.set(null);
    }

    /**
     * The card dropped on (or moved by keyboard to) {@code target}: only the next stage is a move,
     * and the workflow decides it as the order file's « Passer à » button does.
     */
    public void moveTo(BoardCard card, OrderStatus target) {
        if (card == null || target == null || target == card.status()) {
            return;
        }
        OrderStatus next = card.status().next();
        if (target != next || card.status() == OrderStatus.ANNULEE) {
            notice.set(refused(card, next == null
                    ? ctx.messages().get("board.move.end", ctx.messages().label(card.status()))
                    : ctx.messages().get("board.move.notNext", ctx.messages().label(target),
                    ctx.messages().label(next))));
            return;
        }
        advance(card);
    }

    /** The order to its next stage (Ctrl+Entrée or Ctrl+→ on a card). */
    public void advance(BoardCard card) {
        if (card == null) {
            return;
        }
        if (card.status().next() == null || card.status() == OrderStatus.ANNULEE) {
            notice.set(refused(card, ctx.messages().get("board.move.end", ctx.messages().label(card.status()))));
            return;
        }
        run(card, () -> {
            OrderFile file = load(card.orderId());
            // the order file lists these before it lets the button act: the same lines, in the same words
            List<String> blockers = refusals().lines(ctx.actions().violations(file));
            if (!blockers.isEmpty()) {
                return refused(card, String.join("\n", blockers));
            }
            OrderFile saved = ctx.actions().advance(card.orderId(), ctx.actor());
            return new Notice(card.orderId(), card.orderNumber(), ctx.messages().get("board.move.done.title"),
                    ctx.messages().get("board.move.done", card.orderNumber(),
                            ctx.messages().label(saved.order().status())), false);
        });
    }

    /** Ticks the first unticked line of the order's open activity due first. */
    public void tickNext(BoardCard card) {
        if (card == null) {
            return;
        }
        run(card, () -> {
            OrderFile file = load(card.orderId());
            Optional<ChecklistItem> line = file.activities().stream().filter(Activity::isOpen)
                    .sorted(Comparator.comparing(Activity::dueAt))
                    .flatMap(a -> file.itemsOf(a.id()).stream().filter(i -> !i.checked()))
                    .findFirst();
            if (line.isEmpty()) {
                return new Notice(card.orderId(), card.orderNumber(), ctx.messages().get("board.tick.title"),
                        ctx.messages().get("board.tick.nothing", card.orderNumber()), false);
            }
            ctx.actions().tick(card.orderId(), line.get().id(), ctx.actor());
            return new Notice(card.orderId(), card.orderNumber(), ctx.messages().get("board.tick.title"),
                    ctx.messages().get("board.tick.done", line.get().label(), card.orderNumber()), false);
        });
    }

    public void logCall(BoardCard card) {
        if (card != null) {
            logCall.accept(card.orderId());
        }
    }

    private interface Step {
        Notice run();
    }

    private void run(BoardCard card, Step step) {
        busy.set(true);
        ctx.executor().execute(BackgroundTask.of(step::run)
                .onSuccess(n -> {
                    notice.set(n);
                    if (!n.refused()) {
                        changed.run();
                    }
                })
                .onFailure(e -> notice.set(refused(card, refusals().say(e))))
                .onFinished(() -> busy.set(false)));
    }

    private Notice refused(BoardCard card, String why) {
        return new Notice(card.orderId(), card.orderNumber(),
                ctx.messages().get("board.move.refused", card.orderNumber()), why, true);
    }

    private OrderFile load(UUID orderId) {
        return ctx.orders().load(orderId).orElseThrow(() -> new IllegalStateException(
                ctx.messages().get("order.error.notFound")));
    }

    private Refusals refusals() {
        return new Refusals(ctx.messages(), ctx.zone());
    }
}
