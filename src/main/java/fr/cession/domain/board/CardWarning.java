package fr.cession.domain.board;

import fr.cession.domain.order.OrderStatus;
import fr.cession.domain.playbook.RuleSettings;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * A rule that blocks the order's next step, as far as the card's own data tells. The workflow
 * gives the full list in the order file; the board only needs what fits on a card.
 */
public enum CardWarning {
    /** 004:10 "Fond reçu 48h avant RDV ou livraison ... si pas de fond pas de rdv". */
    FONDS_NON_RECUS_48H,
    /** 004:26 "Mettre la date de cession dans le Bo". */
    DATE_CESSION_MANQUANTE;

    public static Optional<CardWarning> of(ActivityCard card, Instant now, ZoneId zone, RuleSettings settings) {
        return of(card.orderStatus(), card.handoverAt(), card.fundsReceived(), now, zone, settings);
    }

    public static Optional<CardWarning> of(OrderCard card, Instant now, ZoneId zone, RuleSettings settings) {
        return of(card.status(), card.handoverAt(), card.fundsReceived(), now, zone, settings);
    }

    private static Optional<CardWarning> of(OrderStatus status, LocalDateTime handover, boolean funds, Instant now,
                                            ZoneId zone, RuleSettings settings) {
        // a sold, closed or cancelled order has nothing left to block
        if (status.ordinal() >= OrderStatus.VENDUE.ordinal()) {
            return Optional.empty();
        }
        if (handover == null) {
            boolean needsDate = status == OrderStatus.DESTOCKAGE;
            return needsDate ? Optional.of(DATE_CESSION_MANQUANTE) : Optional.empty();
        }
        Instant cutOff = handover.atZone(zone).toInstant().minusSeconds(settings.fundsBeforeHandoverHours() * 3600L);
        if (!funds && !now.isBefore(cutOff)) {
            return Optional.of(FONDS_NON_RECUS_48H);
        }
        return Optional.empty();
    }
}
