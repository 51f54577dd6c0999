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
        LocalDateTime handover = card.handoverAt();
        if (handover == null) {
            boolean needsDate = card.orderStatus() == OrderStatus.DESTOCKAGE;
            return needsDate ? Optional.of(DATE_CESSION_MANQUANTE) : Optional.empty();
        }
        Instant cutOff = handover.atZone(zone).toInstant().minusSeconds(settings.fundsBeforeHandoverHours() * 3600L);
        if (!card.fundsReceived() && !now.isBefore(cutOff)) {
            return Optional.of(FONDS_NON_RECUS_48H);
        }
        return Optional.empty();
    }
}
